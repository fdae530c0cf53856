import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../electron/app/create';
import { BACKUPS_KEPT } from '../../electron/backups/files';
import { AppDatabase } from '../../electron/db/app-database';
import { migrate } from '../../electron/db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../electron/db/migrations';
import { openDatabase, schemaVersion } from '../../electron/db/open';
import { listPrograms } from '../../electron/programs/service';
import { serviceContext } from '../../electron/ipc/types';
import { completeSetup } from '../../electron/settings/service';
import type { AppStatus } from '../../shared/ipc/app';
import type { BackupInfo } from '../../shared/ipc/backups';
import type { ProgramDetail } from '../../shared/ipc/programs';
import { id } from '../../shared/i18n/id';
import { checksum } from '../support/db-snapshot';
import { SIDOARJO_PROFILE, call } from '../support/temp-app';
import { seedCatalogue } from '../../electron/programs/seed';

let dir: string;
let file: string;
let backupDir: string;
let open: { close(): void }[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sidampak-backups-'));
  file = join(dir, 'sidampak.db');
  backupDir = join(dir, 'backups');
  open = [];
});
afterEach(() => {
  for (const o of open) o.close();
  rmSync(dir, { recursive: true, force: true });
});

function openAt(now: Date): AppDatabase {
  const handle = AppDatabase.open({ file, backupDir, now: () => now });
  open.push(handle);
  return handle;
}

function appAt(now: Date): App {
  const app = createApp({ dbFile: file, backupDir, actor: 'penguji', now: () => now });
  open.push(app);
  return app;
}

function backupFiles(): string[] {
  return existsSync(backupDir) ? readdirSync(backupDir).sort() : [];
}

function day(n: number, hour = 8): Date {
  return new Date(2024, 8, 1 + n, hour, 0, 0);
}

/** Reads one value straight from a database file, bypassing the app. */
function readOnly<T>(path: string, sql: string): T {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get() as T;
  } finally {
    db.close();
  }
}

describe('automatic backups', () => {
  it('backs an existing database up once per day, and never a new one', () => {
    openAt(day(0)).close();
    expect(backupFiles()).toEqual([]);

    openAt(day(1, 8)).close();
    expect(backupFiles()).toEqual(['sidampak-20240902-080000-daily.db']);
    openAt(day(1, 17)).close();
    expect(backupFiles()).toEqual(['sidampak-20240902-080000-daily.db']);

    openAt(day(2, 7)).close();
    expect(backupFiles()).toEqual(['sidampak-20240902-080000-daily.db', 'sidampak-20240903-070000-daily.db']);
    expect(readOnly<{ v: number }>(join(backupDir, 'sidampak-20240903-070000-daily.db'), 'SELECT user_version AS v FROM pragma_user_version')).toEqual({
      v: LATEST_SCHEMA_VERSION,
    });
  });

  it('backs up before migrating a database at an older schema version', () => {
    const old = openDatabase(file);
    migrate(old, 1);
    old.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('locale', '"en"');
    old.close();

    const handle = openAt(day(3));
    expect(schemaVersion(handle.db)).toBe(LATEST_SCHEMA_VERSION);
    const backups = handle.listBackups();
    // The pre-migration copy is also today's backup: no second, daily one.
    expect(backups.map((b) => b.reason)).toEqual(['premigration']);
    const copy = join(backupDir, backups[0]!.fileName);
    expect(readOnly<{ v: number }>(copy, 'SELECT user_version AS v FROM pragma_user_version')).toEqual({ v: 1 });
    expect(readOnly<{ value: string }>(copy, "SELECT value FROM settings WHERE key = 'locale'")).toEqual({ value: '"en"' });
  });

  it(`keeps only the last ${BACKUPS_KEPT} backups`, () => {
    openAt(day(0)).close();
    for (let n = 1; n <= 10; n++) openAt(day(n)).close();
    const names = backupFiles();
    expect(names.length).toBe(BACKUPS_KEPT);
    expect(names).toEqual([4, 5, 6, 7, 8, 9, 10].map((n) => `sidampak-202409${String(1 + n).padStart(2, '0')}-080000-daily.db`));
  });
});

describe('backup and restore through the dispatcher', () => {
  async function setUpWithProgram(app: App): Promise<number> {
    completeSetup(serviceContext(app.ctx), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
    const pkh = seedCatalogue().find((p) => p.code === 'PKH')!;
    const created = await call<ProgramDetail>(app, 'programs.create', { program: { ...pkh, code: 'PKH-SDA', name: 'PKH Daerah Sidoarjo' } });
    return created.program.id;
  }

  it('restores the data as it was at backup time and keeps the replaced state as a prerestore backup', async () => {
    const app = appAt(day(0));
    const variantId = await setUpWithProgram(app);
    const made = await call<BackupInfo>(app, 'backups.create', {});
    expect(made.reason).toBe('manual');
    expect(made.sizeBytes).toBeGreaterThan(0);

    const pkh = seedCatalogue().find((p) => p.code === 'PKH')!;
    await call(app, 'programs.update', { id: variantId, program: { ...pkh, code: 'PKH-SDA', name: 'PKH Sidoarjo Diubah' } });
    await call(app, 'programs.create', { program: { ...pkh, code: 'PKH-BARU', name: 'PKH Baru' } });
    await call(app, 'app.setLocale', { locale: 'en' });

    const status = await call<AppStatus>(app, 'backups.restore', { fileName: made.fileName });
    expect(status).toMatchObject({ setupComplete: true, regencyCode: '35.15', locale: 'id', schemaVersion: LATEST_SCHEMA_VERSION });

    const programs = await call<{ code: string; name: string }[]>(app, 'programs.list', { includeInactive: true });
    expect(programs.find((p) => p.code === 'PKH-SDA')?.name).toBe('PKH Daerah Sidoarjo');
    expect(programs.some((p) => p.code === 'PKH-BARU')).toBe(false);
    // Services see the restored file through the same handle.
    expect(listPrograms(serviceContext(app.ctx), { includeInactive: true }).length).toBe(9);

    const list = await call<BackupInfo[]>(app, 'backups.list', {});
    const prerestore = list.filter((b) => b.reason === 'prerestore');
    expect(prerestore.length).toBe(1);
    const saved = join(backupDir, prerestore[0]!.fileName);
    expect(readOnly<{ name: string }>(saved, "SELECT name FROM programs WHERE code = 'PKH-SDA'")).toEqual({ name: 'PKH Sidoarjo Diubah' });
    expect(readOnly<{ n: number }>(saved, "SELECT count(*) AS n FROM programs WHERE code = 'PKH-BARU'")).toEqual({ n: 1 });
    expect(list.map((b) => b.fileName)).toContain(made.fileName);
  });

  it('answers BACKUP_NOT_FOUND for a name that is not in the backup folder', async () => {
    const app = appAt(day(0));
    await setUpWithProgram(app);
    const before = checksum(app.ctx.database.db);
    const reply = await app.dispatch('backups.restore', { fileName: 'sidampak-20240101-000000-manual.db' }, { senderUrl: null });
    expect(reply).toEqual({
      ok: false,
      code: 'BACKUP_NOT_FOUND',
      message: id['error.BACKUP_NOT_FOUND'].replace('{file}', 'sidampak-20240101-000000-manual.db'),
    });
    expect(checksum(app.ctx.database.db)).toBe(before);
    expect(backupFiles()).toEqual([]);
  });

  it.each([
    ['garbage bytes', (path: string) => writeFileSync(path, 'ini bukan basis data SQLite '.repeat(200))],
    [
      'an SQLite file that is not ours',
      (path: string) => {
        const other = new Database(path);
        other.exec('CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES (1)');
        other.close();
      },
    ],
  ])('answers BACKUP_INVALID for %s and keeps the current database', async (_label, write) => {
    const app = appAt(day(0));
    await setUpWithProgram(app);
    mkdirSync(backupDir, { recursive: true });
    const fileName = 'sidampak-20240929-080000-manual.db';
    write(join(backupDir, fileName));
    const before = checksum(app.ctx.database.db);

    const reply = await app.dispatch('backups.restore', { fileName }, { senderUrl: null });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.code).toBe('BACKUP_INVALID');
    expect(reply.message).toBe(`Berkas cadangan ${fileName} rusak atau bukan basis data Sidampak.`);
    expect(checksum(app.ctx.database.db)).toBe(before);
    expect(backupFiles()).toEqual([fileName]);
    expect((await call<AppStatus>(app, 'app.status', {})).setupComplete).toBe(true);
  });

  it('refuses a backup made by a newer Sidampak before replacing anything', async () => {
    const app = appAt(day(0));
    await setUpWithProgram(app);
    const made = await call<BackupInfo>(app, 'backups.create', {});
    const newer = 'sidampak-20240930-090000-manual.db';
    copyFileSync(join(backupDir, made.fileName), join(backupDir, newer));
    const bump = new Database(join(backupDir, newer));
    bump.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    bump.close();
    await call(app, 'programs.create', { program: { ...seedCatalogue().find((p) => p.code === 'SEMBAKO')!, code: 'SEMBAKO-SDA' } });
    const before = checksum(app.ctx.database.db);

    const reply = await app.dispatch('backups.restore', { fileName: newer }, { senderUrl: null });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.code).toBe('DATABASE_NEWER');
    expect(checksum(app.ctx.database.db)).toBe(before);
    expect(schemaVersion(app.ctx.database.db)).toBe(LATEST_SCHEMA_VERSION);
    expect((await call<BackupInfo[]>(app, 'backups.list', {})).some((b) => b.reason === 'prerestore')).toBe(false);
  });
});
