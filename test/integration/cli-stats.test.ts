import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../electron/cli/commands/import';
import { openDatabase } from '../../electron/db/open';
import { checksum } from '../support/db-snapshot';
import { STATS_COUNTS, STATS_EXPECTED, STATS_STORED, writeStatisticsTable } from '../fixtures/workbooks';
import { buildCli, CLI_BIN, isolatedEnv, runNode } from '../support/cli-process';

let dir: string;
let childEnv: NodeJS.ProcessEnv;
let seeded: string;
let table: string;

const runBin = (args: string[]) => runNode(CLI_BIN, args, { cwd: dir, env: childEnv });

function freshDb(name: string): string {
  const file = join(dir, `${name}.db`);
  copyFileSync(seeded, file);
  return file;
}

function withDb<T>(file: string, use: (db: ReturnType<typeof openDatabase>) => T): T {
  const db = openDatabase(file);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'sidampak-cli-stats-'));
  childEnv = isolatedEnv(dir);
  seeded = join(dir, 'seeded.db');
  const init = await runBin(['init', '--regency', '35.15', '--db', seeded]);
  if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
  table = await writeStatisticsTable(join(dir, 'kemiskinan-bps.xlsx'));
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sidampak stats import', () => {
  it('--dry-run --json: the shape of `sidampak import --json`, hand-checked counts and issues, nothing written', async () => {
    const db = freshDb('dry');
    const before = withDb(db, checksum);
    const result = await runBin(['stats', 'import', table, '--dry-run', '--json', '--db', db]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as ImportSummary;
    expect(Object.keys(summary)).toEqual(['file', 'sheet', 'headerRow', 'rows', 'imported', 'updated', 'skipped', 'rejected', 'issues']);
    expect(summary).toMatchObject({ file: 'kemiskinan-bps.xlsx', sheet: 'Tabel 1', headerRow: 4, ...STATS_COUNTS });
    expect(summary.issues.map((i) => [i.row, i.column, i.code])).toEqual(STATS_EXPECTED);
    expect(withDb(db, checksum)).toBe(before);
  });

  it('commits the figures as one batch; text output and a missing file', async () => {
    const db = freshDb('commit');
    const result = await runBin(['stats', 'import', table, '--json', '--db', db]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject(STATS_COUNTS);
    const stored = withDb(db, (d) =>
      d.prepare("SELECT area_code, period, p0, poor, poverty_line, p1, p2 FROM poverty_stats WHERE source = 'import' ORDER BY area_code, period").raw().all(),
    );
    expect(stored).toEqual(STATS_STORED.map((r) => [...r]));
    expect(withDb(db, (d) => d.prepare('SELECT kind, program_id FROM import_batches').all())).toEqual([{ kind: 'statistics', program_id: null }]);

    const text = await runBin(['stats', 'import', table, '--dry-run', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Baris data: 11. Diimpor: 0, diperbarui: 0, dilewati: 6, ditolak: 5.');
    expect(text.stdout).toContain('AREA_UNKNOWN');

    const noFile = await runBin(['stats', 'import', '--db', db]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('Galat [USAGE]: Sebutkan berkas yang diimpor, misalnya: sidampak stats import');
    const help = await runBin(['help', 'stats', 'import']);
    expect(help.stdout).toContain('Impor tabel statistik kemiskinan BPS');
  });
});
