import { describe, expect, it } from 'vitest';
import { didFromGroupMeans, differenceOfIndependentMeans } from '../../shared/domain/impact/did-summary';

/**
 * Published difference-in-differences table:
 *   David Card and Alan B. Krueger (1994), "Minimum Wages and Employment: A Case Study of the
 *   Fast-Food Industry in New Jersey and Pennsylvania", American Economic Review 84(4), 772–793,
 *   Table 3, "Average employment per store before and after rise in New Jersey minimum wage",
 *   columns (i) PA, (ii) NJ, (iii) difference NJ − PA; mean FTE employment, SEs in parentheses.
 *
 *   row 1, before:                          PA 23.33 (1.35)   NJ 20.44 (0.51)   NJ−PA −2.89 (1.44)
 *   row 2, after:                           PA 21.17 (0.94)   NJ 21.03 (0.52)   NJ−PA −0.14 (1.07)
 *   row 3, change in mean FTE employment:   PA −2.16 (1.25)   NJ  0.59 (0.54)   NJ−PA  2.76 (1.36)
 *
 * New Jersey (minimum wage raised) is the treatment group, Pennsylvania the comparison.
 *
 * What is reproduced, and how exactly:
 * - Rows 1 and 2, column (iii): EXACT to the printed two decimals, estimate and SE. NJ and PA are
 *   independent samples of stores, so the SE of a difference is √(seNJ² + sePA²).
 * - The DiD SE 1.36: EXACT, from the SEs of the changes in row 3, √(0.54² + 1.25²) = 1.3617:
 *   again a difference of two independent group estimates.
 * - The DiD estimate 2.76: only APPROXIMATELY (2.75). From the printed, rounded means
 *   (21.03 − 20.44) − (21.17 − 23.33) = 0.59 + 2.16 = 2.75; the paper computes from unrounded
 *   means, and four values each rounded to ±0.005 can move the result by up to 0.02.
 * - Row 3's changes (−2.16, 0.59) are the differences of the printed wave means and are
 *   reproduced exactly. Their SEs cannot be rebuilt from the level SEs: 1.25 < √(1.35² + 0.94²)
 *   = 1.64 and 0.54 < √(0.51² + 0.52²) = 0.73, because the same stores were surveyed twice and
 *   their employment is positively correlated across waves; the covariance is not published.
 *   Treating the four level SEs as independent gives √(1.35² + 0.51² + 0.94² + 0.52²) = 1.80,
 *   not 1.36: the function labels that SE 'independent-waves' (right for repeated cross-sections
 *   only), which is why the unit-level estimator works on per-unit changes.
 * - Not used: the paper's further rows (balanced sample of stores, and temporarily closed stores
 *   counted as zero), which need the store-level data rather than the printed means.
 */
const PA = { before: { mean: 23.33, se: 1.35 }, after: { mean: 21.17, se: 0.94 } };
const NJ = { before: { mean: 20.44, se: 0.51 }, after: { mean: 21.03, se: 0.52 } };

describe('Card & Krueger (1994), Table 3', () => {
  it('reproduces the NJ − PA differences of rows 1 and 2 with their SEs', () => {
    const before = differenceOfIndependentMeans(NJ.before, PA.before);
    // 20.44 − 23.33 = −2.89; √(0.51² + 1.35²) = √(0.2601 + 1.8225) = √2.0826 = 1.4431.
    expect(before.estimate).toBeCloseTo(-2.89, 10);
    expect(before.se).toBeCloseTo(1.44, 2);
    const after = differenceOfIndependentMeans(NJ.after, PA.after);
    // 21.03 − 21.17 = −0.14; √(0.52² + 0.94²) = √(0.2704 + 0.8836) = √1.154 = 1.0742.
    expect(after.estimate).toBeCloseTo(-0.14, 10);
    expect(after.se).toBeCloseTo(1.07, 2);
  });

  it('reproduces the row-3 changes exactly and the DiD 2.76 to within rounding', () => {
    const r = didFromGroupMeans({ ...NJ, seChange: 0.54 }, { ...PA, seChange: 1.25 });
    expect(r.changeComparison).toBeCloseTo(-2.16, 10);
    expect(r.changeTreatment).toBeCloseTo(0.59, 10);
    expect(r.estimate).toBeCloseTo(2.75, 10);
    expect(Math.abs(r.estimate - 2.76)).toBeLessThanOrEqual(0.02);
    // √(0.54² + 1.25²) = √(0.2916 + 1.5625) = √1.8541 = 1.3617 → printed 1.36.
    expect(r.seBasis).toBe('changes');
    expect(r.se).toBeCloseTo(1.36, 2);
  });

  it('shows why level SEs cannot give the panel SE', () => {
    const r = didFromGroupMeans(NJ, PA);
    // √(1.8225 + 0.2601 + 0.8836 + 0.2704) = √3.2366 = 1.7991: larger than the published 1.36.
    expect(r.seBasis).toBe('independent-waves');
    expect(r.se).toBeCloseTo(1.7991, 4);
    expect(r.se as number).toBeGreaterThan(1.36);
  });

  it('has no SE without one', () => {
    const r = didFromGroupMeans({ before: { mean: 1 }, after: { mean: 2 } }, { before: { mean: 1 }, after: { mean: 1 } });
    expect(r.estimate).toBe(1);
    expect(r.se).toBeNull();
    expect(r.seBasis).toBeNull();
  });
});
