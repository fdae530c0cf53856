import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { BackupInfo } from '../../shared/ipc/backups';
import { createBackup, hasBackupOn, listBackups, pruneBackups } from '../backups/files';
import { migrate, needsMigration } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { openDatabase, schemaVersion, type Db } from './open';

export interface AppDatabaseOptions {
  file: string;
  backupDir: string;
  now?: () => Date;
}

/**
 * The application's one database: opened, backed up and migrated on start, and swappable for a
 * backup on restore. Services take `handle.db` at call time, so a restore is seen everywhere.
 */
export class AppDatabase {
  readonly file: string;
  readonly backupDir: string;
  private readonly now: () => Date;
  private current: Db;

  private constructor(options: AppDatabaseOptions, db: Db) {
    this.file = options.file;
    this.backupDir = options.backupDir;
    this.now = options.now ?? (() => new Date());
    this.current = db;
  }

  /** Start-up: back up before a migration and once a day (existing databases only), migrate, prune. */
  static open(options: AppDatabaseOptions): AppDatabase {
    const existed = existsSync(options.file);
    const db = openDatabase(options.file);
    const handle = new AppDatabase(options, db);
    try {
      handle.startUp(existed);
    } catch (err) {
      db.close();
      throw err;
    }
    return handle;
  }

  private startUp(existed: boolean): void {
    const db = this.current;
    const now = this.now();
    if (existed && schemaVersion(db) > 0 && needsMigration(db)) {
      createBackup(db, this.backupDir, 'premigration', now);
    }
    migrate(db);
    if (existed && !hasBackupOn(this.backupDir, now)) createBackup(db, this.backupDir, 'daily', now);
    pruneBackups(this.backupDir);
  }

  get db(): Db {
    return this.current;
  }

  backupNow(): BackupInfo {
    const info = createBackup(this.current, this.backupDir, 'manual', this.now());
    pruneBackups(this.backupDir);
    return info;
  }

  listBackups(): BackupInfo[] {
    return listBackups(this.backupDir);
  }

  /** Replaces the database with a backup, after checking it and backing up the current one. */
  restore(fileName: string): void {
    const source = join(this.backupDir, fileName);
    if (!listBackups(this.backupDir).some((b) => b.fileName === fileName)) {
      throw new AppError('BACKUP_NOT_FOUND', { file: fileName });
    }
    assertSidampakDatabase(source, fileName);
    createBackup(this.current, this.backupDir, 'prerestore', this.now());
    this.current.close();
    for (const suffix of ['-wal', '-shm']) rmSync(this.file + suffix, { force: true });
    copyFileSync(source, this.file);
    this.current = openDatabase(this.file);
    migrate(this.current);
    pruneBackups(this.backupDir);
  }

  close(): void {
    if (this.current.open) this.current.close();
  }
}

function assertSidampakDatabase(file: string, fileName: string): void {
  let probe: Db | null = null;
  let version = 0;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    const ok = probe.pragma('quick_check', { simple: true }) === 'ok';
    const hasSettings = probe.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").get();
    version = schemaVersion(probe);
    if (!ok || !hasSettings || version < 1) throw new Error('not ours');
  } catch {
    throw new AppError('BACKUP_INVALID', { file: fileName });
  } finally {
    probe?.close();
  }
  // Checked here, not by the migration after the copy: by then the current database is gone.
  if (version > LATEST_SCHEMA_VERSION) {
    throw new AppError('DATABASE_NEWER', { found: version, supported: LATEST_SCHEMA_VERSION });
  }
}
