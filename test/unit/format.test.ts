import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDateTime, formatNumber, formatPercent, formatPlaceDate, formatRupiah, formatSigned } from '../../shared/format';

describe('formatRupiah', () => {
  it.each([
    [1_250_000, 'Rp1.250.000'],
    [200_000, 'Rp200.000'],
    [10_800_000, 'Rp10.800.000'],
    [0, 'Rp0'],
    [999, 'Rp999'],
    [1_000, 'Rp1.000'],
    [1_250_000.5, 'Rp1.250.001'],
    [-500, '-Rp500'],
    [-1_890_000, '-Rp1.890.000'],
    [-0.4, 'Rp0'],
  ])('%d → %s', (value, expected) => {
    expect(formatRupiah(value)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2024-09-30', '30 September 2024'],
    ['2024-02-01', '1 Februari 2024'],
    ['2020-04-01', '1 April 2020'],
    ['2025-08-17', '17 Agustus 2025'],
    ['2024-12-31', '31 Desember 2024'],
    ['2024-02-29', '29 Februari 2024'],
    // A timestamp prints its calendar date, whatever the machine's time zone.
    ['2024-09-30T23:59:00Z', '30 September 2024'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it('gives back what it cannot read instead of inventing a date', () => {
    expect(formatDate('30-09-2024')).toBe('30-09-2024');
    expect(formatDate('')).toBe('');
    expect(formatDate('2024-02-30')).toBe('2024-02-30');
    expect(formatDate('2023-02-29')).toBe('2023-02-29');
  });
});

describe('formatPlaceDate', () => {
  it('writes the place and date line of a signature block', () => {
    expect(formatPlaceDate('Sidoarjo', '2024-09-30')).toBe('Sidoarjo, 30 September 2024');
    expect(formatPlaceDate('Surabaya', '2025-01-02')).toBe('Surabaya, 2 Januari 2025');
  });
});

describe('other formats', () => {
  it('formats numbers with Indonesian separators', () => {
    expect(formatNumber(1234.567)).toBe('1.234,57');
    expect(formatNumber(4_056_000)).toBe('4.056.000');
    expect(formatNumber(10.98)).toBe('10,98');
  });

  it('formats a local timestamp with day, month name and 24-hour time', () => {
    expect(formatDateTime('2024-09-30T14:05:00')).toBe('30 September 2024 14.05');
    expect(formatDateTime('bukan tanggal')).toBe('bukan tanggal');
  });

  it('formats file sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1,5 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3 MB');
  });
});

describe('percent and signed changes', () => {
  it('prints rates and changes the way BPS tables do', () => {
    expect(formatPercent(10.2)).toBe('10,20 %');
    expect(formatPercent(33.333, 1)).toBe('33,3 %');
    expect(formatSigned(0.89)).toBe('+0,89');
    expect(formatSigned(-1.25, 1)).toBe('-1,3');
    expect(formatSigned(363_100, 0)).toBe('+363.100');
    expect(formatSigned(0)).toBe('±0');
  });
});
