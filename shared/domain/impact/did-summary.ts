/**
 * Difference-in-differences from published group means (a BPS table, an evaluation report),
 * when the unit-level data are not available. Used to check the estimators against published
 * tables, and to let an office compare its own estimate with one from a report.
 */

export interface MeanWithSe {
  mean: number;
  se?: number;
}

export interface GroupMeans {
  before: MeanWithSe;
  after: MeanWithSe;
  /** SE of the mean change over the same units (panel); needed for the panel SE. */
  seChange?: number;
}

export interface DidFromMeansResult {
  /** (after − before)_T − (after − before)_C. */
  estimate: number;
  changeTreatment: number;
  changeComparison: number;
  se: number | null;
  /**
   * - 'changes': √(seΔT² + seΔC²): the two groups are independent samples; right for a panel.
   * - 'independent-waves': √ of the sum of the four squared level SEs: right only when each wave
   *   is a fresh sample (repeated cross-sections). For a panel it overstates the SE, because the
   *   same units measured twice are positively correlated and the covariance is not published.
   */
  seBasis: 'changes' | 'independent-waves' | null;
}

/** Difference of two means from independent samples: a − b with SE √(seA² + seB²). */
export function differenceOfIndependentMeans(a: MeanWithSe, b: MeanWithSe): { estimate: number; se: number | null } {
  const se = a.se !== undefined && b.se !== undefined ? Math.sqrt(a.se * a.se + b.se * b.se) : null;
  return { estimate: a.mean - b.mean, se };
}

export function didFromGroupMeans(treatment: GroupMeans, comparison: GroupMeans): DidFromMeansResult {
  const changeTreatment = treatment.after.mean - treatment.before.mean;
  const changeComparison = comparison.after.mean - comparison.before.mean;
  const estimate = changeTreatment - changeComparison;
  if (treatment.seChange !== undefined && comparison.seChange !== undefined) {
    const se = Math.sqrt(treatment.seChange ** 2 + comparison.seChange ** 2);
    return { estimate, changeTreatment, changeComparison, se, seBasis: 'changes' };
  }
  const levels = [treatment.before.se, treatment.after.se, comparison.before.se, comparison.after.se];
  if (levels.every((s): s is number => s !== undefined)) {
    const se = Math.sqrt(levels.reduce((sum, s) => sum + s * s, 0));
    return { estimate, changeTreatment, changeComparison, se, seBasis: 'independent-waves' };
  }
  return { estimate, changeTreatment, changeComparison, se: null, seBasis: null };
}
