import { describe, expect, it } from 'vitest';
import { ruleNominal } from '../../shared/domain/allocation';
import type { Benefit } from '../../shared/domain/programs';

const PKH: Benefit = {
  kind: 'components',
  maxComponents: 4,
  components: [
    { code: 'AUD', name: 'Anak usia dini', amounts: [{ validFrom: '2019-01-01', amount: 2_400_000 }, { validFrom: '2020-04-01', amount: 3_000_000 }] },
    { code: 'SD', name: 'SD', amounts: [{ validFrom: '2019-01-01', amount: 900_000 }] },
    { code: 'LANSIA', name: 'Lanjut usia', amounts: [{ validFrom: '2019-01-01', amount: 2_400_000 }] },
  ],
};
const SEMBAKO: Benefit = { kind: 'flat', unit: 'month', perPerson: false, amounts: [{ validFrom: '2019-01-01', amount: 150_000 }, { validFrom: '2020-04-01', amount: 200_000 }] };
const PKH_PLUS: Benefit = { kind: 'flat', unit: 'year', perPerson: false, amounts: [{ validFrom: '2019-01-01', amount: 2_000_000 }] };

describe('tahap allocation from a program rule', () => {
  it('pays PKH per component, a quarter of the yearly amount in force at the tahap start', () => {
    // AUD 3,000,000/4 = 750,000 + SD 900,000/4 = 225,000 → 975,000 (tahap III 2024)
    expect(ruleNominal(PKH, '2024-Q3', { AUD: 1, SD: 1 })).toBe(975_000);
    // Tahap I 2020 is before the April 2020 raise: AUD 2,400,000/4 = 600,000
    expect(ruleNominal(PKH, '2020-Q1', { AUD: 1 })).toBe(600_000);
    expect(ruleNominal(PKH, '2020-Q2', { AUD: 1 })).toBe(750_000);
  });

  it('says nothing rather than guess: over the component cap, unknown component, no counts', () => {
    expect(ruleNominal(PKH, '2024-Q3', { AUD: 2, SD: 2, LANSIA: 1 })).toBeNull();
    expect(ruleNominal(PKH, '2024-Q3', { HAM: 1 })).toBeNull();
    expect(ruleNominal(PKH, '2024-Q3', null)).toBeNull();
  });

  it('pays monthly programs three months a tahap and yearly ones a quarter', () => {
    expect(ruleNominal(SEMBAKO, '2024-Q3', null)).toBe(600_000);
    expect(ruleNominal(SEMBAKO, '2019-Q4', null)).toBe(450_000);
    expect(ruleNominal(PKH_PLUS, '2024-Q3', null)).toBe(500_000);
    expect(ruleNominal({ kind: 'in_kind', note: '' }, '2024-Q3', null)).toBeNull();
  });
});
