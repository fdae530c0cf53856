#!/usr/bin/env node
// Entry of the `sidampak` command. Plain JavaScript that any Node version can parse, so that an
// old Node gets a clear message instead of a native-module crash. These two messages cannot come
// from the catalogue (shared/i18n is TypeScript, bundled into the very file that may be missing).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REQUIRED = [22, 14];
const bundle = fileURLToPath(new URL('../../dist/cli/cli.mjs', import.meta.url));

function versionProblem() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > REQUIRED[0] || (major === REQUIRED[0] && minor >= REQUIRED[1])) return null;
  const needed = REQUIRED.join('.');
  return [
    `Galat [NODE_VERSION]: Sidampak memerlukan Node.js ${needed} atau lebih baru, tetapi perintah ini dijalankan oleh Node.js ${process.versions.node}.`,
    'Modul basis data (better-sqlite3) tidak dapat dimuat oleh versi ini.',
    'Jalankan lewat npm dari folder proyek, yang menaruh Node.js 22 milik proyek paling depan di PATH:',
    '  npx sidampak --help',
    '  npm exec -- sidampak programs list',
    `(Sidampak needs Node.js ${needed} or newer; run it through npx or npm exec, which put the project's Node 22 first on PATH.)`,
  ];
}

function buildProblem() {
  if (existsSync(bundle)) return null;
  return [
    'Galat [NOT_BUILT]: Sidampak belum dibangun: berkas dist/cli/cli.mjs tidak ada.',
    'Jalankan `npm run build` di folder proyek Sidampak, lalu ulangi perintah ini.',
    '(The command line is not built yet: run `npm run build` in the project folder.)',
  ];
}

const problem = versionProblem() ?? buildProblem();
if (problem) {
  process.stderr.write(`${problem.join('\n')}\n`);
  process.exitCode = 1;
} else {
  const { main } = await import(pathToFileURL(bundle).href);
  await main(process.argv.slice(2));
}
