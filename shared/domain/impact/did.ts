import {
  assertUniqueUnits,
  combineVariance,
  DEFAULT_MIN_GROUP_SIZE,
  inferenceFrom,
  sumOfSquares,
  warningFor,
  type ImpactWarning,
  type Inference,
  type Interval,
} from './estimate';
import { pairedSample, type PairedObservation, type PairedSample } from './paired';

/**
 * Difference-in-differences, two waves, panel data: the change among beneficiaries minus the
 * change among comparable non-beneficiaries. The comparison group's change stands in for what
 * would have happened to beneficiaries without the program, so the estimate is causal only if
 * both groups would have moved in parallel: hence the label below, always shown with it.
 */
export const DID_ASSUMPTION_LABEL_KEY = 'impact.label.didParallelTrends';

export type StudyGroup = 'treatment' | 'comparison';

export interface DidObservation extends PairedObservation {
  group: StudyGroup;
  /** Baseline desil (1–10) and kecamatan code: only used by the stratified estimator. */
  desil?: number | null;
  kecamatan?: string | null;
}

export interface DidOptions {
  /** A group with fewer paired units than this flags the result SMALL_GROUPS (default 30). */
  minGroupSize?: number;
}

/** What one group contributes: sizes, drops, and means over its paired units. */
export interface DidGroupSummary {
  n: number;
  droppedMissingFollowUp: number;
  droppedMissingBaseline: number;
  meanBefore: number | null;
  meanAfter: number | null;
  meanChange: number | null;
  varChange: number | null;
}

export interface DidResult {
  method: 'did';
  labelKey: typeof DID_ASSUMPTION_LABEL_KEY;
  /** ΔT − ΔC; null unless both groups have at least one paired unit. */
  estimate: number | null;
  /** Welch SE √(varT/nT + varC/nC) of the per-unit changes: the groups may differ in spread. */
  se: number | null;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number | null;
  ci95: Interval | null;
  /**
   * The same estimate as the regression Δy = a + b·treated + e with HC1 (heteroskedasticity-
   * robust) SE and N − 2 df, which is what Stata/R users will compare against. With two waves
   * and unit fixed effects, this first-difference regression is the standard DiD regression.
   */
  hc1: Inference;
  treatment: DidGroupSummary;
  comparison: DidGroupSummary;
  warning: ImpactWarning | null;
}

export function groupSummary(s: PairedSample): DidGroupSummary {
  return {
    n: s.n,
    droppedMissingFollowUp: s.droppedMissingFollowUp,
    droppedMissingBaseline: s.droppedMissingBaseline,
    meanBefore: s.meanBefore,
    meanAfter: s.meanAfter,
    meanChange: s.meanChange,
    varChange: s.varChange,
  };
}

export function splitGroups<T extends DidObservation>(observations: readonly T[]): Record<StudyGroup, T[]> {
  const groups: Record<StudyGroup, T[]> = { treatment: [], comparison: [] };
  for (const o of observations) groups[o.group].push(o);
  return groups;
}

export function differenceInDifferences(observations: readonly DidObservation[], options: DidOptions = {}): DidResult {
  assertUniqueUnits(observations);
  const minGroupSize = options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const groups = splitGroups(observations);
  const t = pairedSample(groups.treatment);
  const c = pairedSample(groups.comparison);
  const estimate = t.meanChange !== null && c.meanChange !== null ? t.meanChange - c.meanChange : null;

  const welch =
    t.varChange !== null && c.varChange !== null
      ? combineVariance([
          { variance: t.varChange / t.n, df: t.n - 1 },
          { variance: c.varChange / c.n, df: c.n - 1 },
        ])
      : null;
  const inference = inferenceFrom(estimate, welch);

  return {
    method: 'did',
    labelKey: DID_ASSUMPTION_LABEL_KEY,
    estimate,
    ...inference,
    hc1: hc1Inference(estimate, t, c),
    treatment: groupSummary(t),
    comparison: groupSummary(c),
    warning: warningFor([t.n, c.n], minGroupSize, inference),
  };
}

/**
 * HC1 for a regression on an intercept and one 0/1 regressor reduces to
 * N/(N−2) · (SS_T/nT² + SS_C/nC²), SS = sum of squared residuals around each group's mean;
 * no matrix algebra needed.
 */
function hc1Inference(estimate: number | null, t: PairedSample, c: PairedSample): Inference {
  const total = t.n + c.n;
  if (estimate === null || t.meanChange === null || c.meanChange === null || total <= 2) {
    return { se: null, df: null, ci95: null };
  }
  const hc0 = sumOfSquares(t.changes, t.meanChange) / (t.n * t.n) + sumOfSquares(c.changes, c.meanChange) / (c.n * c.n);
  return inferenceFrom(estimate, { variance: (hc0 * total) / (total - 2), df: total - 2 });
}
