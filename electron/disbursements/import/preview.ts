import type { ImportPreview, ImportRequest } from '../../../shared/ipc/imports';
import type { ServiceContext } from '../../context';
import { previewOf } from '../../imports/preview-shape';
import { importProgram } from '../../imports/program';
import { readLocale } from '../../settings/service';
import { requirePeriod } from './commit';
import { matchLines } from './match';
import { parseDisbursementList } from './parse';
import { inSheetOrder } from '../../../shared/domain/imports';

/**
 * What committing a disbursement list would do, without writing: the lines that would be
 * written (valid ones), how many match an enrollment, the totals per status, and whether the
 * commit would be refused (period closed, lines already imported).
 */
export async function previewDisbursementList(ctx: ServiceContext, request: ImportRequest): Promise<ImportPreview> {
  const period = requirePeriod(request);
  const program = importProgram(ctx, request.programId);
  const locale = readLocale(ctx);
  const parsed = await parseDisbursementList(ctx, request, { locale });
  const match = matchLines(ctx, program, period, parsed.rows, { locale, headers: parsed.headers, mapping: parsed.mapping });
  const issues = inSheetOrder(parsed.issues, match.warnings);
  return previewOf(parsed, { new: parsed.rows.length, updated: 0, skipped: 0 }, issues, { disbursement: match.counts });
}
