import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { undoBatch } from '../../electron/imports/batches';
import { runImport, type RunOptions } from '../../electron/imports/commit';
import { ParseStream } from '../../electron/imports/parse-stream';
import { Slot } from '../../electron/imports/parse-stream-protocol';
import { previewImport } from '../../electron/imports/preview';
import { completeSetup } from '../../electron/settings/service';
import type { ImportResult } from '../../shared/ipc/imports';
import { tableRows, rowCount } from '../support/db-snapshot';
import { registerDump } from '../support/register-dump';
import { bundleWorker } from '../support/worker-bundle';
import { SIDOARJO_PROFILE, tempApp, type TempApp } from '../support/temp-app';
import {
  writeFcList,
  writeLargeList,
  writeLegacyXls,
  writeSheetWithoutHeader,
  writeTruncatedXlsx,
  writeWorkbook,
  type FixtureCell,
} from '../fixtures/workbooks';
import { rejectedCode, thrownCode } from '../support/app-errors';

// The parse worker runs from a bundle, as in the app, the CLI and the bench.
let bundle: Awaited<ReturnType<typeof bundleWorker>>;
let workerFile: string;
beforeAll(async () => {
  bundle = await bundleWorker('electron/imports/parse-worker.ts');
  workerFile = bundle.file;
}, 60_000);
afterAll(() => bundle.dispose());

function setUp(): TempApp {
  const app = tempApp();
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
  return app;
}

const programId = (app: TempApp, code: string) => (app.svc().db.prepare('SELECT id FROM programs WHERE code = ?').get(code) as { id: number }).id;

function importList(app: TempApp, file: string, code: string, period: string | null, options: Partial<RunOptions> = {}): Promise<ImportResult> {
  return runImport(app.svc(), { filePath: file, programId: programId(app, code), sheet: null, period, mapping: null }, { dryRun: false, ...options });
}

/** Everything an import leaves: the register, the batch rows and the undo log, in order. */
function written(app: TempApp) {
  const db = app.svc().db;
  return { register: registerDump(db), batches: tableRows(db, 'import_batches'), changes: tableRows(db, 'import_changes') };
}

/**
 * The same list imported in two identical apps, through the parse worker and in this thread: the
 * same result, register, batch and undo log. `before` runs first in both (an earlier import).
 */
async function importBothWays(file: string, code: string, period: string | null, before?: (app: TempApp) => Promise<unknown>) {
  const streamed = setUp();
  const local = setUp();
  try {
    for (const app of [streamed, local]) await before?.(app);
    const registerBefore = registerDump(streamed.svc().db);
    const labels: string[] = [];
    const viaWorker = await importList(streamed, file, code, period, { parseWorker: workerFile, onProgress: (p) => labels.push(p.label) });
    const inThread = await importList(local, file, code, period, { parseWorker: null });
    expect(viaWorker).toEqual(inThread);
    expect(written(streamed)).toEqual(written(local));
    // Rows were written while the worker read (its label), then the units enrolled.
    expect(labels[0]).toBe('Membaca dan menyimpan data penerima…');
    expect(labels.at(-1)).toBe('Mencatat kepesertaan program…');
    undoBatch(streamed.svc(), viaWorker.batchId!);
    expect(registerDump(streamed.svc().db)).toEqual(registerBefore);
    return viaWorker;
  } finally {
    streamed.dispose();
    local.dispose();
  }
}

/** A list's data rows in another order: even rows first, then odd ones, so each family's rows lie far apart. */
async function scatter(source: string, target: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  const ws = wb.worksheets[0]!;
  const rows: FixtureCell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as FixtureCell[]).slice(1).map((v) => v ?? null)));
  const [title, header, numbering, ...rest] = rows;
  const totals = rest.pop()!;
  const data = [...rest.filter((_, i) => i % 2 === 0), ...rest.filter((_, i) => i % 2 === 1)];
  return writeWorkbook(target, [{ name: 'DATA', rows: [title!, header!, numbering!, ...data, totals], textColumns: [1, 2] }]);
}

/** The large list's rows (title, header, numbering, data…, totals), cells as exceljs reads them. */
async function sheetRows(file: string): Promise<FixtureCell[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: FixtureCell[][] = [];
  wb.worksheets[0]!.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as FixtureCell[]).slice(1).map((v) => v ?? null)));
  return rows;
}

/** A list of pengurus (one row per person, `NIK PENGURUS`/`NAMA PENGURUS`) from the large list's header and these data rows. */
function writePengurusList(path: string, header: FixtureCell[], data: FixtureCell[][]): Promise<string> {
  const renamed = header.map((h) => (h === 'NIK' ? 'NIK PENGURUS' : h === 'NAMA' ? 'NAMA PENGURUS' : h));
  return writeWorkbook(path, [{ name: 'PENGURUS', rows: [renamed, ...data], textColumns: [1, 2] }]);
}

describe('the preview and the dry run, matched while the list is read', () => {
  it("predict the commit exactly when a family's new pengurus comes before the old one, in the same batch or 1,000 rows earlier", async () => {
    const app = setUp();
    try {
      const source = await writeLargeList(join(app.dir, 'sumber.xlsx'), 5_000, { seed: 31 });
      const [, header, , ...rest] = await sheetRows(source.path);
      const data = rest.slice(0, -1);
      // The large list writes each family's first member as ISTRI, the others as ANAK.
      const wives = data.filter((r) => r[6] === 'ISTRI');
      const children = data.filter((r) => r[6] === 'ANAK');
      const p1 = await writePengurusList(join(app.dir, 'p1.xlsx'), header!, wives);
      await importList(app, p1, 'PKH', null, { parseWorker: null });
      // A child of 1,200 families becomes pengurus and the wives' rows, all still marked, take it
      // back: for 200 families right after (the same batch), for 1,000 more some 1,000 rows later.
      const takeover = [...new Map(children.map((c) => [c[2], c])).values()].slice(0, 1_200);
      expect(takeover).toHaveLength(1_200);
      const wifeOf = new Map(wives.map((w) => [w[2], w]));
      const near = takeover.slice(0, 200).flatMap((c) => [c, wifeOf.get(c[2])!]);
      const nearKks = new Set(near.map((r) => r[2]));
      const file = await writePengurusList(join(app.dir, 'p2.xlsx'), header!, [...near, ...takeover.slice(200), ...wives.filter((w) => !nearKks.has(w[2]))]);
      const request = { filePath: file, programId: programId(app, 'PKH'), sheet: null, period: null, mapping: null };
      const preview = await previewImport(app.svc(), request);
      const dry = await runImport(app.svc(), request, { dryRun: true });
      // The commit through the parse worker, and in this thread, from the same register.
      const done = await importBothWays(file, 'PKH', null, (other) => importList(other, p1, 'PKH', null, { parseWorker: null }));
      expect(done).toMatchObject({ rows: takeover.length + wives.length, rejected: 0 });
      // Each wife's row takes the pengurus back: her row updates her.
      expect(done.updated).toBeGreaterThanOrEqual(1_200);
      expect(preview.counts).toMatchObject({ new: done.imported, updated: done.updated, skipped: done.skipped });
      expect({ ...dry, batchId: done.batchId }).toEqual(done);
      // One pengurus per family, the wife again.
      await importList(app, file, 'PKH', null, { parseWorker: workerFile });
      const pengurus = app.svc().db.prepare('SELECT count(*) FROM members WHERE is_pengurus = 1').pluck().get();
      expect(pengurus).toBe(wives.length);
      const wivesPengurus = app.svc().db.prepare("SELECT count(*) FROM members WHERE is_pengurus = 1 AND relationship = 'ISTRI'").pluck().get();
      expect(wivesPengurus).toBe(wives.length);
    } finally {
      app.dispose();
    }
  }, 180_000);
});

describe('the import with the file read in the parse worker', () => {
  it('gives the result, register, batch and undo log of reading the file first: the FC list with its issues', async () => {
    const dir = setUp();
    try {
      const file = await writeFcList(join(dir.dir, 'fc.xlsx'));
      const result = await importBothWays(file, 'PKH', '2024-Q3');
      expect(result).toMatchObject({ rows: 17, rejected: 11, imported: 6 });
      expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
    } finally {
      dir.dispose();
    }
  }, 60_000);

  it('a big list whose families are scattered over many batches, over a register an earlier tahap filled; a per-person program', async () => {
    const dir = setUp();
    try {
      const earlier = await writeLargeList(join(dir.dir, 'q2.xlsx'), 1_200, { seed: 21 });
      const full = await writeLargeList(join(dir.dir, 'q3-urut.xlsx'), 2_600, { seed: 21 });
      const file = await scatter(full.path, join(dir.dir, 'q3.xlsx'));
      const result = await importBothWays(file, 'PKH', '2024-Q3', (app) => importList(app, earlier.path, 'PKH', '2024-Q2', { parseWorker: null }));
      expect(result).toMatchObject({ rows: 2_600, rejected: 0 });
      expect(result.imported + result.updated + result.skipped).toBe(2_600);
      expect(result.imported).toBeGreaterThan(1_300);
      // The same list in sheet order: families across batch boundaries, most of them already known.
      expect(await importBothWays(full.path, 'PKH', '2024-Q3', (app) => importList(app, earlier.path, 'PKH', '2024-Q2', { parseWorker: null }))).toMatchObject({ rows: 2_600 });
      // The per-person program: one enrollment per member.
      expect(await importBothWays(file, 'PBI-JK', '2024-Q3')).toMatchObject({ imported: 2_600 });
    } finally {
      dir.dispose();
    }
  }, 120_000);

  it('undo of a batch written through the worker restores the register exactly', async () => {
    const app = setUp();
    try {
      const list = await writeLargeList(join(app.dir, 'daftar.xlsx'), 1_500, { seed: 4 });
      await importList(app, list.path, 'SEMBAKO', null, { parseWorker: null });
      const before = registerDump(app.svc().db);
      const result = await importList(app, list.path, 'PKH', '2024-Q3', { parseWorker: workerFile });
      expect(result).toMatchObject({ rows: 1_500, imported: 0 });

      expect(result.issues.filter((i) => i.code === 'IN_OTHER_PROGRAM')).toHaveLength(list.families);
      undoBatch(app.svc(), result.batchId!);
      expect(registerDump(app.svc().db)).toEqual(before);
    } finally {
      app.dispose();
    }
  }, 60_000);

  it('a cancel while the worker reads leaves nothing behind; the next import answers before its WAL checkpoint', async () => {
    const app = setUp();
    try {
      const list = await writeLargeList(join(app.dir, 'besar.xlsx'), 3_000, { seed: 5 });
      const before = registerDump(app.svc().db);
      const controller = new AbortController();
      const code = await rejectedCode(
        importList(app, list.path, 'PKH', '2024-Q3', {
          parseWorker: workerFile,
          signal: controller.signal,
          onProgress: (p) => p.done > 0 && controller.abort(),
        }),
      );
      expect(code).toBe('IMPORT_CANCELLED');
      expect(registerDump(app.svc().db)).toEqual(before);
      expect(rowCount(app.svc().db, 'import_batches')).toBe(0);
      // The connection is free again: the next import goes through. With an automatic checkpoint
      // every 100 pages, its commit would copy its WAL into the database file; held back, the
      // copy follows the result, on the next turn of the event loop.
      const db = app.svc().db;
      db.pragma('wal_autocheckpoint = 100');
      expect(await importList(app, list.path, 'PKH', '2024-Q3', { parseWorker: workerFile })).toMatchObject({ imported: 3_000 });
      const wal = () => (db.pragma('wal_checkpoint(NOOP)') as { log: number; checkpointed: number }[])[0]!;
      expect(wal().log).toBeGreaterThan(100);
      expect(wal().checkpointed).toBe(0);
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(100);
      await new Promise((resolve) => setImmediate(resolve));
      expect(wal().checkpointed).toBe(wal().log);
    } finally {
      app.dispose();
    }
  }, 60_000);

  it('a file the worker cannot read fails with its code and writes nothing', async () => {
    const app = setUp();
    try {
      const files = {
        FILE_LEGACY_XLS: writeLegacyXls(join(app.dir, 'lama.xls')),
        HEADER_NOT_FOUND: await writeSheetWithoutHeader(join(app.dir, 'tanpa-judul.xlsx')),
      };
      for (const [expected, file] of Object.entries(files)) {
        expect(await rejectedCode(importList(app, file, 'PKH', null, { parseWorker: workerFile }))).toBe(expected);
      }
      const truncated = await writeTruncatedXlsx(join(app.dir, 'rusak.xlsx'));
      expect(await rejectedCode(importList(app, truncated, 'PKH', null, { parseWorker: workerFile }))).toMatch(/^FILE_/);
      expect(rowCount(app.svc().db, 'import_batches')).toBe(0);
      expect(rowCount(app.svc().db, 'members')).toBe(0);
    } finally {
      app.dispose();
    }
  }, 60_000);

  it('reads the file in this thread when the worker cannot start', async () => {
    const app = setUp();
    try {
      const broken = join(bundle.dir, 'broken-worker.mjs');
      writeFileSync(broken, "throw new Error('bundle will not load');\n");
      const list = await writeLargeList(join(app.dir, 'daftar.xlsx'), 200, { seed: 8 });
      const labels: string[] = [];
      const result = await importList(app, list.path, 'PKH', null, { parseWorker: broken, onProgress: (p) => labels.push(p.label) });
      expect(result).toMatchObject({ rows: 200, imported: 200 });
      expect(labels).toContain('Menyimpan data penerima…');
      expect(labels).not.toContain('Membaca dan menyimpan data penerima…');
    } finally {
      app.dispose();
    }
  }, 60_000);
});

describe('the parse stream', () => {
  it('takes a worker whose heartbeat stands still (gone or stuck) for stopped, instead of waiting on it', async () => {
    const stuck = join(bundle.dir, 'stuck-worker.mjs');
    // Loads, says it is ready, then never gives the event loop (or its heartbeat) a turn again.
    writeFileSync(stuck, "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage('ready');\nsetTimeout(() => { for (;;); }, 0);\n");
    const input = { dbFile: ':memory:', request: { filePath: 'x.xlsx', sheet: null, mapping: null }, locale: 'id' as const, at: new Date().toISOString() };
    const stream = await ParseStream.start(stuck, input, { stallMs: 500 });
    expect(stream).not.toBeNull();
    const started = performance.now();
    expect(() => stream!.next(() => false)).toThrow('the parse worker stopped answering');
    expect(performance.now() - started).toBeLessThan(5_000);
    await stream!.close();
  });

  it('waits as long as it takes on a worker whose heartbeat goes on', async () => {
    const slow = join(bundle.dir, 'slow-worker.mjs');
    // Beats every 50 ms, speaks only after 1.5 s: three times the stall limit given below.
    writeFileSync(
      slow,
      [
        "import { parentPort, workerData } from 'node:worker_threads';",
        'const state = new Int32Array(workerData.state);',
        "parentPort.postMessage('ready');",
        `setInterval(() => Atomics.add(state, ${Slot.Heartbeat}, 1), 50);`,
        `setTimeout(() => { workerData.port.postMessage({ type: 'progress', rowsSeen: 7 }); Atomics.add(state, ${Slot.Posted}, 1); Atomics.notify(state, ${Slot.Posted}); }, 1500);`,
      ].join('\n'),
    );
    const input = { dbFile: ':memory:', request: { filePath: 'x.xlsx', sheet: null, mapping: null }, locale: 'id' as const, at: new Date().toISOString() };
    const stream = (await ParseStream.start(slow, input, { stallMs: 500 }))!;
    expect(stream.next(() => false)).toEqual({ type: 'progress', rowsSeen: 7 });
    await stream.close();
  });

  it('ends the wait with IMPORT_CANCELLED when the cancel flag is set', async () => {
    const idle = join(bundle.dir, 'idle-worker.mjs');
    writeFileSync(idle, "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage('ready');\nsetInterval(() => {}, 1000);\n");
    const input = { dbFile: ':memory:', request: { filePath: 'x.xlsx', sheet: null, mapping: null }, locale: 'id' as const, at: new Date().toISOString() };
    const stream = (await ParseStream.start(idle, input))!;
    let asked = 0;
    expect(thrownCode(() => stream.next(() => ++asked > 3))).toBe('IMPORT_CANCELLED');
    await stream.close();
  });
});
