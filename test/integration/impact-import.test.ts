import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBatches, undoBatch } from '../../electron/imports/batches';
import { runImport } from '../../electron/imports/commit';
import { previewImport } from '../../electron/imports/preview';
import { completeSetup } from '../../electron/settings/service';
import type { ImportRequest } from '../../shared/ipc/imports';
import type { SurveyWave } from '../../shared/domain/welfare';
import { checksum, rowCount } from '../support/db-snapshot';
import { writeFamilies, type SeededRegister } from '../support/register-fixture';
import { call, SIDOARJO_PROFILE, tempApp, type TempApp } from '../support/temp-app';
import { FAMILIES } from '../support/welfare-fixture';
import {
  STATS_COUNTS,
  STATS_DATA,
  STATS_EXPECTED,
  STATS_HEADER_ROW,
  STATS_HEADERS,
  STATS_SHEET,
  STATS_STORED,
  SURVEY_BY_INDICATOR,
  SURVEY_COUNTS,
  SURVEY_EXPECTED,
  SURVEY_HEADER_ROW,
  SURVEY_SHEET,
  welfareKk,
  welfareNik,
  writeStatisticsTable,
  writeSurveyWave,
} from '../fixtures/workbooks';
import { rejectedCode } from '../support/app-errors';

let app: TempApp;
beforeEach(() => {
  app = tempApp();
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
});
afterEach(() => app.dispose());

type Figures = [string, string, number | null, number | null, number | null, number | null, number | null];

function imported(): Figures[] {
  return (
    app.svc().db
      .prepare("SELECT area_code, period, p0, poor, poverty_line, p1, p2 FROM poverty_stats WHERE source = 'import' ORDER BY area_code, period")
      .raw()
      .all() as Figures[]
  ).map((r) => [...r] as Figures);
}

function figure(area: string, period: string) {
  return app.svc().db.prepare('SELECT p0, poor, source, batch_id AS batchId FROM poverty_stats WHERE area_code = ? AND period = ?').get(area, period);
}

describe('BPS statistics import (kind statistics)', () => {
  const request = (filePath: string, over: Partial<ImportRequest> = {}): ImportRequest => ({
    filePath,
    sheet: null,
    period: null,
    mapping: null,
    kind: 'statistics',
    ...over,
  });

  it('previews the table: header under the title rows, every field mapped, hand-checked counts and coded issues', async () => {
    const file = await writeStatisticsTable(join(app.dir, 'kemiskinan.xlsx'));
    const before = checksum(app.svc().db);
    const preview = await previewImport(app.svc(), request(file));
    expect(preview).toMatchObject({ sheet: STATS_SHEET, headerRow: STATS_HEADER_ROW, headers: [...STATS_HEADERS] });
    expect(preview.mapping).toEqual({ areaCode: 0, areaName: 1, year: 2, month: 3, p0: 4, poorCount: 5, povertyLine: 6, p1: 7, p2: 8 });
    expect(preview.counts).toEqual({ ...STATS_COUNTS, new: STATS_COUNTS.imported, warnings: 0 });
    expect(preview.issues.map((i) => [i.row, i.column, i.code])).toEqual(STATS_EXPECTED);
    expect(preview.issues.every((i) => i.severity === 'error')).toBe(true);
    expect(preview.issues[0]!.message).toContain('Wilayah "KEC. ANTAH BERANTAH" tidak dikenal');
    expect(preview.issues[2]!.message).toContain('Periode "Juni 2024" tidak dapat dibaca');
    expect(checksum(app.svc().db)).toBe(before);
  });

  it('commits one audited batch replacing reference figures (thousands ×1000, comma decimals), and undo puts them back', async () => {
    const file = await writeStatisticsTable(join(app.dir, 'kemiskinan.xlsx'));
    const referenceBefore = [figure('35', '2024-03'), figure('35', '2024-09'), figure('35.15', '2024-03')];
    expect(referenceBefore).toEqual([
      { p0: 9.79, poor: null, source: 'reference', batchId: null },
      { p0: 9.56, poor: null, source: 'reference', batchId: null },
      { p0: 4.53, poor: null, source: 'reference', batchId: null },
    ]);
    const rowsBefore = rowCount(app.svc().db, 'poverty_stats');

    const result = await runImport(app.svc(), request(file), { dryRun: false });
    expect(result).toMatchObject({ ...STATS_COUNTS, batchId: 1, file: 'kemiskinan.xlsx', sheet: STATS_SHEET });
    expect(imported()).toEqual(STATS_STORED);
    expect(rowCount(app.svc().db, 'poverty_stats')).toBe(rowsBefore + 3);
    expect(figure('35', '2024-03')).toMatchObject({ source: 'import', batchId: 1 });
    expect(app.svc().db.prepare('SELECT area_name AS name, area_level AS level FROM poverty_stats WHERE area_code = ?').all('35.15.18')).toEqual([
      { name: 'Waru', level: 'kecamatan' },
    ]);
    const [batch] = listBatches(app.svc(), 5);
    expect(batch).toMatchObject({ id: 1, kind: 'statistics', programCode: null, period: null, imported: 3, updated: 3, rejected: 5 });
    const audit = app.svc().db.prepare("SELECT action, after_json FROM audit_log WHERE entity = 'batch' AND entity_id = '1'").get() as { action: string; after_json: string };
    expect(audit.action).toBe('import');
    expect(JSON.parse(audit.after_json)).toMatchObject({ kind: 'statistics', imported: 3, updated: 3, periods: ['2023-03', '2024-03', '2024-09'] });

    // The same table again: every figure is already there.
    const again = await runImport(app.svc(), request(file), { dryRun: false });
    expect(again).toMatchObject({ batchId: 2, imported: 0, updated: 0, skipped: 6, rejected: 5 });
    undoBatch(app.svc(), 2);

    const undone = undoBatch(app.svc(), 1);
    expect(undone.undoneAt).not.toBeNull();
    expect(imported()).toEqual([]);
    expect(rowCount(app.svc().db, 'poverty_stats')).toBe(rowsBefore);
    expect([figure('35', '2024-03'), figure('35', '2024-09'), figure('35.15', '2024-03')]).toEqual(referenceBefore);
  });

  it('an earlier import cannot be undone under a later one that replaced its figures', async () => {
    const file = await writeStatisticsTable(join(app.dir, 'kemiskinan.xlsx'));
    await runImport(app.svc(), request(file), { dryRun: false });
    const revised = STATS_DATA.map(([row, cells]) => [row, row === 6 ? ['3515', 'Kabupaten Sidoarjo', 2024, 'Maret', '4,61', '102,5', null, null, null] : cells] as const);
    const second = await writeStatisticsTable(join(app.dir, 'revisi.xlsx'), revised);
    const result = await runImport(app.svc(), request(second), { dryRun: false });
    expect(result).toMatchObject({ imported: 0, updated: 1, skipped: 5 });
    expect(figure('35.15', '2024-03')).toEqual({ p0: 4.61, poor: 102_500, source: 'import', batchId: 2 });
    expect(await rejectedCode(Promise.resolve().then(() => undoBatch(app.svc(), 1)))).toBe('BATCH_UNDO_BLOCKED');
    undoBatch(app.svc(), 2);
    expect(figure('35.15', '2024-03')).toEqual({ p0: 4.53, poor: 100_860, source: 'import', batchId: 1 });
  });

  it('the wizard’s first look suggests the table’s sheet for this kind only (a BPS table names no NIK or KK)', async () => {
    const file = await writeStatisticsTable(join(app.dir, 'kemiskinan.xlsx'));
    app.ctx.files.grant(file);
    const asStatistics = await call<{ suggestedSheet: string | null; sheets: { looksLikeData: boolean }[] }>(app, 'imports.inspect', { filePath: file, kind: 'statistics' });
    expect(asStatistics.suggestedSheet).toBe(STATS_SHEET);
    const asRegister = await call<{ suggestedSheet: string | null }>(app, 'imports.inspect', { filePath: file });
    expect(asRegister.suggestedSheet).toBeNull();
  });

  it('dry run writes nothing; a register list still needs its program', async () => {
    const file = await writeStatisticsTable(join(app.dir, 'kemiskinan.xlsx'));
    const before = checksum(app.svc().db);
    const dry = await runImport(app.svc(), request(file), { dryRun: true });
    expect(dry).toMatchObject({ ...STATS_COUNTS, batchId: null });
    expect(checksum(app.svc().db)).toBe(before);
    expect(await rejectedCode(runImport(app.svc(), request(file, { kind: 'register' }), { dryRun: true }))).toBe('PROGRAM_REQUIRED');
  });

  it('writes the rejected rows with KETERANGAN to the error workbook', async () => {
    const target = join(app.dir, 'ditolak.xlsx');
    const withDialogs = tempApp({ dialogs: { openFile: async () => null, saveFile: async () => target } });
    try {
      completeSetup(withDialogs.svc(), withDialogs.ctx.regions, '35.15', SIDOARJO_PROFILE);
      const file = await writeStatisticsTable(join(withDialogs.dir, 'kemiskinan.xlsx'));
      expect(await call(withDialogs, 'imports.saveErrorWorkbook', request(file))).toEqual({ path: target, rows: 5 });
    } finally {
      withDialogs.dispose();
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([undefined, ...STATS_HEADERS, 'KETERANGAN']);
    expect(ws.actualRowCount).toBe(6);
    expect(ws.getCell('B2').value).toBe('KEC. ANTAH BERANTAH');
    expect(String(ws.getCell('J2').value)).toMatch(/^Baris 11: Wilayah "KEC. ANTAH BERANTAH" tidak dikenal/);
    expect(String(ws.getCell('J6').value)).toMatch(/^Baris 15: Persentase penduduk miskin \(P0\) harus angka 0–100/);
  });
});

describe('survey wave import (kind survey)', () => {
  let reg: SeededRegister;
  let wave: SurveyWave;
  beforeEach(async () => {
    reg = writeFamilies(app.svc(), FAMILIES);
    wave = await call<SurveyWave>(app, 'impact.createWave', { code: 'BASELINE-2023', name: 'Survei awal 2023', kind: 'baseline', heldOn: '2023-07-01' });
  });
  const request = (filePath: string, over: Partial<ImportRequest> = {}): ImportRequest => ({
    filePath,
    sheet: null,
    period: null,
    mapping: null,
    kind: 'survey',
    waveId: wave.id,
    ...over,
  });
  const memberId = (n: number) => (app.svc().db.prepare('SELECT id FROM members WHERE nik = ?').get(welfareNik(n)) as { id: number }).id;
  const values = () =>
    app.svc().db
      .prepare('SELECT indicator_code AS code, family_id AS family, member_key AS member, value, observed_on AS date FROM survey_values WHERE wave_id = ? ORDER BY code, family, member')
      .all(wave.id);

  it('previews: NIK and KK units, indicator columns by code or name, YA/TIDAK, coded issues, values per indicator', async () => {
    const file = await writeSurveyWave(join(app.dir, 'survei.xlsx'));
    const preview = await previewImport(app.svc(), request(file));
    expect(preview).toMatchObject({ sheet: SURVEY_SHEET, headerRow: SURVEY_HEADER_ROW });
    expect(preview.mapping).toMatchObject({ nik: 1, kk: 2, observedOn: 4 });
    expect(preview.counts).toEqual({ ...SURVEY_COUNTS, new: SURVEY_COUNTS.imported, warnings: 0 });
    expect(preview.issues.map((i) => [i.row, i.column, i.code])).toEqual(SURVEY_EXPECTED);
    expect(preview.issues[1]!.message).toMatch(/NIK tersimpan sebagai angka di Excel/);
    expect(preview.survey).toEqual({ waveId: wave.id, waveCode: 'BASELINE-2023', byIndicator: SURVEY_BY_INDICATOR, values: 7, replaced: 0 });
  });

  it('commits one batch: family values per KK (member_key 0), member values per person; undo removes them or restores replaced ones', async () => {
    const file = await writeSurveyWave(join(app.dir, 'survei.xlsx'));
    const f = (n: number) => reg.families[welfareKk(n)]!;
    const result = await runImport(app.svc(), request(file), { dryRun: false });
    expect(result).toMatchObject({ ...SURVEY_COUNTS, batchId: 1 });
    expect(values()).toEqual([
      { code: 'DESIL', family: f(7), member: 0, value: 3, date: '2023-07-20' },
      { code: 'KONSUMSI_KAPITA', family: f(1), member: 0, value: 100_000, date: '2023-07-15' },
      { code: 'KONSUMSI_KAPITA', family: f(2), member: 0, value: 200_000, date: '2023-07-16' },
      { code: 'KONSUMSI_KAPITA', family: f(3), member: 0, value: 150_000, date: null },
      { code: 'KONSUMSI_KAPITA', family: f(7), member: 0, value: 160_000, date: '2023-07-20' },
      { code: 'SEKOLAH_7_15', family: f(2), member: memberId(2), value: 1, date: '2023-07-16' },
      { code: 'SEKOLAH_7_15', family: f(3), member: memberId(3), value: 0, date: null },
    ]);
    expect(listBatches(app.svc(), 1)[0]).toMatchObject({ kind: 'survey', imported: 4, rejected: 4 });

    // A correction for family 1: replaces its value; undoing it restores 100.000.
    const fix = await writeSurveyWave(join(app.dir, 'koreksi.xlsx'), [[4, [1, null, welfareKk(1), 'Keluarga 1', '15-07-2023', '105.000', null, null]]]);
    const second = await runImport(app.svc(), request(fix), { dryRun: false });
    expect(second).toMatchObject({ batchId: 2, imported: 1, updated: 1, rejected: 0, survey: { values: 1, replaced: 1 } });
    expect(await rejectedCode(Promise.resolve().then(() => undoBatch(app.svc(), 1)))).toBe('BATCH_UNDO_BLOCKED');
    undoBatch(app.svc(), 2);
    expect((values() as { code: string; family: number; value: number }[]).find((v) => v.code === 'KONSUMSI_KAPITA' && v.family === f(1))!.value).toBe(100_000);
    undoBatch(app.svc(), 1);
    expect(values()).toEqual([]);
    expect(rowCount(app.svc().db, 'survey_values')).toBe(0);
  });

  it("warns when a row's No. KK is not the family its NIK is registered in, and keeps the values for that person and family", async () => {
    const f = (n: number) => reg.families[welfareKk(n)]!;
    const file = await writeSurveyWave(join(app.dir, 'kk-lain.xlsx'), [[4, [1, welfareNik(2), welfareKk(3), 'Keluarga 2', '16-07-2023', 210000, 'YA', null]]]);
    const preview = await previewImport(app.svc(), request(file));
    expect(preview.counts).toMatchObject({ rows: 1, new: 1, rejected: 0, warnings: 1 });
    expect(preview.issues).toEqual([
      {
        row: 4,
        column: 'NO KK',
        code: 'SURVEY_KK_MISMATCH',
        severity: 'warning',
        message: `NIK ${welfareNik(2)} terdaftar pada No. KK ${welfareKk(2)}, bukan ${welfareKk(3)} seperti di berkas. Nilai dicatat untuk orang ini dan keluarga No. KK ${welfareKk(2)}; periksa No. KK di berkas.`,
      },
    ]);
    const result = await runImport(app.svc(), request(file), { dryRun: false });
    expect(result).toMatchObject({ imported: 1, rejected: 0 });
    expect(result.issues.map((i) => i.code)).toEqual(['SURVEY_KK_MISMATCH']);
    expect(values()).toEqual([
      { code: 'KONSUMSI_KAPITA', family: f(2), member: 0, value: 210_000, date: '2023-07-16' },
      { code: 'SEKOLAH_7_15', family: f(2), member: memberId(2), value: 1, date: '2023-07-16' },
    ]);
  });

  it('writes the rejected rows with KETERANGAN to the error workbook, the lost NIK as Excel showed it', async () => {
    const target = join(app.dir, 'survei-ditolak.xlsx');
    const withDialogs = tempApp({ dialogs: { openFile: async () => null, saveFile: async () => target } });
    try {
      completeSetup(withDialogs.svc(), withDialogs.ctx.regions, '35.15', SIDOARJO_PROFILE);
      writeFamilies(withDialogs.svc(), FAMILIES);
      const w = await call<SurveyWave>(withDialogs, 'impact.createWave', { code: 'BASELINE-2023', name: 'Survei awal 2023', kind: 'baseline', heldOn: '2023-07-01' });
      const file = await writeSurveyWave(join(withDialogs.dir, 'survei.xlsx'));
      expect(await call(withDialogs, 'imports.saveErrorWorkbook', { ...request(file), waveId: w.id })).toEqual({ path: target, rows: 4 });
    } finally {
      withDialogs.dispose();
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('I1').value).toBe('KETERANGAN');
    expect(ws.actualRowCount).toBe(5);
    expect(String(ws.getCell('I2').value)).toBe('Baris 7: SEKOLAH_7_15 diukur per orang: baris tanpa NIK tidak dapat menyimpannya.');
    expect(ws.getCell('B3').value).toBe('3.51508E+15');
    expect(String(ws.getCell('I4').value)).toMatch(/^Baris 9: No\. KK 3515080101209999 tidak ada di data penerima/);
  });

  it('needs its wave: WAVE_REQUIRED without one, WAVE_UNKNOWN for another id', async () => {
    const file = await writeSurveyWave(join(app.dir, 'survei.xlsx'));
    const { waveId: _w, ...noWave } = request(file);
    expect(await rejectedCode(previewImport(app.svc(), noWave))).toBe('WAVE_REQUIRED');
    expect(await rejectedCode(runImport(app.svc(), request(file, { waveId: 99 }), { dryRun: false }))).toBe('WAVE_UNKNOWN');
  });
});
