import { z } from 'zod';
import { channel } from './define';
import type { AppStatus } from './app';

export interface BackupInfo {
  fileName: string;
  createdAt: string;
  reason: string;
  sizeBytes: number;
}

export const backupsChannels = {
  'backups.list': channel<BackupInfo[]>()(z.object({}).strict()),
  'backups.create': channel<BackupInfo>()(z.object({}).strict()),
  /** Restores a backup after first backing up the current database. */
  'backups.restore': channel<AppStatus>()(
    z.object({ fileName: z.string().regex(/^sidampak-[\w.-]+\.db$/) }).strict(),
  ),
};
