import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportSummary } from '../../electron/cli/commands/report';
import { HEADER_ROW } from '../../electron/reports/workbook';
import { buildCli, CLI_BIN, isolatedEnv, runNode } from '../support/cli-process';
import { buildReportFixture, EXPECTED_TOTALS, REPORT_NAMES, REPORT_NIKS } from '../support/report-fixture';
import { tempApp } from '../support/temp-app';

/**
 * `sidampak report quarterly` over the report fixture's database: the same PDF and workbook as the
 * app (the PDF printed by Chromium from dist/renderer), errors as `Galat [CODE]` on stderr.
 */

let dir: string;
let db: string;
let childEnv: NodeJS.ProcessEnv;
const runBin = (args: string[], env: NodeJS.ProcessEnv = childEnv) => runNode(CLI_BIN, [...args, '--db', db], { cwd: dir, env });

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'sidampak-cli-report-'));
  childEnv = isolatedEnv(dir);
  const app = tempApp({ dir });
  buildReportFixture(app);
  db = app.dbFile;
  app.close();
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sidampak report quarterly', () => {
  it('writes the PDF and says where, with its page count', async () => {
    const out = join(dir, 'laporan.pdf');
    const result = await runBin(['report', 'quarterly', '--year', '2024', '--quarter', '3', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))![1]);
    expect(result.stdout).toBe(`Laporan Triwulan III Tahun 2024 disimpan: ${out} (${pages} halaman)\n`);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('TRIWULAN III TAHUN 2024');
    expect(text).toContain(EXPECTED_TOTALS.realised.amount.toLocaleString('id-ID'));
    expect(text).toContain(`Halaman 1 dari ${pages}`);
    for (const value of [...REPORT_NIKS, ...REPORT_NAMES]) expect(text).not.toContain(value);
  }, 60_000);

  it('--json --program: the workbook of the named programs and a summary', async () => {
    const out = join(dir, 'laporan.xlsx');
    const result = await runBin(['report', 'quarterly', '--year', '2024', '--quarter', '3', '--program', 'sembako,PKH-PLUS', '--out', out, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout) as ReportSummary).toEqual({ file: out, format: 'xlsx', period: '2024-Q3', programs: ['PKH-PLUS', 'SEMBAKO'], pages: null, final: false });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('1 Per Program')!;
    expect([HEADER_ROW + 1, HEADER_ROW + 2].map((r) => ws.getRow(r).getCell(2).value)).toEqual(['PKH-PLUS', 'SEMBAKO']);
  });

  it('refuses other extensions, unknown programs and quarters as usage errors', async () => {
    const bad = await runBin(['report', 'quarterly', '--year', '2024', '--quarter', '3', '--out', join(dir, 'laporan.docx')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^Galat \[USAGE\]: Berkas keluaran harus berakhiran \.pdf atau \.xlsx/);
    const quarter = await runBin(['report', 'quarterly', '--year', '2024', '--quarter', '5', '--out', join(dir, 'x.pdf')]);
    expect(quarter.code).toBe(2);
    expect(quarter.stderr).toMatch(/^Galat \[USAGE\]: Tahun dan triwulan tidak sah/);
    const program = await runBin(['report', 'quarterly', '--year', '2024', '--quarter', '3', '--program', 'XYZ', '--out', join(dir, 'x.xlsx')]);
    expect(program.code).toBe(1);
    expect(program.stderr).toMatch(/^Galat \[NOT_FOUND\]: Program dengan kode XYZ tidak ada/);
  });

  it('without a browser: PDF_UNAVAILABLE, suggesting .xlsx, and no file', async () => {
    const out = join(dir, 'tanpa-peramban.pdf');
    const result = await runBin(['report', 'quarterly', '--year', '2024', '--quarter', '3', '--out', out], { ...childEnv, SIDAMPAK_CHROMIUM: join(dir, 'tidak-ada-chromium') });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Galat \[PDF_UNAVAILABLE\]: PDF tidak dapat dibuat karena peramban Chromium tidak ditemukan/);
    expect(result.stderr).toContain('.xlsx');
    expect(existsSync(out)).toBe(false);
  });
});
