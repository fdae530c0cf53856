import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Db } from '../../electron/db/open';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The package's `sidampak` bin: the shim that loads the bundled CLI. */
export const CLI_BIN = join(ROOT, 'electron', 'cli', 'bin.mjs');

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a script with this Node (22, as npm test runs it) and collects its output. */
export function runNode(script: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; nodeArgs?: string[] }): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script, ...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Bundles the CLI from the current sources. Always, not only when the bundle is missing: a bundle
 * left from an older schema answers DATABASE_NEWER and the tests would test yesterday's code.
 */
export function buildCli(): void {
  const build = spawnSync(process.execPath, [join(ROOT, 'electron', 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
}

/** An environment where every folder the CLI could fall back to (home, app data) lies inside `dir`. */
export function isolatedEnv(dir: string): NodeJS.ProcessEnv {
  const home = join(dir, 'home');
  mkdirSync(home, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, USERPROFILE: home, XDG_CONFIG_HOME: join(dir, 'xdg'), APPDATA: join(dir, 'appdata') };
  delete env.SIDAMPAK_DB;
  return env;
}

/**
 * A folder with a freshly built CLI, an isolated environment and one database set up for
 * Kabupaten Sidoarjo by `sidampak init`; each test copies that database (`freshDb`) so that tests
 * never see each other's writes.
 */
export interface CliSandbox {
  dir: string;
  /** The set-up database every fresh copy starts from. */
  seeded: string;
  run(args: readonly string[]): Promise<ProcessResult>;
  freshDb(name: string): string;
  /** Opens a database file for a look (or a seed) and closes it again. */
  withDb<T>(file: string, use: (db: Db) => T): T;
  dispose(): void;
}

export async function cliSandbox(prefix: string): Promise<CliSandbox> {
  buildCli();
  const dir = mkdtempSync(join(tmpdir(), `sidampak-${prefix}-`));
  const env = isolatedEnv(dir);
  const seeded = join(dir, 'seeded.db');
  const run = (args: readonly string[]) => runNode(CLI_BIN, args, { cwd: dir, env });
  const init = await run(['init', '--regency', '35.15', '--db', seeded]);
  if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
  return {
    dir,
    seeded,
    run,
    freshDb(name) {
      const file = join(dir, `${name}.db`);
      copyFileSync(seeded, file);
      return file;
    },
    withDb(file, use) {
      const db = openDatabase(file);
      try {
        return use(db);
      } finally {
        db.close();
      }
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
