import type { DisbursementCounts, DisbursementLine } from '../../../shared/domain/disbursement-import';
import type { DisbursementStatus } from '../../../shared/domain/disbursements';
import type { ColumnMapping, ImportIssue } from '../../../shared/domain/imports';
import type { Locale } from '../../../shared/domain/office';
import { periodText } from '../../../shared/domain/period';
import { translate } from '../../../shared/i18n';
import type { ServiceContext } from '../../context';
import type { ImportProgram } from '../../imports/program';
import { lookupChunked } from '../../imports/register-lookup';
import { isPeriodClosed } from '../period-lock';

/**
 * Matches the lines of a disbursement list to the program's enrollments, in bulk: by NIK (the
 * member; for per-person programs the member's own enrollment, else the member's family's) and,
 * failing that, by No. KK (the family's enrollment). A line matching none is kept with no
 * enrollment and a NOT_ENROLLED warning: it is the reconciliation's "paid but not enrolled".
 * Reads only, so the preview, the dry run and the commit (inside its transaction) share it.
 */
export interface LineMatch {
  enrollmentId: number | null;
  /** The matched family's kecamatan, else the list's own. */
  kecamatanCode: string | null;
}

export interface DisbursementMatch {
  lines: LineMatch[];
  warnings: ImportIssue[];
  counts: DisbursementCounts;
}

export interface LineMatchOptions {
  locale: Locale;
  headers: readonly string[];
  mapping: ColumnMapping;
}

interface MemberRow {
  id: number;
  nik: string;
  family_id: number;
}
interface FamilyRow {
  id: number;
  kk: string;
  kecamatan_code: string | null;
}
interface EnrollmentRow {
  id: number;
  family_id: number;
  member_key: number;
}
interface EarlierLine {
  batch_id: number;
  file_name: string;
  enrollment_id: number | null;
  nik: string | null;
  kk: string | null;
  status: DisbursementStatus;
  amount: number;
  paid_on: string | null;
}

/**
 * The same payment reported twice: identity, status, amount and date all equal. A list imported
 * again (or re-saved under another name) repeats every line; a follow-up list (susulan, another
 * bank's part) holds other lines, and a real second payment would carry its own date.
 */
export function lineKey(line: { nik: string | null; kk: string | null; status: string; amount: number; paidOn: string | null }): string {
  return `${line.nik ?? ''}|${line.kk ?? ''}|${line.status}|${line.amount}|${line.paidOn ?? ''}`;
}

/** The KPM a line counts for: its enrollment, else its NIK or KK (unmatched lines still count). */
function kpmKey(enrollmentId: number | null, nik: string | null, kk: string | null): string {
  return enrollmentId !== null ? `e${enrollmentId}` : nik !== null ? `n${nik}` : `k${kk}`;
}

export function matchLines(
  ctx: Pick<ServiceContext, 'db'>,
  program: ImportProgram,
  period: string,
  lines: readonly DisbursementLine[],
  options: LineMatchOptions,
): DisbursementMatch {
  const { db } = ctx;
  const niks = [...new Set(lines.flatMap((l) => (l.nik === null ? [] : [l.nik])))];
  const kks = [...new Set(lines.flatMap((l) => (l.kk === null ? [] : [l.kk])))];
  const members = new Map(
    lookupChunked<MemberRow>(db, 'SELECT id, nik, family_id FROM members WHERE nik IN (SELECT value FROM json_each(?))', niks).map((m) => [m.nik, m]),
  );
  const familiesByKk = new Map(
    lookupChunked<FamilyRow>(db, 'SELECT id, kk, kecamatan_code FROM families WHERE kk IN (SELECT value FROM json_each(?))', kks).map((f) => [f.kk, f]),
  );
  const familyIds = new Set<number>([...familiesByKk.values()].map((f) => f.id));
  for (const m of members.values()) familyIds.add(m.family_id);
  const ids = [...familyIds];
  const familyKecamatan = new Map(
    lookupChunked<FamilyRow>(db, 'SELECT id, kk, kecamatan_code FROM families WHERE id IN (SELECT value FROM json_each(?))', ids).map((f) => [
      f.id,
      f.kecamatan_code,
    ]),
  );
  // Enrollment by `${family_id}|${member_key}` (member_key 0: the whole family).
  const enrollments = new Map(
    lookupChunked<EnrollmentRow>(
      db,
      'SELECT id, family_id, member_key FROM enrollments WHERE program_id = ? AND family_id IN (SELECT value FROM json_each(?))',
      ids,
      [program.id],
    ).map((e) => [`${e.family_id}|${e.member_key}`, e]),
  );
  const earlier = db
    .prepare(
      `SELECT d.batch_id, b.file_name, d.enrollment_id, d.nik, d.kk, d.status, d.amount, d.paid_on
       FROM disbursements d JOIN import_batches b ON b.id = d.batch_id
       WHERE d.program_id = ? AND d.period = ? AND b.undone_at IS NULL`,
    )
    .all(program.id, period) as EarlierLine[];
  const earlierByKey = new Map<string, EarlierLine>();
  const earlierPaid = new Map<string, number>();
  for (const e of earlier) {
    earlierByKey.set(lineKey({ nik: e.nik, kk: e.kk, status: e.status, amount: e.amount, paidOn: e.paid_on }), e);
    if (e.status === 'tersalur') earlierPaid.set(kpmKey(e.enrollment_id, e.nik, e.kk), e.batch_id);
  }

  const column = (index: number | undefined) => (index === undefined ? null : (options.headers[index] ?? null) || null);
  const identityColumn = (line: DisbursementLine) => (line.nik !== null ? column(options.mapping.nik) : column(options.mapping.kk));
  const warn = (line: DisbursementLine, code: 'NOT_ENROLLED' | 'PAID_TWICE', message: string) =>
    warnings.push({ row: line.row, column: identityColumn(line), code, severity: 'warning', message });

  const warnings: ImportIssue[] = [];
  const kpm: Record<DisbursementStatus, Set<string>> = { tersalur: new Set(), gagal: new Set(), retur: new Set() };
  const counts: DisbursementCounts = {
    lines: lines.length,
    matched: 0,
    notEnrolled: 0,
    byStatus: { tersalur: { kpm: 0, amount: 0 }, gagal: { kpm: 0, amount: 0 }, retur: { kpm: 0, amount: 0 } },
    alreadyImported: null,
    periodClosed: isPeriodClosed(db, period),
  };
  const paidAt = new Map<string, number>();
  const locale = options.locale;
  const result: LineMatch[] = lines.map((line) => {
    let enrollment: EnrollmentRow | undefined;
    const member = line.nik === null ? undefined : members.get(line.nik);
    if (member) enrollment = enrollments.get(`${member.family_id}|${program.perPerson ? member.id : 0}`);
    if (!enrollment && !program.perPerson && line.kk !== null) {
      const family = familiesByKk.get(line.kk);
      if (family) enrollment = enrollments.get(`${family.id}|0`);
    }
    const enrollmentId = enrollment?.id ?? null;
    const kecamatanCode = (enrollment ? familyKecamatan.get(enrollment.family_id) : null) ?? line.kecamatanCode;
    if (enrollmentId === null) {
      counts.notEnrolled++;
      warn(line, 'NOT_ENROLLED', translate(locale, 'disbursementImport.issue.NOT_ENROLLED', { program: program.code }));
    } else counts.matched++;

    const key = kpmKey(enrollmentId, line.nik, line.kk);
    kpm[line.status].add(key);
    counts.byStatus[line.status].amount += line.amount;

    const same = earlierByKey.get(lineKey(line));
    if (same) {
      if (counts.alreadyImported === null) counts.alreadyImported = { batchId: same.batch_id, fileName: same.file_name, lines: 0 };
      counts.alreadyImported.lines++;
    } else if (line.status === 'tersalur') {
      const first = paidAt.get(key);
      const batch = earlierPaid.get(key);
      if (first !== undefined) warn(line, 'PAID_TWICE', translate(locale, 'disbursementImport.issue.PAID_TWICE', { first }));
      else if (batch !== undefined) {
        warn(line, 'PAID_TWICE', translate(locale, 'disbursementImport.issue.PAID_TWICE.batch', { batch, period: periodText(period) }));
      }
    }
    if (line.status === 'tersalur' && !paidAt.has(key)) paidAt.set(key, line.row);
    return { enrollmentId, kecamatanCode };
  });
  for (const status of Object.keys(kpm) as DisbursementStatus[]) counts.byStatus[status].kpm = kpm[status].size;
  return { lines: result, warnings, counts };
}
