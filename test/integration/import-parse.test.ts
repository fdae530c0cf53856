import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseImport, type ParseResult } from '../../electron/imports/parse';
import { inspectFile } from '../../electron/imports/inspect';
import { completeSetup } from '../../electron/settings/service';
import { isAppError } from '../../shared/errors';
import type { MappingProfile } from '../../shared/ipc/imports';
import { checksum } from '../support/db-snapshot';
import { SIDOARJO_PROFILE, call, tempApp, type TempApp } from '../support/temp-app';
import {
  FC_EXPECTED,
  FC_HEADERS,
  FC_HEADER_ROW,
  FC_SHEET,
  makeNik,
  writeCsv,
  writeFcList,
  writeLargeList,
  writeSmallCsv,
  writeSpellingVariants,
  writeWorkbook,
} from '../fixtures/workbooks';

let app: TempApp;
beforeEach(() => {
  app = tempApp();
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
});
afterEach(() => app.dispose());

const at = (name: string) => join(app.dir, name);
const parse = (filePath: string, over: { sheet?: string | null; mapping?: ParseResult['mapping'] | null } = {}) =>
  parseImport(app.svc(), { filePath, sheet: over.sheet ?? null, mapping: over.mapping ?? null });
const triples = (r: ParseResult) => r.issues.map((i) => [i.row, i.column, i.code] as const);

describe('import parse: a PKH Final Closing list in the shapes lists arrive in', () => {
  it('finds the data sheet behind the summary, the header under the title rows, and every problem at its row and column', async () => {
    const file = await writeFcList(at('fc-tahap3.xlsx'));
    const before = checksum(app.ctx.database.db);
    const r = await parse(file);

    expect(r.file).toBe('fc-tahap3.xlsx');
    expect(r.sheet).toBe(FC_SHEET);
    expect(r.headerRow).toBe(FC_HEADER_ROW);
    expect(r.headers).toEqual(FC_HEADERS);
    expect(r.mapping).toEqual({
      nik: 1, kk: 2, name: 3, birthDate: 4, sex: 5, kecamatan: 6, desa: 7, rt: 8, rw: 9, desil: 10,
      compHamil: 11, compAud: 12, compSd: 13, compSmp: 14, compSma: 15, compDisabil: 16, compLansia: 17, compHam: 18,
      nominal: 20, status: 21,
    });
    expect(r.mappingProfile).toBeNull();
    expect(triples(r)).toEqual(FC_EXPECTED);
    // Title rows, the numbering row, the blank row, JUMLAH and the signature block are not data.
    expect(r.rowsSeen).toBe(17);
    expect(r.rows.map((p) => p.row)).toEqual([6, 7, 14, 15, 17, 18]);
    expect(r.rejected.map((p) => p.row)).toEqual([8, 9, 11, 12, 13, 16, 19, 20, 21, 22, 23]);
    const warnings = r.issues.filter((i) => i.severity === 'warning').map((i) => i.code);
    expect(warnings).toEqual(['NIK_SEX_MISMATCH', 'NIK_BIRTHDATE_MISMATCH', 'NIK_REGION_MISMATCH']);
    // Reading never writes.
    expect(checksum(app.ctx.database.db)).toBe(before);
  });

  it('explains each problem in Indonesian and never repairs a NIK that lost a digit', async () => {
    const r = await parse(await writeFcList(at('fc.xlsx')));
    const message = (row: number) => r.issues.find((i) => i.row === row)!.message;
    expect(message(8)).toBe(
      'NIK tersimpan sebagai angka di Excel sehingga digit ke-16 hilang ("3515144508680000"). Nilai aslinya tidak dapat dipulihkan: minta berkas dikirim ulang dengan kolom NIK berformat teks.',
    );
    expect(message(9)).toContain('"3.51514E+15"');
    expect(message(11)).toContain('di sini 15 digit');
    expect(message(12)).toBe('NIK 3515144508680002 sudah ada di baris 6; baris ini tidak diimpor.');
    expect(message(13)).toBe('Kecamatan "KEC. ANTAH BERANTAH" tidak ada di Kabupaten Sidoarjo.');
    expect(message(15)).toBe('Jenis kelamin laki-laki tidak sesuai dengan NIK (menurut NIK: perempuan).');
    expect(message(17)).toBe('Tanggal lahir 1 Februari 1970 tidak sama dengan tanggal lahir dalam NIK (01-03-70).');
    expect(message(19)).toBe('NAMA PENGURUS wajib diisi.');
    expect(message(21)).toBe('Desil harus angka 1 sampai 10: "11".');
    expect(r.rejected.find((x) => x.row === 8)!.reasons).toEqual([message(8)]);
    // The rejected row keeps the number cell as it was: nothing guessed a 16th digit.
    expect(r.rejected.find((x) => x.row === 8)!.cells[1]).toBe(3515144508680000);
  });

  it('normalises what is safe: date forms, RT/RW padding, sex spellings, rupiah text, region prefixes and case', async () => {
    const r = await parse(await writeFcList(at('fc.xlsx')));
    const row = (n: number) => r.rows.find((p) => p.row === n)!;
    expect(row(6)).toEqual({
      row: 6,
      family: {
        kk: '3515140101100001', address: '', rt: '005', rw: '002', kecamatanCode: '35.15.14', desaCode: '35.15.14.2001',
        dtksId: null, desil: 2, desilAsOf: '2024-09-30',
      },
      member: {
        nik: '3515144508680002', name: 'SITI AMINAH', sex: 'P', birthPlace: null, birthDate: '1968-08-05', relationship: null,
        motherName: null, disability: null, schoolLevel: null, isPengurus: true,
      },
      nominal: 975000,
      components: { HAMIL: 0, AUD: 1, SD: 1, SMP: 0, SMA: 0, DISABIL: 0, LANSIA: 0, HAM: 0 },
      status: 'aktif',
    });
    expect(row(7).member.birthDate).toBe('1975-03-12'); // dd-mm-yyyy text
    expect(row(7).family.desaCode).toBe('35.15.14.2002'); // "DESA KEBONAGUNG" in "KEC. SUKODONO", not Porong's Kebonagung
    expect(row(7).nominal).toBe(750000); // "Rp 750.000"
    expect(row(14).member.birthDate).toBe('1980-11-05'); // dd/mm/yyyy
    expect(row(14).family).toMatchObject({ kecamatanCode: '35.15.18', desaCode: '35.15.18.2001', rt: '003', rw: '004' }); // "waru"
    expect(row(15).member).toMatchObject({ birthDate: '1990-01-20', sex: 'L' }); // yyyy-mm-dd; the list's sex kept, with a warning
    expect(row(18).member.birthDate).toBe('1985-07-01'); // a real date cell
  });

  it('lists the sheets with their row counts and suggests the data sheet, not the summary in front', async () => {
    const file = await writeFcList(at('fc.xlsx'));
    const inspection = await inspectFile(file);
    expect(inspection).toEqual({
      filePath: file,
      fileName: 'fc.xlsx',
      sheets: [
        { name: 'REKAP', rowCount: 5, looksLikeData: false },
        { name: FC_SHEET, rowCount: 25, looksLikeData: true },
      ],
      suggestedSheet: FC_SHEET,
    });
  });

  it('reads a sheet the clerk chooses, and says which required columns a summary sheet lacks', async () => {
    const file = await writeFcList(at('fc.xlsx'));
    const r = await parse(file, { sheet: 'REKAP' });
    expect(r.headerRow).toBe(3);
    expect(r.mapping).toEqual({ kecamatan: 1, nominal: 3 });
    expect(triples(r)).toEqual([[3, null, 'REQUIRED_MISSING']]);
    expect(r.issues[0]!.message).toBe(
      'Kolom wajib belum dipetakan: NIK, NO KK, NAMA. Tidak ada baris yang dapat diimpor sebelum kolom tersebut dipilih.',
    );
    expect(r.rowsSeen).toBe(2);
    expect(r.rejected.map((x) => x.row)).toEqual([4, 5]);
    await expect(parse(file, { sheet: 'Tidak Ada' })).rejects.toMatchObject({ code: 'SHEET_NOT_FOUND', params: { sheet: 'Tidak Ada' } });
  });
});

describe('import parse: header spellings, two-row headers, CSV exports', () => {
  it('maps other spellings (N I K, NOKK, NAMA PENERIMA, DESA/KELUARAHAN, RT/RW) and reads leading apostrophes', async () => {
    const r = await parse(await writeSpellingVariants(at('blt.xlsx')));
    expect(r.headerRow).toBe(2);
    expect(r.mapping).toEqual({
      nik: 0, kk: 1, name: 2, birthDate: 3, sex: 4, kecamatan: 5, desa: 6, rt: 7, motherName: 8, relationship: 9, dtksId: 10, nominal: 11,
    });
    expect(r.issues).toEqual([]);
    expect(r.rows.map((p) => [p.member.nik, p.family.kk, p.family.rt, p.family.rw, p.nominal, p.member.isPengurus])).toEqual([
      ['3515145203750001', '3515140202110002', '005', '002', 900000, false],
      ['3515140511800003', '3515180707160007', '003', '004', 900000, false],
    ]);
    expect(r.rows[0]!.member).toMatchObject({ motherName: 'SAINEM', relationship: 'ISTRI', birthDate: '1975-03-12' });
    expect(r.rows[0]!.family).toMatchObject({ dtksId: 'DTKS-0001', kecamatanCode: '35.15.14', desaCode: '35.15.14.2002' });
  });

  it('joins a two-row header (KOMPONEN over HAMIL, AUD, SD …) and skips the numbering row under it', async () => {
    const nik = makeNik({ day: 5, month: 8, year: 1968, sex: 'P', serial: 2 });
    const file = await writeWorkbook(at('dua-baris.xlsx'), [
      {
        name: 'FC',
        rows: [
          ['NO', 'NIK', 'NO KK', 'NAMA', 'KOMPONEN', null, null, 'NOMINAL'],
          [null, null, null, null, 'HAMIL', 'AUD', 'SD', null],
          [1, 2, 3, 4, 5, 6, 7, 8],
          [1, nik, '3515140101100001', 'SITI AMINAH', 0, 1, 2, 1200000],
        ],
        merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:G1', 'H1:H2'],
      },
    ]);
    const r = await parse(file);
    expect(r.headerRow).toBe(1);
    expect(r.headers).toEqual(['NO', 'NIK', 'NO KK', 'NAMA', 'HAMIL', 'AUD', 'SD', 'NOMINAL']);
    expect(r.mapping).toEqual({ nik: 1, kk: 2, name: 3, nominal: 7, compHamil: 4, compAud: 5, compSd: 6 });
    expect(r.rowsSeen).toBe(1);
    expect(r.rows[0]!.components).toEqual({ HAMIL: 0, AUD: 1, SD: 2 });
  });

  it.each([
    [',', 'sembako-koma.csv'],
    [';', 'sembako-titik-koma.csv'],
  ] as const)('reads a CSV export with "%s": every cell is text, so E+ text is still caught', async (delimiter, name) => {
    const file = writeSmallCsv(at(name), delimiter);
    const r = await parse(file);
    expect(r.sheet).toBe(name.replace(/\.csv$/, ''));
    expect(r.headerRow).toBe(2);
    expect(triples(r)).toEqual([[4, 'NIK', 'NIK_PRECISION_LOST']]);
    expect(r.rows.map((p) => [p.row, p.member.nik, p.member.sex, p.member.birthDate, p.family.kecamatanCode, p.status])).toEqual([
      [3, '3515144508680002', 'P', '1968-08-05', '35.15.14', 'aktif'],
      [5, '3515140511800003', 'L', '1980-11-05', '35.15.18', 'ditangguhkan'],
    ]);
    const inspection = await inspectFile(file);
    expect(inspection.sheets).toEqual([{ name: name.replace(/\.csv$/, ''), rowCount: 5, looksLikeData: true }]);
  });

  it('finds a desa without a kecamatan column when its name is unique, and says so when it is not', async () => {
    const file = writeCsv(at('desa.csv'), [
      ['NIK', 'NO KK', 'NAMA', 'DESA/KEL'],
      ['3515144508680002', '3515140101100001', 'SITI AMINAH', 'Wilayut'],
      ['3515145203750001', '3515140202110002', 'SUMIATI', 'Kebonagung'],
      ['3515140511800003', '3515180707160007', 'MOCH. SHOLEH', 'Kampung Entah'],
    ]);
    const r = await parse(file);
    expect(r.rows.map((p) => [p.family.kecamatanCode, p.family.desaCode])).toEqual([['35.15.14', '35.15.14.2001']]);
    expect(triples(r)).toEqual([
      [3, 'DESA/KEL', 'REGION_UNKNOWN'],
      [4, 'DESA/KEL', 'REGION_UNKNOWN'],
    ]);
    expect(r.issues[0]!.message).toBe('Desa/kelurahan "Kebonagung" ada di lebih dari satu kecamatan (Porong, Sukodono); sertakan kolom kecamatan.');
    expect(r.issues[1]!.message).toBe('Desa/kelurahan "Kampung Entah" tidak ada di Kabupaten Sidoarjo.');
  });

  it('reports unreadable values (sex, RT, status, amounts, component counts) as VALUE_INVALID at their columns', async () => {
    const file = writeCsv(at('nilai.csv'), [
      ['NIK', 'NO KK', 'NAMA', 'JK', 'RT', 'STATUS', 'NOMINAL', 'SD'],
      ['3515144508680002', '3515140101100001', 'SITI AMINAH', 'X', 'RT 05', 'AKTIF', '750.000', '1'],
      ['3515145203750001', '3515140202110002', 'SUMIATI', 'P', 'lima', 'entah', '7,5 juta', 'dua'],
      ['3515140511800003', '3515180707160007', 'MOCH. SHOLEH', '-', '-', ' - ', '-', '-'],
    ]);
    const r = await parse(file);
    expect(triples(r)).toEqual([
      [2, 'JK', 'VALUE_INVALID'],
      [3, 'RT', 'VALUE_INVALID'],
      [3, 'NOMINAL', 'VALUE_INVALID'],
      [3, 'SD', 'VALUE_INVALID'],
      [3, 'STATUS', 'VALUE_INVALID'],
    ]);
    // A dash is the lists' "not known": blank, and the NIK still tells the sex.
    expect(r.rows.map((p) => [p.row, p.member.sex, p.family.rt, p.status, p.nominal, p.components])).toEqual([[4, 'L', null, null, null, { SD: 0 }]]);
  });
});

describe('import parse: mapping profiles', () => {
  it('reuses a saved profile for files of the same shape, and the alias table otherwise', async () => {
    const headers = ['NO', 'NIK', 'NO KK', 'NAMA KRT', 'KEC'];
    const rows = (nik: string) => [headers, ['1', nik, '3515140101100001', 'SITI AMINAH', 'Sukodono']];
    const first = writeCsv(at('bank-juli.csv'), rows('3515144508680002'));
    const second = writeCsv(at('bank-agustus.csv'), rows('3515145203750001'));

    const auto = await parse(first);
    // "NAMA KRT" is not in the alias table: no name column, so nothing can be imported yet.
    expect(auto.mapping).toEqual({ nik: 1, kk: 2, kecamatan: 4 });
    expect(auto.issues.map((i) => i.code)).toEqual(['REQUIRED_MISSING']);

    const saved = await call<MappingProfile>(app, 'imports.saveProfile', {
      name: 'Bank Jatim bulanan',
      signature: auto.signature,
      mapping: { ...auto.mapping, name: 3 },
    });
    expect(saved).toMatchObject({ name: 'Bank Jatim bulanan', signature: 'NO|NIK|NO KK|NAMA KRT|KEC', mapping: { nik: 1, kk: 2, name: 3, kecamatan: 4 } });
    expect(await call(app, 'imports.profiles', {})).toEqual([saved]);
    const audit = app.ctx.database.db.prepare("SELECT action, entity_id FROM audit_log WHERE entity = 'mapping_profile'").all();
    expect(audit).toEqual([{ action: 'create', entity_id: String(saved.id) }]);

    const reused = await parse(second);
    expect(reused.signature).toBe(auto.signature);
    expect(reused.mappingProfile).toBe('Bank Jatim bulanan');
    expect(reused.mapping).toEqual({ nik: 1, kk: 2, name: 3, kecamatan: 4 });
    expect(reused.issues).toEqual([]);
    expect(reused.rows.map((p) => p.member.name)).toEqual(['SITI AMINAH']);

    // A mapping the clerk chose in the wizard wins over the profile.
    const manual = await parse(second, { mapping: { nik: 1, kk: 2, name: 0 } });
    expect(manual.mappingProfile).toBeNull();
    expect(manual.rows[0]!.member.name).toBe('1');

    // Saving under the same name replaces the profile (audited as an update).
    const replaced = await call<MappingProfile>(app, 'imports.saveProfile', { name: 'Bank Jatim bulanan', signature: auto.signature, mapping: { nik: 1, kk: 2, name: 3 } });
    expect(replaced.id).toBe(saved.id);
    expect((await parse(second)).mapping).toEqual({ nik: 1, kk: 2, name: 3 });
  });
});

describe('import parse: big generated lists', () => {
  it('writes valid, unique, repeatable rows that parse without a single issue', async () => {
    const a = await writeLargeList(at('besar-a.xlsx'), 1500, { seed: 3 });
    const b = await writeLargeList(at('besar-b.xlsx'), 1500, { seed: 3 });
    expect(a).toMatchObject({ rows: 1500, headerRow: 2, sheet: 'DATA' });
    const ra = await parse(a.path);
    const rb = await parse(b.path);
    expect(ra.headerRow).toBe(2);
    expect(ra.rowsSeen).toBe(1500);
    expect(ra.issues).toEqual([]);
    expect(new Set(ra.rows.map((p) => p.member.nik)).size).toBe(1500);
    expect(new Set(ra.rows.map((p) => p.family.kk)).size).toBe(a.families);
    expect(rb.rows.map((p) => p.member.nik)).toEqual(ra.rows.map((p) => p.member.nik));
    expect(ra.rows.filter((p) => p.member.relationship === 'ISTRI').length).toBe(a.families);
  });
});

describe('import parse: zips as streaming writers make them', () => {
  it('reads a big sheet whose zip entries carry data descriptors (Java and streaming writers), through the central directory', async () => {
    const big = await writeLargeList(at('deskriptor.xlsx'), 25_000, { seed: 5, dataDescriptors: true });
    const r = await parse(big.path);
    expect(r.rowsSeen).toBe(25_000);
    expect(r.issues).toEqual([]);
    expect(r.rows.at(-1)!.row).toBe(25_000 + 3);
    expect((await inspectFile(big.path)).sheets).toEqual([{ name: 'DATA', rowCount: 25_000 + 4, looksLikeData: true }]);
  }, 60_000);
});

describe('import parse: cancelling', () => {
  it('stops with IMPORT_CANCELLED when the flag is set', async () => {
    const { path } = await writeLargeList(at('batal.xlsx'), 300, { seed: 1 });
    const signal = { aborted: false };
    let seen = 0;
    const run = parseImport(app.svc(), { filePath: path, sheet: null, mapping: null }, {
      signal,
      onRow: () => {
        if (++seen === 100) signal.aborted = true;
      },
    });
    await expect(run).rejects.toSatisfy((err: unknown) => isAppError(err) && err.code === 'IMPORT_CANCELLED');
    expect(seen).toBe(100);
  });
});
