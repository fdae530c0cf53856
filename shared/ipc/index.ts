import type { z } from 'zod';
import type { Envelope } from './envelope';
import { appChannels } from './app';
import { regionsChannels } from './regions';
import { settingsChannels } from './settings';
import { programsChannels } from './programs';
import { backupsChannels } from './backups';

/** The whole IPC contract: channel name (`area.verb`) → input schema and output type. */
export const contract = {
  ...appChannels,
  ...regionsChannels,
  ...settingsChannels,
  ...programsChannels,
  ...backupsChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = NonNullable<Contract[C]['output']>;

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Push events from main to the renderer (progress of long work). */
export interface Events {
  'task.progress': { taskId: string; label: string; done: number; total: number };
}
export type EventName = keyof Events;
export const EVENT_NAMES: EventName[] = ['task.progress'];

/** `window.api`: one function per channel, plus event subscription. */
export interface Api {
  invoke<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<Envelope<OutputOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
  channels: readonly ChannelName[];
}

export type { Envelope } from './envelope';
