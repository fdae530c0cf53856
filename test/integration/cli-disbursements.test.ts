import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisbursementImportSummary } from '../../electron/cli/commands/disbursements-import';
import { checksum, rowCount } from '../support/db-snapshot';
import { DISBURSEMENT_COUNTS, DISBURSEMENT_EXPECTED, writeDisbursementList } from '../fixtures/workbooks';
import { cliSandbox, type CliSandbox } from '../support/cli-process';
import { seedRegister } from '../support/register-fixture';

let box: CliSandbox;
let list: string;

beforeAll(async () => {
  box = await cliSandbox('cli-disb');
  // The register the list is matched against (test/support/register-fixture.ts).
  box.withDb(box.seeded, (db) => seedRegister({ db, actor: 'penguji', now: () => new Date('2024-09-30T08:00:00Z') }));
  list = await writeDisbursementList(join(box.dir, 'realisasi-pkh.xlsx'));
}, 180_000);

afterAll(() => box.dispose());

describe('sidampak disbursements import', () => {
  it('--dry-run --json: the import shape plus the disbursement counts, writing nothing', async () => {
    const db = box.freshDb('dry');
    const before = box.withDb(db, checksum);
    const result = await box.run(['disbursements', 'import', list, '--program', 'PKH', '--period', '2024-Q3', '--dry-run', '--json', '--db', db]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as DisbursementImportSummary;
    expect(Object.keys(summary)).toEqual(['file', 'sheet', 'headerRow', 'rows', 'imported', 'updated', 'skipped', 'rejected', 'issues', 'disbursement']);
    expect(summary).toMatchObject({ file: 'realisasi-pkh.xlsx', sheet: 'REALISASI', headerRow: 4, rows: 9, imported: 7, updated: 0, skipped: 0, rejected: 2 });
    expect(summary.issues.map((i) => [i.row, i.column, i.code, i.severity])).toEqual(DISBURSEMENT_EXPECTED);
    expect(summary.disbursement).toEqual({ ...DISBURSEMENT_COUNTS_JSON, alreadyImported: null, periodClosed: false });
    expect(box.withDb(db, checksum)).toBe(before);
  });

  it('commits once; the same list again fails with DISBURSEMENT_ALREADY_IMPORTED on stderr and exit 1', async () => {
    const db = box.freshDb('commit');
    const first = await box.run(['disbursements', 'import', list, '--program', 'pkh', '--period', '2024-q3', '--json', '--db', db]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ imported: 7, rejected: 2, disbursement: { lines: 7, matched: 5, notEnrolled: 2 } });
    expect(box.withDb(db, (d) => rowCount(d, 'disbursements'))).toBe(7);

    const again = await box.run(['disbursements', 'import', list, '--program', 'PKH', '--period', '2024-Q3', '--json', '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('Galat [DISBURSEMENT_ALREADY_IMPORTED]: Daftar ini sudah diimpor untuk PKH Tahap III 2024: 7 baris sama persis dengan impor #1');
    expect(box.withDb(db, (d) => rowCount(d, 'disbursements'))).toBe(7);
  });

  it('prints a readable report, and explains a missing period or file', async () => {
    const db = box.freshDb('text');
    const text = await box.run(['disbursements', 'import', list, '--program', 'PKH', '--period', '2024-Q3', '--dry-run', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Baris data: 9. Diimpor: 7, diperbarui: 0, dilewati: 0, ditolak: 2.');
    expect(text.stdout).toContain('Baris penyaluran: 7 (cocok dengan penerima program: 5, tidak terdaftar: 2).');
    expect(text.stdout).toContain('  Tersalur: 3 KPM, Rp2.950.000');
    expect(text.stdout).toContain('  Gagal: 2 KPM, Rp1.950.000');
    expect(text.stdout).toContain('  Retur: 1 KPM, Rp600.000');

    const noPeriod = await box.run(['disbursements', 'import', list, '--program', 'PKH', '--db', db]);
    expect(noPeriod.code).toBe(2);
    expect(noPeriod.stderr).toContain('Opsi --period wajib diisi.');
    const noFile = await box.run(['disbursements', 'import', '--program', 'PKH', '--period', '2024-Q3', '--db', db]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('Galat [USAGE]: Sebutkan berkas yang diimpor, misalnya: sidampak disbursements import');
    const help = await box.run(['help', 'disbursements', 'import']);
    expect(help.stdout).toContain('Impor daftar penyaluran (realisasi bank/PT Pos)');
    expect(help.stdout).toContain('Periode (tahap) penyaluran, wajib, misalnya 2024-Q3');
  });
});

const DISBURSEMENT_COUNTS_JSON = {
  lines: DISBURSEMENT_COUNTS.lines,
  matched: DISBURSEMENT_COUNTS.matched,
  notEnrolled: DISBURSEMENT_COUNTS.notEnrolled,
  byStatus: DISBURSEMENT_COUNTS.byStatus,
};
