import type { Kecamatan } from '../../shared/domain/regions';
import type { ServiceContext } from '../context';
import type { RegionCatalog } from './catalog';

/** Replaces the office's own kecamatan and desa with those of `regencyCode` (inside the caller's transaction). */
export function storeRegencyRegions(ctx: ServiceContext, catalog: RegionCatalog, regencyCode: string): number {
  ctx.db.prepare('DELETE FROM regions').run();
  const insert = ctx.db.prepare('INSERT INTO regions (code, parent_code, level, name) VALUES (?, ?, ?, ?)');
  const districts = catalog.districts(regencyCode);
  for (const d of districts) insert.run(d.code, regencyCode, 'kecamatan', d.name);
  for (const v of catalog.villages(regencyCode)) insert.run(v.code, v.districtCode, 'desa', v.name);
  return districts.length;
}

export function listKecamatan(ctx: Pick<ServiceContext, 'db'>): Kecamatan[] {
  return ctx.db
    .prepare(
      `SELECT k.code, k.name, (SELECT count(*) FROM regions d WHERE d.parent_code = k.code) AS villageCount
       FROM regions k WHERE k.level = 'kecamatan' ORDER BY k.name`,
    )
    .all() as Kecamatan[];
}
