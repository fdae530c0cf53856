import { translate } from '../../shared/i18n';
import type { ImportRequest, ImportResult } from '../../shared/ipc/imports';
import type { ServiceContext } from '../context';
import { runDisbursementImport } from '../disbursements/import/commit';
import { isImpactKind, runImpactImport } from '../impact/import/kinds';
import { readLocale } from '../settings/service';
import { parseImport } from './parse';
import { importProgram } from './program';
import { commitParsed, throwIfCancelled, type CommitOptions } from './write';

/**
 * The whole import of a list. A disbursement list (kind 'disbursement') has its own write side
 * (electron/disbursements/import); for a beneficiary list: read and validate the file (the read side), match it
 * against the register, and, unless it is a dry run, write the valid rows as one batch in one
 * transaction. A file that cannot be read throws before anything is written.
 */
export async function runImport(ctx: ServiceContext, request: ImportRequest, options: CommitOptions): Promise<ImportResult> {
  if (request.kind === 'disbursement') return runDisbursementImport(ctx, request, options);
  if (isImpactKind(request.kind)) return runImpactImport(ctx, request, options);
  // The request leaves the program out for program-less kinds: a register list without one fails before the file is read.
  importProgram(ctx, request.programId);
  throwIfCancelled(options.signal);
  const locale = readLocale(ctx);
  const reading = translate(locale, 'imports.progress.reading');
  // While reading, the number of rows is not known yet: total 0 says so.
  options.onProgress?.({ label: reading, done: 0, total: 0 });
  const parsed = await parseImport(ctx, request, {
    locale,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: (rowsSeen: number) => options.onProgress?.({ label: reading, done: rowsSeen, total: 0 }) } : {}),
  });
  throwIfCancelled(options.signal);
  return commitParsed(ctx, { programId: request.programId, period: request.period }, parsed, options);
}
