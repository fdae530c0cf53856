/**
 * Change in BPS poverty figures between two periods of one area. P0 and the other indices are
 * percentages, so their difference is in percentage points ("poin"), which is how BPS and the
 * press report it; the relative change is given beside it because "+0.89 points" on 10.20 % is
 * an 8.7 % rise in the rate.
 */

export interface PovertyFigures {
  /** Headcount index P0, % of the population. */
  p0?: number | null;
  /** Number of poor people, in whatever unit the table uses (people, thousands). */
  poor?: number | null;
  /** Poverty line GK, Rp per capita per month. */
  povertyLine?: number | null;
  /** Poverty depth index P1. */
  p1?: number | null;
  /** Poverty severity index P2. */
  p2?: number | null;
}

export interface FigureChange {
  from: number;
  to: number;
  /** to − from: points for P0/P1/P2, people for `poor`, Rp for the line. */
  change: number;
  /** (to − from) / from; null when `from` is 0. */
  relative: number | null;
}

export type PovertyChange = { [K in keyof PovertyFigures]-?: FigureChange | null };

function changeOf(from: number | null | undefined, to: number | null | undefined): FigureChange | null {
  if (typeof from !== 'number' || typeof to !== 'number' || !Number.isFinite(from) || !Number.isFinite(to)) return null;
  return { from, to, change: to - from, relative: from === 0 ? null : (to - from) / from };
}

export function povertyChange(from: PovertyFigures, to: PovertyFigures): PovertyChange {
  return {
    p0: changeOf(from.p0, to.p0),
    poor: changeOf(from.poor, to.poor),
    povertyLine: changeOf(from.povertyLine, to.povertyLine),
    p1: changeOf(from.p1, to.p1),
    p2: changeOf(from.p2, to.p2),
  };
}

/**
 * Rounds a change the way BPS prints it (two decimals for points), removing binary noise such
 * as 11.09 − 10.20 = 0.8899999999999988.
 */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  // Symmetric around zero (Math.round alone rounds −0.5 up) and nudged by one ulp so that a
  // printed .5 that is stored as .49999… still rounds away from zero.
  return (Math.sign(value) * Math.round(Math.abs(value) * f * (1 + Number.EPSILON))) / f;
}
