import type { ImpactBrief } from '../ipc/impact';
import type { QuarterlyReport } from '../ipc/reports';

/**
 * How a printer drives the renderer's print layout, without IPC: it opens `index.html#/cetak`,
 * waits for `window.__sidampakPrint`, calls it with a PrintJob, then waits for
 * `document.body.dataset.printReady === '1'` (charts, emblem and fonts drawn) before printing.
 * The renderer (reports/document/PrintRoute.tsx) and every printer (Electron, harness, CLI) use these.
 */
export const PRINT_ROUTE = '#/cetak';

/**
 * What a printer prints: the quarterly report (with the impact brief's pages after it when one is
 * attached) or the impact brief alone. The kind travels in the payload so one route serves both.
 */
export type PrintJob =
  | { document: 'quarterly'; report: QuarterlyReport; brief: ImpactBrief | null }
  | { document: 'impact-brief'; brief: ImpactBrief };
export const PRINT_GLOBAL = '__sidampakPrint';
export const PRINT_READY_SCRIPT = "document.body.dataset.printReady === '1'";
export const PRINT_HOOK_SCRIPT = `typeof window.${PRINT_GLOBAL} === 'function'`;

/** Pages of a PDF written by Chromium (Skia): one `/Type /Page` object per page. */
export function countPdfPages(pdf: Uint8Array): number {
  let text = '';
  // Latin-1 view of the bytes; chunked so a large PDF does not overflow the argument list.
  for (let i = 0; i < pdf.length; i += 65_536) text += String.fromCharCode(...pdf.subarray(i, i + 65_536));
  return (text.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}
