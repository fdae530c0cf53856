import {
  assertUniqueUnits,
  combineVariance,
  DEFAULT_MIN_GROUP_SIZE,
  inferenceFrom,
  warningFor,
  type ImpactWarning,
  type Interval,
} from './estimate';
import { pairedSample, type PairedObservation } from './paired';

/**
 * Catalogue key of the label every before/after result must carry: "bukan bukti sebab-akibat".
 * A change among beneficiaries also contains everything else that changed in those years
 * (prices, a pandemic, children growing older), so it can never be read as the program's effect.
 */
export const NOT_CAUSAL_LABEL_KEY = 'impact.label.notCausal';

export interface BeforeAfterOptions {
  /** Fewer paired units than this flags the result SMALL_GROUPS (default 30). */
  minGroupSize?: number;
}

export interface BeforeAfterResult {
  method: 'before-after';
  /** Always false: see NOT_CAUSAL_LABEL_KEY. Typed as the literal so no caller can flip it. */
  causal: false;
  labelKey: typeof NOT_CAUSAL_LABEL_KEY;
  /** Units with both waves. */
  n: number;
  droppedMissingFollowUp: number;
  droppedMissingBaseline: number;
  meanBefore: number | null;
  meanAfter: number | null;
  /** Mean of per-unit changes (= meanAfter − meanBefore over the same units); null when n = 0. */
  estimate: number | null;
  /** Paired SE: sd of the changes / √n. Pairing removes the between-family spread of levels. */
  se: number | null;
  /** n − 1. */
  df: number | null;
  ci95: Interval | null;
  warning: ImpactWarning | null;
}

export function beforeAfter(observations: readonly PairedObservation[], options: BeforeAfterOptions = {}): BeforeAfterResult {
  assertUniqueUnits(observations);
  const minGroupSize = options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const s = pairedSample(observations);
  const combined = s.varChange === null ? null : combineVariance([{ variance: s.varChange / s.n, df: s.n - 1 }]);
  const inference = inferenceFrom(s.meanChange, combined);
  return {
    method: 'before-after',
    causal: false,
    labelKey: NOT_CAUSAL_LABEL_KEY,
    n: s.n,
    droppedMissingFollowUp: s.droppedMissingFollowUp,
    droppedMissingBaseline: s.droppedMissingBaseline,
    meanBefore: s.meanBefore,
    meanAfter: s.meanAfter,
    estimate: s.meanChange,
    ...inference,
    warning: warningFor([s.n], minGroupSize, inference),
  };
}
