import { describe, expect, it } from 'vitest';
import { normalQuantile, regularizedIncompleteBeta, studentTCdf, studentTQuantile } from '../../shared/domain/impact/student-t';

// Tabulated two-sided critical values (any statistics textbook table, e.g. NIST/SEMATECH
// e-Handbook 1.3.6.7.2), printed to three decimals.
describe('studentTQuantile', () => {
  it.each([
    [0.975, 1, 12.706],
    [0.975, 2, 4.303],
    [0.975, 3, 3.182],
    [0.975, 5, 2.571],
    [0.975, 10, 2.228],
    [0.975, 30, 2.042],
    [0.975, 120, 1.98],
    [0.975, Infinity, 1.96],
    [0.995, 10, 3.169],
    [0.95, 20, 1.725],
  ])('t(%d, %d) = %d', (p, df, expected) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 3);
  });

  it('is symmetric and inverts the CDF, also for the fractional df of Welch–Satterthwaite', () => {
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228, 3);
    expect(studentTQuantile(0.5, 7)).toBe(0);
    for (const df of [1.5, 3.3, 6.19, 47.8]) {
      expect(studentTCdf(studentTQuantile(0.975, df), df)).toBeCloseTo(0.975, 10);
    }
    // Between the tabulated neighbours: t(0.975, 6) = 2.447 > t(0.975, 6.19) > t(0.975, 7) = 2.365.
    const q = studentTQuantile(0.975, 6.19);
    expect(q).toBeLessThan(2.447);
    expect(q).toBeGreaterThan(2.365);
  });

  it('rejects p outside (0, 1) and df ≤ 0', () => {
    expect(() => studentTQuantile(0, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
  });
});

describe('studentTCdf and its building blocks', () => {
  it('matches closed forms', () => {
    // df = 1 is the Cauchy distribution: F(1) = 1/2 + atan(1)/π = 0.75.
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 12);
    expect(studentTCdf(0, 4)).toBe(0.5);
    // df = 2: F(t) = 1/2 + t / (2√(2 + t²)); t = 2 → 0.5 + 2/(2·√6) = 0.908248…
    expect(studentTCdf(2, 2)).toBeCloseTo(0.5 + 1 / Math.sqrt(6), 12);
    // I_x(1, 1) = x; I_x(a, 1) = x^a.
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(regularizedIncompleteBeta(0.6, 3, 1)).toBeCloseTo(0.216, 14);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 6);
  });
});
