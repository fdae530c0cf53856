import { describe, expect, it } from 'vitest';
import { beforeAfter, NOT_CAUSAL_LABEL_KEY } from '../../shared/domain/impact/before-after';

// Six families; E has no follow-up, F has no baseline (entered after the baseline survey).
//   A 2 → 5 (+3)   B 4 → 5 (+1)   C 3 → 7 (+4)   D 5 → 5 (0)   E 6 → –   F – → 4
const FAMILIES = [
  { unitId: 'A', baseline: 2, followUp: 5 },
  { unitId: 'B', baseline: 4, followUp: 5 },
  { unitId: 'C', baseline: 3, followUp: 7 },
  { unitId: 'D', baseline: 5, followUp: 5 },
  { unitId: 'E', baseline: 6, followUp: null },
  { unitId: 'F', baseline: null, followUp: 4 },
];

describe('beforeAfter', () => {
  it('pairs units, drops and counts incomplete ones, and computes the paired mean, SE and t interval', () => {
    const r = beforeAfter(FAMILIES, { minGroupSize: 4 });
    // n = 4 (A–D). Changes 3, 1, 4, 0: mean = 8/4 = 2.
    expect(r.n).toBe(4);
    expect(r.droppedMissingFollowUp).toBe(1);
    expect(r.droppedMissingBaseline).toBe(1);
    expect(r.estimate).toBe(2);
    // Means over the same four families: before (2+4+3+5)/4 = 3.5, after (5+5+7+5)/4 = 5.5.
    expect(r.meanBefore).toBe(3.5);
    expect(r.meanAfter).toBe(5.5);
    // Deviations 1, −1, 2, −2 → SS = 10; s² = 10/3; SE = √(10/3 / 4) = √(5/6) = 0.912871.
    expect(r.se).toBeCloseTo(Math.sqrt(5 / 6), 12);
    expect(r.se).toBeCloseTo(0.912871, 6);
    expect(r.df).toBe(3);
    // t(0.975, 3) = 3.182446 → half-width 3.182446 · 0.912871 = 2.905162 → [−0.905162, 4.905162].
    expect(r.ci95?.low).toBeCloseTo(-0.905162, 5);
    expect(r.ci95?.high).toBeCloseTo(4.905162, 5);
    expect(r.warning).toBeNull();
  });

  it('is never causal and says so', () => {
    const r = beforeAfter(FAMILIES);
    expect(r.causal).toBe(false);
    expect(r.labelKey).toBe(NOT_CAUSAL_LABEL_KEY);
  });

  it('flags fewer than the minimum (default 30) but still returns the estimate', () => {
    const r = beforeAfter(FAMILIES);
    expect(r.warning).toBe('SMALL_GROUPS');
    expect(r.estimate).toBe(2);
  });

  it('has no interval for a single pair, and nothing at all without pairs', () => {
    const one = beforeAfter([{ unitId: 'A', baseline: 2, followUp: 5 }], { minGroupSize: 1 });
    expect(one.estimate).toBe(3);
    expect(one.se).toBeNull();
    expect(one.ci95).toBeNull();
    expect(one.warning).toBe('NO_INTERVAL');
    const none = beforeAfter([{ unitId: 'E', baseline: 6, followUp: Number.NaN }]);
    expect(none.n).toBe(0);
    expect(none.droppedMissingFollowUp).toBe(1);
    expect(none.estimate).toBeNull();
    expect(none.warning).toBe('SMALL_GROUPS');
  });

  it('refuses a unit listed twice', () => {
    expect(() => beforeAfter([FAMILIES[0]!, FAMILIES[0]!])).toThrow(RangeError);
  });
});

describe('labels the estimators carry', () => {
  it('exist in both languages of the catalogue', async () => {
    const { isMessageKey, translate } = await import('../../shared/i18n');
    const { NOT_CAUSAL_LABEL_KEY } = await import('../../shared/domain/impact/before-after');
    const { DID_ASSUMPTION_LABEL_KEY } = await import('../../shared/domain/impact/did');
    for (const key of [NOT_CAUSAL_LABEL_KEY, DID_ASSUMPTION_LABEL_KEY, 'impact.warning.SMALL_GROUPS', 'impact.warning.NO_INTERVAL']) {
      expect(isMessageKey(key)).toBe(true);
      if (!isMessageKey(key)) continue;
      expect(translate('id', key)).not.toBe(translate('en', key));
    }
    expect(translate('id', NOT_CAUSAL_LABEL_KEY)).toContain('bukan bukti sebab-akibat');
  });
});
