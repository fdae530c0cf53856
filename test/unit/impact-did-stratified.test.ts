import { describe, expect, it } from 'vitest';
import type { DidObservation } from '../../shared/domain/impact/did';
import { differenceInDifferences } from '../../shared/domain/impact/did';
import { stratifiedDifferenceInDifferences } from '../../shared/domain/impact/did-stratified';
import { studentTQuantile } from '../../shared/domain/impact/student-t';

const unit = (
  unitId: string,
  group: DidObservation['group'],
  desil: number | null,
  kecamatan: string | null,
  baseline: number,
  followUp: number | null,
): DidObservation => ({ unitId, group, desil, kecamatan, baseline, followUp });

// Matched by desil and kecamatan.
// Stratum A (desil 1, WARU):  T 10→14 (+4), 10→16 (+6)        ΔT = 5, s²T = 2 (SS 2, df 1)
//                             C 10→11 (+1), 10→13 (+3)        ΔC = 2, s²C = 2 (SS 2, df 1)   DiD_A = 3
// Stratum B (desil 2, WARU):  T 20→22, 20→24, 20→26 (+2,+4,+6) ΔT = 4, s²T = 8/2 = 4 (df 2)
//                             C 20→21, 20→23 (+1, +3)          ΔC = 2, s²C = 2 (df 1)        DiD_B = 2
// Stratum C (desil 1, SEDATI): one treated family, no comparison → dropped.
// Stratum D (desil 3, WARU):   one comparison family, no treated → dropped.
// Also: a treated family without desil (cannot be matched) and one without follow-up.
const FAMILIES: DidObservation[] = [
  unit('a1', 'treatment', 1, 'WARU', 10, 14),
  unit('a2', 'treatment', 1, 'WARU', 10, 16),
  unit('a3', 'comparison', 1, 'WARU', 10, 11),
  unit('a4', 'comparison', 1, 'WARU', 10, 13),
  unit('b1', 'treatment', 2, 'WARU', 20, 22),
  unit('b2', 'treatment', 2, 'WARU', 20, 24),
  unit('b3', 'treatment', 2, 'WARU', 20, 26),
  unit('b4', 'comparison', 2, 'WARU', 20, 21),
  unit('b5', 'comparison', 2, 'WARU', 20, 23),
  unit('c1', 'treatment', 1, 'SEDATI', 5, 9),
  unit('d1', 'comparison', 3, 'WARU', 30, 30),
  unit('x1', 'treatment', null, 'WARU', 10, 12),
  unit('x2', 'treatment', 1, 'WARU', 10, null),
];

describe('stratifiedDifferenceInDifferences', () => {
  it('combines within-stratum DiDs weighted by treated units and reports what was dropped', () => {
    const r = stratifiedDifferenceInDifferences(FAMILIES, { matchBy: ['desil', 'kecamatan'], minGroupSize: 1 });
    // Weights: nT = 2 + 3 = 5 → A 2/5 = 0.4, B 3/5 = 0.6. Estimate = 0.4·3 + 0.6·2 = 2.4.
    expect(r.strata.map((s) => [s.desil, s.kecamatan, s.weight, s.did])).toEqual([
      [1, 'WARU', 0.4, 3],
      [2, 'WARU', 0.6, 2],
    ]);
    expect(r.estimate).toBeCloseTo(2.4, 12);
    // Var = 0.4²·(2/2 + 2/2) + 0.6²·(4/3 + 2/2) = 0.32 + 0.84 = 1.16; SE = √1.16 = 1.077033.
    expect(r.se).toBeCloseTo(Math.sqrt(1.16), 12);
    // Components 0.16 (df 1), 0.16 (df 1), 0.48 (df 2), 0.36 (df 1):
    // df = 1.16² / (0.16² + 0.16² + 0.48²/2 + 0.36²) = 1.3456 / 0.296 = 4.545946.
    expect(r.df).toBeCloseTo(1.3456 / 0.296, 10);
    const t = studentTQuantile(0.975, 1.3456 / 0.296);
    expect(r.ci95?.low).toBeCloseTo(2.4 - t * Math.sqrt(1.16), 12);
    // Treated-weighted group means: T before 0.4·10 + 0.6·20 = 16, after 0.4·15 + 0.6·24 = 20.4;
    // C before 16, after 0.4·12 + 0.6·22 = 18 → (20.4 − 16) − (18 − 16) = 2.4, the same estimate.
    expect(r.treatment.meanBefore).toBeCloseTo(16, 12);
    expect(r.treatment.meanAfter).toBeCloseTo(20.4, 12);
    expect(r.comparison.meanBefore).toBeCloseTo(16, 12);
    expect(r.comparison.meanAfter).toBeCloseTo(18, 12);
    expect(r.treatment).toMatchObject({
      n: 5,
      droppedMissingFollowUp: 1,
      droppedMissingBaseline: 0,
      droppedMissingStratum: 1,
      droppedUnmatched: 1,
      varianceMethod: 'per-stratum',
    });
    expect(r.comparison).toMatchObject({ n: 4, droppedMissingStratum: 0, droppedUnmatched: 1 });
    expect(r.droppedStrata.map((s) => [s.desil, s.kecamatan, s.nTreatment, s.nComparison])).toEqual([
      [1, 'SEDATI', 1, 0],
      [3, 'WARU', 0, 1],
    ]);
    expect(r.warning).toBeNull();
  });

  it('differs from the unmatched DiD when groups sit in different strata', () => {
    // Matching on desil only merges SEDATI into stratum desil 1: T changes +4, +6, +4 (ΔT = 14/3).
    const r = stratifiedDifferenceInDifferences(FAMILIES, { matchBy: ['desil'], minGroupSize: 1 });
    // Weights 3/6 and 3/6: 0.5·(14/3 − 2) + 0.5·(4 − 2) = 0.5·8/3 + 1 = 7/3.
    expect(r.estimate).toBeCloseTo(7 / 3, 12);
    expect(r.droppedStrata.map((s) => s.desil)).toEqual([3]);
  });

  it('pools the variance of a group when a used cell has a single unit', () => {
    // desil 1: T +4, +6 (Δ 5, s² 2); C +2 alone (Δ 2).   DiD 3
    // desil 2: T +1, +3 (Δ 2, s² 2); C 0, +2, +4 (Δ 2, SS 8). DiD 0
    const data: DidObservation[] = [
      unit('t1', 'treatment', 1, null, 0, 4),
      unit('t2', 'treatment', 1, null, 0, 6),
      unit('c1', 'comparison', 1, null, 0, 2),
      unit('t3', 'treatment', 2, null, 0, 1),
      unit('t4', 'treatment', 2, null, 0, 3),
      unit('c2', 'comparison', 2, null, 0, 0),
      unit('c3', 'comparison', 2, null, 0, 2),
      unit('c4', 'comparison', 2, null, 0, 4),
    ];
    const r = stratifiedDifferenceInDifferences(data, { matchBy: ['desil'], minGroupSize: 30 });
    // Weights 0.5, 0.5: estimate 0.5·3 + 0.5·0 = 1.5.
    expect(r.estimate).toBeCloseTo(1.5, 12);
    // Treatment per stratum: 0.25·2/2 = 0.25 (df 1) twice.
    // Comparison pooled: s²p = (0 + 8) / (0 + 2) = 4; factor Σw²/n = 0.25/1 + 0.25/3 = 1/3 → 4/3 (df 2).
    // Var = 0.25 + 0.25 + 4/3 = 11/6; SE = √(11/6) = 1.354006.
    expect(r.treatment.varianceMethod).toBe('per-stratum');
    expect(r.comparison.varianceMethod).toBe('pooled');
    expect(r.se).toBeCloseTo(Math.sqrt(11 / 6), 12);
    // df = (11/6)² / (0.25² + 0.25² + (4/3)²/2) = (121/36) / (1/8 + 8/9) = (121/36)/(73/72) = 242/73.
    expect(r.df).toBeCloseTo(242 / 73, 10);
    // Four treated and four comparison units are below 30: flagged, estimate still returned.
    expect(r.warning).toBe('SMALL_GROUPS');
  });

  it('equals the plain DiD when everyone is in one stratum', () => {
    // Only the WARU units with desil 1 or 2 and both waves, all put in kecamatan ' WARU ' (trimmed).
    const one = FAMILIES.filter((f) => f.kecamatan === 'WARU' && f.followUp !== null && typeof f.desil === 'number' && f.desil < 3).map((f) => ({
      ...f,
      kecamatan: ' WARU ',
    }));
    const stratified = stratifiedDifferenceInDifferences(one, { matchBy: ['kecamatan'], minGroupSize: 1 });
    const plain = differenceInDifferences(one, { minGroupSize: 1 });
    expect(stratified.strata).toHaveLength(1);
    expect(stratified.strata[0]?.kecamatan).toBe('WARU');
    expect(stratified.estimate).toBeCloseTo(plain.estimate as number, 12);
    expect(stratified.se).toBeCloseTo(plain.se as number, 12);
    expect(stratified.df).toBeCloseTo(plain.df as number, 10);
  });

  it('has no estimate when no stratum holds both groups', () => {
    const r = stratifiedDifferenceInDifferences(
      [unit('t', 'treatment', 1, 'WARU', 1, 2), unit('c', 'comparison', 2, 'WARU', 1, 2)],
      { matchBy: ['desil', 'kecamatan'] },
    );
    expect(r.estimate).toBeNull();
    expect(r.se).toBeNull();
    expect(r.droppedStrata).toHaveLength(2);
    expect(r.warning).toBe('SMALL_GROUPS');
  });
});
