// Electron entry: wires the shared app core (database, dispatcher) to a window. Everything that can
// run without Electron lives in electron/app and the services; this file only connects the pieces.
import { join, resolve } from 'node:path';
import { app, dialog, ipcMain, Menu, protocol, session, type BrowserWindow } from 'electron';
import { createApp, type App } from '../app/create';
import { backupDirFor } from '../app/paths';
import type { Dialogs } from '../ipc/types';

export { backupDirFor };
import { isAppError } from '../../shared/errors';
import { errorMessage } from '../../shared/i18n';
import type { EventName, Events } from '../../shared/ipc';
import { registerIpc } from './ipc';
import { electronPrinter } from './printing';
import { hardenWebContents, installSessionSecurity } from './security';
import {
  applicationMenu,
  createMainWindow,
  isRendererUrl,
  registerRendererScheme,
  serveRenderer,
} from './window';

export interface DbLocation {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  userData: string;
  packaged: boolean;
  cwd: string;
}

function dbFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db') return argv[i + 1];
    if (arg.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return undefined;
}

/**
 * `--db FILE`, else SIDAMPAK_DB, else the user-data folder. Development runs get their own file
 * (Signal's per-environment suffix) so trying a branch never migrates the real register.
 */
export function resolveDbFile(location: DbLocation): string {
  const explicit = dbFlag(location.argv) || location.env.SIDAMPAK_DB;
  if (explicit) return resolve(location.cwd, explicit);
  return join(location.userData, location.packaged ? 'sidampak.db' : 'sidampak-dev.db');
}


/** What the user reads when the database cannot be opened: the catalogue's Indonesian message. */
export function startupFailureMessage(err: unknown, dbFile: string): string {
  const message = isAppError(err) ? errorMessage('id', err.code, err.params) : errorMessage('id', 'INTERNAL');
  return `${message}\n\nBerkas basis data: ${dbFile}`;
}

export interface StartOptions {
  dbFile: string;
  backupDir: string;
  /** Folder holding package.json and dist/ (app.asar when packaged). */
  appPath: string;
  devTools: boolean;
}

export interface Running {
  core: App;
  window: BrowserWindow;
  stop(): void;
}

/** Native file dialogs, attached to the app window; the renderer only ever gets the chosen path. */
export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  return {
    async openFile({ title, filters }) {
      const win = window();
      const options = { title, filters, properties: ['openFile' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async saveFile({ title, defaultName, filters }) {
      const win = window();
      const options = { title, defaultPath: defaultName, filters };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}

/** Opens the database first, so a refusal (e.g. DATABASE_NEWER) happens before any window exists. */
export function startApp(options: StartOptions): Running {
  let mainWindow: BrowserWindow | null = null;
  const emit = <E extends EventName>(event: E, payload: Events[E]): void => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(`event:${event}`, payload);
  };
  const core = createApp({
    dbFile: options.dbFile,
    backupDir: options.backupDir,
    emit,
    isTrustedSender: isRendererUrl,
    restrictFiles: true,
    dialogs: electronDialogs(() => mainWindow),
    printer: electronPrinter(),
  });
  installSessionSecurity(session.defaultSession);
  serveRenderer(protocol, join(options.appPath, 'dist', 'renderer'));
  const unregister = registerIpc(ipcMain, core.dispatch);
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenu(process.platform, options.devTools)));
  mainWindow = createMainWindow({ preloadPath: join(options.appPath, 'dist', 'preload', 'preload.cjs') });
  return {
    core,
    window: mainWindow,
    stop() {
      unregister();
      core.close();
    },
  };
}

/** The 'ready' step: start, or explain in Indonesian why the app cannot and leave. */
export function launch(): Running | null {
  const dbFile = resolveDbFile({
    argv: process.argv,
    env: process.env,
    userData: app.getPath('userData'),
    packaged: app.isPackaged,
    cwd: process.cwd(),
  });
  try {
    return startApp({ dbFile, backupDir: backupDirFor(dbFile), appPath: app.getAppPath(), devTools: !app.isPackaged });
  } catch (err) {
    console.error('Sidampak failed to start', err);
    dialog.showErrorBox('Sidampak tidak dapat dibuka', startupFailureMessage(err, dbFile));
    app.exit(1);
    return null;
  }
}

export function main(): void {
  // Two instances would write the same SQLite file from two processes; the second one hands over.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  // Date pickers and number inputs follow Chromium's UI language: Indonesian, whatever the OS says.
  app.commandLine.appendSwitch('lang', 'id-ID');
  registerRendererScheme(protocol);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isRendererUrl));

  let running: Running | null = null;
  app.on('second-instance', () => {
    const mainWindow = running?.window;
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // One window is the whole app, on macOS too: closing it ends the session and closes the database.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    running?.stop();
    running = null;
  });
  app.on('ready', () => {
    running = launch();
  });
}

main();
