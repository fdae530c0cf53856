// Bundles the Node-side entry points (Electron main, sandboxed preload, CLI) and the harness
// init script with esbuild. The renderer is built by Vite (renderer/vite.config.ts).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
// Runtime dependencies stay in node_modules (native better-sqlite3, data files of idn-area-data).
// playwright-core: loaded only when the CLI (or a test) prints a PDF without Electron.
const external = ['electron', 'playwright-core', ...Object.keys(pkg.dependencies ?? {})];

const common = { absWorkingDir: root, bundle: true, sourcemap: true, logLevel: 'warning', target: 'node22' };

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/main/main.mjs',
    platform: 'node',
    format: 'esm',
    external,
  }),
  // The import's worker thread; main finds it beside itself (electron/imports/task-runner.ts).
  build({
    ...common,
    entryPoints: ['electron/imports/worker.ts'],
    outfile: 'dist/main/import-worker.mjs',
    platform: 'node',
    format: 'esm',
    external,
  }),
  // The import's parse worker: reads a list while the import's thread writes it (electron/imports/parse-stream.ts).
  // Every Node bundle (main, CLI, bench, harness) finds it at ../main/ beside itself.
  build({
    ...common,
    entryPoints: ['electron/imports/parse-worker.ts'],
    outfile: 'dist/main/parse-worker.mjs',
    platform: 'node',
    format: 'esm',
    external,
  }),
  // A sandboxed preload can only be one CommonJS file: everything but `electron` is bundled in.
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/preload/preload.cjs',
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: ['electron/cli/main.ts'],
    outfile: 'dist/cli/cli.mjs',
    platform: 'node',
    format: 'esm',
    external,
  }),
  build({
    ...common,
    entryPoints: ['test/harness/init-script.ts'],
    outfile: 'dist/harness/init-script.js',
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
  }),
  // `npm run bench` (test/bench): measurements of issue 3's speed and memory goals.
  build({
    ...common,
    entryPoints: ['test/bench/bench.ts'],
    outfile: 'dist/bench/bench.mjs',
    platform: 'node',
    format: 'esm',
    external,
  }),
  build({
    ...common,
    entryPoints: ['test/harness/run.ts'],
    outfile: 'dist/harness/run.mjs',
    platform: 'node',
    format: 'esm',
    external: [...external, 'playwright-core'],
  }),
]);
