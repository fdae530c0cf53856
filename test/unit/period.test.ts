import { describe, expect, it } from 'vitest';
import {
  formatPeriodCode,
  parsePeriod,
  periodEnd,
  periodOfDate,
  periodStart,
  periodText,
  previousPeriod,
  tahapLabel,
  triwulanLabel,
} from '../../shared/domain/period';

describe('periods (tahap = quarter)', () => {
  it('parses and writes `2024-Q3`, and refuses other shapes', () => {
    expect(parsePeriod('2024-Q3')).toEqual({ year: 2024, quarter: 3 });
    expect(parsePeriod('2024-Q5')).toBeNull();
    expect(parsePeriod('2024/3')).toBeNull();
    expect(formatPeriodCode({ year: 2025, quarter: 1 })).toBe('2025-Q1');
  });

  it('maps dates to tahap I–IV and back to their first and last days', () => {
    expect(periodOfDate('2024-03-31')).toEqual({ year: 2024, quarter: 1 });
    expect(periodOfDate('2024-04-01')).toEqual({ year: 2024, quarter: 2 });
    expect(periodStart({ year: 2024, quarter: 3 })).toBe('2024-07-01');
    expect(periodEnd({ year: 2024, quarter: 3 })).toBe('2024-09-30');
    expect(periodEnd({ year: 2024, quarter: 1 })).toBe('2024-03-31');
    expect(periodEnd({ year: 2024, quarter: 4 })).toBe('2024-12-31');
  });

  it('steps back across a year boundary', () => {
    expect(previousPeriod({ year: 2025, quarter: 1 })).toEqual({ year: 2024, quarter: 4 });
    expect(previousPeriod({ year: 2025, quarter: 3 })).toEqual({ year: 2025, quarter: 2 });
  });

  it('names periods the way offices write them', () => {
    expect(tahapLabel({ year: 2024, quarter: 3 })).toBe('Tahap III 2024');
    expect(triwulanLabel({ year: 2024, quarter: 3 })).toBe('Triwulan III Tahun 2024');
    expect(periodText('2024-Q4')).toBe('Tahap IV 2024');
    expect(periodText(null)).toBe('—');
    expect(periodText('lainnya')).toBe('lainnya');
  });
});
