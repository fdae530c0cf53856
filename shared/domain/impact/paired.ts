import { isMeasured, mean, sampleVariance, type Measurement } from './estimate';

/** One unit (a family, or a member for person-level indicators) measured in two waves. */
export interface PairedObservation {
  unitId: string;
  baseline: Measurement;
  followUp: Measurement;
}

/**
 * The complete pairs of a set of observations with what was dropped. Only units measured in
 * both waves enter a panel estimate: comparing the mean of all baseline families with the mean
 * of the (possibly different) families still reached at follow-up would mix attrition into the
 * change.
 */
export interface PairedSample {
  n: number;
  droppedMissingFollowUp: number;
  /** Units with a follow-up but no usable baseline (e.g. entered after the baseline survey). */
  droppedMissingBaseline: number;
  meanBefore: number | null;
  meanAfter: number | null;
  /** Mean of per-unit changes (follow-up − baseline). */
  meanChange: number | null;
  /** Sample variance of per-unit changes; null when n < 2. */
  varChange: number | null;
  changes: number[];
}

export function pairedSample(observations: Iterable<PairedObservation>): PairedSample {
  const before: number[] = [];
  const after: number[] = [];
  const changes: number[] = [];
  let droppedMissingFollowUp = 0;
  let droppedMissingBaseline = 0;
  for (const o of observations) {
    // A unit missing both waves is counted once, as a missing follow-up: that is the wave the
    // user can still chase.
    if (!isMeasured(o.followUp)) {
      droppedMissingFollowUp++;
      continue;
    }
    if (!isMeasured(o.baseline)) {
      droppedMissingBaseline++;
      continue;
    }
    before.push(o.baseline);
    after.push(o.followUp);
    changes.push(o.followUp - o.baseline);
  }
  return {
    n: changes.length,
    droppedMissingFollowUp,
    droppedMissingBaseline,
    meanBefore: mean(before),
    meanAfter: mean(after),
    meanChange: mean(changes),
    varChange: sampleVariance(changes),
    changes,
  };
}
