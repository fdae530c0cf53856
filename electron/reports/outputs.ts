import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { countPdfPages } from '../../shared/domain/report-print';
import { translate, type MessageKey } from '../../shared/i18n';
import type { ImpactBrief } from '../../shared/ipc/impact';
import type { QuarterlyReport } from '../../shared/ipc/reports';
import { recordExport } from '../audit/service';
import { serviceContext, type AppContext } from '../ipc/types';
import { readLocale } from '../settings/service';
import { buildReportWorkbook } from './workbook';
import { writeOutput } from '../app/output-file';

export type ReportFormat = 'pdf' | 'xlsx';

/** `Laporan-Triwulan-2024-Q3.pdf` */
export function reportFileName(app: AppContext, period: string, format: ReportFormat): string {
  return `${translate(readLocale(serviceContext(app)), 'reportFile.stem')}-${period}.${format}`;
}

/** Asks where to save; null when the user cancels. */
export async function askReportPath(app: AppContext, period: string, format: ReportFormat): Promise<string | null> {
  const locale = readLocale(serviceContext(app));
  const t = (key: MessageKey) => translate(locale, key);
  return app.dialogs.saveFile({
    title: t(format === 'pdf' ? 'reportPdf.dialog' : 'reportXls.dialog'),
    defaultName: reportFileName(app, period, format),
    filters: [{ name: t(format === 'pdf' ? 'reportPdf.filter' : 'reportXls.filter'), extensions: [format] }],
  });
}

/**
 * The report's A4 PDF (the print layout through the context's printer) written to `path`; with
 * `brief`, the impact brief's pages follow the report's.
 */
export async function writeReportPdf(app: AppContext, report: QuarterlyReport, path: string, brief: ImpactBrief | null = null): Promise<{ path: string; pages: number }> {
  const pdf = await app.printer.print({ document: 'quarterly', report, brief });
  const pages = countPdfPages(pdf);
  await writeOutput(path, () => writeFileSync(path, pdf));
  recordReportOutput(app, report, { format: 'pdf', file: basename(path), pages, impactBrief: brief !== null });
  return { path, pages };
}

/** The report's workbook (a sheet per section) written to `path`. */
export async function writeReportWorkbook(app: AppContext, report: QuarterlyReport, path: string): Promise<{ path: string }> {
  const wb = buildReportWorkbook(report);
  await writeOutput(path, () => wb.xlsx.writeFile(path));
  recordReportOutput(app, report, { format: 'xlsx', file: basename(path), pages: null });
  return { path };
}

/** Every copy of the report that leaves the app is on the record: which period, programs, file. */
function recordReportOutput(
  app: AppContext,
  report: QuarterlyReport,
  output: { format: ReportFormat; file: string; pages: number | null; impactBrief?: boolean },
): void {
  const ctx = serviceContext(app);
  recordExport(ctx, {
    entity: 'report',
    entityId: report.request.period,
    after: {
      format: output.format,
      file: output.file,
      ...(output.pages === null ? {} : { pages: output.pages }),
      programs: report.figures.programs.map((p) => p.programCode),
      final: report.closure !== null,
      ...(output.impactBrief ? { impactBrief: true } : {}),
    },
  });
}
