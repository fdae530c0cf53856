import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBatches, undoBatch } from '../../electron/imports/batches';
import { runImport } from '../../electron/imports/commit';
import { previewImport } from '../../electron/imports/preview';
import { parseDisbursementList } from '../../electron/disbursements/import/parse';
import { completeSetup } from '../../electron/settings/service';
import { matchLines } from '../../electron/disbursements/import/match';
import { importProgram } from '../../electron/imports/program';
import { findBlocker } from '../../electron/imports/batches';
import { findStatement, queryPlan, recordStatements } from '../support/query-plans';
import { isAppError } from '../../shared/errors';
import type { ImportPreview, ImportRequest } from '../../shared/ipc/imports';
import { rowCount } from '../support/db-snapshot';
import { seedRegister, type SeededRegister } from '../support/register-fixture';
import { call, SIDOARJO_PROFILE, tempApp, type TempApp } from '../support/temp-app';
import {
  DISBURSEMENT_COUNTS,
  DISBURSEMENT_DATA,
  DISBURSEMENT_EXPECTED,
  DISBURSEMENT_HEADER_ROW,
  DISBURSEMENT_SHEET,
  writeDisbursementList,
  writeFcList,
} from '../fixtures/workbooks';

let app: TempApp;
let seeded: SeededRegister;
beforeEach(() => {
  app = tempApp();
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
  seeded = seedRegister(app.svc());
});
afterEach(() => app.dispose());

const PERIOD = '2024-Q3';

function request(filePath: string, over: Partial<ImportRequest> = {}): ImportRequest {
  return { filePath, programId: seeded.programs.PKH!, sheet: null, period: PERIOD, mapping: null, kind: 'disbursement', ...over };
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; params: Record<string, unknown> }> {
  try {
    await promise;
  } catch (err) {
    if (isAppError(err)) return { code: err.code, params: err.params };
    throw err;
  }
  throw new Error('expected an AppError');
}

function closePeriod(period: string): void {
  app.svc().db
    .prepare("INSERT INTO period_closures (period, closed_at, closed_by, snapshot_json) VALUES (?, '2024-10-01T00:00:00Z', 'penguji', '{}')")
    .run(period);
}

interface LineRow {
  sheet_row: number;
  enrollment_id: number | null;
  nik: string | null;
  kk: string | null;
  kecamatan_code: string | null;
  status: string;
  amount: number;
  paid_on: string | null;
  reason: string;
}

const lines = (): LineRow[] =>
  app.svc().db
    .prepare('SELECT sheet_row, enrollment_id, nik, kk, kecamatan_code, status, amount, paid_on, reason FROM disbursements ORDER BY sheet_row')
    .all() as LineRow[];

const byStatus = DISBURSEMENT_COUNTS.byStatus;

describe('disbursement list import', () => {
  it('previews the hand-counted lines, statuses and issues at their sheet rows, writing nothing', async () => {
    const file = await writeDisbursementList(join(app.dir, 'realisasi-pkh-t3.xlsx'));
    const auditBefore = rowCount(app.svc().db, 'audit_log');
    const preview = await call<ImportPreview>(app, 'imports.preview', request(file));
    expect(preview).toMatchObject({ fileName: 'realisasi-pkh-t3.xlsx', sheet: DISBURSEMENT_SHEET, headerRow: DISBURSEMENT_HEADER_ROW, comparison: null });
    expect(preview.mapping).toEqual({ nik: 1, kk: 2, name: 3, kecamatan: 4, desa: 5, status: 6, nominal: 7, paidOn: 8, reason: 9 });
    expect(preview.counts).toEqual({ rows: 9, imported: 7, new: 7, updated: 0, skipped: 0, rejected: 2, warnings: 4 });
    expect(preview.disbursement).toEqual({
      lines: 7,
      matched: 5,
      notEnrolled: 2,
      byStatus: { tersalur: { kpm: 3, amount: 2_950_000 }, gagal: { kpm: 2, amount: 1_950_000 }, retur: { kpm: 1, amount: 600_000 } },
      alreadyImported: null,
      periodClosed: false,
    });
    expect(preview.disbursement!.byStatus).toEqual(byStatus);
    expect(preview.issues.map((i) => [i.row, i.column, i.code, i.severity])).toEqual(DISBURSEMENT_EXPECTED);
    expect(preview.issues.find((i) => i.row === 9)!.message).toBe(
      'Tidak terdaftar sebagai penerima program PKH. Baris tetap dihitung, sebagai "dibayar tetapi tidak terdaftar".',
    );
    expect(preview.issues.find((i) => i.row === 12)!.message).toContain('Status penyaluran "DIPROSES" tidak dikenal.');
    expect(preview.issues.find((i) => i.row === 13)!.message).toBe('Sudah tersalur di baris 6 untuk KPM yang sama: tersalur dua kali.');
    expect(rowCount(app.svc().db, 'disbursements')).toBe(0);
    expect(rowCount(app.svc().db, 'import_batches')).toBe(0);
    expect(rowCount(app.svc().db, 'audit_log')).toBe(auditBefore);
  });

  it('commits the valid lines as one disbursement batch, matched to enrollments; undo deletes them and keeps the audit', async () => {
    const db = app.svc().db;
    const file = await writeDisbursementList(join(app.dir, 'realisasi.xlsx'));
    const dry = await runImport(app.svc(), request(file), { dryRun: true });
    expect(dry).toMatchObject({ batchId: null, rows: 9, imported: 7, updated: 0, skipped: 0, rejected: 2 });
    expect(rowCount(db, 'disbursements')).toBe(0);

    const progress: number[] = [];
    const done = await runImport(app.svc(), request(file), { dryRun: false, onProgress: (p) => progress.push(p.done) });
    expect(done).toMatchObject({ file: 'realisasi.xlsx', sheet: DISBURSEMENT_SHEET, headerRow: 4, rows: 9, imported: 7, updated: 0, skipped: 0, rejected: 2 });
    expect(done.issues).toEqual(dry.issues);
    expect(done.disbursement).toEqual(dry.disbursement);
    expect(progress.at(-1)).toBe(7);

    const f1 = seeded.enrollments['3515140101100001:PKH']!;
    const f2 = seeded.enrollments['3515140202150002:PKH']!;
    const f3 = seeded.enrollments['3515080303180003:PKH']!;
    expect(lines()).toEqual([
      { sheet_row: 6, enrollment_id: f1, nik: '3515144508680002', kk: '3515140101100001', kecamatan_code: '35.15.14', status: 'tersalur', amount: 500_000, paid_on: '2024-08-15', reason: '' },
      { sheet_row: 7, enrollment_id: f3, nik: '3515081010700006', kk: '3515080303180003', kecamatan_code: '35.15.08', status: 'tersalur', amount: 1_200_000, paid_on: '2024-08-16', reason: '' },
      { sheet_row: 8, enrollment_id: f2, nik: '3515141204900004', kk: '3515140202150002', kecamatan_code: '35.15.14', status: 'gagal', amount: 750_000, paid_on: null, reason: 'REKENING TIDAK AKTIF' },
      { sheet_row: 9, enrollment_id: null, nik: '3515184107850009', kk: '3515180707169999', kecamatan_code: '35.15.18', status: 'tersalur', amount: 750_000, paid_on: '2024-08-20', reason: '' },
      { sheet_row: 11, enrollment_id: null, nik: '3515082102800008', kk: '3515080404190004', kecamatan_code: '35.15.08', status: 'retur', amount: 600_000, paid_on: '2024-09-02', reason: 'RETUR KE KAS NEGARA' },
      { sheet_row: 13, enrollment_id: f1, nik: null, kk: '3515140101100001', kecamatan_code: '35.15.14', status: 'tersalur', amount: 500_000, paid_on: '2024-09-10', reason: '' },
      // The list's kecamatan is unknown: the matched family's own.
      { sheet_row: 14, enrollment_id: f3, nik: '3515084707720007', kk: '3515080303180003', kecamatan_code: '35.15.08', status: 'gagal', amount: 1_200_000, paid_on: null, reason: 'BELUM DIAMBIL' },
    ]);
    const sums = db.prepare('SELECT status, sum(amount) AS amount FROM disbursements GROUP BY status ORDER BY status').all();
    expect(sums).toEqual([
      { status: 'gagal', amount: byStatus.gagal.amount },
      { status: 'retur', amount: byStatus.retur.amount },
      { status: 'tersalur', amount: byStatus.tersalur.amount },
    ]);
    // The register itself is untouched by a disbursement list.
    expect(rowCount(db, 'families')).toBe(4);
    expect(rowCount(db, 'enrollments')).toBe(6);

    const [batch] = listBatches(app.svc(), 10);
    expect(batch).toMatchObject({ id: done.batchId, kind: 'disbursement', programCode: 'PKH', period: PERIOD, fileName: 'realisasi.xlsx', imported: 7, rejected: 2, undoneAt: null });
    const audit = db.prepare("SELECT action, after_json FROM audit_log WHERE entity = 'batch' AND entity_id = ?").all(String(done.batchId)) as { action: string; after_json: string }[];
    expect(audit.map((a) => a.action)).toEqual(['import']);
    expect(JSON.parse(audit[0]!.after_json)).toMatchObject({ kind: 'disbursement', program: 'PKH', period: PERIOD, imported: 7, matched: 5, notEnrolled: 2 });

    const undone = await call<{ undoneAt: string | null }>(app, 'imports.undo', { batchId: done.batchId });
    expect(undone.undoneAt).not.toBeNull();
    expect(rowCount(db, 'disbursements')).toBe(0);
    const after = db.prepare("SELECT action FROM audit_log WHERE entity = 'batch' AND entity_id = ? ORDER BY id").all(String(done.batchId));
    expect(after).toEqual([{ action: 'import' }, { action: 'undo' }]);
  });

  it('refuses the same list twice (also re-saved under another name) until the earlier batch is undone; a follow-up list goes in', async () => {
    const db = app.svc().db;
    const file = await writeDisbursementList(join(app.dir, 'realisasi.xlsx'));
    const first = await runImport(app.svc(), request(file), { dryRun: false });

    const copy = await writeDisbursementList(join(app.dir, 'realisasi (1).xlsx'));
    const preview = await previewImport(app.svc(), request(copy));
    expect(preview.disbursement!.alreadyImported).toEqual({ batchId: first.batchId, fileName: 'realisasi.xlsx', lines: 7 });
    const refused = await failure(runImport(app.svc(), request(copy), { dryRun: false }));
    expect(refused).toEqual({
      code: 'DISBURSEMENT_ALREADY_IMPORTED',
      params: { batch: first.batchId, file: 'realisasi.xlsx', lines: 7, program: 'PKH', period: 'Tahap III 2024' },
    });
    expect(rowCount(db, 'disbursements')).toBe(7);
    expect(rowCount(db, 'import_batches')).toBe(1);

    // A follow-up (susulan) list: Mochammad Rizki paid after all, on another date; one family paid again.
    const followUp = await writeDisbursementList(join(app.dir, 'susulan.xlsx'), [
      [6, [1, '3515141204900004', '3515140202150002', 'MOCHAMMAD RIZKI', 'SUKODONO', 'KEBONAGUNG', 'TERSALUR', 750000, '25-09-2024', null]],
      [7, [2, '3515081010700006', '3515080303180003', 'MUHAMMAD SHOLEH', 'SIDOARJO', null, 'TERSALUR', 1200000, '26-09-2024', null]],
    ]);
    const more = await runImport(app.svc(), request(followUp), { dryRun: false });
    expect(more).toMatchObject({ rows: 2, imported: 2, rejected: 0 });
    expect(more.disbursement!.byStatus.tersalur).toEqual({ kpm: 2, amount: 1_950_000 });
    expect(more.issues.map((i) => [i.row, i.code, i.message])).toEqual([
      [7, 'PAID_TWICE', `KPM ini sudah tersalur pada impor #${first.batchId} untuk Tahap III 2024: tersalur dua kali.`],
    ]);

    undoBatch(app.svc(), first.batchId!);
    const again = await runImport(app.svc(), request(copy), { dryRun: false });
    expect(again.imported).toBe(7);
    expect(rowCount(db, 'disbursements')).toBe(9);
    // The same lines for another period are another tahap's payment.
    const q4 = await runImport(app.svc(), request(file, { period: '2024-Q4' }), { dryRun: false });
    expect(q4.imported).toBe(7);
  });

  it('refuses a closed period: import, undo, and a register import tied to it (PERIOD_CLOSED); other periods go on', async () => {
    const db = app.svc().db;
    const file = await writeDisbursementList(join(app.dir, 'realisasi.xlsx'));
    const done = await runImport(app.svc(), request(file), { dryRun: false });
    closePeriod(PERIOD);
    const before = rowCount(db, 'disbursements');

    const copy = await writeDisbursementList(join(app.dir, 'lagi.xlsx'), DISBURSEMENT_DATA.slice(0, 1).map(([, cells]) => [20, cells] as const));
    const refused = await failure(runImport(app.svc(), request(copy), { dryRun: false }));
    expect(refused).toEqual({ code: 'PERIOD_CLOSED', params: { period: 'Tahap III 2024' } });
    expect((await previewImport(app.svc(), request(copy))).disbursement!.periodClosed).toBe(true);

    expect(await failure(Promise.resolve().then(() => undoBatch(app.svc(), done.batchId!)))).toMatchObject({ code: 'PERIOD_CLOSED' });
    expect(rowCount(db, 'disbursements')).toBe(before);
    expect(listBatches(app.svc(), 10)[0]!.undoneAt).toBeNull();

    const fc = await writeFcList(join(app.dir, 'fc.xlsx'));
    const register = await failure(runImport(app.svc(), { ...request(fc), kind: 'register' }, { dryRun: false }));
    expect(register.code).toBe('PERIOD_CLOSED');
    expect(rowCount(db, 'families')).toBe(4);
    expect(rowCount(db, 'import_batches')).toBe(1);

    // Reopened (as the Penyaluran page does), the undo goes through.
    db.prepare("UPDATE period_closures SET reopened_at = 'x', reopened_by = 'penguji', reopen_reason = 'koreksi data bank' WHERE period = ?").run(PERIOD);
    undoBatch(app.svc(), done.batchId!);
    expect(rowCount(db, 'disbursements')).toBe(0);
  });

  it('needs a period (PERIOD_REQUIRED), and matches per-person programs by the member’s own enrollment', async () => {
    const file = await writeDisbursementList(join(app.dir, 'realisasi.xlsx'));
    expect(await failure(previewImport(app.svc(), request(file, { period: null })))).toEqual({ code: 'PERIOD_REQUIRED', params: {} });
    expect((await failure(runImport(app.svc(), request(file, { period: null }), { dryRun: true }))).code).toBe('PERIOD_REQUIRED');

    // PBI-JK enrolls Dewi Lestari alone: a line with her NIK matches; her husband's (same KK) does not.
    const pbi = await writeDisbursementList(join(app.dir, 'pbi.xlsx'), [
      [6, [1, '3515145506920005', '3515140202150002', 'DEWI LESTARI', 'SUKODONO', null, 'TERSALUR', 126000, null, null]],
      [7, [2, '3515141204900004', '3515140202150002', 'MOCHAMMAD RIZKI', 'SUKODONO', null, 'TERSALUR', 126000, null, null]],
      [8, [3, null, '3515140202150002', 'KELUARGA RIZKI', 'SUKODONO', null, 'TERSALUR', 126000, null, null]],
    ]);
    const result = await runImport(app.svc(), request(pbi, { programId: seeded.programs['PBI-JK']! }), { dryRun: false });
    expect(result.disbursement).toMatchObject({ lines: 3, matched: 1, notEnrolled: 2 });
    expect(lines().map((l) => l.enrollment_id)).toEqual([seeded.enrollments['3515140202150002:PBI-JK'], null, null]);
  });

  it('blocks undoing a register batch whose enrollments were paid by a later disbursement list', async () => {
    const fc = await writeFcList(join(app.dir, 'fc.xlsx'));
    const register = await runImport(app.svc(), { ...request(fc), kind: 'register', programId: seeded.programs.SEMBAKO! }, { dryRun: false });
    // SUMIATI (row 7 of the FC list) is new in SEMBAKO through that batch.
    const paid = await writeDisbursementList(join(app.dir, 'sembako.xlsx'), [
      [6, [1, '3515145203750001', '3515140202110002', 'SUMIATI', 'SUKODONO', null, 'TERSALUR', 600000, null, null]],
    ]);
    const disbursed = await runImport(app.svc(), request(paid, { programId: seeded.programs.SEMBAKO! }), { dryRun: false });
    expect(disbursed.disbursement!.matched).toBe(1);
    expect(await failure(Promise.resolve().then(() => undoBatch(app.svc(), register.batchId!)))).toMatchObject({
      code: 'BATCH_UNDO_BLOCKED',
      params: { batch: register.batchId, by: `impor #${disbursed.batchId}` },
    });
    undoBatch(app.svc(), disbursed.batchId!);
    expect(undoBatch(app.svc(), register.batchId!).undoneAt).not.toBeNull();
  });

  it('a cancel while writing rolls the whole list back', async () => {
    const db = app.svc().db;
    const file = await writeDisbursementList(join(app.dir, 'realisasi.xlsx'));
    const auditBefore = rowCount(db, 'audit_log');
    const signal = { aborted: false };
    const seen: number[] = [];
    const run = runImport(app.svc(), request(file), {
      dryRun: false,
      signal,
      onProgress: (p) => {
        if (p.label !== 'Menyimpan daftar penyaluran…') return;
        seen.push(p.done);
        if (p.done === 3) signal.aborted = true;
      },
    });
    expect((await failure(run)).code).toBe('IMPORT_CANCELLED');
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(rowCount(db, 'disbursements')).toBe(0);
    expect(rowCount(db, 'import_batches')).toBe(0);
    expect(rowCount(db, 'audit_log')).toBe(auditBefore);
  });

  it('matches and checks earlier lines through indexes, not table scans', async () => {
    const db = app.svc().db;
    const file = await writeDisbursementList(join(app.dir, 'realisasi.xlsx'));
    const done = await runImport(app.svc(), request(file), { dryRun: false });
    const parsed = await parseDisbursementList(app.svc(), request(file));
    const recorded = recordStatements(db, () => {
      matchLines(app.svc(), importProgram(app.svc(), seeded.programs.PKH!), PERIOD, parsed.rows, { locale: 'id', headers: parsed.headers, mapping: parsed.mapping });
    });
    const plan = (pattern: RegExp) => queryPlan(db, findStatement(recorded, pattern)).join(' / ');
    // Whichever of the (program, period) indexes the planner picks: a search on both columns, never a scan.
    expect(plan(/FROM disbursements d JOIN import_batches/)).toMatch(
      /^SEARCH d USING (COVERING )?INDEX disbursements_\w+ \((program_id=\? AND period=\?|period=\? AND program_id=\?)/,
    );
    expect(plan(/FROM enrollments WHERE program_id/)).toMatch(/SEARCH enrollments USING (COVERING )?INDEX sqlite_autoindex_enrollments_1 \(program_id=\? AND family_id=\?\)/);
    expect(plan(/FROM members WHERE nik IN/)).toMatch(/SEARCH members USING INDEX sqlite_autoindex_members_1 \(nik=\?\)/);

    // The undo of a register batch probes the lines by enrollment (the probe runs whatever the batch).
    const blocker = recordStatements(db, () => void findBlocker(app.svc(), done.batchId!));
    const probe = queryPlan(db, findStatement(blocker, /FROM disbursements d JOIN import_batches b ON b.id = d.batch_id\s+WHERE d.enrollment_id IN/)).join(' / ');
    expect(probe).toMatch(/SEARCH d USING INDEX disbursements_enrollment \(enrollment_id=\?\)/);
  });

  it('writes the rejected lines to an error workbook with KETERANGAN (imports.saveErrorWorkbook), NIK as it was shown', async () => {
    const target = join(app.dir, 'ditolak.xlsx');
    const asked: string[] = [];
    const withDialogs = tempApp({
      dialogs: {
        openFile: async () => null,
        saveFile: async ({ defaultName }) => {
          asked.push(defaultName ?? '');
          return target;
        },
      },
    });
    try {
      completeSetup(withDialogs.svc(), withDialogs.ctx.regions, '35.15', SIDOARJO_PROFILE);
      const programs = seedRegister(withDialogs.svc()).programs;
      const file = await writeDisbursementList(join(withDialogs.dir, 'realisasi.xlsx'));
      const saved = await call(withDialogs, 'imports.saveErrorWorkbook', { ...request(file), programId: programs.PKH! });
      expect(saved).toEqual({ path: target, rows: 2 });
      expect(asked).toEqual(['realisasi-ditolak.xlsx']);
    } finally {
      withDialogs.dispose();
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([undefined, ...DISBURSEMENT_HEADERS_WITH_REASON]);
    expect(ws.actualRowCount).toBe(3);
    expect(ws.getCell('B2').value).toBe('3.51514E+15');
    expect(String(ws.getCell('K2').value)).toMatch(/^Baris 10: NIK tersimpan sebagai angka di Excel/);
    expect(ws.getCell('G3').value).toBe('DIPROSES');
    expect(String(ws.getCell('K3').value)).toMatch(/^Baris 12: Status penyaluran "DIPROSES" tidak dikenal/);
  });
});

const DISBURSEMENT_HEADERS_WITH_REASON = ['NO', 'NIK PENERIMA', 'NO KK', 'NAMA PENERIMA', 'KEC.', 'DESA/KELURAHAN', 'STATUS SALUR', 'JUMLAH DITERIMA', 'TGL SALUR', 'KET. GAGAL', 'KETERANGAN'];
