import type { ColumnMapping, ImportField, ImportIssue, ImportIssueCode, ParsedRow } from '../../shared/domain/imports';
import { nameKey } from '../../shared/domain/names';
import type { Locale } from '../../shared/domain/office';
import { formatRupiah } from '../../shared/format';
import { translate, type MessageKey } from '../../shared/i18n';
import type { ErrorParams } from '../../shared/errors';
import type { ServiceContext } from '../context';
import { differs, FAMILY_COLUMNS, familyRow, incomingPengurus, MEMBER_COLUMNS, memberRow, mergeKnown, type Row } from '../beneficiaries/merge';
import { ruleNominal } from '../../shared/domain/allocation';
import type { ImportProgram } from './program';
import { lookupChunked } from './register-lookup';
import { planUnits, type UnitPlan } from './units';

export type RowKind = 'new' | 'update' | 'unchanged';

/** Bits of MatchResult.fresh. */
export const NEW_FAMILY = 1;
export const NEW_MEMBER = 2;

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
  /**
   * With `collectNew`, per row: NEW_FAMILY when the row's KK is neither in the register nor on an
   * earlier row, NEW_MEMBER likewise for its NIK (the row that will insert it).
   */
  fresh?: Uint8Array;
  /** Per row, what it says about its enrollment unit (planUnits), for the writer to reuse. */
  plans: UnitPlan[];
}

export interface MatchOptions {
  period: string | null;
  locale: Locale;
  /** Header texts and mapping, to name the column a warning is about. */
  headers: readonly string[];
  mapping: ColumnMapping;
  /** Also return `fresh` (for the writer, matching inside its transaction). */
  collectNew?: boolean;
}


// The register writer's merge rules (electron/beneficiaries/merge.ts), replayed in memory so the
// preview can say what a commit would change without writing. test/integration/import-match.test.ts
// checks that the prediction equals what the writer then reports, row by row.

interface EnrollmentRow {
  id: number;
  program_id: number;
  family_id: number;
  member_key: number;
  status: string;
  code: string;
  active: number;
}

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
  byFamily: Map<number, EnrollmentRow[]>;
  /** Per-person enrollments by member id. */
  byMember: Map<number, EnrollmentRow[]>;
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
  const enrollments = lookupChunked<EnrollmentRow>(
    ctx.db,
    `SELECT e.id, e.program_id, e.family_id, e.member_key, e.status, p.code, s.counts_as_active AS active
     FROM enrollments e JOIN programs p ON p.id = e.program_id JOIN enrollment_statuses s ON s.code = e.status
     WHERE e.family_id IN (SELECT value FROM json_each(?))`,
    [...familyIds],
  );
  const periods = new Map<number, PeriodRow>();
  if (period !== null) {
    const ids = enrollments.filter((e) => e.program_id === program.id).map((e) => e.id);
    const sql = 'SELECT enrollment_id, nominal, components_json FROM enrollment_periods WHERE period = ? AND enrollment_id IN (SELECT value FROM json_each(?))';
    for (const p of lookupChunked<PeriodRow>(ctx.db, sql, ids, [period])) periods.set(p.enrollment_id, p);
  }
  const byFamily = new Map<number, EnrollmentRow[]>();
  const byMember = new Map<number, EnrollmentRow[]>();
  for (const e of enrollments) {
    push(byFamily, e.family_id, e);
    if (e.member_key !== 0) push(byMember, e.member_key, e);
  }
  return { families, members, enrollments, byFamily, byMember, periods };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
  const warn = warner(options);

  const families = new Map(slice.families);
  const members = new Map(slice.members);
  const pengurusOf = new Map<number, string>();
  for (const m of members.values()) if (m.is_pengurus === 1) pengurusOf.set(m.family_id as number, m.nik as string);
  const enrollments = new Map<string, { id: number; status: string }>();
  for (const e of slice.enrollments) if (e.program_id === program.id) enrollments.set(enrollmentKey(e.family_id, e.member_key), e);
  const periods = new Map<number, { nominal: number | null; components_json: string | null }>(slice.periods);
  // Rows not in the register yet get stand-in ids below zero, as the writer will give them real ones.
  let nextId = -1;

  const fresh = options.collectNew ? new Uint8Array(rows.length) : undefined;
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
        if (fresh) fresh[i] = (fresh[i] ?? 0) | NEW_FAMILY;
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
      if (fresh) fresh[i] = (fresh[i] ?? 0) | NEW_MEMBER;
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
      warnEnrollment(warn, slice, program, row, { familyId, memberId: knownMember ? memberId : null }, options.period);
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
        warnNominal(warn, program, row, plan, options.period);
      }
    }

    const kind: RowKind = isNew ? 'new' : changed ? 'update' : 'unchanged';
    kinds.push(kind);
    if (kind === 'new') counts.new++;
    else if (kind === 'update') counts.updated++;
    else counts.unchanged++;
  });
  return { kinds, counts, warnings: warn.issues, plans, ...(fresh ? { fresh } : {}) };
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

interface Warner {
  issues: ImportIssue[];
  add(row: number, field: ImportField, code: ImportIssueCode, key: MessageKey, params: ErrorParams): void;
}

function warner(options: MatchOptions): Warner {
  const issues: ImportIssue[] = [];
  return {
    issues,
    add(row, field, code, key, params) {
      const index = options.mapping[field];
      const column = index === undefined ? null : (options.headers[index] ?? null);
      issues.push({ row: row, column, code, severity: 'warning', message: translate(options.locale, key, params) });
    },
  };
}

/**
 * ALREADY_ENROLLED: the family (the person, for per-person programs) is active in this program. A
 * list tied to a period is expected to repeat last tahap's families, so there the period comparison
 * reports them instead. IN_OTHER_PROGRAM: active in other programs, named in the message.
 */
function warnEnrollment(
  warn: Warner,
  slice: RegisterSlice,
  program: ImportProgram,
  row: ParsedRow,
  ids: { familyId: number; memberId: number | null },
  period: string | null,
): void {
  const field: ImportField = program.perPerson ? 'nik' : 'kk';
  const ofFamily = slice.byFamily.get(ids.familyId) ?? [];
  const concerned = program.perPerson
    ? [...ofFamily.filter((e) => e.member_key === 0), ...(ids.memberId === null ? [] : (slice.byMember.get(ids.memberId) ?? []))]
    : ofFamily;
  const active = concerned.filter((e) => e.active === 1);
  if (period === null && active.some((e) => e.program_id === program.id)) {
    const key = program.perPerson ? 'imports.issue.ALREADY_ENROLLED.person' : 'imports.issue.ALREADY_ENROLLED';
    warn.add(row.row, field, 'ALREADY_ENROLLED', key, { program: program.code });
  }
  const others = [...new Set(active.filter((e) => e.program_id !== program.id).map((e) => e.code))].sort();
  if (others.length > 0) {
    const key = program.perPerson ? 'imports.issue.IN_OTHER_PROGRAM.person' : 'imports.issue.IN_OTHER_PROGRAM';
    warn.add(row.row, field, 'IN_OTHER_PROGRAM', key, { programs: others.join(', ') });
  }
}

function warnNominal(warn: Warner, program: ImportProgram, row: ParsedRow, plan: UnitPlan, period: string): void {
  if (plan.nominal === null) return;
  const rule = ruleNominal(program.benefit, period, plan.components);
  if (rule === null || rule === plan.nominal) return;
  warn.add(row.row, 'nominal', 'NOMINAL_DIFFERS', 'imports.issue.NOMINAL_DIFFERS', {
    nominal: formatRupiah(plan.nominal),
    rule: formatRupiah(rule),
    program: program.code,
  });
}
