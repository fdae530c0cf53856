import { mkdirSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A worker thread's entry bundled as in the app (settings of electron/scripts/build.mjs), into a
 * fresh folder inside the project (or `dir`, to lay bundles out as the build does) so its packages
 * resolve from node_modules. Workers run from bundles: the tests' TypeScript sources cannot be a
 * Worker's file.
 */
export async function bundleWorker(entry: string, options: { dir?: string; name?: string } = {}): Promise<{ dir: string; file: string; dispose(): void }> {
  const dir = options.dir ?? join(root, 'node_modules', '.cache', 'sidampak-tests', randomUUID());
  const file = join(dir, options.name ?? `${entry.split('/').pop()!.replace(/\.ts$/, '')}.mjs`);
  mkdirSync(dir, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'warning',
    external: ['electron', 'better-sqlite3', 'exceljs', 'idn-area-data', 'zod'],
  });
  return { dir, file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
