import type { ImportPreview, ImportRequest } from '../../shared/ipc/imports';
import type { ServiceContext } from '../context';
import { previewDisbursementList } from '../disbursements/import/preview';
import { isImpactKind, previewImpactImport } from '../impact/import/kinds';
import { readLocale } from '../settings/service';
import { comparePeriod } from './compare';
import { matchList } from './match-list';
import { importProgram } from './program';
import { previewOf } from './preview-shape';
import { inSheetOrder } from '../../shared/domain/imports';

/**
 * What committing the list would do, without writing: the read side's validation, then the
 * register matching (new / updated / unchanged, enrollment and amount warnings) and, for a list
 * tied to a period, the comparison with the program's previous list.
 */
export async function previewImport(ctx: ServiceContext, request: ImportRequest): Promise<ImportPreview> {
  if (request.kind === 'disbursement') return previewDisbursementList(ctx, request);
  if (isImpactKind(request.kind)) return previewImpactImport(ctx, request);
  const program = importProgram(ctx, request.programId);
  const locale = readLocale(ctx);
  const { parsed, match, unitKeys } = await matchList(ctx, program, request, { locale });
  const issues = inSheetOrder(parsed.issues, match.warnings);
  return previewOf(parsed, { new: match.counts.new, updated: match.counts.updated, skipped: match.counts.unchanged }, issues, {
    comparison: request.period === null ? null : comparePeriod(ctx, program, request.period, unitKeys),
  });
}
