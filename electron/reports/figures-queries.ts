import type { DisbursementStatus } from '../../shared/domain/disbursements';
import type { Db } from '../db/open';
import { quarterStateCtes, type QuarterBounds } from '../disbursements/allocation';

/**
 * The set-based aggregates behind the quarterly figures: each returns a few rows per program and
 * kecamatan (or per component mix, or per status pair), never a row per family, so the figures of
 * a register of a million members are a handful of index scans.
 */

export interface ListAllocationRow {
  programId: number;
  kecamatanCode: string | null;
  /** 1 when the rows carry the list's NOMINAL (summed in `amount`); 0 when the rule must price them. */
  priced: number;
  componentsJson: string | null;
  n: number;
  amount: number;
}

/** The period's lists, grouped by program, kecamatan, whether NOMINAL is given, and component mix. */
export function listAllocation(db: Db, q: QuarterBounds): ListAllocationRow[] {
  return db
    .prepare(
      `SELECT e.program_id AS programId, f.kecamatan_code AS kecamatanCode, ep.nominal IS NOT NULL AS priced,
              ep.components_json AS componentsJson, count(*) AS n, coalesce(sum(ep.nominal), 0) AS amount
       FROM enrollment_periods ep
       JOIN enrollments e ON e.id = ep.enrollment_id
       JOIN families f ON f.id = e.family_id
       WHERE ep.period = :period
       GROUP BY e.program_id, f.kecamatan_code, priced, ep.components_json`,
    )
    .all({ period: q.period }) as ListAllocationRow[];
}

export interface LineRow {
  programId: number;
  kecamatanCode: string | null;
  status: DisbursementStatus;
  kpm: number;
  amount: number;
}

/**
 * The period's disbursement lines per program, kecamatan and status, straight from the covering
 * index disbursements_period. A KPM is the matched enrollment, else the line's KK (NIK first for
 * per-person programs), else the line itself; the unmatched lines come from their own small index
 * in a second row per cell, which the caller adds up.
 */
export function lineRealisation(db: Db, q: QuarterBounds): LineRow[] {
  return db
    .prepare(
      `SELECT d.program_id AS programId, d.kecamatan_code AS kecamatanCode, d.status AS status,
              count(DISTINCT d.enrollment_id) AS kpm, sum(d.amount) AS amount
       FROM disbursements d INDEXED BY disbursements_period
       WHERE d.period = :period AND d.enrollment_id IS NOT NULL
       GROUP BY d.program_id, d.kecamatan_code, d.status
       UNION ALL
       SELECT d.program_id, d.kecamatan_code, d.status,
              count(DISTINCT CASE WHEN p.per_person = 1 THEN coalesce(d.nik, d.kk, 'row' || d.id) ELSE coalesce(d.kk, d.nik, 'row' || d.id) END),
              sum(d.amount)
       FROM disbursements d INDEXED BY disbursements_unmatched JOIN programs p ON p.id = d.program_id
       WHERE d.period = :period AND d.enrollment_id IS NULL
       GROUP BY d.program_id, d.kecamatan_code, d.status`,
    )
    .all({ period: q.period }) as LineRow[];
}

export interface ManualRow {
  programId: number;
  kecamatanCode: string;
  kpmPaid: number;
  amountPaid: number;
  kpmFailed: number;
  amountFailed: number;
}

export function manualRealisation(db: Db, q: QuarterBounds): ManualRow[] {
  return db
    .prepare(
      `SELECT program_id AS programId, kecamatan_code AS kecamatanCode, kpm_paid AS kpmPaid, amount_paid AS amountPaid,
              kpm_failed AS kpmFailed, amount_failed AS amountFailed
       FROM disbursement_totals WHERE period = :period`,
    )
    .all({ period: q.period }) as ManualRow[];
}

/**
 * One row group of quarterStates (one statement, so the quarter's changed enrollments are read once):
 * - kind 'a': KPM active in the quarter per program and kecamatan, programs without a list only,
 *   split by `changed` (0: status unchanged since before the quarter, so active throughout);
 * - kind 'u': the same unchanged active count per program for the programs with a list;
 * - kind 'c': enrollments whose status changed in or after the quarter, per program, status before
 *   the quarter and at its end, and flags (the movements are read from 'c' and the unchanged counts).
 */
export interface QuarterStateRow {
  kind: 'a' | 'u' | 'c';
  programId: number;
  kecamatanCode: string | null;
  changed: number;
  atStart: string | null;
  atEnd: string | null;
  /** 1 when the status at the end was set within the quarter. */
  endChanged: number;
  becameActive: number;
  enrolledIn: number;
  n: number;
}

export function quarterStates(db: Db, q: QuarterBounds, listed: readonly number[]): QuarterStateRow[] {
  return db
    .prepare(
      `WITH ${quarterStateCtes(false)}
       SELECT 'a' AS kind, ip.program_id AS programId, f.kecamatan_code AS kecamatanCode, ip.changed AS changed, NULL AS atStart,
              NULL AS atEnd, 0 AS endChanged, 0 AS becameActive, 0 AS enrolledIn, count(*) AS n
       FROM in_period ip JOIN families f ON f.id = ip.family_id
       WHERE ip.program_id NOT IN (SELECT value FROM json_each(:listed))
       GROUP BY ip.program_id, f.kecamatan_code, ip.changed
       UNION ALL
       SELECT 'u', e.program_id, NULL, 0, NULL, NULL, 0, 0, 0, count(*)
       FROM enrollments e
       WHERE e.program_id IN (SELECT value FROM json_each(:listed))
         AND e.status IN (SELECT code FROM enrollment_statuses WHERE counts_as_active = 1) AND e.id NOT IN (SELECT id FROM ch)
       GROUP BY e.program_id
       UNION ALL
       SELECT 'c', cs.program_id, NULL, 1, cs.at_start, cs.at_end, coalesce(cs.at_end_date >= :start, 0), cs.became_active,
              cs.enrolled_on BETWEEN :start AND :end, count(*)
       FROM cs
       GROUP BY 2, 5, 6, 7, 8, 9`,
    )
    .all({ start: q.start, end: q.end, listed: JSON.stringify(listed) }) as QuarterStateRow[];
}

export interface StatusRow {
  code: string;
  label: string;
  countsAsActive: number;
  exitKind: 'graduation' | 'death' | 'moved' | 'withdrawn' | 'ineligible' | null;
  sort: number;
}

export function statuses(db: Db): StatusRow[] {
  return db
    .prepare('SELECT code, label, counts_as_active AS countsAsActive, exit_kind AS exitKind, sort FROM enrollment_statuses ORDER BY sort, code')
    .all() as StatusRow[];
}

export function kecamatanNames(db: Db): Map<string, string> {
  const rows = db.prepare("SELECT code, name FROM regions WHERE level = 'kecamatan'").all() as { code: string; name: string }[];
  return new Map(rows.map((r) => [r.code, r.name]));
}
