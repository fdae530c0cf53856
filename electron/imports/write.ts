import type { ColumnMapping, ImportIssue, ParsedRow } from '../../shared/domain/imports';
import type { FamilyRecord } from '../../shared/domain/register';
import { parsePeriod, periodStart } from '../../shared/domain/period';
import { todayIso } from '../../shared/domain/dates';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import type { ImportResult } from '../../shared/ipc/imports';
import { recordAudit } from '../audit/service';
import { deferNameIndex, RegisterWriter, type WriteOp } from '../beneficiaries/writer';
import type { ServiceContext } from '../context';
import { assertPeriodOpen } from '../disbursements/period-lock';
import { readLocale } from '../settings/service';
import { matchRows, NEW_FAMILY, NEW_MEMBER, type RowKind } from './match';
import { importProgram, type ImportProgram } from './program';
import type { UnitPlan } from './units';

/** What the commit needs from a parsed list (the read side's parse result has at least this). */
export interface ParsedList {
  /** The file's name, as the batch history shows it. */
  file: string;
  sheet: string;
  headerRow: number;
  headers: string[];
  mapping: ColumnMapping;
  /** Data rows seen in the sheet (valid and rejected). */
  rowsSeen: number;
  rows: ParsedRow[];
  rejected: readonly unknown[];
  issues: ImportIssue[];
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
  /**
   * The caller has no further use for the parsed rows: each is dropped from `rows` once written, so
   * a large list does not stay in memory whole while the transaction grows (runImport).
   */
  consumeRows?: boolean;
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
  const matchOptions = { period: target.period, locale, headers: parsed.headers, mapping: parsed.mapping };
  const matching = () => {
    options.onProgress?.({ label: translate(locale, 'imports.progress.matching'), done: 0, total: parsed.rows.length });
    const match = matchRows(ctx, program, parsed.rows, { ...matchOptions, collectNew: !options.dryRun });
    const issues = [...parsed.issues, ...match.warnings].sort((a, b) => a.row - b.row);
    const base = { file: parsed.file, sheet: parsed.sheet, headerRow: parsed.headerRow, rows: parsed.rowsSeen, rejected: parsed.rejected.length, issues };
    throwIfCancelled(options.signal);
    return { match, base };
  };
  if (options.dryRun) {
    const { match, base } = matching();
    return { ...base, batchId: null, imported: match.counts.new, updated: match.counts.updated, skipped: match.counts.unchanged };
  }
  assertStatusesKnown(ctx, parsed.rows);
  const label = translate(locale, 'imports.progress.writing');
  const reason = translate(locale, 'imports.enrollReason', { file: parsed.file });
  // Immediate: the match reads the register inside the write lock, so the KKs and NIKs it found
  // missing are still missing when the writer inserts them without looking again.
  return ctx.db.transaction(() => {
    // A list tied to a closed period would change its frozen figures (its allocation).
    assertPeriodOpen(ctx.db, target.period);
    const { match, base } = matching();
    const batchId = insertBatch(ctx, program, target.period, parsed);
    const indexNames = deferNameIndex(ctx.db, batchId);
    const counts = writeRows(ctx, program, target.period, parsed.rows, batchId, { reason, label, options, fresh: match.fresh, plans: match.plans });
    indexNames();
    const summary = { ...counts, rows: parsed.rowsSeen, rejected: parsed.rejected.length };
    ctx.db
      .prepare('UPDATE import_batches SET imported = :imported, updated = :updated, skipped = :skipped, rejected = :rejected WHERE id = :id')
      .run({ id: batchId, imported: summary.imported, updated: summary.updated, skipped: summary.skipped, rejected: summary.rejected });
    recordAudit(ctx, {
      action: 'import',
      entity: 'batch',
      entityId: batchId,
      before: null,
      after: { kind: 'register', program: program.code, period: target.period, file: parsed.file, sheet: parsed.sheet, ...summary },
      batchId,
    });
    // The last chance to cancel: once the transaction commits, undo is the way back.
    throwIfCancelled(options.signal);
    return { ...base, batchId, imported: summary.imported, updated: summary.updated, skipped: summary.skipped };
  }).immediate();
}

/** A status the lookup table lacks would fail the foreign key deep inside the write; say which instead. */
function assertStatusesKnown(ctx: ServiceContext, rows: readonly ParsedRow[]): void {
  const known = new Set((ctx.db.prepare('SELECT code FROM enrollment_statuses').all() as { code: string }[]).map((r) => r.code));
  for (const row of rows) {
    if (row.status !== null && !known.has(row.status)) throw new AppError('STATUS_UNKNOWN', { status: row.status });
  }
}

function insertBatch(ctx: ServiceContext, program: ImportProgram, period: string | null, parsed: ParsedList): number {
  return Number(
    ctx.db
      .prepare(
        `INSERT INTO import_batches (kind, program_id, period, file_name, sheet, header_row, mapping_json, rows_total, rejected, actor, at)
         VALUES ('register', :program_id, :period, :file_name, :sheet, :header_row, :mapping_json, :rows_total, :rejected, :actor, :at)`,
      )
      .run({
        program_id: program.id,
        period,
        file_name: parsed.file,
        sheet: parsed.sheet,
        header_row: parsed.headerRow,
        mapping_json: JSON.stringify(parsed.mapping),
        rows_total: parsed.rowsSeen,
        rejected: parsed.rejected.length,
        actor: ctx.actor,
        at: ctx.now().toISOString(),
      }).lastInsertRowid,
  );
}

interface WriteCounts {
  imported: number;
  updated: number;
  skipped: number;
}

function writeRows(
  ctx: ServiceContext,
  program: ImportProgram,
  period: string | null,
  rows: ParsedRow[],
  batchId: number,
  run: { reason: string; label: string; options: CommitOptions; fresh: Uint8Array | undefined; plans: readonly UnitPlan[] },
): WriteCounts {
  const writer = new RegisterWriter(ctx, batchId, { bufferChanges: true });
  const { plans } = run;
  const parsedPeriod = period === null ? null : parsePeriod(period);
  // A tahap's list takes effect at the tahap's start; other lists on the day they are imported.
  const date = parsedPeriod ? periodStart(parsedPeriod) : todayIso(ctx.now());
  const total = rows.length;
  const step = Math.max(1, Math.floor(total / 100));
  const { onProgress, signal } = run.options;
  const counts: WriteCounts = { imported: 0, updated: 0, skipped: 0 };
  onProgress?.({ label: run.label, done: 0, total });

  let last: { record: FamilyRecord; id: number } | null = null;
  rows.forEach((row, i) => {
    const plan = plans[i]!;
    const ops: WriteOp[] = [];
    // The match ran in this transaction: a KK or NIK it found nowhere is inserted without a look-up.
    const fresh = run.fresh?.[i] ?? 0;
    // A family's consecutive rows share one record (RowValidator): written by the row before, it
    // would be found unchanged, so the look-up is skipped.
    const family: { id: number; op: WriteOp } =
      last !== null && last.record === row.family ? { id: last.id, op: 'unchanged' } : writer.upsertFamily(row.family, (fresh & NEW_FAMILY) !== 0);
    last = { record: row.family, id: family.id };
    ops.push(family.op);
    const member = writer.upsertMember(family.id, row.member, (fresh & NEW_MEMBER) !== 0);
    ops.push(member.op);
    if (plan.first) {
      const memberKey = program.perPerson ? member.id : 0;
      const enrollment = writer.enroll({ programId: program.id, familyId: family.id, memberKey, status: plan.status, date, reason: run.reason });
      ops.push(enrollment.op);
      if (period !== null) ops.push(writer.setPeriod(enrollment.id, period, plan.nominal, plan.components));
    }
    const kind: RowKind = member.op === 'insert' ? 'new' : ops.some((op) => op !== 'unchanged') ? 'update' : 'unchanged';
    if (kind === 'new') counts.imported++;
    else if (kind === 'update') counts.updated++;
    else counts.skipped++;
    if (run.options.consumeRows) (rows as (ParsedRow | undefined)[])[i] = undefined;
    if ((i + 1) % step === 0 || i + 1 === total) {
      throwIfCancelled(signal);
      onProgress?.({ label: run.label, done: i + 1, total });
    }
  });
  writer.flush();
  return counts;
}
