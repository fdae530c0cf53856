import { describe, expect, it } from 'vitest';
import { kemendagriCodeOf, matchStatisticsHeader, poorCountScale, readDecimal, readPovertyPeriod } from '../../shared/domain/statistics-import';
import { buildSurveyMatcher, isBinaryUnit, readSurveyValue } from '../../shared/domain/survey-import';

describe('BPS table values', () => {
  it('reads decimals with comma or dot, and thousands groups where the figure is whole', () => {
    expect(readDecimal('10,20')).toBe(10.2);
    expect(readDecimal('10.20')).toBe(10.2);
    expect(readDecimal('4 056,10')).toBe(4056.1);
    expect(readDecimal('4.056,10')).toBe(4056.1);
    expect(readDecimal('4,056.10')).toBe(4056.1);
    expect(readDecimal('486.168', true)).toBe(486168);
    expect(readDecimal('486.168')).toBe(486.168);
    expect(readDecimal('1.234.567')).toBe(1234567);
    expect(readDecimal(9.79)).toBe(9.79);
    expect(readDecimal('12O')).toBeNull();
    expect(readDecimal('')).toBeNull();
  });

  it('reads periods BPS publishes (March, September) in the spellings tables use', () => {
    expect(readPovertyPeriod(2024, 'Maret', true)).toBe('2024-03');
    expect(readPovertyPeriod('2024', 'SEPTEMBER', true)).toBe('2024-09');
    expect(readPovertyPeriod(2024, '03', true)).toBe('2024-03');
    expect(readPovertyPeriod(2024, 9, true)).toBe('2024-09');
    expect(readPovertyPeriod(null, 'Maret 2024', true)).toBe('2024-03');
    expect(readPovertyPeriod(null, '2019-09', true)).toBe('2019-09');
    expect(readPovertyPeriod(2023, 'Semester II', true)).toBe('2023-09');
    expect(readPovertyPeriod(2024, new Date(Date.UTC(2024, 2, 1)), true)).toBe('2024-03');
    // Kab/kota tables without a month column are annual March figures.
    expect(readPovertyPeriod(2024, null, false)).toBe('2024-03');
    expect(readPovertyPeriod(2024, 'Juni', true)).toBeNull();
    expect(readPovertyPeriod(2024, null, true)).toBeNull();
    expect(readPovertyPeriod(2023, 'Maret 2024', true)).toBeNull();
    expect(readPovertyPeriod('24', 'Maret', true)).toBeNull();
  });

  it('maps BPS province and kab/kota codes to Kemendagri codes, never longer BPS codes', () => {
    expect(kemendagriCodeOf(35)).toBe('35');
    expect(kemendagriCodeOf('3515')).toBe('35.15');
    expect(kemendagriCodeOf('35.15.08')).toBe('35.15.08');
    expect(kemendagriCodeOf('3515010')).toBeNull();
    expect(kemendagriCodeOf('35.15.08.2001')).toBeNull();
  });

  it('recognises header spellings and decides the thousands scale from the header text', () => {
    expect(matchStatisticsHeader('PERSENTASE PENDUDUK MISKIN (%)')?.field).toBe('p0');
    expect(matchStatisticsHeader('Jumlah Penduduk Miskin (Ribu Jiwa)')?.field).toBe('poorCount');
    expect(matchStatisticsHeader('GK (Rp/Kapita/Bulan)')?.field).toBe('povertyLine');
    expect(matchStatisticsHeader('KODE KEMENDAGRI')?.field).toBe('areaCode');
    expect(matchStatisticsHeader('KABUPATEN/KOTA')?.field).toBe('areaName');
    expect(matchStatisticsHeader('Indeks Keparahan Kemiskinan (P2)')?.field).toBe('p2');
    expect(poorCountScale('JUMLAH PENDUDUK MISKIN (RIBU JIWA)')).toBe(1000);
    expect(poorCountScale('JUMLAH PENDUDUK MISKIN (JIWA)')).toBe(1);
  });
});

describe('survey values', () => {
  const matcher = buildSurveyMatcher([
    { code: 'KONSUMSI_KAPITA', name: 'Pengeluaran konsumsi per kapita per bulan', level: 'family', binary: false },
    { code: 'SEKOLAH_7_15', name: 'Anak 7–15 tahun bersekolah', level: 'member', binary: true },
  ]);

  it('matches indicator columns by code or name, ignoring case and spaces; identity columns by alias', () => {
    expect(matcher.indicatorOf('konsumsi kapita')?.code).toBe('KONSUMSI_KAPITA');
    expect(matcher.indicatorOf('KONSUMSI_KAPITA')?.code).toBe('KONSUMSI_KAPITA');
    expect(matcher.indicatorOf('Anak 7-15 Tahun Bersekolah')?.code).toBe('SEKOLAH_7_15');
    expect(matcher.indicatorOf('NAMA')).toBeNull();
    expect(matcher.match('NO. KK')?.field).toBe('kk');
    expect(matcher.match('SEKOLAH_7_15')?.field).toBe('indicator');
  });

  it('reads numbers with comma decimals, and YA/TIDAK for 0/1 indicators only', () => {
    expect(isBinaryUnit('1 = bersekolah, 0 = tidak')).toBe(true);
    expect(isBinaryUnit('Rp/kapita/bulan')).toBe(false);
    expect(readSurveyValue('12,5', false)).toBe(12.5);
    expect(readSurveyValue('1.250.000', false)).toBe(1_250_000);
    expect(readSurveyValue('YA', true)).toBe(1);
    expect(readSurveyValue('tidak', true)).toBe(0);
    expect(readSurveyValue('YA', false)).toBeNull();
    expect(readSurveyValue(2, true)).toBeNull();
    expect(readSurveyValue('MUNGKIN', true)).toBeNull();
  });
});
