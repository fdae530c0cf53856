import type { ImportIssue, ParsedRow } from '../../shared/domain/imports';
import type { ComponentCounts, FamilyRecord } from '../../shared/domain/register';
import { AppError } from '../../shared/errors';
import { RegisterWriter, type WriteOp } from '../beneficiaries/writer';
import type { ServiceContext } from '../context';
import type { ImportProgram } from './program';
import { lookupChunked } from './register-lookup';
import { DEFAULT_STATUS, unitKey } from './units';
import { EnrollmentWarnings, loadEnrollments, type WarningOptions } from './enrollment-warnings';

/** Per row, what committing it did (the result's counts). */
const UNCHANGED = 0;
const UPDATED = 1;
const ADDED = 2;

/** One enrollment unit (a family by KK, or a person by NIK): enrolled once, at its first row. */
interface Unit {
  /** Index of its first row among the rows written, and that row's sheet row. */
  first: number;
  row: number;
  familyId: number;
  memberId: number;
  /** Per-person programs: the family the member belonged to before this import (its enrollments count for the warnings). */
  formerFamilyId: number | null;
  status: string | null;
  nominal: number | null;
  components: ComponentCounts | null;
}

export interface UnitProgress {
  done: number;
  total: number;
}

export interface CommitCounts {
  imported: number;
  updated: number;
  skipped: number;
}

/**
 * The write side of a register import, in two passes so that rows can be written while the file
 * is still being read (the import's parse worker streams them here) and need not stay in memory:
 *
 * - `addRows` writes each row's family and member as it comes (KK and NIK looked up in bulk per
 *   call, so a key the register lacks is inserted without a look-up) and keeps of the row only
 *   what its enrollment unit needs;
 * - `finish` enrolls every unit once, at its first row, with the first status, amount and
 *   component counts any of its rows states (the rule of units.ts), writes its period entry, and
 *   warns about enrollments in this and other programs as the preview's matchRows does.
 *
 * Enrollments touch no family or member row and families and members no enrollment, so writing
 * all of the one before the other gives the register, counts and warnings of writing row by row.
 * Must run inside the caller's transaction; the undo log is buffered and written by `finish`.
 */
export class RegisterCommit {
  private readonly writer: RegisterWriter;
  private readonly units: Unit[] = [];
  private readonly unitByKey = new Map<string, number>();
  /** Per row written: UNCHANGED, UPDATED or ADDED, and its unit. */
  private kinds = new Uint8Array(1024);
  private unitOf = new Int32Array(1024);
  private rows = 0;
  /** KKs and NIKs this import inserted: a later row with the same key finds them by look-up. */
  private readonly insertedKk = new Set<string>();
  private readonly insertedNik = new Set<string>();
  private last: { record: FamilyRecord; id: number } | null = null;
  private readonly statuses: ReadonlySet<string>;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly program: ImportProgram,
    private readonly target: { batchId: number; period: string | null; date: string },
  ) {
    this.writer = new RegisterWriter(ctx, target.batchId, { bufferChanges: true });
    this.statuses = new Set(ctx.db.prepare('SELECT code FROM enrollment_statuses').pluck().all() as string[]);
  }

  /** Rows written so far. */
  get written(): number {
    return this.rows;
  }

  /** Writes the families and members of these rows (the next ones in sheet order). */
  addRows(rows: readonly ParsedRow[], onRow?: (written: number) => void): void {
    const present = this.presentKeys(rows);
    for (const row of rows) {
      // A status the lookup table lacks would fail the foreign key deep inside the write; say which instead.
      if (row.status !== null && !this.statuses.has(row.status)) throw new AppError('STATUS_UNKNOWN', { status: row.status });
      const kk = row.family.kk;
      const nik = row.member.nik;
      let family: { id: number; op: WriteOp };
      if (this.last !== null && this.last.record === row.family) {
        // A family's consecutive rows share one record (RowValidator): written by the row before,
        // it would be found unchanged, so the look-up is skipped.
        family = { id: this.last.id, op: 'unchanged' };
      } else {
        family = this.writer.upsertFamily(row.family, !present.kk.has(kk) && !this.insertedKk.has(kk));
        if (family.op === 'insert') this.insertedKk.add(kk);
      }
      this.last = { record: row.family, id: family.id };
      const member = this.writer.upsertMember(family.id, row.member, !present.nik.has(nik) && !this.insertedNik.has(nik));
      if (member.op === 'insert') this.insertedNik.add(nik);

      const index = this.rows++;
      this.grow(index);
      this.kinds[index] = member.op === 'insert' ? ADDED : family.op !== 'unchanged' || member.op !== 'unchanged' ? UPDATED : UNCHANGED;
      this.unitOf[index] = this.unitFor(row, index, family.id, member.id, present.formerFamily.get(nik) ?? null);
      onRow?.(this.rows);
    }
  }

  /**
   * Enrolls every unit and writes its period entry; returns the counts and the enrollment
   * warnings (ALREADY_ENROLLED, IN_OTHER_PROGRAM, NOMINAL_DIFFERS) in row order.
   */
  finish(
    options: Omit<WarningOptions, 'period'> & { /** Of the status history entries. */ reason: string },
    onProgress?: (progress: UnitProgress) => void,
  ): { counts: CommitCounts; warnings: ImportIssue[] } {
    const { program } = this;
    const { period, date } = this.target;
    const { reason } = options;
    const warn = new EnrollmentWarnings(program, { ...options, period }, loadEnrollments(this.ctx, this.enrolledFamilies()));
    const total = this.units.length;
    const step = Math.max(1, Math.floor(total / 100));
    onProgress?.({ done: 0, total });
    this.units.forEach((unit, i) => {
      const status = unit.status ?? DEFAULT_STATUS;
      warn.enrollment(unit.row, unit.familyId, unit.memberId);
      const memberKey = program.perPerson ? unit.memberId : 0;
      const enrollment = this.writer.enroll({ programId: program.id, familyId: unit.familyId, memberKey, status, date, reason });
      let changed = enrollment.op !== 'unchanged';
      if (period !== null) {
        changed = this.writer.setPeriod(enrollment.id, period, unit.nominal, unit.components) !== 'unchanged' || changed;
        warn.nominal(unit.row, unit.nominal, unit.components, period);
      }
      if (changed && this.kinds[unit.first] === UNCHANGED) this.kinds[unit.first] = UPDATED;
      if ((i + 1) % step === 0 || i + 1 === total) onProgress?.({ done: i + 1, total });
    });
    this.writer.flush();
    const counts: CommitCounts = { imported: 0, updated: 0, skipped: 0 };
    for (let i = 0; i < this.rows; i++) {
      const kind = this.kinds[i];
      if (kind === ADDED) counts.imported++;
      else if (kind === UPDATED) counts.updated++;
      else counts.skipped++;
    }
    return { counts, warnings: warn.issues };
  }

  private unitFor(row: ParsedRow, index: number, familyId: number, memberId: number, formerFamilyId: number | null): number {
    const key = unitKey(row, this.program.perPerson);
    const known = this.unitByKey.get(key);
    if (known === undefined) {
      this.unitByKey.set(key, this.units.length);
      this.units.push({ first: index, row: row.row, familyId, memberId, formerFamilyId, status: row.status, nominal: row.nominal, components: row.components });
      return this.units.length - 1;
    }
    const unit = this.units[known]!;
    unit.status ??= row.status;
    unit.nominal ??= row.nominal;
    unit.components ??= row.components;
    return known;
  }

  private grow(index: number): void {
    if (index < this.kinds.length) return;
    const kinds = new Uint8Array(this.kinds.length * 2);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const unitOf = new Int32Array(this.unitOf.length * 2);
    unitOf.set(this.unitOf);
    this.unitOf = unitOf;
  }

  /**
   * Which of the rows' KKs and NIKs the register holds, in two bulk look-ups, with the family
   * each NIK belonged to (the rows' NIKs are written once each, so this is their family before the import).
   */
  private presentKeys(rows: readonly ParsedRow[]): { kk: Set<string>; nik: Set<string>; formerFamily: Map<string, number> } {
    const { db } = this.ctx;
    const kks = [...new Set(rows.map((r) => r.family.kk))];
    const niks = rows.map((r) => r.member.nik);
    const kk = new Set(lookupChunked<{ kk: string }>(db, 'SELECT kk FROM families WHERE kk IN (SELECT value FROM json_each(?))', kks).map((f) => f.kk));
    const formerFamily = new Map<string, number>();
    for (const m of lookupChunked<{ nik: string; family_id: number }>(db, 'SELECT nik, family_id FROM members WHERE nik IN (SELECT value FROM json_each(?))', niks)) {
      formerFamily.set(m.nik, m.family_id);
    }
    return { kk, nik: new Set(formerFamily.keys()), formerFamily: this.program.perPerson ? formerFamily : new Map() };
  }

  /** The families whose enrollments the warnings look at (per-person programs: the members' former families too). */
  private enrolledFamilies(): number[] {
    const ids = new Set<number>();
    for (const unit of this.units) {
      ids.add(unit.familyId);
      if (unit.formerFamilyId !== null) ids.add(unit.formerFamilyId);
    }
    return [...ids];
  }
}
