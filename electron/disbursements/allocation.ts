import { ruleNominal } from '../../shared/domain/allocation';
import { parsePeriod, periodEnd, periodStart } from '../../shared/domain/period';
import type { Benefit } from '../../shared/domain/programs';
import type { ComponentCounts } from '../../shared/domain/register';
import { AppError } from '../../shared/errors';
import type { ServiceContext } from '../context';
import { getProgram } from '../programs/service';

/**
 * Who is allocated in a program's tahap (one definition for the figures and the reconciliation):
 * the enrollments on the period's list when the program has one for the period; otherwise those
 * active at some time in the quarter by their dated status history (active on the day before its
 * first day, or becoming active within it; enrolled by its last day).
 *
 * The status history is read for the few enrollments whose history has an entry dated on or after
 * the quarter's first day (`ch`); every other enrollment has kept its current status through the
 * quarter, so its status is enrollments.status (an index count, not a walk through the history).
 */

export interface QuarterBounds {
  period: string;
  start: string;
  end: string;
}

export function quarterBounds(period: string): QuarterBounds {
  const p = parsePeriod(period);
  if (p === null) throw new AppError('VALIDATION_FAILED');
  return { period, start: periodStart(p), end: periodEnd(p) };
}

/**
 * CTEs over the quarter (parameters :start, :end, and :programId when `oneProgram`):
 * - `ch`: enrollments with a status entry dated on/after :start (their status changed in or after the quarter);
 * - `cs`: those enrollments with their status before the quarter (at_start), at its end (at_end, set
 *   on at_end_date), and whether they became active within it. One pass over their history rows: the
 *   latest entry by (status_date, id) is the max of `date + (10^12 + id) + status`, and the status
 *   is what follows the first 23 characters;
 * - `in_period`: every enrollment active at some time in the quarter (id, program_id, family_id,
 *   member_key, changed = whether it is one of `cs`).
 */
export function quarterStateCtes(oneProgram: boolean): string {
  const program = oneProgram ? 'AND e.program_id = :programId' : '';
  const latest = (op: '<' | '<=', bound: ':start' | ':end') =>
    `substr(max(CASE WHEN h.status_date ${op} ${bound} THEN h.status_date || (1000000000000 + h.id) || h.status END), 24)`;
  return `
  ch AS MATERIALIZED (
    SELECT DISTINCT h.enrollment_id AS id FROM enrollment_status_history h INDEXED BY enrollment_status_history_date
    WHERE h.status_date >= :start
  ),
  cs AS MATERIALIZED (
    SELECT e.id, e.program_id, e.family_id, e.member_key, e.enrolled_on, x.at_start, x.at_end, x.at_end_date, x.became_active
    FROM (
      -- Walks enrollment_status_history_asof (covering) per changed enrollment, in its order: no sort.
      SELECT h.enrollment_id AS id, ${latest('<', ':start')} AS at_start, ${latest('<=', ':end')} AS at_end,
             max(CASE WHEN h.status_date <= :end THEN h.status_date END) AS at_end_date,
             coalesce(max(h.status_date BETWEEN :start AND :end
                          AND h.status IN (SELECT code FROM enrollment_statuses WHERE counts_as_active = 1)), 0) AS became_active
      FROM enrollment_status_history h INDEXED BY enrollment_status_history_asof
      WHERE h.enrollment_id IN (SELECT id FROM ch)
      GROUP BY h.enrollment_id
    ) x CROSS JOIN enrollments e ON e.id = x.id
    WHERE 1 ${program}
  ),
  in_period AS (
    SELECT e.id, e.program_id, e.family_id, e.member_key, 0 AS changed
    FROM enrollments e
    WHERE e.status IN (SELECT code FROM enrollment_statuses WHERE counts_as_active = 1) AND e.id NOT IN (SELECT id FROM ch) ${program}
    UNION ALL
    SELECT cs.id, cs.program_id, cs.family_id, cs.member_key, 1
    FROM cs LEFT JOIN enrollment_statuses s0 ON s0.code = cs.at_start
    WHERE cs.enrolled_on <= :end AND (coalesce(s0.counts_as_active, 0) = 1 OR cs.became_active)
  )`;
}

/** Benefit rules of the programs, by id (a handful of rows; the rule itself is shared/domain/allocation.ts). */
export function benefitsOf(ctx: ServiceContext, programIds: Iterable<number>): Map<number, Benefit> {
  const out = new Map<number, Benefit>();
  for (const id of programIds) if (!out.has(id)) out.set(id, getProgram(ctx, id).benefit);
  return out;
}

/**
 * The tahap amount per KPM of a list row without NOMINAL, or of an active enrollment when the
 * program has no list (components null): ruleNominal, memoised per distinct components text, so a
 * list of 150,000 families costs one rule call per distinct component mix.
 */
export class Pricer {
  private readonly cache = new Map<string, number | null>();

  constructor(
    private readonly benefits: Map<number, Benefit>,
    private readonly period: string,
  ) {}

  price(programId: number, componentsJson: string | null): number | null {
    const key = `${programId}|${componentsJson ?? ''}`;
    if (this.cache.has(key)) return this.cache.get(key)!;
    const benefit = this.benefits.get(programId);
    const components = componentsJson === null ? null : (JSON.parse(componentsJson) as ComponentCounts);
    const amount = benefit === undefined ? null : ruleNominal(benefit, this.period, components);
    this.cache.set(key, amount);
    return amount;
  }
}

/** Does the program have a list (enrollment_periods rows) for the period? */
export function hasList(ctx: ServiceContext, programId: number, period: string): boolean {
  return (
    ctx.db
      .prepare(
        `SELECT 1 FROM enrollments e JOIN enrollment_periods ep ON ep.enrollment_id = e.id AND ep.period = :period
         WHERE e.program_id = :programId LIMIT 1`,
      )
      .get({ programId, period }) !== undefined
  );
}
