import { parsePeriod } from '../../shared/domain/period';
import type { ReportPdfRequest, ReportRequest } from '../../shared/ipc/reports';
import { impactBrief } from '../impact/brief';
import { serviceContext, type AppContext } from '../ipc/types';
import { writeAnnex, type AnnexInput } from './annex';
import { askReportPath, writeReportPdf, writeReportWorkbook } from './outputs';
import { quarterlyReport } from './quarterly';

/**
 * The output channels of the report (reports.savePdf, reports.saveExcel, reports.saveAnnex). The
 * PDF and the workbook are made from exactly what `reports.quarterly` returns (quarterlyReport),
 * so the files say what the preview shows.
 */

export async function savePdf(app: AppContext, input: ReportPdfRequest): Promise<{ path: string; pages: number } | null> {
  const { impactBrief: briefRequest, ...request } = input;
  const path = await askReportPath(app, request.period, 'pdf');
  if (path === null) return null;
  const ctx = serviceContext(app);
  // An attached brief counts the graduations of the report's year unless told otherwise.
  const brief = briefRequest ? impactBrief(ctx, { ...briefRequest, year: briefRequest.year ?? parsePeriod(request.period)?.year ?? null }) : null;
  return writeReportPdf(app, quarterlyReport(ctx, request), path, brief);
}

export async function saveExcel(app: AppContext, request: ReportRequest): Promise<{ path: string } | null> {
  const path = await askReportPath(app, request.period, 'xlsx');
  if (path === null) return null;
  return writeReportWorkbook(app, quarterlyReport(serviceContext(app), request), path);
}

export function saveAnnex(app: AppContext, input: AnnexInput): Promise<{ path: string; rows: number } | null> {
  return writeAnnex(app, input);
}
