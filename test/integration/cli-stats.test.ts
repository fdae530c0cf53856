import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../electron/cli/commands/import';
import { checksum } from '../support/db-snapshot';
import { STATS_COUNTS, STATS_EXPECTED, STATS_STORED, writeStatisticsTable } from '../fixtures/workbooks';
import { cliSandbox, type CliSandbox } from '../support/cli-process';

let box: CliSandbox;
let table: string;

beforeAll(async () => {
  box = await cliSandbox('cli-stats');
  table = await writeStatisticsTable(join(box.dir, 'kemiskinan-bps.xlsx'));
}, 180_000);

afterAll(() => box.dispose());

describe('sidampak stats import', () => {
  it('--dry-run --json: the shape of `sidampak import --json`, hand-checked counts and issues, nothing written', async () => {
    const db = box.freshDb('dry');
    const before = box.withDb(db, checksum);
    const result = await box.run(['stats', 'import', table, '--dry-run', '--json', '--db', db]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as ImportSummary;
    expect(Object.keys(summary)).toEqual(['file', 'sheet', 'headerRow', 'rows', 'imported', 'updated', 'skipped', 'rejected', 'issues']);
    expect(summary).toMatchObject({ file: 'kemiskinan-bps.xlsx', sheet: 'Tabel 1', headerRow: 4, ...STATS_COUNTS });
    expect(summary.issues.map((i) => [i.row, i.column, i.code])).toEqual(STATS_EXPECTED);
    expect(box.withDb(db, checksum)).toBe(before);
  });

  it('commits the figures as one batch; text output and a missing file', async () => {
    const db = box.freshDb('commit');
    const result = await box.run(['stats', 'import', table, '--json', '--db', db]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject(STATS_COUNTS);
    const stored = box.withDb(db, (d) =>
      d.prepare("SELECT area_code, period, p0, poor, poverty_line, p1, p2 FROM poverty_stats WHERE source = 'import' ORDER BY area_code, period").raw().all(),
    );
    expect(stored).toEqual(STATS_STORED.map((r) => [...r]));
    expect(box.withDb(db, (d) => d.prepare('SELECT kind, program_id FROM import_batches').all())).toEqual([{ kind: 'statistics', program_id: null }]);

    const text = await box.run(['stats', 'import', table, '--dry-run', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Baris data: 11. Diimpor: 0, diperbarui: 0, dilewati: 6, ditolak: 5.');
    expect(text.stdout).toContain('AREA_UNKNOWN');

    const noFile = await box.run(['stats', 'import', '--db', db]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('Galat [USAGE]: Sebutkan berkas yang diimpor, misalnya: sidampak stats import');
    const help = await box.run(['help', 'stats', 'import']);
    expect(help.stdout).toContain('Impor tabel statistik kemiskinan BPS');
  });
});
