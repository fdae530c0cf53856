import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { asExcelShowsIt } from '../../electron/imports/error-workbook';
import { detectHeader, isNumberingRow, isTotalsRow } from '../../electron/imports/header';
import { autoMap, shapeSignature } from '../../electron/imports/mapping';
import { countFilledRows, csvDelimiter, flatten, type SheetRow } from '../../electron/imports/reader';

const rows = (...cells: (string | number | null)[][]): SheetRow[] => cells.map((c, i) => ({ row: i + 1, cells: c }));

describe('header detection', () => {
  it('passes over title rows and takes the row naming the most fields', () => {
    const found = detectHeader(
      rows(
        ['DAFTAR KPM PKH TAHAP III TAHUN 2024', null, null],
        ['KABUPATEN SIDOARJO'],
        ['NO', 'NIK', 'NAMA', 'ALAMAT', null, null],
        [1, 2, 3, 4],
        [1, '3515144508680002', 'SITI AMINAH', 'DUSUN KRAJAN'],
      ),
    )!;
    expect(found).toMatchObject({ headerRow: 3, headers: ['NO', 'NIK', 'NAMA', 'ALAMAT'], skipRows: [4], looksLikeData: true });
    expect(autoMap(found.matches)).toEqual({ nik: 1, name: 2, address: 3 });
  });

  it('does not take a summary table for data, and finds no header in prose', () => {
    expect(detectHeader(rows(['NO', 'KECAMATAN', 'JUMLAH KPM', 'NOMINAL'], [1, 'WARU', 3, 100]))?.looksLikeData).toBe(false);
    expect(detectHeader(rows(['Catatan rapat'], ['Hadir', 12], ['STATUS']))).toBeNull();
    expect(detectHeader([])).toBeNull();
  });

  it('does not swallow the first data row as a second header row', () => {
    const found = detectHeader(rows(['NIK', 'NAMA', 'KET'], ['3515144508680002', 'SITI', 'LANSIA']))!;
    expect(found.headers).toEqual(['NIK', 'NAMA', 'KET']);
    expect(found.skipRows).toEqual([]);
  });

  it('knows a numbering row and a totals row', () => {
    expect(isNumberingRow([1, 2, 3, 4, 5])).toBe(true);
    expect(isNumberingRow(['(1)', '(2)', '(3)', null, '(4)'])).toBe(true);
    expect(isNumberingRow([1, 2])).toBe(false);
    expect(isNumberingRow([1, 3, 4])).toBe(false);
    expect(isNumberingRow([1, '3515144508680002', 3])).toBe(false);
    expect(isTotalsRow(['JUMLAH', null, null, 9_750_000], [1, 2])).toBe(true);
    expect(isTotalsRow([null, 'Total KPM', null, 15], [0])).toBe(true);
    expect(isTotalsRow(['JUMLAH', '3515144508680002', null], [1])).toBe(false);
    expect(isTotalsRow(['SITI', null, null], [1])).toBe(false);
  });

  it('signs a file shape by its normalised header cells', () => {
    expect(shapeSignature(['No.', 'N I K', 'Nama  Penerima', '', 'Kec.'])).toBe('NO|NIK|NAMA PENERIMA||KEC');
    expect(shapeSignature(Array.from({ length: 400 }, (_, i) => `KOLOM TAMBAHAN NOMOR ${i}`))).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('cells and rows as files hold them', () => {
  it('flattens rich text, formula results, hyperlinks and errors to what the cell shows', () => {
    expect(flatten({ richText: [{ text: '3515' }, { text: '144508680002' }] })).toBe('3515144508680002');
    expect(flatten({ formula: 'A1*2', result: 750000 })).toBe(750000);
    expect(flatten({ sharedFormula: 'A1', result: 'SITI' })).toBe('SITI');
    expect(flatten({ text: 'SITI', hyperlink: 'mailto:x' })).toBe('SITI');
    expect(flatten({ error: '#N/A' })).toBe('#N/A');
    expect(flatten('')).toBeNull();
    expect(flatten(3515144508680000)).toBe(3515144508680000);
  });

  it('counts the sheet rows that hold a value, across chunk boundaries', async () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2" s="3" customFormat="1"/>' +
      '<row r="3"><c r="A3" s="1"/></row><row r="4"><c r="B4" t="inlineStr"><is><t>x</t></is></c></row>' +
      '<row r="5" spans="1:2"><c r="A5"><v>5</v></c><c r="B5"><v>6</v></c></row></sheetData></worksheet>';
    for (const size of [1, 3, 7, 64, xml.length]) {
      const chunks = xml.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g'))!;
      expect(await countFilledRows(Readable.from(chunks)), `chunks of ${size}`).toBe(3);
    }
  });

  it('detects the CSV delimiter over the first lines, past a title line', () => {
    expect(csvDelimiter('DAFTAR PENERIMA\nNIK;NAMA;DESA\n1;2;3\n')).toBe(';');
    expect(csvDelimiter('NIK,NAMA\n3515144508680002,"SITI; AMINAH"\n')).toBe(',');
  });

  it('writes a number that lost its digits the way Excel showed it', () => {
    expect(asExcelShowsIt(3515144508680000)).toBe('3.51514E+15');
    expect(asExcelShowsIt(3510000000000000)).toBe('3.51E+15');
    expect(asExcelShowsIt(12345)).toBe('12345');
  });
});
