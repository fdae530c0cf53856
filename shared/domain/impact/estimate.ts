import { studentTQuantile } from './student-t';

/**
 * Shared shapes and arithmetic of the impact estimators. Every estimator returns its number
 * together with what is needed to judge it (SE, df, interval, group sizes, dropped units) and a
 * warning code, so that the UI never shows a bare number it cannot qualify.
 */

/** A measured value; null, undefined and non-finite numbers all mean "not measured". */
export type Measurement = number | null | undefined;

export function isMeasured(value: Measurement): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Stable warning codes (the UI maps them to messages `impact.warning.<CODE>`):
 * - SMALL_GROUPS: a group has fewer units than the configured minimum; the estimate is returned
 *   but must be shown as a warning, not as a confident number.
 * - NO_INTERVAL: the standard error cannot be computed (e.g. a single unit), whatever the minimum.
 */
export type ImpactWarning = 'SMALL_GROUPS' | 'NO_INTERVAL';

/** Below this many units per group an estimate is flagged. 30 is the usual rule of thumb for
 * leaning on the t interval when the changes are not normally distributed. */
export const DEFAULT_MIN_GROUP_SIZE = 30;

export interface Interval {
  low: number;
  high: number;
}

/** Confidence level of every interval in this module (the issue asks for 95 %). */
export const CONFIDENCE = 0.95;

/** Sample mean; null for no values. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Sum of squared deviations from `centre` (two-pass, so large means do not cost precision). */
export function sumOfSquares(values: readonly number[], centre: number): number {
  let ss = 0;
  for (const v of values) ss += (v - centre) * (v - centre);
  return ss;
}

/** Sample variance (divisor n − 1); null when n < 2 because one value says nothing about spread. */
export function sampleVariance(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null || values.length < 2) return null;
  return sumOfSquares(values, m) / (values.length - 1);
}

/**
 * One independent piece of a variance estimate: its contribution to Var(estimate) and the
 * degrees of freedom of the sample variance it was built from. The Welch–Satterthwaite formula
 * needs them apart.
 */
export interface VarianceComponent {
  variance: number;
  df: number;
}

/**
 * Combines independent variance components: total variance and Welch–Satterthwaite df
 * (Σv)² / Σ(v²/df). When every component is zero the df formula is 0/0; the smallest df of the
 * components is then the honest (conservative) choice.
 */
export function combineVariance(components: readonly VarianceComponent[]): { variance: number; df: number } | null {
  if (components.length === 0 || components.some((c) => !(c.df > 0) || !(c.variance >= 0))) return null;
  let total = 0;
  let denominator = 0;
  for (const c of components) {
    total += c.variance;
    denominator += (c.variance * c.variance) / c.df;
  }
  const df = denominator > 0 ? (total * total) / denominator : Math.min(...components.map((c) => c.df));
  return { variance: total, df };
}

/** estimate ± t(0.975, df) · se. */
export function tInterval(estimate: number, se: number, df: number): Interval {
  const t = studentTQuantile(1 - (1 - CONFIDENCE) / 2, df);
  return { low: estimate - t * se, high: estimate + t * se };
}

/** The inferential part every estimator reports; all null when it cannot be computed. */
export interface Inference {
  se: number | null;
  df: number | null;
  ci95: Interval | null;
}

export function inferenceFrom(estimate: number | null, combined: { variance: number; df: number } | null): Inference {
  if (estimate === null || combined === null) return { se: null, df: null, ci95: null };
  const se = Math.sqrt(combined.variance);
  return { se, df: combined.df, ci95: tInterval(estimate, se, combined.df) };
}

/** SMALL_GROUPS wins over NO_INTERVAL: a too-small group is the explanation the user needs. */
export function warningFor(groupSizes: readonly number[], minGroupSize: number, inference: Inference): ImpactWarning | null {
  if (groupSizes.some((n) => n < minGroupSize)) return 'SMALL_GROUPS';
  if (inference.ci95 === null) return 'NO_INTERVAL';
  return null;
}

/** Units must be unique: a family counted twice (or in both groups) would bias every estimate. */
export function assertUniqueUnits(units: Iterable<{ unitId: string }>): void {
  const seen = new Set<string>();
  for (const u of units) {
    if (seen.has(u.unitId)) throw new RangeError(`impact: unit ${u.unitId} appears more than once`);
    seen.add(u.unitId);
  }
}
