import {
  assertUniqueUnits,
  combineVariance,
  DEFAULT_MIN_GROUP_SIZE,
  inferenceFrom,
  isMeasured,
  sumOfSquares,
  warningFor,
  type ImpactWarning,
  type Interval,
  type VarianceComponent,
} from './estimate';
import { DID_ASSUMPTION_LABEL_KEY, splitGroups, type DidObservation, type StudyGroup } from './did';
import { pairedSample, type PairedSample } from './paired';

/**
 * Difference-in-differences matched by desil and/or kecamatan (exact stratification): the DiD is
 * computed inside each stratum, where beneficiaries are compared only with non-beneficiaries of
 * the same desil and area, and the strata are averaged with weights = share of treated units.
 * That answers "what did the program do for the families it reached" (the effect on the treated),
 * and keeps a rich kecamatan's comparison families from standing in for a poor one's.
 */

export type MatchVariable = 'desil' | 'kecamatan';

export interface StratifiedDidOptions {
  matchBy: readonly MatchVariable[];
  minGroupSize?: number;
}

export interface StratumCell {
  key: string;
  desil: number | null;
  kecamatan: string | null;
  nTreatment: number;
  nComparison: number;
}

export interface UsedStratum extends StratumCell {
  /** Share of the treated units (of the used strata) that are in this stratum. */
  weight: number;
  did: number;
  meanChangeTreatment: number;
  meanChangeComparison: number;
}

/** Per-group accounting: where every unit went. */
export interface StratifiedGroupSummary {
  /** Paired units in strata that have both groups (the units the estimate rests on). */
  n: number;
  droppedMissingFollowUp: number;
  droppedMissingBaseline: number;
  /** Paired, but the desil or kecamatan needed for matching is unknown. */
  droppedMissingStratum: number;
  /** Paired, but in a stratum where the other group has nobody. */
  droppedUnmatched: number;
  /** Treated-weighted means over the used strata, so that DiD = ΔT − ΔC holds for them too. */
  meanBefore: number | null;
  meanAfter: number | null;
  /**
   * 'per-stratum': each cell's own variance. 'pooled': some used cell has a single unit, whose
   * variance is unknown, so every cell of this group uses the group's within-stratum pooled
   * variance (assumes equal spread across strata, the price of tiny cells).
   */
  varianceMethod: 'per-stratum' | 'pooled';
}

export interface StratifiedDidResult {
  method: 'did-stratified';
  labelKey: typeof DID_ASSUMPTION_LABEL_KEY;
  matchBy: MatchVariable[];
  /** Σ w_s · DiD_s; null when no stratum has both groups. */
  estimate: number | null;
  /** √(Σ w_s² · Var(DiD_s)), strata being independent samples. */
  se: number | null;
  /** Welch–Satterthwaite over all the variance components. */
  df: number | null;
  ci95: Interval | null;
  treatment: StratifiedGroupSummary;
  comparison: StratifiedGroupSummary;
  strata: UsedStratum[];
  droppedStrata: StratumCell[];
  warning: ImpactWarning | null;
}

interface Cell {
  key: string;
  desil: number | null;
  kecamatan: string | null;
  members: Record<StudyGroup, DidObservation[]>;
}

function stratumOf(o: DidObservation, matchBy: readonly MatchVariable[]): { key: string; desil: number | null; kecamatan: string | null } | null {
  const useDesil = matchBy.includes('desil');
  const useKecamatan = matchBy.includes('kecamatan');
  const desil = useDesil ? (isMeasured(o.desil) ? o.desil : null) : null;
  const kecamatan = useKecamatan ? (o.kecamatan?.trim() ? o.kecamatan.trim() : null) : null;
  if ((useDesil && desil === null) || (useKecamatan && kecamatan === null)) return null;
  return { key: JSON.stringify([desil, kecamatan]), desil, kecamatan };
}

export function stratifiedDifferenceInDifferences(
  observations: readonly DidObservation[],
  options: StratifiedDidOptions,
): StratifiedDidResult {
  assertUniqueUnits(observations);
  const minGroupSize = options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const matchBy = [...new Set(options.matchBy)];
  if (matchBy.length === 0) throw new RangeError('stratified DiD: matchBy needs desil and/or kecamatan');

  const groups = splitGroups(observations);
  // Whole-group pass only for the accounting of missing waves; cells then see complete pairs.
  const whole = { treatment: pairedSample(groups.treatment), comparison: pairedSample(groups.comparison) };
  const missingStratum: Record<StudyGroup, number> = { treatment: 0, comparison: 0 };
  const cells = new Map<string, Cell>();
  for (const o of observations) {
    if (!isMeasured(o.baseline) || !isMeasured(o.followUp)) continue;
    const s = stratumOf(o, matchBy);
    if (s === null) {
      missingStratum[o.group]++;
      continue;
    }
    let cell = cells.get(s.key);
    if (!cell) {
      cell = { ...s, members: { treatment: [], comparison: [] } };
      cells.set(s.key, cell);
    }
    cell.members[o.group].push(o);
  }

  const used: { cell: Cell; t: PairedSample; c: PairedSample }[] = [];
  const droppedStrata: StratumCell[] = [];
  const unmatched: Record<StudyGroup, number> = { treatment: 0, comparison: 0 };
  for (const cell of [...cells.values()].sort((a, b) => a.key.localeCompare(b.key))) {
    const t = pairedSample(cell.members.treatment);
    const c = pairedSample(cell.members.comparison);
    if (t.n > 0 && c.n > 0) {
      used.push({ cell, t, c });
    } else {
      droppedStrata.push({ key: cell.key, desil: cell.desil, kecamatan: cell.kecamatan, nTreatment: t.n, nComparison: c.n });
      unmatched.treatment += t.n;
      unmatched.comparison += c.n;
    }
  }

  const nT = used.reduce((sum, u) => sum + u.t.n, 0);
  const nC = used.reduce((sum, u) => sum + u.c.n, 0);
  const strata: UsedStratum[] = used.map(({ cell, t, c }) => {
    const meanChangeTreatment = t.meanChange as number;
    const meanChangeComparison = c.meanChange as number;
    return {
      key: cell.key,
      desil: cell.desil,
      kecamatan: cell.kecamatan,
      nTreatment: t.n,
      nComparison: c.n,
      weight: t.n / nT,
      did: meanChangeTreatment - meanChangeComparison,
      meanChangeTreatment,
      meanChangeComparison,
    };
  });
  const estimate = strata.length > 0 ? strata.reduce((sum, s) => sum + s.weight * s.did, 0) : null;

  const weights = strata.map((s) => s.weight);
  const tVar = groupVarianceComponents(used.map((u) => u.t), weights);
  const cVar = groupVarianceComponents(used.map((u) => u.c), weights);
  const combined = tVar.components && cVar.components ? combineVariance([...tVar.components, ...cVar.components]) : null;
  const inference = inferenceFrom(estimate, combined);

  const weightedMean = (samples: PairedSample[], pick: (s: PairedSample) => number | null): number | null =>
    samples.length === 0 ? null : samples.reduce((sum, s, i) => sum + (weights[i] as number) * (pick(s) as number), 0);
  const summary = (g: StudyGroup, samples: PairedSample[], n: number, method: StratifiedGroupSummary['varianceMethod']): StratifiedGroupSummary => ({
    n,
    droppedMissingFollowUp: whole[g].droppedMissingFollowUp,
    droppedMissingBaseline: whole[g].droppedMissingBaseline,
    droppedMissingStratum: missingStratum[g],
    droppedUnmatched: unmatched[g],
    meanBefore: weightedMean(samples, (s) => s.meanBefore),
    meanAfter: weightedMean(samples, (s) => s.meanAfter),
    varianceMethod: method,
  });

  return {
    method: 'did-stratified',
    labelKey: DID_ASSUMPTION_LABEL_KEY,
    matchBy,
    estimate,
    ...inference,
    treatment: summary('treatment', used.map((u) => u.t), nT, tVar.method),
    comparison: summary('comparison', used.map((u) => u.c), nC, cVar.method),
    strata,
    droppedStrata,
    warning: warningFor([nT, nC], minGroupSize, inference),
  };
}

/**
 * Variance components of one group's part of Σ w_s · mean_s: w_s² · s²_s / n_s per stratum,
 * each with n_s − 1 df; or, when a cell has one unit, the pooled within-stratum variance
 * s²_p = Σ SS_s / Σ (n_s − 1) as a single component s²_p · Σ w_s²/n_s with Σ (n_s − 1) df.
 */
function groupVarianceComponents(
  samples: readonly PairedSample[],
  weights: readonly number[],
): { components: VarianceComponent[] | null; method: StratifiedGroupSummary['varianceMethod'] } {
  if (samples.length === 0) return { components: null, method: 'per-stratum' };
  if (samples.every((s) => s.n >= 2)) {
    const components = samples.map((s, i) => {
      const w = weights[i] as number;
      return { variance: (w * w * (s.varChange as number)) / s.n, df: s.n - 1 };
    });
    return { components, method: 'per-stratum' };
  }
  let ss = 0;
  let df = 0;
  let factor = 0;
  samples.forEach((s, i) => {
    const w = weights[i] as number;
    ss += sumOfSquares(s.changes, s.meanChange as number);
    df += s.n - 1;
    factor += (w * w) / s.n;
  });
  if (df === 0) return { components: null, method: 'pooled' };
  return { components: [{ variance: (ss / df) * factor, df }], method: 'pooled' };
}
