import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../electron/imports/commit';
import { listBatches, undoBatch } from '../../electron/imports/batches';
import { completeSetup } from '../../electron/settings/service';
import type { ImportPreview, ImportRequest, ImportResult } from '../../shared/ipc/imports';
import { writeFcList, writeLargeList, writeLegacyXls, writeTruncatedXlsx } from '../fixtures/workbooks';
import { registerDump } from '../support/register-dump';
import { rowCount } from '../support/db-snapshot';
import { call, SIDOARJO_PROFILE, tempApp, type TempApp } from '../support/temp-app';
import { rejectedCode } from '../support/app-errors';

let app: TempApp;
beforeEach(() => {
  app = tempApp();
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
});
afterEach(() => app.dispose());

const programId = (code: string) => (app.svc().db.prepare('SELECT id FROM programs WHERE code = ?').get(code) as { id: number }).id;

function request(filePath: string, code = 'PKH', period: string | null = null): ImportRequest {
  return { filePath, programId: programId(code), sheet: null, period, mapping: null };
}

// The FC fixture: 17 data rows; 11 carry an error (rejected), 6 go in (3 of them with warnings).
const FC_COUNTS = { rows: 17, rejected: 11, valid: 6 };

describe('sidampak import of a workbook', () => {
  it('dry run writes nothing; the commit writes one batch; a re-import skips every row; undo restores exactly', async () => {
    const db = app.svc().db;
    const file = await writeFcList(join(app.dir, 'fc-pkh-2024-q3.xlsx'));
    const empty = registerDump(db);
    const auditBefore = rowCount(db, 'audit_log');

    const dry = await runImport(app.svc(), request(file, 'PKH', '2024-Q3'), { dryRun: true });
    expect(dry).toMatchObject({ batchId: null, file: 'fc-pkh-2024-q3.xlsx', sheet: 'DATA KPM', headerRow: 4, rows: 17, imported: 6, updated: 0, skipped: 0, rejected: 11 });
    expect(registerDump(db)).toEqual(empty);
    expect(rowCount(db, 'import_batches')).toBe(0);
    expect(rowCount(db, 'audit_log')).toBe(auditBefore);

    const done = await runImport(app.svc(), request(file, 'PKH', '2024-Q3'), { dryRun: false });
    expect(done).toMatchObject({ rows: FC_COUNTS.rows, imported: FC_COUNTS.valid, updated: 0, skipped: 0, rejected: FC_COUNTS.rejected });
    expect(done.issues).toEqual(dry.issues);
    expect(rowCount(db, 'families')).toBe(FC_COUNTS.valid);
    expect(rowCount(db, 'members')).toBe(FC_COUNTS.valid);
    expect(rowCount(db, 'enrollment_periods')).toBe(FC_COUNTS.valid);
    // Siti Aminah: AUD 1 and SD 1, Rp975.000, kept with the enrollment for the tahap.
    const siti = db
      .prepare(
        `SELECT ep.nominal, ep.components_json, e.status FROM members m JOIN enrollments e ON e.family_id = m.family_id
         JOIN enrollment_periods ep ON ep.enrollment_id = e.id WHERE m.nik = '3515144508680002'`,
      )
      .get() as { nominal: number; components_json: string; status: string };
    expect(siti.nominal).toBe(975_000);
    expect(JSON.parse(siti.components_json)).toMatchObject({ AUD: 1, SD: 1 });
    expect(siti.status).toBe('aktif');
    expect(listBatches(app.svc(), 5).map((b) => [b.kind, b.programCode, b.period, b.fileName, b.imported, b.rejected])).toEqual([
      ['register', 'PKH', '2024-Q3', 'fc-pkh-2024-q3.xlsx', 6, 11],
    ]);
    const afterFirst = registerDump(db);

    const again = await runImport(app.svc(), request(file, 'PKH', '2024-Q3'), { dryRun: false });
    expect(again).toMatchObject({ rows: 17, imported: 0, updated: 0, skipped: 6, rejected: 11 });
    expect(registerDump(db)).toEqual(afterFirst);

    undoBatch(app.svc(), again.batchId!);
    undoBatch(app.svc(), done.batchId!);
    expect(registerDump(db)).toEqual(empty);
    expect(db.prepare("SELECT action FROM audit_log WHERE entity = 'batch' ORDER BY id").all()).toEqual([
      { action: 'import' },
      { action: 'import' },
      { action: 'undo' },
      { action: 'undo' },
    ]);
  });

  it('a file that cannot be read changes nothing', async () => {
    const db = app.svc().db;
    const before = registerDump(db);
    const auditBefore = rowCount(db, 'audit_log');
    expect(await rejectedCode(runImport(app.svc(), request(writeLegacyXls(join(app.dir, 'lama.xls'))), { dryRun: false }))).toBe('FILE_LEGACY_XLS');
    const truncated = await writeTruncatedXlsx(join(app.dir, 'putus.xlsx'));
    expect(await rejectedCode(runImport(app.svc(), request(truncated), { dryRun: false }))).toMatch(/^FILE_/);
    expect(registerDump(db)).toEqual(before);
    expect(rowCount(db, 'import_batches')).toBe(0);
    expect(rowCount(db, 'audit_log')).toBe(auditBefore);
  });

  it('the preview counts new, updated and unchanged rows and compares with the previous tahap', async () => {
    const q2 = await writeLargeList(join(app.dir, 'q2.xlsx'), 60, { seed: 3 });
    const q3 = await writeLargeList(join(app.dir, 'q3.xlsx'), 60, { seed: 4 });
    await runImport(app.svc(), request(q2.path, 'PKH', '2024-Q2'), { dryRun: false });
    const preview = await call<ImportPreview>(app, 'imports.preview', request(q3.path, 'PKH', '2024-Q3'));
    const result = await runImport(app.svc(), request(q3.path, 'PKH', '2024-Q3'), { dryRun: true });
    expect(preview.counts).toMatchObject({ rows: 60, new: result.imported, imported: result.imported, updated: result.updated, skipped: result.skipped, rejected: 0 });
    expect(preview.comparison).not.toBeNull();
    const comparison = preview.comparison!;
    expect(comparison.previousPeriod).toBe('2024-Q2');
    // Two seeds, two different sets of families: none continues, all of Q2's are gone.
    expect(comparison.continuing).toBe(0);
    expect(comparison.newFamilies).toBe(q3.families);
    expect(comparison.gone).toHaveLength(q2.families);
    expect(comparison.gone.every((g) => /^\d{16}$/.test(g.kk) && g.name.length > 0 && g.kecamatan !== null)).toBe(true);

    const same = await call<ImportPreview>(app, 'imports.preview', request(q2.path, 'PKH', '2024-Q2'));
    expect(same.counts).toMatchObject({ rows: 60, new: 0, updated: 0, skipped: 60 });
    expect(same.comparison).toBeNull();
  });

  it('a cancel while reading or writing leaves nothing behind', async () => {
    const db = app.svc().db;
    const big = await writeLargeList(join(app.dir, 'besar.xlsx'), 1500, { seed: 5 });
    const before = registerDump(db);
    for (const phase of ['Membaca', 'Menyimpan']) {
      const controller = new AbortController();
      const labels: string[] = [];
      const code = await rejectedCode(
        runImport(app.svc(), request(big.path), {
          dryRun: false,
          signal: controller.signal,
          onProgress: (p) => {
            labels.push(p.label);
            if (p.label.startsWith(phase) && p.done > 0) controller.abort();
          },
        }),
      );
      expect(code).toBe('IMPORT_CANCELLED');
      expect(labels.some((l) => l.startsWith(phase))).toBe(true);
      expect(registerDump(db)).toEqual(before);
      expect(rowCount(db, 'import_batches')).toBe(0);
    }
  });
});

describe('imports.commit through the dispatcher (in this thread)', () => {
  it('relays progress as task.progress events and refuses a second import while one runs', async () => {
    const events: { taskId: string; label: string; done: number; total: number }[] = [];
    const local = tempApp({ emit: (event, payload) => event === 'task.progress' && events.push(payload) });
    try {
      completeSetup(local.svc(), local.ctx.regions, '35.15', SIDOARJO_PROFILE);
      const file = await writeLargeList(join(local.dir, 'daftar.xlsx'), 300, { seed: 9 });
      const pkh = (local.svc().db.prepare("SELECT id FROM programs WHERE code = 'PKH'").get() as { id: number }).id;
      const input = { filePath: file.path, programId: pkh, sheet: null, period: '2024-Q3', mapping: null };
      const first = local.dispatch('imports.commit', { ...input, taskId: 'satu' }, { senderUrl: null });
      const second = await local.dispatch('imports.commit', { ...input, taskId: 'dua' }, { senderUrl: null });
      expect(second).toMatchObject({ ok: false, code: 'IMPORT_BUSY' });
      const reply = await first;
      expect(reply.ok).toBe(true);
      const result = (reply as { value: ImportResult }).value;
      expect(result).toMatchObject({ rows: 300, imported: 300 });
      expect(new Set(events.map((e) => e.taskId))).toEqual(new Set(['satu']));
      const writing = events.filter((e) => e.label.startsWith('Menyimpan'));
      expect(writing.at(-1)).toMatchObject({ done: 300, total: 300 });
      expect(writing.length).toBeGreaterThanOrEqual(100);
      expect(await call(local, 'imports.cancel', { taskId: 'satu' })).toEqual({ cancelled: false });
    } finally {
      local.dispose();
    }
  });
});
