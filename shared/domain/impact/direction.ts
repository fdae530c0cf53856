import type { Interval } from './estimate';

/**
 * Which way is "better" for an indicator: up for school enrolment or consumption per capita,
 * down for stunting or the food share of spending. Charts and briefs speak in "better" terms so
 * that a reader never has to remember that a negative stunting change is good news.
 */
export type BetterDirection = 'up' | 'down';

/** True when the change moved the indicator the better way; no change is not an improvement. */
export function isImprovement(change: number, direction: BetterDirection): boolean {
  return direction === 'up' ? change > 0 : change < 0;
}

export interface InBetterTerms {
  /** Positive = improvement, whatever the indicator's direction. */
  estimate: number;
  ci95: Interval | null;
}

/** Flips sign (and the interval's ends) for 'down' indicators, so that positive always means better. */
export function inBetterTerms(estimate: number, ci95: Interval | null, direction: BetterDirection): InBetterTerms {
  if (direction === 'up') return { estimate, ci95: ci95 ? { ...ci95 } : null };
  return { estimate: -estimate, ci95: ci95 ? { low: -ci95.high, high: -ci95.low } : null };
}

/**
 * What a non-statistician may say: 'improved'/'worsened' only when the whole 95 % interval lies
 * on one side of zero; otherwise 'inconclusive' (the data cannot tell), and 'unknown' without an
 * interval.
 */
export type Verdict = 'improved' | 'worsened' | 'inconclusive' | 'unknown';

export function verdict(ci95: Interval | null, direction: BetterDirection): Verdict {
  if (ci95 === null) return 'unknown';
  const better = inBetterTerms(0, ci95, direction).ci95 as Interval;
  if (better.low > 0) return 'improved';
  if (better.high < 0) return 'worsened';
  return 'inconclusive';
}
