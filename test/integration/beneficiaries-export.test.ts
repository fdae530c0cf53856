import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_REGISTER_QUERY, type RegisterQuery } from '../../shared/domain/register-query';
import type { ExportResult, OverlapMatrix } from '../../shared/ipc/beneficiaries';
import type { Events } from '../../shared/ipc';
import { listAudit } from '../../electron/audit/service';
import { completeSetup } from '../../electron/settings/service';
import { bulkFamilies, seedRegister, SUKODONO, writeFamilies, type SeededRegister } from '../support/register-fixture';
import { call, SIDOARJO_PROFILE, tempApp, type TempApp } from '../support/temp-app';

let app: TempApp;
let reg: SeededRegister;
let saveAnswers: (string | null)[];
let progress: Events['task.progress'][];
beforeEach(() => {
  saveAnswers = [];
  progress = [];
  app = tempApp({
    dialogs: { openFile: async () => null, saveFile: async () => saveAnswers.shift() ?? null },
    emit: (event, payload) => {
      if (event === 'task.progress') progress.push(payload);
    },
  });
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
  reg = seedRegister(app.svc());
});
afterEach(() => app.dispose());

async function exportTo(name: string, query: Partial<RegisterQuery>, fullNik: boolean): Promise<{ result: ExportResult; ws: ExcelJS.Worksheet }> {
  const path = join(app.dir, name);
  saveAnswers.push(path);
  const result = await call<ExportResult>(app, 'beneficiaries.export', { query: { ...EMPTY_REGISTER_QUERY, ...query }, fullNik, taskId: name });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return { result, ws: wb.worksheets[0]! };
}

const rowValues = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1);

describe('register export', () => {
  it('writes the view with a title, frozen header, autofilter, A4 landscape, and masked NIK as text', async () => {
    const { result, ws } = await exportTo('pkh.xlsx', { programId: reg.programs.PKH!, kecamatanCode: SUKODONO }, false);
    expect(result).toMatchObject({ fileName: 'pkh.xlsx', rows: 5, fullNik: false });

    const title = String(ws.getCell('A1').value);
    expect(title).toContain('Program Keluarga Harapan (PKH)');
    expect(title).toContain('Tahap III 2024');
    expect(title).toContain('Dinas Sosial Kabupaten Sidoarjo');
    const subtitle = String(ws.getCell('A2').value);
    expect(subtitle).toContain('30 September 2024');
    expect(subtitle).toContain('Kecamatan Sukodono');
    expect(subtitle).toContain('NIK disamarkan');

    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.autoFilter).toBe('A3:S3');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });

    expect(rowValues(ws, 3).slice(0, 8)).toEqual(['No.', 'NIK', 'Nama', 'Pengurus', 'Hubungan keluarga', 'L/P', 'Tanggal lahir', 'No. KK']);
    expect(ws.rowCount).toBe(3 + 5);
    const siti = ws.getRow(4);
    expect(siti.getCell(2).value).toBe('3515**********02');
    expect(siti.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(siti.getCell(2).numFmt).toBe('@');
    expect(siti.getCell(3).value).toBe('Siti Aminah');
    expect(siti.getCell(8).value).toBe('3515140101100001');
    expect(siti.getCell(8).type).toBe(ExcelJS.ValueType.String);
    expect(siti.getCell(8).numFmt).toBe('@');
    expect(siti.getCell(7).value).toEqual(new Date('1968-08-05T00:00:00Z'));
    expect(rowValues(ws, 4).slice(14)).toEqual(['Aktif', new Date('2024-04-01T00:00:00Z'), '2024-Q3', 500_000, 'SMA 1']);
    // Not one full NIK anywhere in a masked export.
    ws.eachRow((row, n) => {
      if (n > 3) expect(String(row.getCell(2).value)).toMatch(/^\d{4}\*{10}\d{2}$/);
    });

    const [audit] = listAudit(app.svc(), { entity: 'register', limit: 5 });
    expect(audit).toMatchObject({ action: 'export', entityId: 'PKH', after: { file: 'pkh.xlsx', rows: 5, fullNik: false } });
  });

  it('writes full NIK only when asked, and records that choice as export_full_nik', async () => {
    const { ws } = await exportTo('lengkap.xlsx', { search: 'Sholeh' }, true);
    expect(String(ws.getCell('A1').value)).toContain('Semua program');
    expect(String(ws.getCell('A2').value)).toContain('NIK LENGKAP');
    const niks = [4, 5].map((r) => ws.getRow(r).getCell(2).value);
    expect(niks).toEqual(['3515140303650003', '3515081010700006']);
    expect(ws.getRow(4).getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(rowValues(ws, 3).at(-1)).toBe('Program (status)');
    expect(ws.getRow(4).getCell(15).value).toBe('PKH (Aktif), SEMBAKO (Aktif)');

    const audit = listAudit(app.svc(), { entity: 'register', limit: 5 });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'export_full_nik', entityId: 'ALL', actor: 'penguji', after: { fullNik: true, rows: 2, query: { search: 'Sholeh' } } });
  });

  it('streams a big view in chunks with progress, and writes nothing when the dialog is cancelled', async () => {
    writeFamilies(app.svc(), bulkFamilies(800), reg);
    const { result, ws } = await exportTo('besar.xlsx', {}, false);
    expect(result.rows).toBe(8 + 2400);
    expect(ws.rowCount).toBe(3 + 2408);
    expect(ws.getRow(3 + 2408).getCell(1).value).toBe(2408);
    expect(progress.map((p) => p.done)).toEqual([1000, 2000, 2408, 2408]);
    expect(progress.every((p) => p.taskId === 'besar.xlsx' && p.total === 2408)).toBe(true);

    const audits = listAudit(app.svc(), { entity: 'register', limit: 5 }).length;
    const cancelled = await call(app, 'beneficiaries.export', { query: EMPTY_REGISTER_QUERY, fullNik: true, taskId: 'x' });
    expect(cancelled).toBeNull();
    expect(listAudit(app.svc(), { entity: 'register', limit: 5 })).toHaveLength(audits);
  });

  it('stops a running export on cancel and leaves no file', async () => {
    writeFamilies(app.svc(), bulkFamilies(800), reg);
    const path = join(app.dir, 'batal.xlsx');
    saveAnswers.push(path);
    const running = call(app, 'beneficiaries.export', { query: EMPTY_REGISTER_QUERY, fullNik: false, taskId: 'batal' });
    // The first chunk is written before the export yields; cancel lands between chunks.
    await new Promise((resolve) => setImmediate(resolve));
    expect(await call(app, 'beneficiaries.cancelExport', { taskId: 'batal' })).toEqual({ cancelled: true });
    expect(await running).toBeNull();
    expect(existsSync(path)).toBe(false);
    expect(listAudit(app.svc(), { entity: 'register', limit: 5 })).toEqual([]);
    expect(await call(app, 'beneficiaries.cancelExport', { taskId: 'batal' })).toEqual({ cancelled: false });
  });
});

describe('cross-program overlap', () => {
  it('counts families receiving each pair of active programs', async () => {
    const matrix = await call<OverlapMatrix>(app, 'beneficiaries.overlap', {});
    const codes = matrix.programs.map((p) => p.code);
    expect(codes).toEqual(['ASPD', 'ATENSI', 'BLT-DD', 'PBI-JK', 'PKH', 'PKH-PLUS', 'RUTILAHU', 'SEMBAKO']);
    const cell = (a: string, b: string) => matrix.counts[codes.indexOf(a)]![codes.indexOf(b)];
    // PKH: families 1 and 3 (family 2 graduated); SEMBAKO: 1 and 3; PBI-JK: family 2 through Dewi.
    expect(cell('PKH', 'PKH')).toBe(2);
    expect(cell('SEMBAKO', 'SEMBAKO')).toBe(2);
    expect(cell('PBI-JK', 'PBI-JK')).toBe(1);
    expect(cell('PKH', 'SEMBAKO')).toBe(2);
    expect(cell('SEMBAKO', 'PKH')).toBe(2);
    expect(cell('PKH', 'PBI-JK')).toBe(0);
    expect(cell('ASPD', 'ASPD')).toBe(0);

    // Family 3 leaves SEMBAKO: the pair count follows.
    await call(app, 'beneficiaries.setStatus', {
      enrollmentId: reg.enrollments['3515080303180003:SEMBAKO'],
      status: 'pindah',
      date: '2024-09-01',
      reason: 'Pindah ke Surabaya',
    });
    const after = await call<OverlapMatrix>(app, 'beneficiaries.overlap', {});
    expect(after.counts[codes.indexOf('PKH')]![codes.indexOf('SEMBAKO')]).toBe(1);
    expect(after.counts[codes.indexOf('SEMBAKO')]![codes.indexOf('SEMBAKO')]).toBe(1);
  });
});
