import { AppError } from '../../shared/errors';
import type { DemoLoadResult, DemoRemoveResult, DemoStatus } from '../../shared/ipc/demo';
import { recordAudit } from '../audit/service';
import type { ServiceContext } from '../context';
import type { Db } from '../db/open';
import type { RegionCatalog } from '../regions/catalog';
import { generateFamilies, type DemoFamily } from './generate';
import { IdentityAllocator } from './identity';
import { readDemoSetting } from './setting';
import { DemoBulkWriter } from './bulk';

export const DEFAULT_DEMO_SEED = 1;
/** Families written between two progress reports (and two turns of the event loop). */
const CHUNK = 1000;

export type Progress = (done: number, total: number) => void;

/** One demo job per database at a time: a second would interleave with the first's transaction. */
const busy = new WeakSet<Db>();

export function demoStatus(ctx: Pick<ServiceContext, 'db'>): DemoStatus {
  return ctx.db
    .prepare(
      `SELECT (SELECT count(*) FROM families WHERE is_demo = 1) AS families,
              (SELECT count(*) FROM members WHERE is_demo = 1) AS members`,
    )
    .get() as DemoStatus;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `work` in one write transaction that yields to the event loop between chunks, so progress
 * events reach the window while a big load runs; a failure rolls everything back.
 */
async function inOneTransaction<T>(db: Db, work: () => Promise<T>): Promise<T> {
  if (busy.has(db)) throw new AppError('DEMO_BUSY');
  busy.add(db);
  try {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = await work();
      db.exec('COMMIT');
      return result;
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw err;
    }
  } finally {
    busy.delete(db);
  }
}

/**
 * Fills the register with `families` synthetic families for the office's kabupaten/kota (see
 * generate.ts), marked as demo, in one transaction with one audit entry. Refused while demo data
 * is present: it is removed in one step and loaded afresh, never mixed.
 */
export async function loadDemo(
  ctx: ServiceContext,
  catalog: RegionCatalog,
  options: { families: number; seed?: number; onProgress?: Progress },
): Promise<DemoLoadResult> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const setting = readDemoSetting(ctx, catalog);
  if (setting.kecamatan.length === 0) throw new AppError('SETUP_REQUIRED');
  if (demoStatus(ctx).families > 0) throw new AppError('DEMO_PRESENT');
  return inOneTransaction(ctx.db, async () => {
    const nikTaken = ctx.db.prepare('SELECT 1 FROM members WHERE nik = ?').pluck();
    const kkTaken = ctx.db.prepare('SELECT 1 FROM families WHERE kk = ?').pluck();
    const ids = {
      nik: new IdentityAllocator((nik) => nikTaken.get(nik) !== undefined),
      kk: new IdentityAllocator((kk) => kkTaken.get(kk) !== undefined),
    };
    const writer = new DemoBulkWriter(ctx);
    let chunk: DemoFamily[] = [];
    let done = 0;
    options.onProgress?.(0, options.families);
    for (const family of generateFamilies(setting, seed, options.families, ids)) {
      chunk.push(family);
      if (chunk.length < CHUNK) continue;
      writer.write(chunk);
      done += chunk.length;
      chunk = [];
      options.onProgress?.(done, options.families);
      await nextTurn();
    }
    writer.write(chunk);
    options.onProgress?.(options.families, options.families);
    const result: DemoLoadResult = {
      ...writer.counts,
      periods: [...setting.periods],
      seed,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
    recordAudit(ctx, {
      action: 'demo_load',
      entity: 'demo',
      entityId: seed,
      before: null,
      after: { families: result.families, members: result.members, enrollments: result.enrollments, periodRows: result.periodRows, periods: result.periods, seed },
    });
    return result;
  });
}

/**
 * Removes every demo row in one transaction: demo families with their members, enrollments,
 * status history and period rows, and demo members anywhere else. A demo family that a real
 * list has since added real people to stays, with its real people, as a real family.
 */
export async function removeDemo(ctx: ServiceContext, options: { onProgress?: Progress } = {}): Promise<DemoRemoveResult> {
  const db = ctx.db;
  return inOneTransaction(db, async () => {
    const before = demoStatus(ctx);
    const familyIds = db
      .prepare(
        `SELECT id FROM families f WHERE is_demo = 1
         AND NOT EXISTS (SELECT 1 FROM members m WHERE m.family_id = f.id AND m.is_demo = 0)`,
      )
      .pluck()
      .all() as number[];
    const enrollments = db
      .prepare(
        `SELECT count(*) FROM enrollments e JOIN families f ON f.id = e.family_id WHERE f.is_demo = 1
         AND NOT EXISTS (SELECT 1 FROM members m WHERE m.family_id = f.id AND m.is_demo = 0)`,
      )
      .pluck()
      .get() as number;
    const deleteFamily = db.prepare('DELETE FROM families WHERE id = ?');
    options.onProgress?.(0, familyIds.length);
    for (let i = 0; i < familyIds.length; i++) {
      deleteFamily.run(familyIds[i]);
      if ((i + 1) % CHUNK === 0) {
        options.onProgress?.(i + 1, familyIds.length);
        await nextTurn();
      }
    }
    const stray = db.prepare('SELECT id, family_id AS familyId FROM members WHERE is_demo = 1').all() as { id: number; familyId: number }[];
    const deleteOwnEnrollments = db.prepare('DELETE FROM enrollments WHERE family_id = ? AND member_key = ?');
    const deleteMember = db.prepare('DELETE FROM members WHERE id = ?');
    for (const m of stray) {
      deleteOwnEnrollments.run(m.familyId, m.id);
      deleteMember.run(m.id);
    }
    const kept = db.prepare('UPDATE families SET is_demo = 0, updated_at = ? WHERE is_demo = 1').run(ctx.now().toISOString()).changes;
    options.onProgress?.(familyIds.length, familyIds.length);
    const result: DemoRemoveResult = { families: before.families - kept, members: before.members, enrollments, keptFamilies: kept };
    recordAudit(ctx, { action: 'demo_remove', entity: 'demo', entityId: 'all', before, after: result });
    return result;
  });
}
