import { z } from 'zod';
import { channel } from './define';
import { LOCALES, type Locale } from '../domain/office';

export interface AppStatus {
  setupComplete: boolean;
  regencyCode: string | null;
  regencyName: string | null;
  locale: Locale;
  version: string;
  dbPath: string;
  schemaVersion: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export const appChannels = {
  'app.status': channel<AppStatus>()(z.object({}).strict()),
  'app.setLocale': channel<AppStatus>()(z.object({ locale: z.enum(LOCALES) }).strict()),
  /** A chart (PNG data URL drawn by the window) to a file the user picks in main's dialog; null when cancelled. */
  'app.saveImage': channel<{ path: string } | null>()(
    z
      .object({
        dataUrl: z.string().startsWith('data:image/png;base64,').max(20_000_000),
        suggestedName: z.string().trim().regex(/^[\p{L}\p{N} ._-]{1,80}$/u),
      })
      .strict(),
  ),
  'audit.list': channel<AuditEntry[]>()(
    z
      .object({
        entity: z.string().max(40).optional(),
        entityId: z.string().max(40).optional(),
        limit: z.number().int().min(1).max(500),
      })
      .strict(),
  ),
};
