import type { Root } from 'react-dom/client';
import { PRINT_ROUTE, type PrintJob } from '../../../../shared/domain/report-print';
import { ImpactBriefDocument } from '../../impact/brief/ImpactBriefDocument';
import { QuarterlyDocument } from './QuarterlyDocument';

/** The hash route of the print layout: the renderer's index.html opened as `index.html#/cetak`. */
export { PRINT_ROUTE };

declare global {
  interface Window {
    /** Set on the print route: hands the job over; printing may start once body[data-print-ready="1"]. */
    __sidampakPrint?: (job: PrintJob) => void;
  }
}

/**
 * The print route renders nothing until a printer (Electron's hidden window, the harness's or the
 * CLI's Chromium) calls `window.__sidampakPrint(job)`; the job says which document (the quarterly
 * report, with the impact brief attached or not, or the impact brief alone). When the document is
 * fully drawn it sets `document.body.dataset.printReady = '1'`. No IPC: the page needs no `window.api`.
 */
export function startPrintRoute(root: Root): void {
  document.body.classList.add('qr-print-route');
  window.__sidampakPrint = (job) => {
    delete document.body.dataset.printReady;
    const onReady = () => {
      document.body.dataset.printReady = '1';
    };
    root.render(
      job.document === 'impact-brief' ? (
        <ImpactBriefDocument brief={job.brief} onReady={onReady} />
      ) : (
        <QuarterlyDocument report={job.report} brief={job.brief} onReady={onReady} />
      ),
    );
  };
}
