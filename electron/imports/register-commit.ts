import type { ImportIssue, ParsedRow } from '../../shared/domain/imports';
import type { FamilyRecord } from '../../shared/domain/register';
import { AppError } from '../../shared/errors';
import type { Row } from '../beneficiaries/merge';
import { RegisterWriter, type WriteOp } from '../beneficiaries/writer';
import type { ServiceContext } from '../context';
import type { ImportProgram } from './program';
import { familiesByKk, membersByNik } from './register-lookup';
import { ADDED, DEFAULT_STATUS, RowKinds, UNCHANGED, Units, UPDATED } from './units';
import { EnrollmentWarnings, loadEnrollments, type WarningOptions } from './enrollment-warnings';

/** What a unit's first row says of its family and member once written. */
interface UnitIds {
  familyId: number;
  memberId: number;
  /** Per-person programs: the family the member belonged to before this import (its enrollments count for the warnings). */
  formerFamilyId: number | null;
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
 * - `addRows` writes each row's family and member as it comes (KK and NIK read in bulk per call,
 *   so the writer looks nothing up row by row) and keeps of the row only what its enrollment unit
 *   needs;
 * - `finish` enrolls every unit once, at its first row, with the first status, amount and
 *   component counts any of its rows states (the rule of units.ts), writes its period entry, and
 *   warns about enrollments in this and other programs as the preview's RegisterMatch does.
 *
 * Enrollments touch no family or member row and families and members no enrollment, so writing
 * all of the one before the other gives the register, counts and warnings of writing row by row.
 * Must run inside the caller's transaction; the undo log is buffered and written by `finish`.
 */
export class RegisterCommit {
  private readonly writer: RegisterWriter;
  private readonly units: Units<UnitIds>;
  private readonly kinds = new RowKinds();
  private last: { record: FamilyRecord; id: number } | null = null;
  private readonly statuses: ReadonlySet<string>;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly program: ImportProgram,
    private readonly target: { batchId: number; period: string | null; date: string },
  ) {
    this.writer = new RegisterWriter(ctx, target.batchId, { bufferChanges: true });
    this.units = new Units(program.perPerson);
    this.statuses = new Set(ctx.db.prepare('SELECT code FROM enrollment_statuses').pluck().all() as string[]);
  }

  /** Rows written so far. */
  get written(): number {
    return this.kinds.length;
  }

  /**
   * Writes the families and members of these rows (the next ones in sheet order); `progress`
   * hears of every `every` rows written (a list given whole).
   */
  addRows(rows: readonly ParsedRow[], progress?: { every: number; report(written: number): void }): void {
    const stored = this.storedRows(rows);
    // Keys written by an earlier row of these: what was read of them before is stale, so the writer looks them up.
    const writtenKk = new Set<string>();
    const writtenNik = new Set<string>();
    const storedOf = (map: Map<string, Row>, written: Set<string>, key: string): Row | null | undefined =>
      written.has(key) ? undefined : (map.get(key) ?? null);
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
        family = this.writer.upsertFamily(row.family, storedOf(stored.families, writtenKk, kk));
        writtenKk.add(kk);
      }
      this.last = { record: row.family, id: family.id };
      const member = this.writer.upsertMember(family.id, row.member, storedOf(stored.members, writtenNik, nik));
      writtenNik.add(nik);

      const index = this.kinds.push(member.op === 'insert' ? ADDED : family.op !== 'unchanged' || member.op !== 'unchanged' ? UPDATED : UNCHANGED);
      this.units.add(row, index, () => ({
        familyId: family.id,
        memberId: member.id,
        formerFamilyId: this.program.perPerson ? ((stored.members.get(nik)?.family_id as number | undefined) ?? null) : null,
      }));
      if (progress && this.written % progress.every === 0) progress.report(this.written);
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
    const units = this.units.list;
    const total = units.length;
    const step = Math.max(1, Math.floor(total / 100));
    onProgress?.({ done: 0, total });
    units.forEach((unit, i) => {
      const status = unit.status ?? DEFAULT_STATUS;
      const { familyId, memberId } = unit.ids;
      warn.enrollment(unit.row, familyId, memberId);
      const memberKey = program.perPerson ? memberId : 0;
      const enrollment = this.writer.enroll({ programId: program.id, familyId, memberKey, status, date, reason });
      let changed = enrollment.op !== 'unchanged';
      if (period !== null) {
        changed = this.writer.setPeriod(enrollment.id, period, unit.nominal, unit.components) !== 'unchanged' || changed;
        warn.nominal(unit.row, unit.nominal, unit.components, period);
      }
      if (changed) this.kinds.touch(unit.first);
      if ((i + 1) % step === 0 || i + 1 === total) onProgress?.({ done: i + 1, total });
    });
    this.writer.flush();
    const { added, updated, unchanged } = this.kinds.counts();
    return { counts: { imported: added, updated, skipped: unchanged }, warnings: warn.issues };
  }

  /**
   * The register's rows for these rows' KKs and NIKs, in two bulk look-ups: the writer then needs
   * no look-up of its own, and a key missing here is inserted at once. The rows' NIKs are written
   * once each, so a member's row here is also its family before the import.
   */
  private storedRows(rows: readonly ParsedRow[]): { families: Map<string, Row>; members: Map<string, Row> } {
    const { db } = this.ctx;
    const families = new Map<string, Row>();
    const kks = [...new Set(rows.map((r) => r.family.kk))];
    for (const f of familiesByKk(db, kks)) families.set(f.kk as string, f);
    const members = new Map<string, Row>();
    const niks = rows.map((r) => r.member.nik);
    for (const m of membersByNik(db, niks)) members.set(m.nik as string, m);
    return { families, members };
  }

  /** The families whose enrollments the warnings look at (per-person programs: the members' former families too). */
  private enrolledFamilies(): number[] {
    const ids = new Set<number>();
    for (const { ids: unit } of this.units.list) {
      ids.add(unit.familyId);
      if (unit.formerFamilyId !== null) ids.add(unit.formerFamilyId);
    }
    return [...ids];
  }
}
