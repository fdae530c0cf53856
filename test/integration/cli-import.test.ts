import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../electron/cli/commands/import';
import { checksum, rowCount } from '../support/db-snapshot';
import { FC_EXPECTED, writeFcList, writeLegacyXls, writeTruncatedXlsx } from '../fixtures/workbooks';
import { buildCli, CLI_BIN, isolatedEnv, runNode } from '../support/cli-process';

const bin = CLI_BIN;

let dir: string;
let childEnv: NodeJS.ProcessEnv;
let seeded: string;
let fc: string;

function runBin(args: string[]) {
  return runNode(bin, args, { cwd: dir, env: childEnv });
}

/** A fresh copy of the set-up database for one test. */
function freshDb(name: string): string {
  const file = join(dir, `${name}.db`);
  copyFileSync(seeded, file);
  return file;
}

function inspectDb<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'sidampak-cli-import-'));
  childEnv = isolatedEnv(dir);
  seeded = join(dir, 'seeded.db');
  const init = await runBin(['init', '--regency', '35.15', '--db', seeded]);
  if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
  fc = await writeFcList(join(dir, 'fc-tahap3.xlsx'));
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sidampak import', () => {
  it('--dry-run --json reports the file, counts and every issue at its sheet row, and writes nothing', async () => {
    const db = freshDb('dry');
    const before = inspectDb(db, checksum);
    const result = await runBin(['import', fc, '--program', 'PKH', '--period', '2024-Q3', '--dry-run', '--json', '--db', db]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as ImportSummary;
    expect(Object.keys(summary)).toEqual(['file', 'sheet', 'headerRow', 'rows', 'imported', 'updated', 'skipped', 'rejected', 'issues']);
    expect(summary).toMatchObject({ file: 'fc-tahap3.xlsx', sheet: 'DATA KPM', headerRow: 4, rows: 17, imported: 6, updated: 0, skipped: 0, rejected: 11 });
    // The read side's issues, at the rows and columns of the fixture (the write side may add register warnings).
    const read = summary.issues.filter((i) => FC_EXPECTED.some(([row, , code]) => row === i.row && code === i.code));
    expect(read.map((i) => [i.row, i.column, i.code])).toEqual(FC_EXPECTED);
    expect(summary.issues.find((i) => i.row === 8)).toEqual({
      row: 8,
      column: 'NIK PENGURUS',
      code: 'NIK_PRECISION_LOST',
      severity: 'error',
      message:
        'NIK tersimpan sebagai angka di Excel sehingga digit ke-16 hilang ("3515144508680000"). Nilai aslinya tidak dapat dipulihkan: minta berkas dikirim ulang dengan kolom NIK berformat teks.',
    });
    expect(summary.issues.find((i) => i.row === 15)?.severity).toBe('warning');
    expect(inspectDb(db, checksum)).toBe(before);
  });

  it('imports the valid rows, and a second run of the same file adds no one', async () => {
    const db = freshDb('commit');
    const first = await runBin(['import', fc, '--program', 'pkh', '--json', '--db', db]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ rows: 17, imported: 6, rejected: 11 });
    const counts = () => inspectDb(db, (d) => ({ families: rowCount(d, 'families'), members: rowCount(d, 'members') }));
    expect(counts()).toEqual({ families: 6, members: 6 });

    const second = await runBin(['import', fc, '--program', 'PKH', '--json', '--db', db]);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ rows: 17, imported: 0, rejected: 11 });
    expect(counts()).toEqual({ families: 6, members: 6 });
  });

  it('prints a readable report without --json', async () => {
    const result = await runBin(['import', fc, '--program', 'PKH', '--dry-run', '--db', freshDb('text')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Berkas fc-tahap3.xlsx, lembar "DATA KPM", judul kolom di baris 4.');
    expect(result.stdout).toContain('Baris data: 17. Diimpor: 6, diperbarui: 0, dilewati: 0, ditolak: 11.');
    expect(result.stdout).toContain('Uji coba (--dry-run): tidak ada yang disimpan.');
    expect(result.stdout).toContain('  Baris 13 [KEC.] REGION_UNKNOWN: Kecamatan "KEC. ANTAH BERANTAH" tidak ada di Kabupaten Sidoarjo.');
  });

  it('reads the sheet named by --sheet', async () => {
    const result = await runBin(['import', fc, '--program', 'PKH', '--sheet', 'REKAP', '--dry-run', '--json', '--db', freshDb('sheet')]);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as ImportSummary;
    expect(summary).toMatchObject({ sheet: 'REKAP', headerRow: 3, rows: 2, imported: 0, rejected: 2 });
    expect(summary.issues.map((i) => [i.row, i.column, i.code])).toEqual([[3, null, 'REQUIRED_MISSING']]);
  });

  it.each([
    ['a legacy .xls', 'lama.xls', writeLegacyXls, 'FILE_LEGACY_XLS', 'simpan sebagai .xlsx'],
    ['a truncated file', 'potong.xlsx', writeTruncatedXlsx, 'FILE_CORRUPT', 'rusak atau tidak lengkap'],
    ['a missing file', 'tidak-ada.xlsx', (p: string) => p, 'FILE_NOT_FOUND', 'tidak ditemukan'],
  ] as const)('fails on %s with its code on stderr, nothing on stdout, nothing written', async (_label, name, make, code, words) => {
    const db = freshDb(`bad-${code}`);
    const before = inspectDb(db, checksum);
    const file = await make(join(dir, name));
    const result = await runBin(['import', file, '--program', 'PKH', '--json', '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`Galat [${code}]: Berkas ${name}`);
    expect(result.stderr).toContain(words);
    expect(inspectDb(db, checksum)).toBe(before);
  });

  it('explains a wrong command line', async () => {
    const db = freshDb('usage');
    const noFile = await runBin(['import', '--program', 'PKH', '--db', db]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('Galat [USAGE]: Sebutkan berkas yang diimpor');

    const noProgram = await runBin(['import', fc, '--db', db]);
    expect(noProgram.code).toBe(2);
    expect(noProgram.stderr).toContain('Opsi --program wajib diisi.');

    const unknown = await runBin(['import', fc, '--program', 'ENTAH', '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Galat [NOT_FOUND]: Program ENTAH tidak ada.');

    const badPeriod = await runBin(['import', fc, '--program', 'PKH', '--period', '2024-3', '--db', db]);
    expect(badPeriod.code).toBe(2);
    expect(badPeriod.stderr).toContain('--period: Periode ditulis TTTT-Qn (tahun dan tahap), misalnya 2024-Q3.');
  });
});
