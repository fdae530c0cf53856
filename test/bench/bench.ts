import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { periodOfDate, formatPeriodCode } from '../../shared/domain/period';
import { todayIso } from '../../shared/domain/dates';
import { BENCH_NOW } from './register';
import { int, mb, ms, renderTable, secs, type Line } from './report';
import { runTask, type TaskResult } from './tasks';

/**
 * `npm run bench`: the speed and memory goals of the register and import (issue 3), measured in
 * one run on this machine and printed as a table. Not part of `npm test`: it is a report, and
 * exits 0 whatever it measured. Every measurement runs in its own child process (its peak
 * memory is its own); large files live in a temporary folder that is removed at the end.
 */
// SIDAMPAK_BENCH_SCALE=0.05 runs the same steps on 5 % of the sizes, to try the bench quickly.
const SCALE = Number(process.env.SIDAMPAK_BENCH_SCALE ?? 1) || 1;
const LIST_ROWS = Math.round(200_000 * SCALE);
const IMPORT_REGISTER_MEMBERS = Math.round(500_000 * SCALE);
const SEARCH_REGISTER_MEMBERS = Math.round(1_000_000 * SCALE);
const FIGURES_MEMBERS = Math.round(1_000_000 * SCALE);
const self = fileURLToPath(import.meta.url);

function child(task: string, args: string[]): Promise<TaskResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const proc = spawn(process.execPath, [self, task, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    proc.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as TaskResult);
      // Exit 0 without a result: the task's promise never settled and the event loop ran dry.
      else if (code === 0) reject(new Error(`stalled after ${secs((performance.now() - started) / 1000)}: never finished, no result`));
      else reject(new Error(`failed (exit ${code}): ${err.trim().split('\n').find((l) => /Error|Galat/.test(l)) ?? 'see stderr'}`));
    });
  });
}

const n = (r: TaskResult, key: string) => Number(r[key]);
const say = (text: string) => process.stderr.write(`· ${text}\n`);

/** The kecamatan the large list's NIKs and KKs come from (test/fixtures/workbooks.ts SIDOARJO_SAMPLE). */
const LIST_KECAMATAN = ['35.15.14', '35.15.18'];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sidampak-bench-'));
  const started = performance.now();
  const lines: Line[] = [];
  try {
    const list = join(dir, 'daftar.xlsx');
    const period = formatPeriodCode(periodOfDate(todayIso(BENCH_NOW)));

    say(`writing a ${int(LIST_ROWS)}-row beneficiary list`);
    const made = await child('list', [list, String(LIST_ROWS)]);
    lines.push({ what: `list: ${int(n(made, 'rows'))} rows, ${int(n(made, 'families'))} KK`, goal: '-', measured: `written in ${secs(n(made, 'seconds'))}, ${mb(n(made, 'bytes') / 1048576)}`, pass: null });

    say('bare exceljs streaming read of the list');
    const bare = await child('bare', [list]);
    lines.push({ what: `bare exceljs read: ${int(n(bare, 'rows'))} sheet rows`, goal: '(the floor)', measured: `${secs(n(bare, 'seconds'))}, peak ${mb(n(bare, 'peakMb'))}`, pass: null });

    const runImport = async (label: string, db: string): Promise<void> => {
      try {
        const imp = await child('import', [db, list, period]);
        const ratio = n(imp, 'seconds') / n(bare, 'seconds');
        lines.push({
          what: `${label}: time / bare read`,
          goal: '<= 1.5x',
          measured: `${ratio.toFixed(2)}x (${secs(n(imp, 'seconds'))}; ${int(n(imp, 'imported'))} new, ${int(n(imp, 'updated'))} updated, ${int(n(imp, 'rejected'))} rejected)`,
          pass: ratio <= 1.5,
        });
        lines.push({ what: `${label}: peak memory (RSS)`, goal: '< 500 MB', measured: mb(n(imp, 'peakMb')), pass: n(imp, 'peakMb') < 500 });
      } catch (err) {
        lines.push({ what: label, goal: '<= 1.5x, < 500 MB', measured: (err as Error).message, pass: false });
      }
    };

    const fresh = join(dir, 'register-fresh.db');
    say(`building a ${int(IMPORT_REGISTER_MEMBERS)}-member register that shares no NIK/KK with the list (not timed)`);
    const regA = await child('register', [fresh, String(IMPORT_REGISTER_MEMBERS), ...LIST_KECAMATAN]);
    say(`full import into it (period ${period})`);
    await runImport(`import into ${int(n(regA, 'members'))} members, no overlap`, fresh);
    rmSync(fresh, { force: true });

    const overlap = join(dir, 'register-overlap.db');
    say(`building a ${int(IMPORT_REGISTER_MEMBERS)}-member register with "Muat data contoh" (overlaps the list)`);
    const regB = await child('register', [overlap, String(IMPORT_REGISTER_MEMBERS)]);
    const per100k = (n(regB, 'seconds') / n(regB, 'families')) * 100_000;
    lines.push({
      what: `demo load: ${int(n(regB, 'families'))} KK, ${int(n(regB, 'members'))} members`,
      goal: '< 60 s / 100k KK',
      measured: `${secs(n(regB, 'seconds'))} (${secs(per100k)} per 100k KK), peak ${mb(n(regB, 'peakMb'))}`,
      pass: per100k < 60,
    });
    // The wizard's preview of the same list over the same register (shown, no goal of its own:
    // the goals are the import's).
    say('preview of the list over it (read, validate, match; nothing written)');
    try {
      const pv = await child('preview', [overlap, list, period]);
      lines.push({
        what: 'preview over the overlapping register: time / bare read, peak',
        goal: '-',
        measured: `${(n(pv, 'seconds') / n(bare, 'seconds')).toFixed(2)}x (${secs(n(pv, 'seconds'))}), peak ${mb(n(pv, 'peakMb'))}`,
        pass: null,
      });
    } catch (err) {
      lines.push({ what: 'preview', goal: '-', measured: (err as Error).message, pass: null });
    }
    say('full import into it');
    await runImport(`import into ${int(n(regB, 'members'))} demo members, overlap`, overlap);
    rmSync(overlap, { force: true });

    const searchDb = join(dir, 'register-1m.db');
    say(`building a ${int(SEARCH_REGISTER_MEMBERS)}-member register for search (takes a while)`);
    const big = await child('register', [searchDb, String(SEARCH_REGISTER_MEMBERS)]);
    lines.push({
      what: `demo load: ${int(n(big, 'families'))} KK, ${int(n(big, 'members'))} members`,
      goal: '< 60 s / 100k KK',
      measured: `${secs(n(big, 'seconds'))} (${secs((n(big, 'seconds') / n(big, 'families')) * 100_000)} per 100k KK), peak ${mb(n(big, 'peakMb'))}`,
      pass: (n(big, 'seconds') / n(big, 'families')) * 100_000 < 60,
    });
    say('name search and NIK lookup, 200 queries each');
    const s = await child('search', [searchDb]);
    const size = `${int(n(s, 'members'))} members`;
    lines.push({
      what: `name search, ${size} (median / p95)`,
      goal: '< 20 ms',
      measured: `${ms(n(s, 'nameMedian'))} / ${ms(n(s, 'nameP95'))} (max ${ms(n(s, 'nameMax'))}, ${int(n(s, 'nameHits'))} hits avg)`,
      pass: n(s, 'nameP95') < 20,
    });
    lines.push({
      what: `NIK lookup, ${size} (median / p95)`,
      goal: '< 20 ms',
      measured: `${ms(n(s, 'nikMedian'))} / ${ms(n(s, 'nikP95'))} (max ${ms(n(s, 'nikMax'))})`,
      pass: n(s, 'nikP95') < 20,
    });
    lines.push({ what: `demo.status count (shell badge), ${size}`, goal: '-', measured: ms(n(s, 'demoStatusMs')), pass: null });
    rmSync(searchDb, { force: true });

    // Issue 4: the quarterly report's figures over 1,000,000 members, 400,000 enrollments and
    // 1,600,000 disbursement lines (bulk SQL, test/bench/figures.ts), against bare GROUP BYs.
    const figuresDb = join(dir, 'figures.db');
    say(`building a register for the quarterly figures (${int(FIGURES_MEMBERS)} members, bulk SQL, not timed)`);
    const fr = await child('figures-register', [figuresDb, String(SCALE)]);
    lines.push({
      what: `figures register: ${int(n(fr, 'members'))} members, ${int(n(fr, 'enrollments'))} enrollments, ${int(n(fr, 'lines'))} lines`,
      goal: '-',
      measured: `built in ${secs(n(fr, 'seconds'))}`,
      pass: null,
    });
    say('quarterly figures of 2024-Q3 (first call, then best of three)');
    const fg = await child('figures', [figuresDb]);
    lines.push({
      what: 'quarterly figures, first call (wall / CPU)',
      goal: '< 1 s',
      measured: `${ms(n(fg, 'firstMs'))} / ${ms(n(fg, 'firstCpuMs'))} (${int(n(fg, 'programs'))} programs, ${int(n(fg, 'kecamatanRows'))} kecamatan rows)`,
      pass: n(fg, 'firstMs') < 1000,
    });
    lines.push({
      what: 'quarterly figures, best of 3 / bare GROUP BYs',
      goal: '< 1 s',
      measured: `${ms(n(fg, 'bestMs'))} (CPU ${ms(n(fg, 'bestCpuMs'))}) = ${(n(fg, 'bestMs') / n(fg, 'bareBestMs')).toFixed(1)}x bare ${ms(n(fg, 'bareBestMs'))}`,
      pass: n(fg, 'bestMs') < 1000,
    });
    // The same register's report as PDF (test/bench/pdf.ts): built, printed by Chromium, written.
    say('quarterly report of 2024-Q3 as PDF (Chromium; needs dist/renderer from npm run build)');
    try {
      const pdf = await child('pdf', [figuresDb, join(dir, 'laporan.pdf')]);
      lines.push({
        what: `report PDF, ${int(n(pdf, 'pages'))} pages (report built + printed + written)`,
        goal: '< 5 s',
        measured: `${secs(n(pdf, 'totalMs') / 1000)} (report ${ms(n(pdf, 'reportMs'))}, print ${ms(n(pdf, 'printMs'))}; bare Chromium one-line PDF ${ms(n(pdf, 'bareMs'))})`,
        pass: n(pdf, 'totalMs') < 5000,
      });
    } catch (err) {
      lines.push({ what: 'report PDF', goal: '< 5 s', measured: (err as Error).message, pass: false });
    }
    rmSync(figuresDb, { force: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const cpu = cpus();
  process.stdout.write(
    `\nSidampak benchmark: Node ${process.version}, ${cpu.length} cores (${cpu[0]?.model ?? '?'}), ${secs((performance.now() - started) / 1000)} in all\n\n` +
      `${renderTable(lines)}\n\n` +
      (lines.some((l) => l.pass === false) ? 'MISS: at least one goal was not met on this machine (see the lines marked MISS).\n' : 'All goals met.\n'),
  );
}

const [task, ...args] = process.argv.slice(2);
if (task) {
  runTask(task, args).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
} else {
  main().catch((err: unknown) => {
    console.error(err);
    // A report: a failed measurement is shown, not turned into a failing exit.
    process.exit(0);
  });
}
