import { userInfo } from 'node:os';
import { AppDatabase } from '../db/app-database';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';
import { handlers } from '../ipc/handlers';
import { createFileGrants } from '../ipc/file-grants';
import { NO_DIALOGS, type AppContext, type Dialogs, type ReportPrinter } from '../ipc/types';
import { chromiumPrinter } from '../reports/chromium/printer';
import { createRegionCatalog, type RegionCatalog } from '../regions/catalog';
import { readLocale } from '../settings/service';
import { serviceContext } from '../ipc/types';
import pkg from '../../package.json' with { type: 'json' };

export interface AppOptions {
  dbFile: string;
  backupDir: string;
  /** Who acts, for the audit log. Until user accounts exist: the OS user name. */
  actor?: string;
  now?: () => Date;
  emit?: AppContext['emit'];
  isTrustedSender?: (url: string) => boolean;
  regions?: RegionCatalog;
  dialogs?: Dialogs;
  /** Prints the report's PDF; by default a Chromium found on this machine (CLI, tests), Electron's own in the app. */
  printer?: ReportPrinter;
  /** Read only files the user chose in main's dialog (the window's calls); off for the CLI and tests. */
  restrictFiles?: boolean;
}

export interface App {
  ctx: AppContext;
  dispatch: Dispatch;
  close(): void;
}

export function osUserName(): string {
  try {
    return userInfo().username || 'pengguna';
  } catch {
    return 'pengguna';
  }
}

/** Opens the database and builds the context and dispatcher that Electron, the CLI and tests share. */
export function createApp(options: AppOptions): App {
  const now = options.now ?? (() => new Date());
  const database = AppDatabase.open({ file: options.dbFile, backupDir: options.backupDir, now });
  const ctx: AppContext = {
    database,
    regions: options.regions ?? createRegionCatalog(),
    dialogs: options.dialogs ?? NO_DIALOGS,
    files: createFileGrants(options.restrictFiles ?? false),
    printer: options.printer ?? chromiumPrinter(),
    actor: options.actor ?? osUserName(),
    version: pkg.version,
    now,
    emit: options.emit ?? (() => {}),
  };
  const dispatch = createDispatcher(ctx, {
    handlers,
    isTrustedSender: options.isTrustedSender ?? (() => false),
    locale: (c) => readLocale(serviceContext(c)),
    log: (message, err) => console.error(message, err),
  });
  return { ctx, dispatch, close: () => database.close() };
}
