import { createApp, type App } from '../../electron/app/create';
import { DemoBulkWriter } from '../../electron/demo/bulk';
import { generateFamilies } from '../../electron/demo/generate';
import { IdentityAllocator } from '../../electron/demo/identity';
import { loadDemo } from '../../electron/demo/service';
import { readDemoSetting } from '../../electron/demo/setting';
import { serviceContext } from '../../electron/ipc/types';
import { completeSetup } from '../../electron/settings/service';

/** The clock every benchmark database sees, so the demo register is the same on every run. */
export const BENCH_NOW = new Date('2024-09-30T08:00:00');
/** Kabupaten Sidoarjo: the large list's kecamatan and desa are Sidoarjo's. */
export const BENCH_REGENCY = '35.15';
/** Members per demo family, measured on seed 1 (366,627 members for 100,000 families). */
const MEMBERS_PER_FAMILY = 3.666;

export function openBenchApp(dbFile: string): App {
  return createApp({ dbFile, backupDir: `${dbFile}-backups`, actor: 'bench', now: () => BENCH_NOW });
}

export interface BuiltRegister {
  families: number;
  members: number;
  seconds: number;
}

/**
 * A Sidoarjo register of about `members` demo members. With `avoidKecamatan`, its families live
 * and its NIKs/KKs were issued outside those kecamatan, so a list from them shares no identity
 * with it (every row is matched and found new); otherwise it is the demo service's own load.
 */
export async function buildRegister(dbFile: string, members: number, avoidKecamatan: readonly string[] = []): Promise<BuiltRegister> {
  const app = openBenchApp(dbFile);
  try {
    const ctx = serviceContext(app.ctx);
    completeSetup(ctx, app.ctx.regions, BENCH_REGENCY, null);
    const families = Math.round(members / MEMBERS_PER_FAMILY);
    const started = performance.now();
    if (avoidKecamatan.length === 0) {
      const r = await loadDemo(ctx, app.ctx.regions, { families, seed: 1 });
      return { families: r.families, members: r.members, seconds: (performance.now() - started) / 1000 };
    }
    const full = readDemoSetting(ctx, app.ctx.regions);
    const setting = { ...full, kecamatan: full.kecamatan.filter((k) => !avoidKecamatan.includes(k.code)) };
    const writer = new DemoBulkWriter(ctx);
    ctx.db.transaction(() => {
      const ids = { nik: new IdentityAllocator(), kk: new IdentityAllocator() };
      const chunk = [];
      for (const f of generateFamilies(setting, 1, families, ids)) {
        chunk.push(f);
        if (chunk.length === 1000) writer.write(chunk.splice(0));
      }
      writer.write(chunk);
    })();
    return { families: writer.counts.families, members: writer.counts.members, seconds: (performance.now() - started) / 1000 };
  } finally {
    app.close();
  }
}
