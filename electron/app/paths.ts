import { homedir } from 'node:os';
import path from 'node:path';

/** Electron's default userData is `<appData>/<productName>`; the CLI and main must agree on it. */
export const PRODUCT_NAME = 'Sidampak';
export const DATABASE_FILE_NAME = 'sidampak.db';
export const DATABASE_ENV = 'SIDAMPAK_DB';

export interface PathEnvironment {
  platform: string;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
}

export function currentPathEnvironment(): PathEnvironment {
  return { platform: process.platform, env: process.env, home: homedir() };
}

function pathsFor(platform: string): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** Electron's `app.getPath('appData')`, computed without Electron so the CLI finds the same folder. */
export function appDataDir(pe: PathEnvironment = currentPathEnvironment()): string {
  const p = pathsFor(pe.platform);
  if (pe.platform === 'win32') return pe.env.APPDATA || p.join(pe.home, 'AppData', 'Roaming');
  if (pe.platform === 'darwin') return p.join(pe.home, 'Library', 'Application Support');
  const xdg = pe.env.XDG_CONFIG_HOME;
  // The XDG spec says a relative value is invalid and must be ignored.
  return xdg && p.isAbsolute(xdg) ? xdg : p.join(pe.home, '.config');
}

export function defaultDatabasePath(pe: PathEnvironment = currentPathEnvironment()): string {
  return pathsFor(pe.platform).join(appDataDir(pe), PRODUCT_NAME, DATABASE_FILE_NAME);
}

/** `--db` first, then `SIDAMPAK_DB`, then the app's own database, as an absolute path. */
export function resolveDatabasePath(flag: string | undefined, pe: PathEnvironment = currentPathEnvironment()): string {
  const chosen = flag || pe.env[DATABASE_ENV] || defaultDatabasePath(pe);
  return path.resolve(chosen);
}

/** Backups live next to the database, so a database moved with `--db` keeps its own backups. */
export function backupDirFor(dbFile: string): string {
  return path.join(path.dirname(dbFile), 'backups');
}
