import type { z } from 'zod';
import type { Envelope } from './envelope';
import { CHANNEL_NAMES, EVENT_NAMES, isChannelName, type ChannelNameLiteral, type EventName, type Events } from './names';
import { appChannels } from './app';
import { regionsChannels } from './regions';
import { settingsChannels } from './settings';
import { programsChannels } from './programs';
import { backupsChannels } from './backups';
import { beneficiariesChannels } from './beneficiaries';
import { importsChannels } from './imports';
import { demoChannels } from './demo';
import { disbursementsChannels } from './disbursements';
import { reportsChannels } from './reports';
import { impactChannels } from './impact';

/** The whole IPC contract: channel name (`area.verb`) → input schema and output type. */
export const contract = {
  ...appChannels,
  ...regionsChannels,
  ...settingsChannels,
  ...programsChannels,
  ...backupsChannels,
  ...beneficiariesChannels,
  ...importsChannels,
  ...demoChannels,
  ...disbursementsChannels,
  ...reportsChannels,
  ...impactChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
// Only the `undefined` of the optional phantom goes: a channel may answer null (a cancelled dialog).
export type OutputOf<C extends ChannelName> = Exclude<Contract[C]['output'], undefined>;

// The name list must be exactly the contract's keys: a missing or extra name fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatchContract: Same<ChannelName, ChannelNameLiteral> = true;
void namesMatchContract;

export { CHANNEL_NAMES, EVENT_NAMES, isChannelName };
export type { EventName, Events };

/** `window.api`: one function per channel, plus event subscription. */
export interface Api {
  invoke<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<Envelope<OutputOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
  channels: readonly ChannelName[];
}

export type { Envelope } from './envelope';
