import type { ImportIssue, ParsedRow } from '../../shared/domain/imports';
import { nameKey } from '../../shared/domain/names';
import type { ServiceContext } from '../context';
import { differs, FAMILY_COLUMNS, familyRow, incomingPengurus, MEMBER_COLUMNS, memberRow, mergeKnown, type Row } from '../beneficiaries/merge';
import { EnrollmentWarnings, loadEnrollments, type EnrollmentRow, type WarningOptions } from './enrollment-warnings';
import type { ImportProgram } from './program';
import { lookupChunked } from './register-lookup';
import { planUnits } from './units';

export type RowKind = 'new' | 'update' | 'unchanged';

export interface MatchCounts {
  new: number;
  updated: number;
  unchanged: number;
}

export interface MatchResult {
  /** Per parsed row, in order: what committing it would do to the register. */
  kinds: RowKind[];
  counts: MatchCounts;
  warnings: ImportIssue[];
}

export type MatchOptions = WarningOptions;


// The register writer's merge rules (electron/beneficiaries/merge.ts), replayed in memory so the
// preview can say what a commit would change without writing. test/integration/import-match.test.ts
// checks that the prediction equals what the writer then reports, row by row.

interface PeriodRow {
  enrollment_id: number;
  nominal: number | null;
  components_json: string | null;
}

/** The part of the register a list touches, fetched in bulk by KK and NIK. */
interface RegisterSlice {
  families: Map<string, Row>;
  members: Map<string, Row>;
  /** Every enrollment (all programs) of the families and members concerned. */
  enrollments: EnrollmentRow[];
  periods: Map<number, PeriodRow>;
}

function loadSlice(ctx: ServiceContext, program: ImportProgram, rows: readonly ParsedRow[], period: string | null): RegisterSlice {
  const kks = [...new Set(rows.map((r) => r.family.kk))];
  const niks = [...new Set(rows.map((r) => r.member.nik))];
  const families = new Map<string, Row>();
  for (const f of lookupChunked<Row>(ctx.db, 'SELECT * FROM families WHERE kk IN (SELECT value FROM json_each(?))', kks)) {
    families.set(f.kk as string, f);
  }
  const members = new Map<string, Row>();
  for (const m of lookupChunked<Row>(ctx.db, 'SELECT * FROM members WHERE nik IN (SELECT value FROM json_each(?))', niks)) {
    members.set(m.nik as string, m);
  }
  const familyIds = new Set<number>();
  for (const f of families.values()) familyIds.add(f.id as number);
  for (const m of members.values()) familyIds.add(m.family_id as number);
  const enrollments = loadEnrollments(ctx, [...familyIds]);
  const periods = new Map<number, PeriodRow>();
  if (period !== null) {
    const ids = enrollments.filter((e) => e.program_id === program.id).map((e) => e.id);
    const sql = 'SELECT enrollment_id, nominal, components_json FROM enrollment_periods WHERE period = ? AND enrollment_id IN (SELECT value FROM json_each(?))';
    for (const p of lookupChunked<PeriodRow>(ctx.db, sql, ids, [period])) periods.set(p.enrollment_id, p);
  }
  return { families, members, enrollments, periods };
}

const enrollmentKey = (familyId: number, memberKey: number) => `${familyId}:${memberKey}`;

/**
 * Matches parsed rows against the register by KK and NIK (in bulk) and says, per row, whether a
 * commit would add it, update it or leave it as it is, with warnings for families already in this
 * or another program and tahap amounts that differ from the program's rule.
 */
export function matchRows(ctx: ServiceContext, program: ImportProgram, rows: readonly ParsedRow[], options: MatchOptions): MatchResult {
  const slice = loadSlice(ctx, program, rows, options.period);
  const plans = planUnits(rows, program.perPerson);
  const warn = new EnrollmentWarnings(program, options, slice.enrollments);

  const families = new Map(slice.families);
  const members = new Map(slice.members);
  const pengurusOf = new Map<number, string>();
  for (const m of members.values()) if (m.is_pengurus === 1) pengurusOf.set(m.family_id as number, m.nik as string);
  const enrollments = new Map<string, { id: number; status: string }>();
  for (const e of slice.enrollments) if (e.program_id === program.id) enrollments.set(enrollmentKey(e.family_id, e.member_key), e);
  const periods = new Map<number, { nominal: number | null; components_json: string | null }>(slice.periods);
  // Rows not in the register yet get stand-in ids below zero, as the writer will give them real ones.
  let nextId = -1;

  const kinds: RowKind[] = [];
  const counts: MatchCounts = { new: 0, updated: 0, unchanged: 0 };
  let last: { record: ParsedRow['family']; id: number } | null = null;
  rows.forEach((row, i) => {
    const plan = plans[i]!;
    let changed = false;

    let familyId: number;
    if (last !== null && last.record === row.family) {
      // A family's consecutive rows share one record (RowValidator): merged by the row before, it
      // leaves the family unchanged (the writer skips it the same way).
      familyId = last.id;
    } else {
      const knownFamily = families.get(row.family.kk);
      const incomingFamily = familyRow(row.family);
      if (!knownFamily) {
        familyId = nextId--;
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
    last = { record: row.family, id: familyId };

    if (row.member.isPengurus) {
      const current = pengurusOf.get(familyId);
      const demoted = current !== undefined && current !== row.member.nik ? members.get(current) : undefined;
      if (demoted) members.set(current!, { ...demoted, is_pengurus: 0 });
    }
    const knownMember = expandPending(members.get(row.member.nik));
    let memberId: number;
    let isNew = false;
    if (!knownMember) {
      memberId = nextId--;
      members.set(row.member.nik, { id: memberId, nik: row.member.nik, family_id: familyId, is_pengurus: row.member.isPengurus ? 1 : 0, pending: row.member });
      isNew = true;
    } else {
      memberId = knownMember.id as number;
      // A member first seen earlier in this list has no folded name yet.
      knownMember.name_key ??= nameKey(knownMember.name as string);
      const incoming = { ...memberRow(familyId, row.member, nameKey(row.member.name)), is_pengurus: incomingPengurus(knownMember.family_id, familyId, row.member.isPengurus) };
      const merged = mergeKnown(knownMember, incoming, MEMBER_COLUMNS);
      if (differs(knownMember, merged, MEMBER_COLUMNS)) {
        members.set(row.member.nik, merged);
        changed = true;
      }
    }
    if (row.member.isPengurus) pengurusOf.set(familyId, row.member.nik);

    if (plan.first) {
      const memberKey = program.perPerson ? memberId : 0;
      const key = enrollmentKey(familyId, memberKey);
      const known = enrollments.get(key);
      warn.enrollment(row.row, familyId, knownMember ? memberId : null);
      let enrollmentId: number;
      if (!known) {
        enrollmentId = nextId--;
        enrollments.set(key, { id: enrollmentId, status: plan.status });
        changed = true;
      } else {
        enrollmentId = known.id;
        if (known.status !== plan.status) {
          enrollments.set(key, { id: known.id, status: plan.status });
          changed = true;
        }
      }
      if (options.period !== null) {
        const components_json = plan.components === null ? null : JSON.stringify(plan.components);
        const stored = periods.get(enrollmentId);
        if (!stored || stored.nominal !== plan.nominal || stored.components_json !== components_json) {
          periods.set(enrollmentId, { nominal: plan.nominal, components_json });
          changed = true;
        }
        warn.nominal(row.row, plan.nominal, plan.components, options.period);
      }
    }

    const kind: RowKind = isNew ? 'new' : changed ? 'update' : 'unchanged';
    kinds.push(kind);
    if (kind === 'new') counts.new++;
    else if (kind === 'update') counts.updated++;
    else counts.unchanged++;
  });
  return { kinds, counts, warnings: warn.issues };
}

/**
 * A member new to the register is kept as a stub pointing at its parsed record, and only made a
 * full row when its NIK comes again: parsed lists never repeat a NIK (the validator rejects
 * NIK_DUPLICATE_IN_FILE), so 200,000 new members cost no second copy each.
 */
function expandPending(member: Row | undefined): Row | undefined {
  if (member === undefined || member.pending === undefined) return member;
  const pending = member.pending as ParsedRow['member'];
  return { ...memberRow(member.family_id as number, pending, undefined), id: member.id, nik: member.nik, is_pengurus: member.is_pengurus };
}
