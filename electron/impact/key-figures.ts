import { formatPeriodCode, periodOfDate } from '../../shared/domain/period';
import { percentOf } from '../../shared/domain/report';
import { todayIso } from '../../shared/domain/dates';
import type { KeyFigures } from '../../shared/ipc/impact';
import type { ServiceContext } from '../context';
import { memoUntilWrite } from '../db/data-stamp';
import { periodFigures } from '../disbursements/closures';
import { povertyOverview } from './poverty';

/**
 * Beranda's figures at a glance: families receiving each program now, the current quarter's
 * realisation, graduations this year, and the latest poverty rate of the regency and its province.
 */
export function keyFigures(ctx: ServiceContext): KeyFigures {
  // Beranda asks on every visit: the answer is kept until the data or the day changes.
  return memoUntilWrite(ctx.db, `keyFigures:${todayIso(ctx.now())}`, () => computeKeyFigures(ctx));
}

function computeKeyFigures(ctx: ServiceContext): KeyFigures {
  const programs = ctx.db
    .prepare(
      `SELECT p.id AS programId, p.code AS code, p.name AS name, count(DISTINCT e.family_id) AS families
       FROM programs p
       JOIN enrollments e ON e.program_id = p.id
       JOIN enrollment_statuses s ON s.code = e.status AND s.counts_as_active = 1
       GROUP BY p.id ORDER BY families DESC, p.code`,
    )
    .all() as KeyFigures['programs'];
  const year = ctx.now().getFullYear();
  const graduations = ctx.db
    .prepare(
      `SELECT count(*) AS n FROM enrollment_status_history h
       JOIN enrollment_statuses s ON s.code = h.status AND s.exit_kind = 'graduation'
       WHERE h.status_date BETWEEN :from AND :to`,
    )
    .get({ from: `${year}-01-01`, to: `${year}-12-31` }) as { n: number };
  const poverty = povertyOverview(ctx);
  const period = formatPeriodCode(periodOfDate(todayIso(ctx.now())));
  const { figures } = periodFigures(ctx, period);
  const allocated = figures.programs.reduce((sum, p) => sum + p.allocation.amount, 0);
  const realised = figures.programs.reduce((sum, p) => sum + p.realised.amount, 0);
  return {
    realisation: figures.programs.length === 0 ? null : { period, allocated, realised, percent: percentOf(realised, allocated) },
    programs,
    graduationsThisYear: { year, count: graduations.n },
    latestP0: {
      regency: poverty.regency.series.at(-1) ?? null,
      province: poverty.province.series.at(-1) ?? null,
    },
  };
}
