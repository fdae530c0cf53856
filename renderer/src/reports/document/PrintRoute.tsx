import type { Root } from 'react-dom/client';
import type { QuarterlyReport } from '../../../../shared/ipc/reports';
import { PRINT_ROUTE } from '../../../../shared/domain/report-print';
import { QuarterlyDocument } from './QuarterlyDocument';

/** The hash route of the print layout: the renderer's index.html opened as `index.html#/cetak`. */
export { PRINT_ROUTE };

declare global {
  interface Window {
    /** Set on the print route: hands the report over; printing may start once body[data-print-ready="1"]. */
    __sidampakPrint?: (report: QuarterlyReport) => void;
  }
}

/**
 * The print route renders nothing until a printer (Electron's hidden window, the harness's or the
 * CLI's Chromium) calls `window.__sidampakPrint(report)`; when the document is fully drawn it sets
 * `document.body.dataset.printReady = '1'`. No IPC: the page needs no `window.api`.
 */
export function startPrintRoute(root: Root): void {
  document.body.classList.add('qr-print-route');
  window.__sidampakPrint = (report) => {
    delete document.body.dataset.printReady;
    root.render(
      <QuarterlyDocument
        report={report}
        onReady={() => {
          document.body.dataset.printReady = '1';
        }}
      />,
    );
  };
}
