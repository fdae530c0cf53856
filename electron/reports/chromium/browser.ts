import { existsSync } from 'node:fs';

/** Chromium's flags for headless work here: no sandbox (CI containers), no network chatter. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Date inputs follow the browser's UI language: dd/mm/yyyy as the office's Windows would show it.
  '--lang=id-ID',
];

/** Debian's package (the project's CI and development machines); SIDAMPAK_CHROMIUM names any other. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.SIDAMPAK_CHROMIUM || DEFAULT_CHROMIUM;
}

export function chromiumExists(path: string): boolean {
  return existsSync(path);
}
