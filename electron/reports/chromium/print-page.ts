import type { Page } from 'playwright-core';
import { PRINT_ROUTE, type PrintJob } from '../../../shared/domain/report-print';

type PrintWindow = Window & { __sidampakPrint?: (job: PrintJob) => void };

/** Long enough for a report of every kecamatan of a regency on a slow office PC. */
const READY_TIMEOUT_MS = 60_000;

/**
 * Prints a document on a Playwright page: opens the print route of the renderer served at
 * `origin`, hands the job over, waits until it is drawn, and returns Chromium's A4 PDF.
 * The page's @page rule (margins, "Halaman X dari Y") decides the layout, as in Electron.
 */
export async function printOnPage(page: Page, origin: string, job: PrintJob): Promise<Uint8Array> {
  await page.goto(`${origin}/index.html${PRINT_ROUTE}`);
  // Functions, not script strings: a string predicate would need eval, which the page's CSP refuses.
  await page.waitForFunction(() => typeof (window as PrintWindow).__sidampakPrint === 'function', undefined, { timeout: READY_TIMEOUT_MS });
  await page.evaluate((j) => (window as PrintWindow).__sidampakPrint!(j), job);
  await page.waitForFunction(() => document.body.dataset.printReady === '1', undefined, { timeout: READY_TIMEOUT_MS });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  return new Uint8Array(pdf);
}
