import type { DisbursementLine } from '../../../shared/domain/disbursement-import';
import { periodText } from '../../../shared/domain/period';
import { AppError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import type { ImportRequest, ImportResult } from '../../../shared/ipc/imports';
import { recordAudit } from '../../audit/service';
import type { ServiceContext } from '../../context';
import type { ParseResult } from '../../imports/parse';
import { importProgram, type ImportProgram } from '../../imports/program';
import { throwIfCancelled, type CommitOptions } from '../../imports/write';
import { readLocale } from '../../settings/service';
import { assertPeriodOpen } from '../period-lock';
import { matchLines } from './match';
import { parseDisbursementList } from './parse';
import { inSheetOrder } from '../../../shared/domain/imports';

/** A disbursement list needs its program's tahap: the lines count for that period only. */
export function requirePeriod(request: Pick<ImportRequest, 'period'>): string {
  if (request.period === null) throw new AppError('PERIOD_REQUIRED');
  return request.period;
}

/**
 * The whole import of a disbursement list: read and validate the file, match its lines to the
 * program's enrollments and, unless it is a dry run, write them as one batch in one transaction.
 */
export async function runDisbursementImport(ctx: ServiceContext, request: ImportRequest, options: CommitOptions): Promise<ImportResult> {
  const period = requirePeriod(request);
  const program = importProgram(ctx, request.programId);
  throwIfCancelled(options.signal);
  const locale = readLocale(ctx);
  const reading = translate(locale, 'imports.progress.reading');
  options.onProgress?.({ label: reading, done: 0, total: 0 });
  const parsed = await parseDisbursementList(ctx, request, {
    locale,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: (rowsSeen: number) => options.onProgress?.({ label: reading, done: rowsSeen, total: 0 }) } : {}),
  });
  throwIfCancelled(options.signal);
  return commitDisbursementList(ctx, program, period, parsed, options);
}

/**
 * Writes the valid lines as one batch (kind 'disbursement') in one immediate transaction: all or
 * nothing, a cancel rolls it back. Refused with PERIOD_CLOSED while the period is closed, and
 * with DISBURSEMENT_ALREADY_IMPORTED when an earlier batch of the same program and period (not
 * undone) already holds lines of this list.
 *
 * Why refuse rather than replace: replacing would silently delete lines another clerk imported
 * (a susulan list, another bank's part) whenever two lists share a line, and a refusal that
 * names the earlier batch lets the clerk undo exactly that batch (audited) and import again. The
 * same file, or a re-saved copy of it, repeats every line, so the rule catches both.
 */
export function commitDisbursementList(
  ctx: ServiceContext,
  program: ImportProgram,
  period: string,
  parsed: ParseResult<DisbursementLine>,
  options: CommitOptions,
): ImportResult {
  const locale = readLocale(ctx);
  const matchOptions = { locale, headers: parsed.headers, mapping: parsed.mapping };
  const base = { file: parsed.file, sheet: parsed.sheet, headerRow: parsed.headerRow, rows: parsed.rowsSeen, rejected: parsed.rejected.length };
  const issuesWith = (warnings: typeof parsed.issues) => inSheetOrder(parsed.issues, warnings);
  options.onProgress?.({ label: translate(locale, 'imports.progress.matching'), done: 0, total: parsed.rows.length });
  if (options.dryRun) {
    const match = matchLines(ctx, program, period, parsed.rows, matchOptions);
    return { ...base, batchId: null, imported: match.counts.lines, updated: 0, skipped: 0, issues: issuesWith(match.warnings), disbursement: match.counts };
  }
  const label = translate(locale, 'disbursementImport.progress.writing');
  return ctx.db.transaction(() => {
    // Inside the transaction: a close (or another import) between a check and the write cannot slip through.
    assertPeriodOpen(ctx.db, period);
    const match = matchLines(ctx, program, period, parsed.rows, matchOptions);
    const earlier = match.counts.alreadyImported;
    if (earlier) {
      throw new AppError('DISBURSEMENT_ALREADY_IMPORTED', {
        batch: earlier.batchId,
        file: earlier.fileName,
        lines: earlier.lines,
        program: program.code,
        period: periodText(period),
      });
    }
    throwIfCancelled(options.signal);
    const batchId = insertBatch(ctx, program, period, parsed);
    writeLines(ctx, program, period, batchId, parsed.rows, match.lines, label, options);
    const summary = { ...base, imported: parsed.rows.length, updated: 0, skipped: 0 };
    recordAudit(ctx, {
      action: 'import',
      entity: 'batch',
      entityId: batchId,
      before: null,
      after: {
        kind: 'disbursement',
        program: program.code,
        period,
        ...summary,
        matched: match.counts.matched,
        notEnrolled: match.counts.notEnrolled,
        byStatus: match.counts.byStatus,
      },
      batchId,
    });
    // The last chance to cancel: once the transaction commits, undo is the way back.
    throwIfCancelled(options.signal);
    return { ...summary, batchId, issues: issuesWith(match.warnings), disbursement: match.counts };
  }).immediate();
}

function insertBatch(ctx: ServiceContext, program: ImportProgram, period: string, parsed: ParseResult<DisbursementLine>): number {
  return Number(
    ctx.db
      .prepare(
        `INSERT INTO import_batches (kind, program_id, period, file_name, sheet, header_row, mapping_json, rows_total, imported, rejected, actor, at)
         VALUES ('disbursement', :program_id, :period, :file_name, :sheet, :header_row, :mapping_json, :rows_total, :imported, :rejected, :actor, :at)`,
      )
      .run({
        program_id: program.id,
        period,
        file_name: parsed.file,
        sheet: parsed.sheet,
        header_row: parsed.headerRow,
        mapping_json: JSON.stringify(parsed.mapping),
        rows_total: parsed.rowsSeen,
        imported: parsed.rows.length,
        rejected: parsed.rejected.length,
        actor: ctx.actor,
        at: ctx.now().toISOString(),
      }).lastInsertRowid,
  );
}

function writeLines(
  ctx: ServiceContext,
  program: ImportProgram,
  period: string,
  batchId: number,
  lines: readonly DisbursementLine[],
  matches: readonly { enrollmentId: number | null; kecamatanCode: string | null }[],
  label: string,
  options: CommitOptions,
): void {
  const insert = ctx.db.prepare(
    `INSERT INTO disbursements (batch_id, program_id, period, enrollment_id, kk, nik, name, kecamatan_code, status, amount, paid_on, reason, sheet_row)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const total = lines.length;
  const step = Math.max(1, Math.floor(total / 100));
  options.onProgress?.({ label, done: 0, total });
  lines.forEach((line, i) => {
    const match = matches[i]!;
    insert.run(batchId, program.id, period, match.enrollmentId, line.kk, line.nik, line.name, match.kecamatanCode, line.status, line.amount, line.paidOn, line.reason, line.row);
    if ((i + 1) % step === 0 || i + 1 === total) {
      throwIfCancelled(options.signal);
      options.onProgress?.({ label, done: i + 1, total });
    }
  });
}
