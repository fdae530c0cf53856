import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../shared/errors';
import type { PrintJob } from '../../../shared/domain/report-print';
import type { ReportPrinter } from '../../ipc/types';
import { CHROMIUM_ARGS, chromiumExists, chromiumPath } from './browser';
import { printOnPage } from './print-page';
import { serveRenderer } from './static-server';

export interface ChromiumPrinterOptions {
  executablePath?: string;
  /** The built renderer (dist/renderer); found beside the bundle or the sources when not given. */
  rendererDir?: string;
}

/**
 * dist/renderer seen from this module: from a bundle in dist/<name>/ it is ../renderer; from the
 * sources (electron/reports/chromium, under vitest) it is ../../../dist/renderer.
 */
export function findRendererDir(moduleUrl: string = import.meta.url): string | null {
  const here = dirname(fileURLToPath(moduleUrl));
  const candidates = [join(here, '..', 'renderer'), join(here, '..', '..', '..', 'dist', 'renderer')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/**
 * The report's PDF outside Electron (CLI, tests, bench): launches Chromium through playwright-core
 * for each print, serves the built renderer on a loopback port and prints its `#/cetak` route.
 * playwright-core is loaded only when a PDF is asked for, so nothing else depends on it.
 */
export function chromiumPrinter(options: ChromiumPrinterOptions = {}): ReportPrinter {
  return {
    async print(job: PrintJob): Promise<Uint8Array> {
      const executablePath = options.executablePath ?? chromiumPath();
      if (!chromiumExists(executablePath)) throw new AppError('PDF_UNAVAILABLE', { path: executablePath });
      const rendererDir = options.rendererDir ?? findRendererDir();
      if (rendererDir === null) throw new AppError('PDF_FAILED', { reason: 'dist/renderer' });
      let chromium: typeof import('playwright-core').chromium;
      try {
        ({ chromium } = await import('playwright-core'));
      } catch {
        throw new AppError('PDF_UNAVAILABLE', { path: 'playwright-core' });
      }
      const server = await serveRenderer(rendererDir);
      try {
        const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
        try {
          const page = await browser.newPage({ locale: 'id-ID' });
          return await printOnPage(page, server.origin, job);
        } finally {
          await browser.close();
        }
      } catch (err) {
        if (err instanceof AppError) throw err;
        throw new AppError('PDF_FAILED', { reason: err instanceof Error ? err.message.split('\n')[0]! : String(err) }, err);
      } finally {
        await server.close();
      }
    },
  };
}
