import { inSheetOrder, type ColumnMapping, type ImportIssue, type ParsedRow } from '../../shared/domain/imports';
import { parsePeriod, periodStart } from '../../shared/domain/period';
import { todayIso } from '../../shared/domain/dates';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import type { ImportResult } from '../../shared/ipc/imports';
import { recordAudit } from '../audit/service';
import { deferNameIndex } from '../beneficiaries/writer';
import { withDeferredCheckpoint } from '../db/checkpoint';
import type { ServiceContext } from '../context';
import { assertPeriodOpen } from '../disbursements/period-lock';
import { readLocale } from '../settings/service';
import { matchRows, type MatchResult } from './match';
import { importProgram, type ImportProgram } from './program';
import { RegisterCommit } from './register-commit';
import { REGISTER_BATCH_ROWS } from './register-lookup';

/** What a batch records of the list it came from, known once the whole sheet has been read. */
export interface ListSummary {
  /** The file's name, as the batch history shows it. */
  file: string;
  sheet: string;
  headerRow: number;
  headers: string[];
  mapping: ColumnMapping;
  /** Data rows seen in the sheet (valid and rejected). */
  rowsSeen: number;
  rejected: number;
  issues: ImportIssue[];
}

/** What the commit needs from a parsed list (the read side's parse result has at least this). */
export interface ParsedList extends Omit<ListSummary, 'rejected'> {
  rows: ParsedRow[];
  rejected: readonly unknown[];
}

export interface ProgressReport {
  label: string;
  done: number;
  total: number;
}

/** An AbortSignal, or a flag another thread sets (a worker cannot see an abort while it writes). */
export interface CancelSignal {
  readonly aborted: boolean;
}

export interface CommitOptions {
  dryRun: boolean;
  onProgress?: (progress: ProgressReport) => void;
  signal?: CancelSignal;
}

export interface CommitTarget {
  programId: number | undefined;
  period: string | null;
}

export function throwIfCancelled(signal: CancelSignal | undefined): void {
  if (signal?.aborted) throw new AppError('IMPORT_CANCELLED');
}

/**
 * Writes a parsed list into the register as one batch in one transaction (or, on a dry run,
 * only says what it would do). Families and members are matched by KK and NIK, so importing the
 * same list again updates or skips rows instead of adding them twice. A cancel rolls everything back.
 */
export function commitParsed(ctx: ServiceContext, target: CommitTarget, parsed: ParsedList, options: CommitOptions): ImportResult {
  const program = importProgram(ctx, target.programId);
  const locale = readLocale(ctx);
  throwIfCancelled(options.signal);
  const summary: ListSummary = { ...parsed, rejected: parsed.rejected.length };
  if (options.dryRun) {
    options.onProgress?.({ label: translate(locale, 'imports.progress.matching'), done: 0, total: parsed.rows.length });
    const match = matchRows(ctx, program, parsed.rows, { period: target.period, locale, headers: parsed.headers, mapping: parsed.mapping });
    throwIfCancelled(options.signal);
    return dryRunResult(summary, match);
  }
  const label = translate(locale, 'imports.progress.writing');
  return writeRegisterBatch(ctx, program, target.period, options, (commit) => {
    const { rows } = parsed;
    const total = rows.length;
    const report = (done: number) => {
      throwIfCancelled(options.signal);
      options.onProgress?.({ label, done, total });
    };
    const every = Math.max(1, Math.floor(total / 100));
    options.onProgress?.({ label, done: 0, total });
    // In chunks as the parse worker would give them: what the commit reads and remembers per call stays small.
    for (let i = 0; i < total; i += REGISTER_BATCH_ROWS) commit.addRows(rows.slice(i, i + REGISTER_BATCH_ROWS), { every, report });
    // The last rows, when the step does not divide them.
    if (total % every !== 0) report(total);
    return summary;
  });
}

/**
 * One register batch in one immediate transaction: `feed` gives the list's rows to the commit (all
 * at once, or as a parse worker reads them) and returns what the batch records of the list. The
 * transaction is immediate, so the KKs and NIKs found missing are still missing when they are
 * inserted without looking again; a list tied to a closed period is refused (it would change
 * that period's frozen figures); a cancel, a bad file or any error rolls everything back. The WAL
 * checkpoint waits until the result is out (withDeferredCheckpoint).
 */
export function writeRegisterBatch(
  ctx: ServiceContext,
  program: ImportProgram,
  period: string | null,
  options: CommitOptions,
  feed: (commit: RegisterCommit) => ListSummary,
): ImportResult {
  const locale = readLocale(ctx);
  const parsedPeriod = period === null ? null : parsePeriod(period);
  // A tahap's list takes effect at the tahap's start; other lists on the day they are imported.
  const date = parsedPeriod ? periodStart(parsedPeriod) : todayIso(ctx.now());
  return withDeferredCheckpoint(ctx.db, () => ctx.db.transaction(() => {
    assertPeriodOpen(ctx.db, period);
    const batchId = insertBatch(ctx, program, period);
    const indexNames = deferNameIndex(ctx.db, batchId);
    const commit = new RegisterCommit(ctx, program, { batchId, period, date });
    const list = feed(commit);
    throwIfCancelled(options.signal);
    const enrolling = translate(locale, 'imports.progress.enrolling');
    const { counts, warnings } = commit.finish(
      { locale, headers: list.headers, mapping: list.mapping, reason: translate(locale, 'imports.enrollReason', { file: list.file }) },
      (p) => {
        throwIfCancelled(options.signal);
        options.onProgress?.({ label: enrolling, done: p.done, total: p.total });
      },
    );
    indexNames();
    const summary = { ...counts, rows: list.rowsSeen, rejected: list.rejected };
    ctx.db
      .prepare(
        `UPDATE import_batches SET file_name = :file, sheet = :sheet, header_row = :header_row, mapping_json = :mapping_json, rows_total = :rows,
           imported = :imported, updated = :updated, skipped = :skipped, rejected = :rejected WHERE id = :id`,
      )
      .run({ id: batchId, file: list.file, sheet: list.sheet, header_row: list.headerRow, mapping_json: JSON.stringify(list.mapping), ...summary });
    recordAudit(ctx, {
      action: 'import',
      entity: 'batch',
      entityId: batchId,
      before: null,
      after: { kind: 'register', program: program.code, period, file: list.file, sheet: list.sheet, ...summary },
      batchId,
    });
    // The last chance to cancel: once the transaction commits, undo is the way back.
    throwIfCancelled(options.signal);
    return { ...resultBase(list, warnings), batchId, imported: summary.imported, updated: summary.updated, skipped: summary.skipped };
  }).immediate());
}

/** What a dry run answers: what the commit would do, nothing written. */
export function dryRunResult(list: ListSummary, match: MatchResult): ImportResult {
  const { counts } = match;
  return { ...resultBase(list, match.warnings), batchId: null, imported: counts.new, updated: counts.updated, skipped: counts.unchanged };
}

/** What every register import result says of its list: where it was read, its rows, and its issues in sheet order. */
function resultBase(list: ListSummary, warnings: readonly ImportIssue[]) {
  return { file: list.file, sheet: list.sheet, headerRow: list.headerRow, rows: list.rowsSeen, rejected: list.rejected, issues: inSheetOrder(list.issues, warnings) };
}

/** The batch row, written first so every change can name it; what it records of the list is filled in at the end. */
function insertBatch(ctx: ServiceContext, program: ImportProgram, period: string | null): number {
  return Number(
    ctx.db
      .prepare(
        `INSERT INTO import_batches (kind, program_id, period, file_name, actor, at)
         VALUES ('register', :program_id, :period, '', :actor, :at)`,
      )
      .run({ program_id: program.id, period, actor: ctx.actor, at: ctx.now().toISOString() }).lastInsertRowid,
  );
}
