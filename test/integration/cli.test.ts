import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { migrate } from '../../electron/db/migrate';
import { openDatabase } from '../../electron/db/open';
import { runCli } from '../../electron/cli/run';
import { appDataDir, backupDirFor, defaultDatabasePath, resolveDatabasePath } from '../../electron/app/paths';
import { id } from '../../shared/i18n/id';
import type { ProgramSummary } from '../../shared/domain/programs';
import type { InitSummary } from '../../electron/cli/commands/init';
import { buildCli, CLI_BIN, isolatedEnv, runNode, type ProcessResult } from '../support/cli-process';

const bin = CLI_BIN;
const SEED_CODES = ['ASPD', 'ATENSI', 'BLT-DD', 'PBI-JK', 'PKH', 'PKH-PLUS', 'RUTILAHU', 'SEMBAKO'];

let dir: string;
/** The child's environment: every folder the CLI could fall back to points into the temp dir. */
let childEnv: NodeJS.ProcessEnv;

type Result = ProcessResult;

function runBin(args: string[], options: { env?: NodeJS.ProcessEnv; nodeArgs?: string[]; script?: string } = {}): Promise<Result> {
  return runNode(options.script ?? bin, args, { cwd: dir, env: options.env ?? childEnv, ...(options.nodeArgs ? { nodeArgs: options.nodeArgs } : {}) });
}

function setupCompleteIn(file: string): boolean {
  const db = new Database(file, { readonly: true });
  try {
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").get()) return false;
    const { n } = db.prepare("SELECT count(*) AS n FROM settings WHERE key IN ('regency', 'office_profile')").get() as { n: number };
    return n === 2;
  } finally {
    db.close();
  }
}

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'sidampak-cli-'));
  childEnv = isolatedEnv(dir);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sidampak (bundled CLI)', () => {
  it('initialises a database for Sidoarjo and lists the seed catalogue as JSON', async () => {
    const db = join(dir, 'sidoarjo.db');
    const init = await runBin(['init', '--regency', '35.15', '--db', db]);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Basis data siap untuk Kabupaten Sidoarjo, Jawa Timur.');
    expect(init.stdout).toContain('18 kecamatan, 346 desa/kelurahan');
    expect(init.stdout).toContain('8 program');

    const list = await runBin(['programs', 'list', '--json', '--db', db]);
    expect(list.code).toBe(0);
    expect(list.stderr).toBe('');
    const programs = JSON.parse(list.stdout) as ProgramSummary[];
    expect(programs.map((p) => p.code).sort()).toEqual(SEED_CODES);
    expect(programs.find((p) => p.code === 'PKH')).toMatchObject({ level: 'pusat', fundingSource: 'APBN', isActive: true, desilMax: 4 });

    const table = await runBin(['--db', db, 'programs', 'list']);
    expect(table.code).toBe(0);
    const lines = table.stdout.split('\n');
    expect(lines[0]).toMatch(/^Kode\s+Nama program\s+Tingkat\s+Sumber dana\s+Status$/);
    expect(lines.find((l) => l.startsWith('PKH '))).toMatch(/^PKH\s+Program Keluarga Harapan\s+Pusat\s+APBN\s+Aktif$/);
    expect(table.stdout).toContain('8 program.');

    const again = await runBin(['init', '--regency', '35.15', '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Galat [SETUP_ALREADY_DONE]: Penyiapan awal sudah pernah dilakukan.');
  });

  it('prints a JSON summary of init with --json and honours the profile flags', async () => {
    const db = join(dir, 'json.db');
    const result = await runBin(['init', '--json', '--regency', '35.78', '--office-name', 'Dinas Sosial Kota Surabaya', '--place', 'Surabaya', '--db', db]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as InitSummary;
    expect(summary).toMatchObject({
      dbPath: db,
      regencyCode: '35.78',
      regencyName: 'Kota Surabaya',
      provinceName: 'Jawa Timur',
      kecamatanCount: 31,
      villageCount: 153,
    });
    expect([...summary.programsSeeded].sort()).toEqual(SEED_CODES);
    const raw = new Database(db, { readonly: true });
    const profile = JSON.parse((raw.prepare("SELECT value FROM settings WHERE key = 'office_profile'").get() as { value: string }).value);
    raw.close();
    expect(profile).toMatchObject({ officeName: 'Dinas Sosial Kota Surabaya', placeName: 'Surabaya' });
  });

  it('refuses an unknown regency with REGENCY_UNKNOWN and leaves no half-written database', async () => {
    const db = join(dir, 'unknown.db');
    const result = await runBin(['init', '--regency', '99.99', '--db', db, '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Galat [REGENCY_UNKNOWN]');
    expect(result.stderr).toContain('Kode kabupaten/kota 99.99 tidak dikenal.');
    if (existsSync(db)) expect(setupCompleteIn(db)).toBe(false);
  });

  it('refuses to list programs of a database that was never set up, without creating it', async () => {
    const missing = join(dir, 'never.db');
    const result = await runBin(['programs', 'list', '--db', missing]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`Galat [SETUP_REQUIRED]: ${id['error.SETUP_REQUIRED']}`);
    expect(result.stderr).toContain('sidampak init --regency');
    expect(existsSync(missing)).toBe(false);

    const empty = join(dir, 'empty.db');
    const db = openDatabase(empty);
    migrate(db);
    db.close();
    const onEmpty = await runBin(['programs', 'list', '--json'], { env: { ...childEnv, SIDAMPAK_DB: empty } });
    expect(onEmpty.code).toBe(1);
    expect(onEmpty.stdout).toBe('');
    expect(onEmpty.stderr).toContain('Galat [SETUP_REQUIRED]');
  });

  it('answers an unknown command with exit code 2 and the usage help', async () => {
    const result = await runBin(['laporan']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Galat [UNKNOWN_COMMAND]: Perintah "laporan" tidak dikenal.');
    expect(result.stderr).toContain('Penggunaan:');
    expect(result.stderr).toMatch(/programs list\s+Tampilkan register program/);
  });

  it('answers a wrong flag with exit code 2 and the command usage', async () => {
    const result = await runBin(['init', '--regency', '35.15', '--kota', 'x', '--db', join(dir, 'flag.db')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Galat [USAGE]: Opsi --kota tidak dikenal.');
    expect(result.stderr).toContain('Penggunaan: sidampak init --regency <kode>');
    expect(existsSync(join(dir, 'flag.db'))).toBe(false);

    const invalid = await runBin(['init', '--regency', '35.15', '--office-name', 'X', '--db', join(dir, 'flag.db')]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('Galat [VALIDATION_FAILED]');
    expect(invalid.stderr).toContain('--office-name: Terlalu pendek (minimal 5 karakter).');
    expect(existsSync(join(dir, 'flag.db'))).toBe(false);
  });

  it('prints help and version', async () => {
    const help = await runBin(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Penggunaan:');
    expect(help.stdout).toMatch(/init\s+Siapkan basis data/);
    expect(help.stdout).toContain('--db <berkas>');
    const helpWord = await runBin(['help']);
    expect(helpWord.stdout).toBe(help.stdout);
    const initHelp = await runBin(['help', 'init']);
    expect(initHelp.stdout).toContain('sidampak init --regency <kode> [--office-name <nama>] [--place <nama>]');
    const version = await runBin(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toBe(`${pkg.version}\n`);
  });

  it('uses SIDAMPAK_DB, then the user-data folder, when --db is not given', async () => {
    const viaEnv = join(dir, 'env', 'via-env.db');
    const result = await runBin(['init', '--regency', '35.15'], { env: { ...childEnv, SIDAMPAK_DB: viaEnv } });
    expect(result.code).toBe(0);
    expect(existsSync(viaEnv)).toBe(true);

    const home = childEnv.HOME!;
    const expected = defaultDatabasePath({ platform: process.platform, env: childEnv, home });
    expect(expected.startsWith(dir)).toBe(true);
    const byDefault = await runBin(['init', '--regency', '35.15']);
    expect(byDefault.code).toBe(0);
    expect(byDefault.stdout).toContain(expected);
    expect(existsSync(expected)).toBe(true);
  });

  it('tells a user on an old Node to run it through npm', async () => {
    const fakeOldNode = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.11.1"})';
    const result = await runBin(['--help'], { nodeArgs: ['--import', fakeOldNode] });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Node.js 22.14 atau lebih baru');
    expect(result.stderr).toContain('20.11.1');
    expect(result.stderr).toContain('npx sidampak');
  });

  it('tells a user to build when the bundle is missing', async () => {
    const copy = join(dir, 'unbuilt', 'electron', 'cli', 'bin.mjs');
    mkdirSync(join(dir, 'unbuilt', 'electron', 'cli'), { recursive: true });
    copyFileSync(bin, copy);
    const result = await runBin(['--help'], { script: copy });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('npm run build');
  });
});

describe('sidampak command line (in process)', () => {
  function capture() {
    const out = { stdout: '', stderr: '' };
    return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
  }

  it('accepts options before and after the command words', async () => {
    const db = join(dir, 'order.db');
    const first = capture();
    expect(await runCli(['--json', '--db', db, 'init', '--regency=35.15'], { io: first.io, actor: 'skrip' })).toBe(0);
    expect((JSON.parse(first.out.stdout) as InitSummary).kecamatanCount).toBe(18);
    const second = capture();
    expect(await runCli(['programs', '--db', db, 'list', '--all', '--json'], { io: second.io })).toBe(0);
    expect((JSON.parse(second.out.stdout) as ProgramSummary[]).length).toBe(8);
    const raw = new Database(db, { readonly: true });
    const actors = raw.prepare('SELECT DISTINCT actor FROM audit_log').all();
    raw.close();
    expect(actors).toEqual([{ actor: 'skrip' }]);
  });

  it.each([
    [['programs'], 'Galat [USAGE]: Perintah "programs" memerlukan subperintah: list.'],
    [['programs', 'lst'], 'Galat [UNKNOWN_COMMAND]: Perintah "programs lst" tidak dikenal.'],
    [['programs', 'list', 'extra'], 'Galat [USAGE]: Argumen "extra" tidak diharapkan.'],
    [['programs', 'list', '--regency', '35.15'], 'Galat [USAGE]: Opsi --regency tidak berlaku untuk perintah "programs list".'],
    [['programs', 'list', '--json=ya'], 'Galat [USAGE]: Opsi --json tidak menerima nilai.'],
    [['init'], 'Galat [USAGE]: Opsi --regency wajib diisi.'],
    [['init', '--regency'], 'Galat [USAGE]: Opsi --regency memerlukan nilai.'],
    [['init', '--regency', '--json'], 'Galat [USAGE]: Opsi --regency memerlukan nilai.'],
    [['init', '--regency', '35.15', '--regency', '35.16'], 'Galat [USAGE]: Opsi --regency diberikan lebih dari sekali.'],
    [['-x'], 'Galat [USAGE]: Opsi -x tidak dikenal.'],
  ])('rejects %j as a usage error (exit 2)', async (args, message) => {
    const { out, io } = capture();
    expect(await runCli(args, { io })).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.split('\n')[0]).toBe(message);
  });

  it('shows the group help for `programs --help`', async () => {
    const { out, io } = capture();
    expect(await runCli(['programs', '--help'], { io })).toBe(0);
    expect(out.stdout).toContain('sidampak programs <perintah>');
    expect(out.stdout).toMatch(/programs list\s+Tampilkan register program/);
  });

  it('reports a database from a newer Sidampak as DATABASE_NEWER without touching it', async () => {
    const file = join(dir, 'newer.db');
    const db = openDatabase(file);
    db.pragma('user_version = 999');
    db.close();
    const { out, io } = capture();
    expect(await runCli(['programs', 'list', '--db', file], { io })).toBe(1);
    expect(out.stderr).toContain('Galat [DATABASE_NEWER]');
    expect(out.stderr).toContain('skema 999');
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(999);
    check.close();
  });
});

describe('database location', () => {
  it('follows Electron userData per platform', () => {
    expect(defaultDatabasePath({ platform: 'win32', env: { APPDATA: 'C:\\Users\\ani\\AppData\\Roaming' }, home: 'C:\\Users\\ani' })).toBe(
      'C:\\Users\\ani\\AppData\\Roaming\\Sidampak\\sidampak.db',
    );
    expect(defaultDatabasePath({ platform: 'darwin', env: {}, home: '/Users/ani' })).toBe(
      '/Users/ani/Library/Application Support/Sidampak/sidampak.db',
    );
    expect(defaultDatabasePath({ platform: 'linux', env: {}, home: '/home/ani' })).toBe('/home/ani/.config/Sidampak/sidampak.db');
    expect(defaultDatabasePath({ platform: 'linux', env: { XDG_CONFIG_HOME: '/srv/cfg' }, home: '/home/ani' })).toBe(
      '/srv/cfg/Sidampak/sidampak.db',
    );
    // A relative XDG_CONFIG_HOME is invalid by the spec and ignored, as Electron does.
    expect(appDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: 'cfg' }, home: '/home/ani' })).toBe('/home/ani/.config');
  });

  it('prefers --db, then SIDAMPAK_DB, and keeps backups next to the database', () => {
    const pe = { platform: 'linux', env: { SIDAMPAK_DB: '/data/env.db' }, home: '/home/ani' };
    expect(resolveDatabasePath('/data/flag.db', pe)).toBe(resolve('/data/flag.db'));
    expect(resolveDatabasePath(undefined, pe)).toBe(resolve('/data/env.db'));
    expect(resolveDatabasePath(undefined, { ...pe, env: {} })).toBe(resolve('/home/ani/.config/Sidampak/sidampak.db'));
    expect(resolveDatabasePath('relative.db', pe)).toBe(resolve(process.cwd(), 'relative.db'));
    expect(backupDirFor(resolve('/data/flag.db'))).toBe(resolve('/data/backups'));
  });
});
