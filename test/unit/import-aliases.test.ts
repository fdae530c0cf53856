import { describe, expect, it } from 'vitest';
import { knownHeaderSpellings, matchHeader, normalizeHeader, STATUS_ALIASES, statusKey } from '../../shared/domain/import-aliases';
import { readAmount, readCount, readDesil } from '../../shared/domain/import-values';
import { REGISTER_FIELDS, type ImportField } from '../../shared/domain/imports';

describe('normalizeHeader', () => {
  it.each([
    ['N I K', 'NIK'],
    ['No. KK', 'NO KK'],
    ['  nama   penerima ', 'NAMA PENERIMA'],
    ['KEC.', 'KEC'],
    ['L / P', 'L/P'],
    ['Desa / Kel.', 'DESA/KEL'],
    ['TGL LAHIR (DD-MM-YYYY)', 'TGL LAHIR'],
    ['NOMINAL\n(Rp)', 'NOMINAL'],
    ['N O K K', 'NOKK'],
  ])('%j → %j', (raw, key) => expect(normalizeHeader(raw)).toBe(key));
});

describe('the alias table', () => {
  // Every spelling DOMAIN.md lists, and what it means.
  const DOMAIN_SPELLINGS: [string, ImportField, boolean?][] = [
    ['NIK', 'nik'], ['N I K', 'nik'], ['NIK PENGURUS', 'nik', true], ['NOMOR NIK', 'nik'],
    ['NO KK', 'kk'], ['NO. KK', 'kk'], ['NOKK', 'kk'], ['NOMOR KK', 'kk'], ['NOMOR KARTU KELUARGA', 'kk'],
    ['NAMA', 'name'], ['NAMA PENERIMA', 'name'], ['NAMA PENGURUS', 'name', true],
    ['TGL LAHIR', 'birthDate'], ['TANGGAL LAHIR', 'birthDate'],
    ['JENIS KELAMIN', 'sex'], ['L/P', 'sex'], ['JK', 'sex'],
    ['DESA/KELURAHAN', 'desa'], ['KELURAHAN/DESA', 'desa'], ['DESA/KEL', 'desa'], ['KELURAHAN', 'desa'], ['DESA/KELUARAHAN', 'desa'],
    ['KECAMATAN', 'kecamatan'], ['KEC.', 'kecamatan'],
    ['NAMA IBU KANDUNG', 'motherName'], ['ID DTKS', 'dtksId'], ['ID ART', 'dtksId'], ['HUBUNGAN KELUARGA', 'relationship'],
    ['DESIL', 'desil'], ['NOMINAL', 'nominal'], ['STATUS', 'status'],
    ['HAMIL', 'compHamil'], ['AUD', 'compAud'], ['SD', 'compSd'], ['SMP', 'compSmp'], ['SMA', 'compSma'],
    ['DISABIL', 'compDisabil'], ['LANSIA', 'compLansia'], ['HAM', 'compHam'],
  ];
  it.each(DOMAIN_SPELLINGS)('%s → %s', (spelling, field, pengurus) => {
    const match = matchHeader(spelling);
    expect(match?.field).toBe(field);
    expect(match?.pengurus === true).toBe(pengurus === true);
  });

  it('leaves columns the register does not keep unmapped', () => {
    for (const header of ['NO', 'NO.', 'JML KOMPONEN', 'KETERANGAN', 'KABUPATEN', '', 'DAFTAR KPM PKH TAHAP III']) {
      expect(matchHeader(header), header).toBeNull();
    }
  });

  it('gives every spelling one meaning, and knows a spelling for every field', () => {
    const spellings = knownHeaderSpellings();
    expect(new Set(spellings).size).toBe(spellings.length);
    const fields = new Set(spellings.map((s) => matchHeader(s)!.field));
    expect([...fields].sort()).toEqual([...REGISTER_FIELDS].sort());
  });

  it('prefers the plain NIK column over NIK PENGURUS, and ID DTKS over ID ART', () => {
    expect(matchHeader('NIK')!.rank).toBeLessThan(matchHeader('NIK PENGURUS')!.rank);
    expect(matchHeader('ID DTKS')!.rank).toBeLessThan(matchHeader('ID ART')!.rank);
  });

  it('reads status spellings whatever their case and punctuation', () => {
    expect(STATUS_ALIASES.get(statusKey('Tidak-Aktif'))).toBe('ditangguhkan');
    expect(STATUS_ALIASES.get(statusKey('graduasi  mandiri'))).toBe('graduasi_sejahtera_mandiri');
    expect(STATUS_ALIASES.get(statusKey('Meninggal Dunia'))).toBe('meninggal');
    expect(STATUS_ALIASES.get(statusKey('GRADUASI'))).toBeUndefined();
  });
});

describe('value readers', () => {
  it.each([
    [750000, 750000],
    ['750000', 750000],
    ['750.000', 750000],
    ['Rp 750.000,00', 750000],
    ['Rp. 1.250.000', 1250000],
    ['750,000.00', 750000],
    ["'975000", 975000],
    ['750,5', null],
    ['7,5 juta', null],
    [750000.5, null],
    [-5, null],
    ['', null],
  ])('readAmount(%j) = %j', (raw, value) => expect(readAmount(raw)).toBe(value));

  it('reads component counts: blanks and dashes are 0, anything else but a small whole number is unreadable', () => {
    expect([null, '', '-', 0, 2, '3', ' 1 '].map(readCount)).toEqual([0, 0, 0, 0, 2, 3, 1]);
    expect(['dua', 1.5, -1, '100'].map(readCount)).toEqual([null, null, null, null]);
  });

  it('reads desil 1–10 only', () => {
    expect([1, '4', 'Desil 3', '10'].map(readDesil)).toEqual([1, 4, 3, 10]);
    expect([0, 11, '2.5', 'empat', ''].map(readDesil)).toEqual([null, null, null, null, null]);
  });
});
