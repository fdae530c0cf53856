import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App, type AppOptions } from '../../electron/app/create';
import { serviceContext } from '../../electron/ipc/types';
import type { ServiceContext } from '../../electron/context';

export interface TempApp extends App {
  dir: string;
  dbFile: string;
  backupDir: string;
  svc(): ServiceContext;
  /** Sets the clock the app sees (audit timestamps, backup names). */
  setNow(date: Date): void;
  dispose(): void;
}

/** A real app over a real SQLite file in a fresh temporary folder. */
export function tempApp(options: Partial<AppOptions> & { dir?: string } = {}): TempApp {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'sidampak-test-'));
  const dbFile = join(dir, 'sidampak.db');
  const backupDir = join(dir, 'backups');
  let now = new Date('2024-09-30T08:00:00');
  const app = createApp({ dbFile, backupDir, actor: 'penguji', now: () => now, ...options });
  return {
    ...app,
    dir,
    dbFile,
    backupDir,
    svc: () => serviceContext(app.ctx),
    setNow: (d) => {
      now = d;
    },
    dispose: () => {
      app.close();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Calls a channel the way the renderer would and returns the value, failing loudly on an error. */
export async function call<T = unknown>(app: App, channel: string, input: unknown): Promise<T> {
  const reply = await app.dispatch(channel, input, { senderUrl: null });
  if (!reply.ok) throw new Error(`${channel} failed: ${reply.code} ${reply.message} ${JSON.stringify(reply.fields ?? [])}`);
  return reply.value as T;
}

export const SIDOARJO_PROFILE = {
  officeName: 'Dinas Sosial Kabupaten Sidoarjo',
  address: 'Jl. Raya Candi No. 1, Sidoarjo',
  phone: '(031) 8941234',
  email: 'dinsos@sidoarjokab.go.id',
  emblem: null,
  headName: 'Drs. Bambang Setiawan, M.Si.',
  headRank: 'Pembina Utama Muda (IV/c)',
  headNip: '19680411 199303 1 009',
  placeName: 'Sidoarjo',
};
