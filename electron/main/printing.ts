import { BrowserWindow } from 'electron';
import { AppError } from '../../shared/errors';
import { PRINT_GLOBAL, PRINT_HOOK_SCRIPT, PRINT_READY_SCRIPT, PRINT_ROUTE } from '../../shared/domain/report-print';
import type { PrintJob } from '../../shared/domain/report-print';
import type { ReportPrinter } from '../ipc/types';
import { RENDERER_URL } from './window';

const POLL_MS = 50;
const READY_TIMEOUT_MS = 60_000;

async function waitFor(window: BrowserWindow, script: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await window.webContents.executeJavaScript(script))) {
    if (Date.now() > deadline) throw new AppError('PDF_FAILED', { reason: 'timeout' });
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * The report's PDF in the app: the renderer's own print route (app://…/index.html#/cetak) in a
 * hidden window without preload (the page needs no API: the report is handed to it as data),
 * printed with printToPDF on A4 as the page's @page rule lays it out, then the window is closed.
 */
export function electronPrinter(url: string = RENDERER_URL): ReportPrinter {
  return {
    async print(job: PrintJob): Promise<Uint8Array> {
      const window = new BrowserWindow({
        show: false,
        width: 900,
        height: 1200,
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, spellcheck: false },
      });
      try {
        await window.loadURL(`${url}${PRINT_ROUTE}`);
        await waitFor(window, PRINT_HOOK_SCRIPT);
        // JSON is a JavaScript expression: the job arrives as a literal, never as code.
        await window.webContents.executeJavaScript(`window.${PRINT_GLOBAL}(${JSON.stringify(job)}); true`);
        await waitFor(window, PRINT_READY_SCRIPT);
        const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
        return new Uint8Array(pdf);
      } finally {
        window.destroy();
      }
    },
  };
}
