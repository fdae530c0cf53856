import type { ReconciliationList } from '../../shared/domain/disbursements';
import type { ReconciliationPage, ReconciliationRow } from '../../shared/ipc/disbursements';
import { maskNik } from '../../shared/validators/nik';
import type { ServiceContext } from '../context';
import { benefitsOf, hasList, Pricer, quarterBounds, quarterStateCtes } from './allocation';

/**
 * The four reconciliation lists of a program's tahap, from its disbursement lines against its
 * allocation (allocation.ts: the period's list, else the enrollments active in the quarter):
 * - paidNotEnrolled: tersalur lines whose enrollment is unknown or not in the allocation;
 * - enrolledNotPaid: allocated enrollments without a tersalur line (status: their gagal/retur line, if any);
 * - paidTwice: more than one tersalur line for the same enrollment (or NIK, for unmatched lines);
 * - amountDiffers: allocated enrollments whose tersalur lines sum to another amount than allocated.
 * A tahap without lines has nothing to reconcile: the lists are empty.
 */

interface Scope {
  programId: number;
  period: string;
}

/** `alloc(id, family_id, member_key, amount)`: the allocation with each KPM's tahap amount (null: unpriced). */
function allocationSql(ctx: ServiceContext, scope: Scope): { ctes: string; params: Record<string, unknown> } {
  const q = quarterBounds(scope.period);
  const pricer = new Pricer(benefitsOf(ctx, [scope.programId]), scope.period);
  const nullPrice = pricer.price(scope.programId, null);
  if (!hasList(ctx, scope.programId, scope.period)) {
    return {
      ctes: `${quarterStateCtes(true)},
        alloc AS MATERIALIZED (SELECT ip.id, ip.family_id, ip.member_key, :nullPrice AS amount FROM in_period ip)`,
      params: { programId: scope.programId, start: q.start, end: q.end, nullPrice },
    };
  }
  const mixes = ctx.db
    .prepare(
      `SELECT DISTINCT ep.components_json FROM enrollments e
       JOIN enrollment_periods ep ON ep.enrollment_id = e.id AND ep.period = :period
       WHERE e.program_id = :programId AND ep.nominal IS NULL AND ep.components_json IS NOT NULL`,
    )
    .pluck()
    .all({ programId: scope.programId, period: scope.period }) as string[];
  const prices = Object.fromEntries(mixes.map((m) => [m, pricer.price(scope.programId, m)]));
  return {
    ctes: `price AS MATERIALIZED (SELECT key AS mix, value AS amount FROM json_each(:prices)),
      alloc AS MATERIALIZED (
        SELECT e.id, e.family_id, e.member_key,
               coalesce(ep.nominal, CASE WHEN ep.components_json IS NULL THEN :nullPrice ELSE pr.amount END) AS amount
        FROM enrollments e
        JOIN enrollment_periods ep ON ep.enrollment_id = e.id AND ep.period = :period
        LEFT JOIN price pr ON pr.mix = ep.components_json
        WHERE e.program_id = :programId
      )`,
    params: { programId: scope.programId, period: scope.period, prices: JSON.stringify(prices), nullPrice },
  };
}

const TERSALUR = `d.program_id = :programId AND d.period = :period AND d.status = 'tersalur'`;

// Each list selects the same columns, in the row's order; kecamatanCode is named in the outer query.
const LISTS: Record<ReconciliationList, string> = {
  paidNotEnrolled: `
    SELECT d.id AS disbursementId, d.enrollment_id AS enrollmentId, d.kk, d.nik, d.name, d.kecamatan_code AS kecamatanCode,
           d.status, d.amount AS amountPaid, NULL AS amountAllocated, 1 AS lines, d.sheet_row AS sheetRow, d.id AS sortKey
    FROM disbursements d
    WHERE ${TERSALUR} AND (d.enrollment_id IS NULL OR d.enrollment_id NOT IN (SELECT id FROM alloc))`,
  enrolledNotPaid: `
    SELECT NULL AS disbursementId, a.id AS enrollmentId, f.kk, m.nik, coalesce(m.name, '') AS name, f.kecamatan_code AS kecamatanCode,
           (SELECT d.status FROM disbursements d INDEXED BY disbursements_program_period
            WHERE d.program_id = :programId AND d.period = :period AND d.enrollment_id = a.id ORDER BY d.id DESC LIMIT 1) AS status,
           NULL AS amountPaid, a.amount AS amountAllocated, 0 AS lines, NULL AS sheetRow, f.kk AS sortKey
    FROM alloc a
    JOIN families f ON f.id = a.family_id
    LEFT JOIN members m ON m.id = CASE WHEN a.member_key <> 0 THEN a.member_key
      ELSE (SELECT p.id FROM members p WHERE p.family_id = a.family_id ORDER BY p.is_pengurus DESC, p.id LIMIT 1) END
    WHERE a.id NOT IN (SELECT d.enrollment_id FROM disbursements d WHERE ${TERSALUR} AND d.enrollment_id IS NOT NULL)`,
  paidTwice: `
    SELECT d.id AS disbursementId, d.enrollment_id AS enrollmentId, d.kk, d.nik, d.name, d.kecamatan_code AS kecamatanCode,
           d.status, g.paid AS amountPaid, a.amount AS amountAllocated, g.lines, d.sheet_row AS sheetRow, d.id AS sortKey
    FROM (SELECT min(d.id) AS first, count(*) AS lines, sum(d.amount) AS paid FROM disbursements d WHERE ${TERSALUR}
          GROUP BY coalesce('e' || d.enrollment_id, 'n' || d.nik, 'k' || d.kk, 'r' || d.id) HAVING count(*) > 1) g
    JOIN disbursements d ON d.id = g.first
    LEFT JOIN alloc a ON a.id = d.enrollment_id`,
  amountDiffers: `
    SELECT d.id AS disbursementId, d.enrollment_id AS enrollmentId, d.kk, d.nik, d.name, d.kecamatan_code AS kecamatanCode,
           d.status, g.paid AS amountPaid, a.amount AS amountAllocated, g.lines, d.sheet_row AS sheetRow, d.id AS sortKey
    FROM (SELECT d.enrollment_id, min(d.id) AS first, count(*) AS lines, sum(d.amount) AS paid FROM disbursements d
          WHERE ${TERSALUR} AND d.enrollment_id IS NOT NULL GROUP BY d.enrollment_id) g
    JOIN alloc a ON a.id = g.enrollment_id AND a.amount IS NOT NULL AND a.amount <> g.paid
    JOIN disbursements d ON d.id = g.first`,
};

interface RawRow extends Omit<ReconciliationRow, 'kecamatan'> {
  kecamatanCode: string | null;
  kecamatan: string | null;
}

function hasLines(ctx: ServiceContext, scope: Scope): boolean {
  return ctx.db.prepare('SELECT 1 FROM disbursements WHERE program_id = ? AND period = ? LIMIT 1').get(scope.programId, scope.period) !== undefined;
}

/** Rows of one list (all of them with limit null), NIK masked unless `fullNik`. */
export function reconciliationRows(
  ctx: ServiceContext,
  input: Scope & { list: ReconciliationList; offset: number; limit: number | null; fullNik: boolean },
): ReconciliationPage {
  if (!hasLines(ctx, input)) return { list: input.list, total: 0, rows: [] };
  const { ctes, params } = allocationSql(ctx, input);
  const base = `WITH ${ctes}, list AS (${LISTS[input.list]})`;
  // The total rides along with the page (one evaluation of the allocation); only a page past the
  // end needs its own count.
  const raw = ctx.db
    .prepare(
      `${base}
       SELECT list.*, coalesce(r.name, list.kecamatanCode) AS kecamatan, count(*) OVER () AS total
       FROM list LEFT JOIN regions r ON r.code = list.kecamatanCode
       ORDER BY list.sortKey LIMIT :limit OFFSET :offset`,
    )
    .all({ ...params, period: input.period, limit: input.limit ?? -1, offset: input.offset }) as (RawRow & { total: number })[];
  const total =
    raw[0]?.total ?? (input.offset === 0 ? 0 : (ctx.db.prepare(`${base} SELECT count(*) FROM list`).pluck().get({ ...params, period: input.period }) as number));
  const rows = raw.map(
    (r): ReconciliationRow => ({
      disbursementId: r.disbursementId,
      enrollmentId: r.enrollmentId,
      kk: r.kk,
      nik: r.nik === null ? null : input.fullNik ? r.nik : maskNik(r.nik),
      name: r.name,
      kecamatan: r.kecamatan,
      status: r.status,
      amountPaid: r.amountPaid,
      amountAllocated: r.amountAllocated,
      lines: r.lines,
      sheetRow: r.sheetRow,
    }),
  );
  return { list: input.list, total, rows };
}
