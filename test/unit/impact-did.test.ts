import { describe, expect, it } from 'vitest';
import { differenceInDifferences, DID_ASSUMPTION_LABEL_KEY, type DidObservation } from '../../shared/domain/impact/did';
import { studentTQuantile } from '../../shared/domain/impact/student-t';

const treated = (unitId: string, baseline: number | null, followUp: number | null): DidObservation => ({
  unitId,
  group: 'treatment',
  baseline,
  followUp,
});
const compared = (unitId: string, baseline: number | null | undefined, followUp: number | null | undefined): DidObservation => ({
  unitId,
  group: 'comparison',
  baseline,
  followUp,
});

// Unequal groups with missing follow-ups.
// Treatment, 5 families, T5 not found at follow-up → 4 pairs:
//   T1 10→14 (+4)  T2 12→18 (+6)  T3 8→13 (+5)  T4 11→16 (+5)
//   ΔT = 20/4 = 5; deviations −1, 1, 0, 0 → SS = 2, s²T = 2/3.
//   means: before 41/4 = 10.25, after 61/4 = 15.25.
// Comparison, 7 families, C6 no follow-up, C7 no baseline → 5 pairs:
//   C1 10→12 (+2)  C2 9→10 (+1)  C3 11→14 (+3)  C4 12→12 (0)  C5 8→12 (+4)
//   ΔC = 10/5 = 2; deviations 0, −1, 1, −2, 2 → SS = 10, s²C = 10/4 = 2.5.
//   means: before 50/5 = 10, after 60/5 = 12.
const PANEL: DidObservation[] = [
  treated('T1', 10, 14),
  treated('T2', 12, 18),
  treated('T3', 8, 13),
  treated('T4', 11, 16),
  treated('T5', 9, null),
  compared('C1', 10, 12),
  compared('C2', 9, 10),
  compared('C3', 11, 14),
  compared('C4', 12, 12),
  compared('C5', 8, 12),
  compared('C6', 10, undefined),
  compared('C7', Number.NaN, 11),
];

describe('differenceInDifferences (panel, two waves)', () => {
  it('computes ΔT − ΔC, the Welch SE and df, and the interval, with unequal groups and drops', () => {
    const r = differenceInDifferences(PANEL, { minGroupSize: 4 });
    expect(r.treatment).toMatchObject({ n: 4, droppedMissingFollowUp: 1, droppedMissingBaseline: 0, meanBefore: 10.25, meanAfter: 15.25, meanChange: 5 });
    expect(r.comparison).toMatchObject({ n: 5, droppedMissingFollowUp: 1, droppedMissingBaseline: 1, meanBefore: 10, meanAfter: 12, meanChange: 2 });
    expect(r.treatment.varChange).toBeCloseTo(2 / 3, 12);
    expect(r.comparison.varChange).toBeCloseTo(2.5, 12);
    // DiD = 5 − 2 = 3 = (15.25 − 10.25) − (12 − 10).
    expect(r.estimate).toBe(3);
    // Welch: s²T/nT + s²C/nC = (2/3)/4 + 2.5/5 = 1/6 + 1/2 = 2/3; SE = √(2/3) = 0.816497.
    expect(r.se).toBeCloseTo(Math.sqrt(2 / 3), 12);
    // Satterthwaite: (2/3)² / ((1/6)²/3 + (1/2)²/4) = (4/9) / (1/108 + 1/16) = (4/9)/(31/432) = 1728/279 = 6.193548.
    expect(r.df).toBeCloseTo(1728 / 279, 10);
    // The interval uses t(0.975, 6.1935…), which lies between the table's 2.447 (6 df) and 2.365 (7 df).
    const t = studentTQuantile(0.975, 1728 / 279);
    expect(t).toBeGreaterThan(2.365);
    expect(t).toBeLessThan(2.447);
    expect(r.ci95?.low).toBeCloseTo(3 - t * Math.sqrt(2 / 3), 12);
    expect(r.ci95?.high).toBeCloseTo(3 + t * Math.sqrt(2 / 3), 12);
    expect(r.warning).toBeNull();
    expect(r.labelKey).toBe(DID_ASSUMPTION_LABEL_KEY);
  });

  it('gives the HC1 SE of the regression Δy = a + b·treated', () => {
    const r = differenceInDifferences(PANEL, { minGroupSize: 4 });
    // Residual SS: 2 (treatment), 10 (comparison); N = 9.
    // HC0 = 2/4² + 10/5² = 0.125 + 0.4 = 0.525; HC1 = 0.525 · 9/7 = 0.675; SE = √0.675 = 0.821584.
    expect(r.hc1.se).toBeCloseTo(Math.sqrt(0.675), 12);
    expect(r.hc1.df).toBe(7);
    // t(0.975, 7) = 2.365 (table) → 3 ± 2.364624 · 0.821584 = 3 ± 1.942730.
    expect(r.hc1.ci95?.low).toBeCloseTo(1.05727, 4);
    expect(r.hc1.ci95?.high).toBeCloseTo(4.94273, 4);
  });

  it('flags small groups (default minimum 30) but still returns the estimate', () => {
    const r = differenceInDifferences(PANEL);
    expect(r.warning).toBe('SMALL_GROUPS');
    expect(r.estimate).toBe(3);
    // One group just under a custom minimum is enough to flag.
    expect(differenceInDifferences(PANEL, { minGroupSize: 5 }).warning).toBe('SMALL_GROUPS');
  });

  it('returns no interval when a group has a single pair, and no estimate when a group is empty', () => {
    const single = differenceInDifferences([...PANEL.slice(0, 5), compared('C1', 10, 12)], { minGroupSize: 1 });
    expect(single.estimate).toBe(5 - 2);
    expect(single.se).toBeNull();
    expect(single.ci95).toBeNull();
    expect(single.warning).toBe('NO_INTERVAL');
    const noComparison = differenceInDifferences(PANEL.slice(0, 5));
    expect(noComparison.estimate).toBeNull();
    expect(noComparison.comparison.n).toBe(0);
    expect(noComparison.warning).toBe('SMALL_GROUPS');
  });

  it('is silent with 30 pairs per group', () => {
    // Treatment changes cycle 1, 2, 3 (mean 2); comparison changes cycle 0, 1 (mean 0.5).
    const big: DidObservation[] = [];
    for (let i = 0; i < 30; i++) big.push(treated(`T${i}`, 10, 10 + (i % 3) + 1));
    for (let i = 0; i < 30; i++) big.push(compared(`C${i}`, 10, 10 + (i % 2)));
    const r = differenceInDifferences(big);
    expect(r.estimate).toBeCloseTo(1.5, 12);
    expect(r.warning).toBeNull();
  });

  it('refuses a family in both groups', () => {
    expect(() => differenceInDifferences([treated('X', 1, 2), compared('X', 1, 2)])).toThrow(RangeError);
  });
});
