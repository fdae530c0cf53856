import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { createApp, type App } from '../../electron/app/create';
import { inProcessRunner, setImportRunner, workerRunner } from '../../electron/imports/task-runner';
import type { Dialogs, ReportPrinter } from '../../electron/ipc/types';
import { CHROMIUM_ARGS as BROWSER_ARGS, chromiumPath } from '../../electron/reports/chromium/browser';
import { printOnPage } from '../../electron/reports/chromium/print-page';
import { serveRenderer, type StaticServer } from './static-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const RENDERER_DIR = join(root, 'dist', 'renderer');
/** The app's import worker as `npm run build` writes it; it reads lists in the parse worker beside it. */
const IMPORT_WORKER = join(root, 'dist', 'main', 'import-worker.mjs');
export const INIT_SCRIPT = join(root, 'dist', 'harness', 'init-script.js');

/** Chromium from Debian; Playwright's own browser downloads are not available here. */
export const CHROMIUM_PATH = chromiumPath();
export const CHROMIUM_ARGS = BROWSER_ARGS;

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
    printer: harnessPrinter(page, () => server.origin),
    isTrustedSender: (url) => url.startsWith(`${server.origin}/`),
    // As in Electron: the page may only have main read files chosen in main's (here scripted) dialog.
    restrictFiles: true,
    emit: (event, payload) => {
      void page.evaluate(([e, p]) => window.__sidampakEmit(e, p), [event, payload] as const).catch(() => {});
    },
  });
  // Imports run as in the app: in the import worker (and its parse worker), off this thread, so
  // progress reaches the page while they run. Without a build, in this thread.
  if (existsSync(IMPORT_WORKER)) setImportRunner(app.ctx, workerRunner(pathToFileURL(IMPORT_WORKER), { fallback: inProcessRunner }));
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

/**
 * The harness's PDF: the print route in a second page of the same browser context, printed with
 * Chromium's page.pdf, as Electron's hidden window does with printToPDF.
 */
function harnessPrinter(page: Page, origin: () => string): ReportPrinter {
  return {
    async print(job) {
      const printPage = await page.context().newPage();
      try {
        return await printOnPage(printPage, origin(), job);
      } finally {
        await printPage.close();
      }
    },
  };
}
