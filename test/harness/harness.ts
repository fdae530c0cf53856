import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { createApp, type App } from '../../electron/app/create';
import type { Dialogs } from '../../electron/ipc/types';
import { serveRenderer, type StaticServer } from './static-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const RENDERER_DIR = join(root, 'dist', 'renderer');
export const INIT_SCRIPT = join(root, 'dist', 'harness', 'init-script.js');

/** Chromium from Debian; Playwright's own browser downloads are not available here. */
export const CHROMIUM_PATH = process.env.SIDAMPAK_CHROMIUM ?? '/usr/bin/chromium';
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

export interface Harness {
  app: App;
  server: StaticServer;
  url: string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  dbFile: string;
  backupDir: string;
  now?: () => Date;
  actor?: string;
  /** Stands in for the native file dialogs (e.g. a queue of paths a test prepared). */
  dialogs?: Dialogs;
}

/**
 * Binds a page's `window.api` to the real dispatcher over a real database file: the renderer
 * runs exactly as in Electron, minus the shell. Call before the first navigation.
 */
export async function attachHarness(page: Page, options: HarnessOptions): Promise<Harness> {
  const server = await serveRenderer(RENDERER_DIR);
  const app = createApp({
    dbFile: options.dbFile,
    backupDir: options.backupDir,
    actor: options.actor ?? 'penguji-e2e',
    ...(options.now ? { now: options.now } : {}),
    ...(options.dialogs ? { dialogs: options.dialogs } : {}),
    isTrustedSender: (url) => url.startsWith(`${server.origin}/`),
    // As in Electron: the page may only have main read files chosen in main's (here scripted) dialog.
    restrictFiles: true,
    emit: (event, payload) => {
      void page.evaluate(([e, p]) => window.__sidampakEmit(e, p), [event, payload] as const).catch(() => {});
    },
  });
  await page.exposeBinding('__sidampakInvoke', (source, channel: unknown, input: unknown) =>
    app.dispatch(channel, input, { senderUrl: source.frame.url() }),
  );
  await page.addInitScript({ path: INIT_SCRIPT });
  return {
    app,
    server,
    url: `${server.origin}/index.html`,
    close: async () => {
      app.close();
      await server.close();
    },
  };
}
