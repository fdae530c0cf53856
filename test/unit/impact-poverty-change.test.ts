import { describe, expect, it } from 'vitest';
import { povertyChange, roundTo } from '../../shared/domain/impact/poverty-change';

// Jawa Timur (DOMAIN.md, BPS): P0 September 2019 10.20 %, March 2020 11.09 %; poor people
// 4.056 million → 4.419 million, +363.1 thousand. The +363.1 comes from the counts in thousands
// as BPS tables print them, 4,056.00 → 4,419.10; the rounded millions give 0.363 million.
describe('povertyChange', () => {
  it('gives the P0 change in points and relative terms', () => {
    const r = povertyChange({ p0: 10.2, poor: 4056.0 }, { p0: 11.09, poor: 4419.1 });
    // 11.09 − 10.20 = +0.89 points; 0.89 / 10.20 = 8.73 %.
    expect(roundTo(r.p0!.change, 2)).toBe(0.89);
    expect(r.p0!.relative).toBeCloseTo(0.89 / 10.2, 12);
    expect(roundTo(r.p0!.relative! * 100, 2)).toBe(8.73);
    // 4,419.10 − 4,056.00 = +363.10 thousand people.
    expect(roundTo(r.poor!.change, 1)).toBe(363.1);
    expect(r.povertyLine).toBeNull();
  });

  it('works in millions too, to the precision the millions carry', () => {
    const r = povertyChange({ poor: 4.056 }, { poor: 4.419 });
    // 4.419 − 4.056 = 0.363 million = 363 thousand (363.1 before rounding to millions).
    expect(roundTo(r.poor!.change, 3)).toBe(0.363);
    expect(r.p0).toBeNull();
  });

  it('reports decreases and leaves out what is missing', () => {
    // Mar 2024 9.79 → Sep 2024 9.56: −0.23 points.
    const r = povertyChange({ p0: 9.79, p1: 1.5 }, { p0: 9.56, p1: null });
    expect(roundTo(r.p0!.change, 2)).toBe(-0.23);
    expect(r.p1).toBeNull();
    expect(povertyChange({ p0: 0 }, { p0: 1 }).p0!.relative).toBeNull();
  });

  it('rounds symmetrically', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
    expect(roundTo(11.09 - 10.2, 2)).toBe(0.89);
  });
});
