import type { ChannelName, EventName, Events, OutputOf, ParsedInputOf } from '../../shared/ipc';
import type { Locale } from '../../shared/domain/office';
import type { AppDatabase } from '../db/app-database';
import type { RegionCatalog } from '../regions/catalog';
import type { ServiceContext } from '../context';
import type { FileGrants } from './file-grants';
import type { PrintJob } from '../../shared/domain/report-print';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * File pickers live in main (the renderer never sees the file system): Electron's dialogs in the
 * app, a scripted stand-in in the harness and tests, none in the CLI (it takes paths as arguments).
 */
export interface Dialogs {
  openFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  saveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
}

export const NO_DIALOGS: Dialogs = {
  openFile: async () => null,
  saveFile: async () => null,
};

/**
 * Turns the report's print layout (the renderer's `#/cetak` route) into an A4 PDF: Electron's
 * hidden window in the app, Chromium through playwright-core in the CLI and tests, the harness's
 * browser in the harness. Fails with PDF_UNAVAILABLE when no browser can be found.
 */
export interface ReportPrinter {
  /** The job says which document: the quarterly report (brief attached or not) or the impact brief. */
  print(job: PrintJob): Promise<Uint8Array>;
}

/** Everything a handler may use. The same object serves Electron, the CLI, tests and the harness. */
export interface AppContext {
  database: AppDatabase;
  regions: RegionCatalog;
  dialogs: Dialogs;
  files: FileGrants;
  printer: ReportPrinter;
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
