import type { ColumnMapping, ImportField, ImportIssue, ImportIssueCode } from '../../shared/domain/imports';
import type { ComponentCounts } from '../../shared/domain/register';
import type { Locale } from '../../shared/domain/office';
import { ruleNominal } from '../../shared/domain/allocation';
import { formatRupiah } from '../../shared/format';
import { translate, type MessageKey } from '../../shared/i18n';
import type { ErrorParams } from '../../shared/errors';
import type { ServiceContext } from '../context';
import type { ImportProgram } from './program';
import { lookupChunked } from './register-lookup';

/** An enrollment of a family or member the list concerns, in any program. */
export interface EnrollmentRow {
  id: number;
  program_id: number;
  family_id: number;
  member_key: number;
  status: string;
  code: string;
  active: number;
}

export interface WarningOptions {
  period: string | null;
  locale: Locale;
  /** Header texts and mapping, to name the column a warning is about. */
  headers: readonly string[];
  mapping: ColumnMapping;
}

/** Every enrollment (all programs) of these families, in bulk. */
export function loadEnrollments(ctx: Pick<ServiceContext, 'db'>, familyIds: readonly number[]): EnrollmentRow[] {
  return lookupChunked<EnrollmentRow>(
    ctx.db,
    `SELECT e.id, e.program_id, e.family_id, e.member_key, e.status, p.code, s.counts_as_active AS active
     FROM enrollments e JOIN programs p ON p.id = e.program_id JOIN enrollment_statuses s ON s.code = e.status
     WHERE e.family_id IN (SELECT value FROM json_each(?))`,
    familyIds,
  );
}

/**
 * The warnings a list's enrollment units get, read against the register as it was before the
 * list's enrollments were written (the preview's matchRows and the commit's RegisterCommit give
 * the same ones). ALREADY_ENROLLED: the family (the person, for per-person programs) is active in
 * this program; a list tied to a period is expected to repeat last tahap's families, so there the
 * period comparison reports them instead. IN_OTHER_PROGRAM: active in other programs, named in the
 * message. NOMINAL_DIFFERS: the tahap amount is not the program's rule for the unit's components.
 */
export class EnrollmentWarnings {
  readonly issues: ImportIssue[] = [];
  private readonly byFamily = new Map<number, EnrollmentRow[]>();
  /** Per-person enrollments by member id. */
  private readonly byMember = new Map<number, EnrollmentRow[]>();

  constructor(
    private readonly program: ImportProgram,
    private readonly options: WarningOptions,
    enrollments: readonly EnrollmentRow[],
  ) {
    for (const e of enrollments) {
      push(this.byFamily, e.family_id, e);
      if (e.member_key !== 0) push(this.byMember, e.member_key, e);
    }
  }

  /** `memberId` null: a member new to the register (no enrollments of its own). */
  enrollment(row: number, familyId: number, memberId: number | null): void {
    const { program } = this;
    const field: ImportField = program.perPerson ? 'nik' : 'kk';
    const ofFamily = this.byFamily.get(familyId) ?? [];
    const concerned = program.perPerson
      ? [...ofFamily.filter((e) => e.member_key === 0), ...(memberId === null ? [] : (this.byMember.get(memberId) ?? []))]
      : ofFamily;
    const active = concerned.filter((e) => e.active === 1);
    if (this.options.period === null && active.some((e) => e.program_id === program.id)) {
      const key = program.perPerson ? 'imports.issue.ALREADY_ENROLLED.person' : 'imports.issue.ALREADY_ENROLLED';
      this.add(row, field, 'ALREADY_ENROLLED', key, { program: program.code });
    }
    const others = [...new Set(active.filter((e) => e.program_id !== program.id).map((e) => e.code))].sort();
    if (others.length > 0) {
      const key = program.perPerson ? 'imports.issue.IN_OTHER_PROGRAM.person' : 'imports.issue.IN_OTHER_PROGRAM';
      this.add(row, field, 'IN_OTHER_PROGRAM', key, { programs: others.join(', ') });
    }
  }

  nominal(row: number, nominal: number | null, components: ComponentCounts | null, period: string): void {
    if (nominal === null) return;
    const { program } = this;
    const rule = ruleNominal(program.benefit, period, components);
    if (rule === null || rule === nominal) return;
    this.add(row, 'nominal', 'NOMINAL_DIFFERS', 'imports.issue.NOMINAL_DIFFERS', {
      nominal: formatRupiah(nominal),
      rule: formatRupiah(rule),
      program: program.code,
    });
  }

  private add(row: number, field: ImportField, code: ImportIssueCode, key: MessageKey, params: ErrorParams): void {
    const index = this.options.mapping[field];
    const column = index === undefined ? null : (this.options.headers[index] ?? null);
    this.issues.push({ row, column, code, severity: 'warning', message: translate(this.options.locale, key, params) });
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
