import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessRunner, setImportRunner, workerRunner } from '../../electron/imports/task-runner';
import { completeSetup } from '../../electron/settings/service';
import type { Events } from '../../shared/ipc';
import type { ImportResult } from '../../shared/ipc/imports';
import { writeDisbursementList, writeLargeList, type LargeListSummary } from '../fixtures/workbooks';
import { seedRegister } from '../support/register-fixture';
import { rowCount } from '../support/db-snapshot';
import { registerDump } from '../support/register-dump';
import { bundleWorker } from '../support/worker-bundle';
import { SIDOARJO_PROFILE, tempApp, type TempApp } from '../support/temp-app';

// The worker runs from a bundle, as in the app.
let bundle: Awaited<ReturnType<typeof bundleWorker>>;
let workerFile: string;
beforeAll(async () => {
  bundle = await bundleWorker('electron/imports/worker.ts');
  workerFile = bundle.file;
}, 60_000);
afterAll(() => bundle.dispose());

type Progress = Events['task.progress'];

function setUp(events: Progress[]): TempApp {
  const app = tempApp({ emit: (event, payload) => event === 'task.progress' && events.push(payload) });
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
  return app;
}

async function commit(app: TempApp, list: LargeListSummary, taskId: string, period: string | null = '2024-Q3') {
  const pkh = (app.svc().db.prepare("SELECT id FROM programs WHERE code = 'PKH'").get() as { id: number }).id;
  return app.dispatch('imports.commit', { filePath: list.path, programId: pkh, sheet: null, period, mapping: null, taskId }, { senderUrl: null });
}

describe('the import in a worker thread', () => {
  it('reports progress and ends with the same result and register as in this thread', async () => {
    const workerEvents: Progress[] = [];
    const localEvents: Progress[] = [];
    const inWorker = setUp(workerEvents);
    const inThread = setUp(localEvents);
    try {
      setImportRunner(inWorker.ctx, workerRunner(workerFile));
      const empty = registerDump(inWorker.svc().db);
      const list = await writeLargeList(join(inWorker.dir, 'daftar.xlsx'), 800, { seed: 11 });
      const pkh = (inWorker.svc().db.prepare("SELECT id FROM programs WHERE code = 'PKH'").get() as { id: number }).id;
      const previewInput = { filePath: list.path, programId: pkh, sheet: null, period: '2024-Q3', mapping: null };
      const previewViaWorker = await inWorker.dispatch('imports.preview', previewInput, { senderUrl: null });
      expect(previewViaWorker).toMatchObject({ ok: true, value: { counts: { rows: 800, new: 800 } } });
      expect(previewViaWorker).toEqual(await inThread.dispatch('imports.preview', previewInput, { senderUrl: null }));
      const viaWorker = await commit(inWorker, list, 'w1');
      const viaThread = await commit(inThread, list, 't1');
      expect(viaWorker.ok).toBe(true);
      expect(viaWorker).toEqual(viaThread);
      expect((viaWorker as { value: ImportResult }).value).toMatchObject({ rows: 800, imported: 800, rejected: 0 });
      // The worker wrote through its own connection; the app's connection sees it committed.
      expect(registerDump(inWorker.svc().db)).toEqual(registerDump(inThread.svc().db));
      expect(rowCount(inWorker.svc().db, 'members')).toBe(800);

      expect(workerEvents.every((e) => e.taskId === 'w1')).toBe(true);
      const writing = workerEvents.filter((e) => e.label.startsWith('Menyimpan'));
      expect(writing.length).toBeGreaterThanOrEqual(100);
      expect(writing.at(-1)).toEqual({ taskId: 'w1', label: writing[0]!.label, done: 800, total: 800 });
      expect(workerEvents.map((e) => e.label)).toEqual(localEvents.map((e) => e.label));

      // Again, now from the register the first import wrote: every row is skipped.
      const again = await commit(inWorker, list, 'w2');
      expect((again as { value: ImportResult }).value).toMatchObject({ imported: 0, updated: 0, skipped: 800 });

      // Undo runs in the worker too; the register is back to empty, the batches stay as history.
      for (const reply of [again, viaWorker]) {
        const batchId = (reply as { value: ImportResult }).value.batchId;
        const undone = await inWorker.dispatch('imports.undo', { batchId }, { senderUrl: null });
        expect(undone).toMatchObject({ ok: true, value: { id: batchId, undoneBy: 'penguji' } });
      }
      expect(registerDump(inWorker.svc().db)).toEqual(empty);
      const refused = await inWorker.dispatch('imports.undo', { batchId: (again as { value: ImportResult }).value.batchId }, { senderUrl: null });
      expect(refused).toMatchObject({ ok: false, code: 'BATCH_ALREADY_UNDONE' });
    } finally {
      inWorker.dispose();
      inThread.dispose();
    }
  }, 60_000);

  it('a cancel while the worker writes rolls everything back', async () => {
    const events: Progress[] = [];
    const app = setUp(events);
    try {
      setImportRunner(app.ctx, workerRunner(workerFile));
      const list = await writeLargeList(join(app.dir, 'besar.xlsx'), 6000, { seed: 12 });
      const before = registerDump(app.svc().db);
      let cancelled: unknown = null;
      const running = commit(app, list, 'batal');
      // Cancel at the first report of the writing phase, as the clerk's button would.
      const original = app.ctx.emit;
      app.ctx.emit = (event, payload) => {
        original(event, payload);
        if (cancelled === null && payload.label.startsWith('Menyimpan') && payload.done > 0) {
          cancelled = app.dispatch('imports.cancel', { taskId: 'batal' }, { senderUrl: null });
        }
      };
      const reply = await running;
      expect(await cancelled).toEqual({ ok: true, value: { cancelled: true } });
      expect(reply).toMatchObject({ ok: false, code: 'IMPORT_CANCELLED' });
      const lastWrite = events.filter((e) => e.label.startsWith('Menyimpan')).at(-1)!;
      expect(lastWrite.done).toBeLessThan(6000);
      expect(registerDump(app.svc().db)).toEqual(before);
      expect(rowCount(app.svc().db, 'import_batches')).toBe(0);
    } finally {
      app.dispose();
    }
  }, 60_000);

  it('previews, commits and undoes a disbursement list in the worker, as in this thread', async () => {
    const workerEvents: Progress[] = [];
    const inWorker = setUp(workerEvents);
    const inThread = setUp([]);
    try {
      setImportRunner(inWorker.ctx, workerRunner(workerFile));
      const seeded = seedRegister(inWorker.svc());
      seedRegister(inThread.svc());
      const path = await writeDisbursementList(join(inWorker.dir, 'realisasi.xlsx'));
      const input = { filePath: path, programId: seeded.programs.PKH!, sheet: null, period: '2024-Q3', mapping: null, kind: 'disbursement' as const };
      const preview = await inWorker.dispatch('imports.preview', input, { senderUrl: null });
      expect(preview).toMatchObject({ ok: true, value: { counts: { rows: 9, imported: 7, rejected: 2 }, disbursement: { lines: 7, matched: 5 } } });
      expect(preview).toEqual(await inThread.dispatch('imports.preview', input, { senderUrl: null }));
      const viaWorker = await inWorker.dispatch('imports.commit', { ...input, taskId: 'd1' }, { senderUrl: null });
      const viaThread = await inThread.dispatch('imports.commit', { ...input, taskId: 'd2' }, { senderUrl: null });
      expect(viaWorker).toMatchObject({ ok: true, value: { imported: 7, disbursement: { byStatus: { tersalur: { kpm: 3, amount: 2_950_000 } } } } });
      expect(viaWorker).toEqual(viaThread);
      expect(rowCount(inWorker.svc().db, 'disbursements')).toBe(7);
      expect(workerEvents.filter((e) => e.label === 'Menyimpan daftar penyaluran…').at(-1)).toEqual({
        taskId: 'd1',
        label: 'Menyimpan daftar penyaluran…',
        done: 7,
        total: 7,
      });
      const again = await inWorker.dispatch('imports.commit', { ...input, taskId: 'd3' }, { senderUrl: null });
      expect(again).toMatchObject({ ok: false, code: 'DISBURSEMENT_ALREADY_IMPORTED' });
      const batchId = (viaWorker as { value: ImportResult }).value.batchId;
      expect(await inWorker.dispatch('imports.undo', { batchId }, { senderUrl: null })).toMatchObject({ ok: true, value: { id: batchId, kind: 'disbursement' } });
      expect(rowCount(inWorker.svc().db, 'disbursements')).toBe(0);
    } finally {
      inWorker.dispose();
      inThread.dispose();
    }
  }, 60_000);

  it('a file the worker cannot read fails with its code and changes nothing', async () => {
    const app = setUp([]);
    try {
      setImportRunner(app.ctx, workerRunner(workerFile));
      const before = registerDump(app.svc().db);
      const missing = { path: join(app.dir, 'tidak-ada.xlsx'), rows: 0, families: 0, headerRow: 0, sheet: '' };
      const reply = await commit(app, missing, 'x');
      expect(reply).toMatchObject({ ok: false, code: 'FILE_NOT_FOUND' });
      expect(registerDump(app.svc().db)).toEqual(before);
    } finally {
      app.dispose();
    }
  });

  it('laid out as the build lays it out, the import worker reads the list in the parse worker beside it', async () => {
    // dist/main/import-worker.mjs and dist/main/parse-worker.mjs, as electron/scripts/build.mjs writes them.
    const main = join(bundle.dir, 'app', 'main');
    const importWorker = await bundleWorker('electron/imports/worker.ts', { dir: main, name: 'import-worker.mjs' });
    await bundleWorker('electron/imports/parse-worker.ts', { dir: main, name: 'parse-worker.mjs' });
    const nestedEvents: Progress[] = [];
    const nested = setUp(nestedEvents);
    const inThread = setUp([]);
    try {
      setImportRunner(nested.ctx, workerRunner(importWorker.file));
      const list = await writeLargeList(join(nested.dir, 'daftar.xlsx'), 2_500, { seed: 12 });
      const viaWorkers = await commit(nested, list, 'n1');
      expect(viaWorkers).toMatchObject({ ok: true, value: { rows: 2_500, imported: 2_500 } });
      expect(viaWorkers).toEqual(await commit(inThread, list, 't1'));
      expect(registerDump(nested.svc().db)).toEqual(registerDump(inThread.svc().db));
      const labels = [...new Set(nestedEvents.map((e) => e.label))];
      expect(labels).toEqual(['Membaca dan menyimpan data penerima…', 'Mencatat kepesertaan program…']);
      expect(nestedEvents.filter((e) => e.total === 0).at(-1)?.done).toBe(2_500);
    } finally {
      nested.dispose();
      inThread.dispose();
    }
  }, 60_000);

  it('a worker bundle that will not load falls back to this thread, or fails without writing', async () => {
    const broken = join(bundle.dir, 'broken-worker.mjs');
    writeFileSync(broken, "import 'sidampak-no-such-package';\n");
    const app = setUp([]);
    try {
      const list = await writeLargeList(join(app.dir, 'kecil.xlsx'), 20, { seed: 13 });
      const before = registerDump(app.svc().db);
      setImportRunner(app.ctx, workerRunner(broken));
      const failed = await commit(app, list, 'a');
      expect(failed).toMatchObject({ ok: false, code: 'INTERNAL' });
      expect(registerDump(app.svc().db)).toEqual(before);

      setImportRunner(app.ctx, workerRunner(broken, { fallback: inProcessRunner }));
      const done = await commit(app, list, 'b');
      expect(done).toMatchObject({ ok: true, value: { rows: 20, imported: 20 } });
    } finally {
      app.dispose();
    }
  });
});
