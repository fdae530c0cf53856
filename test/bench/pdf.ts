import { statSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { countPdfPages } from '../../shared/domain/report-print';
import { serviceContext } from '../../electron/ipc/types';
import { CHROMIUM_ARGS, chromiumPath } from '../../electron/reports/chromium/browser';
import { writeReportPdf } from '../../electron/reports/outputs';
import { quarterlyReport } from '../../electron/reports/quarterly';
import { FIGURES_PERIOD } from './figures';
import { openBenchApp } from './register';

/**
 * The quarterly report's PDF of the figures register (test/bench/figures.ts), as `sidampak report
 * quarterly --out FILE.pdf` writes it: the report (figures included) built, Chromium launched, the
 * print route drawn with its charts, printed and written. The bare floor is the same Chromium
 * launched and printing a one-line page, the fixed cost any PDF pays here.
 */
export async function timePdf(dbFile: string, outFile: string): Promise<Record<string, number>> {
  const app = openBenchApp(dbFile);
  try {
    const started = performance.now();
    const report = quarterlyReport(serviceContext(app.ctx), { period: FIGURES_PERIOD, programIds: null });
    const reportMs = performance.now() - started;
    const { pages } = await writeReportPdf(app.ctx, report, outFile);
    const totalMs = performance.now() - started;

    const bareStarted = performance.now();
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
    try {
      const page = await browser.newPage();
      await page.setContent('<p>Sidampak</p>');
      const bare = await page.pdf({ format: 'A4' });
      if (countPdfPages(bare) !== 1) throw new Error('bare PDF: expected one page');
    } finally {
      await browser.close();
    }
    const bareMs = performance.now() - bareStarted;
    return { totalMs, reportMs, printMs: totalMs - reportMs, bareMs, pages, bytes: statSync(outFile).size, kecamatanRows: report.figures.kecamatan.length };
  } finally {
    app.close();
  }
}
