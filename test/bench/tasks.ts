import ExcelJS from 'exceljs';
import { statSync } from 'node:fs';
import { EMPTY_REGISTER_QUERY } from '../../shared/domain/register-query';
import { listRegister } from '../../electron/beneficiaries/list';
import { demoStatus } from '../../electron/demo/service';
import { runImport } from '../../electron/imports/commit';
import { previewImport } from '../../electron/imports/preview';
import { serviceContext } from '../../electron/ipc/types';
import { writeLargeList } from '../fixtures/workbooks';
import { buildRegister, openBenchApp } from './register';
import { buildFiguresRegister, timeFigures } from './figures';
import { timePdf } from './pdf';

/**
 * One measurement, run alone in a child process so its peak memory (maxRSS) is its own.
 * Each prints one JSON line on stdout.
 */
export type TaskResult = Record<string, number | string | null>;

const seconds = (since: number) => (performance.now() - since) / 1000;
const peakMb = () => process.resourceUsage().maxRSS / 1024;

/** The exceljs streaming reader alone, with the options the import's reader uses: the floor. */
async function bareRead(file: string): Promise<TaskResult> {
  const started = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let rows = 0;
  for await (const sheet of reader as unknown as AsyncIterable<AsyncIterable<unknown>>) {
    for await (const row of sheet) if (row) rows++;
  }
  return { rows, seconds: seconds(started), peakMb: peakMb() };
}

async function fullImport(dbFile: string, file: string, period: string): Promise<TaskResult> {
  const app = openBenchApp(dbFile);
  try {
    const ctx = serviceContext(app.ctx);
    const programId = ctx.db.prepare("SELECT id FROM programs WHERE code = 'PKH'").pluck().get() as number;
    const started = performance.now();
    const result = await runImport(ctx, { filePath: file, programId, sheet: null, period, mapping: null }, { dryRun: false });
    return {
      seconds: seconds(started),
      peakMb: peakMb(),
      rows: result.rows,
      imported: result.imported,
      updated: result.updated,
      skipped: result.skipped,
      rejected: result.rejected,
    };
  } finally {
    app.close();
  }
}

/** The wizard's preview of the list (read, validate, match; nothing written). */
async function preview(dbFile: string, file: string, period: string): Promise<TaskResult> {
  const app = openBenchApp(dbFile);
  try {
    const ctx = serviceContext(app.ctx);
    const programId = ctx.db.prepare("SELECT id FROM programs WHERE code = 'PKH'").pluck().get() as number;
    const started = performance.now();
    const result = await previewImport(ctx, { filePath: file, programId, sheet: null, period, mapping: null });
    return { seconds: seconds(started), peakMb: peakMb(), rows: result.counts.rows, new: result.counts.new, updated: result.counts.updated };
  } finally {
    app.close();
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Name search and NIK lookup as the Penerima page runs them (listRegister: the view's ids from
 * the indexes, then the first window of rows), for 200 members picked at random, after a warm-up.
 */
function search(dbFile: string): TaskResult {
  const app = openBenchApp(dbFile);
  try {
    const db = app.ctx.database.db;
    const maxId = db.prepare('SELECT max(id) FROM members').pluck().get() as number;
    const members = db.prepare('SELECT count(*) FROM members').pluck().get() as number;
    let seed = 12345;
    const nextId = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return 1 + (seed % maxId);
    };
    const byId = db.prepare('SELECT name, nik FROM members WHERE id = ?');
    const picked: { name: string; nik: string }[] = [];
    const names = new Set<string>();
    while (picked.length < 220) {
      const m = byId.get(nextId()) as { name: string; nik: string } | undefined;
      // Distinct names: a repeated query would be answered from the view cache.
      if (m && !names.has(m.name)) {
        names.add(m.name);
        picked.push(m);
      }
    }
    const time = (text: string): { ms: number; total: number } => {
      const started = performance.now();
      const page = listRegister({ db }, { query: { ...EMPTY_REGISTER_QUERY, search: text }, offset: 0, limit: 50 });
      return { ms: performance.now() - started, total: page.total };
    };
    const run = (texts: string[]) => {
      const ms = texts.map((t) => time(t).ms).sort((a, b) => a - b);
      return { median: percentile(ms, 50), p95: percentile(ms, 95), max: ms[ms.length - 1]! };
    };
    // Warm-up: the first queries after opening read the indexes from disk.
    run(picked.slice(200).map((m) => m.name));
    run(picked.slice(200).map((m) => m.nik));
    const name = run(picked.slice(0, 200).map((m) => m.name));
    const nik = run(picked.slice(0, 200).map((m) => m.nik));
    const hits = picked.slice(0, 200).reduce((sum, m) => sum + time(m.name).total, 0) / 200;
    const statusStarted = performance.now();
    demoStatus({ db });
    return {
      members,
      nameMedian: name.median,
      nameP95: name.p95,
      nameMax: name.max,
      nameHits: hits,
      nikMedian: nik.median,
      nikP95: nik.p95,
      nikMax: nik.max,
      demoStatusMs: performance.now() - statusStarted,
    };
  } finally {
    app.close();
  }
}

export async function runTask(name: string, args: readonly string[]): Promise<TaskResult> {
  switch (name) {
    case 'list': {
      const started = performance.now();
      // In Excel's zip form (the fixture's default): exceljs's own streaming reader, the floor
      // measured here, stalls on big sheets written with zip data descriptors.
      const summary = await writeLargeList(args[0]!, Number(args[1]), { seed: 1 });
      return { rows: summary.rows, families: summary.families, seconds: seconds(started), bytes: statSync(args[0]!).size };
    }
    case 'register': {
      const r = await buildRegister(args[0]!, Number(args[1]), args.slice(2));
      return { ...r, peakMb: peakMb() };
    }
    case 'bare':
      return bareRead(args[0]!);
    case 'import':
      return fullImport(args[0]!, args[1]!, args[2]!);
    case 'preview':
      return preview(args[0]!, args[1]!, args[2]!);
    case 'search':
      return search(args[0]!);
    case 'figures-register':
      return { ...buildFiguresRegister(args[0]!, Number(args[1])), peakMb: peakMb() };
    case 'figures':
      return { ...timeFigures(args[0]!), peakMb: peakMb() };
    case 'pdf':
      return { ...(await timePdf(args[0]!, args[1]!)), peakMb: peakMb() };
    default:
      throw new Error(`unknown bench task ${name}`);
  }
}
