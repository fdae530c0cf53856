import type { ImportIssue, ParsedRow } from '../../shared/domain/imports';
import type { FamilyRecord } from '../../shared/domain/register';
import { nameKey } from '../../shared/domain/names';
import type { ServiceContext } from '../context';
import { differs, FAMILY_COLUMNS, familyRow, incomingPengurus, MEMBER_COLUMNS, memberRow, mergeKnown, type Row } from '../beneficiaries/merge';
import { EnrollmentWarnings, loadEnrollments, type WarningOptions } from './enrollment-warnings';
import type { ImportProgram } from './program';
import { familiesByKk, lookupChunked, membersByNik } from './register-lookup';
import { ADDED, DEFAULT_STATUS, RowKinds, UNCHANGED, Units, UPDATED } from './units';

export interface MatchCounts {
  new: number;
  updated: number;
  unchanged: number;
}

export interface MatchResult {
  counts: MatchCounts;
  warnings: ImportIssue[];
}

export type MatchOptions = WarningOptions;

interface PeriodRow {
  enrollment_id: number;
  nominal: number | null;
  components_json: string | null;
}

/** What a unit's first row says of its family and member, as the commit would leave them. */
interface UnitIds {
  familyId: number;
  memberId: number;
  /** Whether the member was in the register already (its own enrollments count for the warnings). */
  memberKnown: boolean;
}

const enrollmentKey = (familyId: number, memberKey: number) => `${familyId}:${memberKey}`;

/**
 * What committing a list would do to the register, without writing: the register writer's merge
 * rules (electron/beneficiaries/merge.ts) replayed in memory, in the commit's two passes
 * (RegisterCommit), so the list can be matched while it is read and need not stay in memory:
 * `add` replays each row's family and member (KK and NIK read in bulk per call), `finish` each
 * enrollment unit, with the warnings the commit gives. test/integration/import-write.test.ts
 * checks that the prediction equals what the writer then reports.
 *
 * Members new to the register are not remembered: a parsed list never repeats a NIK (the
 * validator rejects NIK_DUPLICATE_IN_FILE), so their rows are the only ones that name them.
 */
export class RegisterMatch {
  /** By KK: families of the register the list names, and the list's new ones, as the commit would leave them. */
  private readonly families = new Map<string, Row>();
  /** By NIK: members of the register the list names, as the commit would leave them. */
  private readonly members = new Map<string, Row>();
  /** Family id → NIK of its pengurus, as far as the list's members tell. */
  private readonly pengurusOf = new Map<number, string>();
  /** Register families whose enrollments the units concern (the rows' families, the members' former ones). */
  private readonly familyIds = new Set<number>();
  private readonly units: Units<UnitIds>;
  private readonly kinds = new RowKinds();
  // Rows not in the register yet get stand-in ids below zero, as the writer will give them real ones.
  private nextId = -1;
  private last: { record: FamilyRecord; id: number } | null = null;

  constructor(
    private readonly ctx: Pick<ServiceContext, 'db'>,
    private readonly program: ImportProgram,
    /** The period the list is tied to, or null. */
    private readonly period: string | null,
  ) {
    this.units = new Units(program.perPerson);
  }

  /** The units' keys seen so far (KK, or NIK for per-person programs): the list's side of the period comparison. */
  unitKeys(): ReadonlySet<string> {
    return this.units.keys();
  }

  /** Replays the families and members of these rows (the next ones in sheet order). */
  add(rows: readonly ParsedRow[]): void {
    this.load(rows);
    const { families, members, pengurusOf } = this;
    for (const row of rows) {
      let changed = false;
      let familyId: number;
      if (this.last !== null && this.last.record === row.family) {
        // A family's consecutive rows share one record (RowValidator): merged by the row before, it
        // leaves the family unchanged (the writer skips it the same way).
        familyId = this.last.id;
      } else {
        const knownFamily = families.get(row.family.kk);
        const incomingFamily = familyRow(row.family);
        if (!knownFamily) {
          familyId = this.nextId--;
          families.set(row.family.kk, { ...incomingFamily, id: familyId, kk: row.family.kk });
          changed = true;
        } else {
          familyId = knownFamily.id as number;
          const merged = mergeKnown(knownFamily, incomingFamily, FAMILY_COLUMNS);
          if (differs(knownFamily, merged, FAMILY_COLUMNS)) {
            families.set(row.family.kk, merged);
            changed = true;
          }
        }
      }
      this.last = { record: row.family, id: familyId };

      const nik = row.member.nik;
      if (row.member.isPengurus) {
        const current = pengurusOf.get(familyId);
        const demoted = current !== undefined && current !== nik ? members.get(current) : undefined;
        if (demoted) members.set(current!, { ...demoted, is_pengurus: 0 });
        pengurusOf.set(familyId, nik);
      }
      const knownMember = members.get(nik);
      let memberId: number;
      if (!knownMember) memberId = this.nextId--;
      else {
        memberId = knownMember.id as number;
        const incoming = { ...memberRow(familyId, row.member, nameKey(row.member.name)), is_pengurus: incomingPengurus(knownMember.family_id, familyId, row.member.isPengurus) };
        const merged = mergeKnown(knownMember, incoming, MEMBER_COLUMNS);
        if (differs(knownMember, merged, MEMBER_COLUMNS)) {
          members.set(nik, merged);
          changed = true;
        }
      }
      const index = this.kinds.push(!knownMember ? ADDED : changed ? UPDATED : UNCHANGED);
      this.units.add(row, index, () => ({ familyId, memberId, memberKnown: knownMember !== undefined }));
    }
  }

  /** Replays each unit's enrollment and period entry; the counts, and the warnings in row order. */
  finish(options: Omit<WarningOptions, 'period'>): MatchResult {
    const { program, period } = this;
    const enrollmentRows = loadEnrollments(this.ctx, [...this.familyIds]);
    const enrollments = new Map<string, { id: number; status: string }>();
    for (const e of enrollmentRows) if (e.program_id === program.id) enrollments.set(enrollmentKey(e.family_id, e.member_key), e);
    const periods = new Map<number, PeriodRow>();
    if (period !== null) {
      const ids = enrollmentRows.filter((e) => e.program_id === program.id).map((e) => e.id);
      const sql = 'SELECT enrollment_id, nominal, components_json FROM enrollment_periods WHERE period = ? AND enrollment_id IN (SELECT value FROM json_each(?))';
      for (const p of lookupChunked<PeriodRow>(this.ctx.db, sql, ids, [period])) periods.set(p.enrollment_id, p);
    }
    const warn = new EnrollmentWarnings(program, { ...options, period }, enrollmentRows);
    for (const unit of this.units.list) {
      const { familyId, memberId, memberKnown } = unit.ids;
      const status = unit.status ?? DEFAULT_STATUS;
      warn.enrollment(unit.row, familyId, memberKnown ? memberId : null);
      // Each unit is its own enrollment (a KK, or a NIK for per-person programs): nothing to remember between them.
      const known = enrollments.get(enrollmentKey(familyId, program.perPerson ? memberId : 0));
      let changed = !known || known.status !== status;
      if (period !== null) {
        const components = unit.components === null ? null : JSON.stringify(unit.components);
        const stored = known ? periods.get(known.id) : undefined;
        if (!stored || stored.nominal !== unit.nominal || stored.components_json !== components) changed = true;
        warn.nominal(unit.row, unit.nominal, unit.components, period);
      }
      if (changed) this.kinds.touch(unit.first);
    }
    const { added, updated, unchanged } = this.kinds.counts();
    return { counts: { new: added, updated, unchanged }, warnings: warn.issues };
  }

  /**
   * Reads from the register, in bulk, the families and members of these rows not met before.
   * A member read now whose family has meanwhile got another pengurus from the list has been
   * demoted by that row (the writer's clearPengurus), as if it had been read before.
   */
  private load(rows: readonly ParsedRow[]): void {
    const { db } = this.ctx;
    const kks = [...new Set(rows.map((r) => r.family.kk))].filter((kk) => !this.families.has(kk));
    for (const f of familiesByKk(db, kks)) {
      this.families.set(f.kk as string, f);
      this.familyIds.add(f.id as number);
    }
    const niks = rows.map((r) => r.member.nik).filter((nik) => !this.members.has(nik));
    for (const m of membersByNik(db, niks)) {
      const familyId = m.family_id as number;
      this.familyIds.add(familyId);
      let member = m;
      if (m.is_pengurus === 1) {
        const current = this.pengurusOf.get(familyId);
        if (current !== undefined && current !== m.nik) member = { ...m, is_pengurus: 0 };
        else this.pengurusOf.set(familyId, m.nik as string);
      }
      this.members.set(m.nik as string, member);
    }
  }
}

/** The whole list at once (the dry run of parsed rows in memory, tests). */
export function matchRows(ctx: Pick<ServiceContext, 'db'>, program: ImportProgram, rows: readonly ParsedRow[], options: MatchOptions): MatchResult {
  const match = new RegisterMatch(ctx, program, options.period);
  match.add(rows);
  return match.finish(options);
}
