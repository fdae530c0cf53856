import { existsSync, readdirSync, statSync, unlinkSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/ipc/backups';
import type { Db } from '../db/open';

export const BACKUP_REASONS = ['daily', 'premigration', 'manual', 'prerestore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** How many backups are kept; older ones are removed after each new one. */
export const BACKUPS_KEPT = 7;

const NAME = /^sidampak-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d+))?-([a-z]+)\.db$/;

function stamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
}

/** A consistent copy of the live database (`VACUUM INTO` reads one snapshot, WAL included). */
export function createBackup(db: Db, dir: string, reason: BackupReason, now: Date = new Date()): BackupInfo {
  mkdirSync(dir, { recursive: true });
  let fileName = `sidampak-${stamp(now)}-${reason}.db`;
  for (let n = 2; existsSync(join(dir, fileName)); n++) fileName = `sidampak-${stamp(now)}-${n}-${reason}.db`;
  db.prepare('VACUUM INTO ?').run(join(dir, fileName));
  return describe(dir, fileName)!;
}

function describe(dir: string, fileName: string): BackupInfo | null {
  const m = NAME.exec(fileName);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, , reason] = m;
  const createdAt = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)).toISOString();
  return { fileName, createdAt, reason: reason!, sizeBytes: statSync(join(dir, fileName)).size };
}

/** Backups in the folder, newest first. Files that are not ours are ignored. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => describe(dir, f))
    .filter((b): b is BackupInfo => b !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
}

export function pruneBackups(dir: string, keep: number = BACKUPS_KEPT): string[] {
  const removed = listBackups(dir).slice(keep).map((b) => b.fileName);
  for (const f of removed) unlinkSync(join(dir, f));
  return removed;
}

/** True when a backup was already made on the local calendar day of `now`. */
export function hasBackupOn(dir: string, now: Date): boolean {
  const day = stamp(now).slice(0, 8);
  return listBackups(dir).some((b) => b.fileName.slice('sidampak-'.length, 'sidampak-'.length + 8) === day);
}
