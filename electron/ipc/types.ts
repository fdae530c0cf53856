import type { ChannelName, EventName, Events, OutputOf, ParsedInputOf } from '../../shared/ipc';
import type { Locale } from '../../shared/domain/office';
import type { AppDatabase } from '../db/app-database';
import type { RegionCatalog } from '../regions/catalog';
import type { ServiceContext } from '../context';

/** Everything a handler may use. The same object serves Electron, the CLI, tests and the harness. */
export interface AppContext {
  database: AppDatabase;
  regions: RegionCatalog;
  actor: string;
  version: string;
  now(): Date;
  emit<E extends EventName>(event: E, payload: Events[E]): void;
}

export function serviceContext(app: AppContext): ServiceContext {
  return { db: app.database.db, actor: app.actor, now: app.now };
}

export type Handler<C extends ChannelName> = (ctx: AppContext, input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;

/** One map per domain area (Actual Budget style); the dispatcher joins them. */
export type HandlerMap<C extends ChannelName> = { [K in C]: Handler<K> };

export type LocaleOf = (ctx: AppContext) => Locale;
