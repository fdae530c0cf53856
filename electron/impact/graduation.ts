import type { GraduationCount, GraduationSummary, Reentry, TimeToGraduation } from '../../shared/ipc/impact';
import { percentOf } from '../../shared/domain/report';
import type { ServiceContext } from '../context';

/**
 * Graduation (graduasi) from the status history: every history row whose status is a graduation
 * exit is one graduation, dated by its status date. The status table decides what counts (exit_kind
 * 'graduation'), so categories the office adds are counted too.
 */

// One row per graduation event, with the family's kecamatan and the enrollment's start.
const GRADUATIONS = `
  SELECT h.status AS status, s.label AS label, h.status_date AS date, e.enrolled_on AS enrolledOn,
         e.family_id AS familyId, f.kecamatan_code AS kecamatanCode, r.name AS kecamatan
  FROM enrollment_status_history h
  JOIN enrollment_statuses s ON s.code = h.status AND s.exit_kind = 'graduation'
  JOIN enrollments e ON e.id = h.enrollment_id
  JOIN families f ON f.id = e.family_id
  LEFT JOIN regions r ON r.code = f.kecamatan_code
  WHERE (:programId IS NULL OR e.program_id = :programId)`;

interface GraduationRow {
  status: string;
  label: string;
  date: string;
  enrolledOn: string;
  familyId: number;
  kecamatanCode: string | null;
  kecamatan: string | null;
}

export function graduationSummary(ctx: Pick<ServiceContext, 'db'>, programId: number | null): GraduationSummary {
  const rows = ctx.db.prepare(GRADUATIONS).all({ programId }) as GraduationRow[];
  return { programId, counts: countsOf(rows), time: timeToGraduation(rows), reentry: reentry(ctx, programId) };
}

function countsOf(rows: GraduationRow[]): GraduationCount[] {
  const byKey = new Map<string, GraduationCount>();
  for (const row of rows) {
    const year = Number(row.date.slice(0, 4));
    const key = `${year}|${row.kecamatanCode ?? ''}|${row.status}`;
    const found = byKey.get(key);
    if (found) found.count++;
    else byKey.set(key, { year, kecamatanCode: row.kecamatanCode, kecamatan: row.kecamatan, status: row.status, label: row.label, count: 1 });
  }
  return [...byKey.values()].sort(
    (a, b) => a.year - b.year || (a.kecamatan ?? '\uffff').localeCompare(b.kecamatan ?? '\uffff', 'id') || a.status.localeCompare(b.status),
  );
}

/** Whole months from `from` to `to` (ISO dates): a graduation on the same day of a later month counts that month. */
export function monthsBetween(from: string, to: string): number {
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  return Math.max(0, Number(to.slice(8, 10)) < Number(from.slice(8, 10)) ? months - 1 : months);
}

const YEAR_BANDS: readonly [number, number | null][] = [
  [0, 1],
  [1, 2],
  [2, 3],
  [3, 5],
  [5, null],
];

function timeToGraduation(rows: GraduationRow[]): TimeToGraduation {
  const months = rows.map((r) => monthsBetween(r.enrolledOn, r.date)).sort((a, b) => a - b);
  const n = months.length;
  const median = n === 0 ? null : n % 2 === 1 ? months[(n - 1) / 2]! : (months[n / 2 - 1]! + months[n / 2]!) / 2;
  const mean = n === 0 ? null : Math.round((months.reduce((s, m) => s + m, 0) / n) * 10) / 10;
  const byYears = YEAR_BANDS.map(([fromYears, toYears]) => ({
    fromYears,
    toYears,
    count: months.filter((m) => m >= fromYears * 12 && (toYears === null || m < toYears * 12)).length,
  }));
  return { graduations: n, medianMonths: median, meanMonths: mean, byYears };
}

/**
 * Re-entry: a family that graduated and later became active again, in the same program or any
 * other (its history shows an active status dated after its first graduation).
 */
function reentry(ctx: Pick<ServiceContext, 'db'>, programId: number | null): Reentry {
  const row = ctx.db
    .prepare(
      `WITH graduated AS (
         SELECT e.family_id AS family_id, min(h.status_date) AS graduated_on
         FROM enrollment_status_history h
         JOIN enrollment_statuses s ON s.code = h.status AND s.exit_kind = 'graduation'
         JOIN enrollments e ON e.id = h.enrollment_id
         WHERE (:programId IS NULL OR e.program_id = :programId)
         GROUP BY e.family_id)
       SELECT count(*) AS graduated,
              sum(EXISTS (
                SELECT 1 FROM enrollments e2
                JOIN enrollment_status_history h2 ON h2.enrollment_id = e2.id
                JOIN enrollment_statuses s2 ON s2.code = h2.status AND s2.counts_as_active = 1
                WHERE e2.family_id = g.family_id AND h2.status_date > g.graduated_on)) AS reentered
       FROM graduated g`,
    )
    .get({ programId }) as { graduated: number; reentered: number | null };
  const reentered = row.reentered ?? 0;
  return { graduatedFamilies: row.graduated, reentered, percent: percentOf(reentered, row.graduated) };
}
