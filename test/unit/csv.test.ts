import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv, parseCsvRecords } from '../../shared/csv';

describe('parseCsv', () => {
  it('reads plain comma-separated rows', () => {
    expect(parseCsv('NIK,NAMA\n3515144508680002,SITI AMINAH\n')).toEqual([
      ['NIK', 'NAMA'],
      ['3515144508680002', 'SITI AMINAH'],
    ]);
  });

  it('keeps delimiters, doubled quotes and line breaks inside quoted fields', () => {
    const text = 'NAMA,ALAMAT,CATATAN\n"SUMARNO, S.Pd","Jl. Mawar ""Indah"" No. 5","baris satu\nbaris dua"\n';
    expect(parseCsv(text)).toEqual([
      ['NAMA', 'ALAMAT', 'CATATAN'],
      ['SUMARNO, S.Pd', 'Jl. Mawar "Indah" No. 5', 'baris satu\nbaris dua'],
    ]);
  });

  it('reads semicolon exports, detecting the delimiter from the header line', () => {
    const text = 'NO;NIK;NAMA;NOMINAL\n1;3515144508680002;"SITI; AMINAH";750.000\n';
    expect(detectDelimiter(text)).toBe(';');
    expect(parseCsv(text)).toEqual([
      ['NO', 'NIK', 'NAMA', 'NOMINAL'],
      ['1', '3515144508680002', 'SITI; AMINAH', '750.000'],
    ]);
  });

  it('prefers the delimiter of the header even when data rows use the other character', () => {
    expect(detectDelimiter('NIK,NAMA\n1;2;3;4;5\n')).toBe(',');
    expect(detectDelimiter('A;B;C\n"1,5",2,3')).toBe(';');
    expect(detectDelimiter('')).toBe(',');
  });

  it('accepts CRLF and bare CR line ends, and no final line end', () => {
    expect(parseCsv('A,B\r\n1,2\r\n3,4')).toEqual([
      ['A', 'B'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseCsv('A,B\r1,2\r')).toEqual([
      ['A', 'B'],
      ['1', '2'],
    ]);
    expect(parseCsv('"x\r\ny",z\r\n')).toEqual([['x\r\ny', 'z']]);
  });

  it('drops the byte order mark Excel writes before the header', () => {
    const rows = parseCsv('\uFEFFNIK;NAMA\r\n3515144508680002;SITI\r\n');
    expect(rows[0]).toEqual(['NIK', 'NAMA']);
    expect(rows[0]![0]!.charCodeAt(0)).toBe('N'.charCodeAt(0));
    expect(rows).toHaveLength(2);
  });

  it('keeps empty fields, including a quoted empty one and a trailing one', () => {
    expect(parseCsv('a,,"",d,\n')).toEqual([['a', '', '', 'd', '']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('uses the delimiter it is given', () => {
    expect(parseCsv('a;b,c\n', ',')).toEqual([['a;b', 'c']]);
    expect(parseCsv('a;b,c\n', ';')).toEqual([['a', 'b,c']]);
  });
});

describe('parseCsvRecords', () => {
  it('keys each row by the header and fills short rows with empty strings', () => {
    const text = '\uFEFFcode;name;parent\r\n35.15;Kabupaten Sidoarjo;35\r\n35.78;Kota Surabaya\r\n';
    expect(parseCsvRecords(text)).toEqual([
      { code: '35.15', name: 'Kabupaten Sidoarjo', parent: '35' },
      { code: '35.78', name: 'Kota Surabaya', parent: '' },
    ]);
  });

  it('returns no records for an empty file or a header alone', () => {
    expect(parseCsvRecords('')).toEqual([]);
    expect(parseCsvRecords('NIK,NAMA\r\n')).toEqual([]);
  });
});
