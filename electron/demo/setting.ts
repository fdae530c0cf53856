import { formatPeriodCode, periodOfDate, previousPeriod, type Period } from '../../shared/domain/period';
import { regencyPlaceName } from '../../shared/domain/regions';
import { todayIso } from '../../shared/domain/dates';
import type { ServiceContext } from '../context';
import { getProgram, listPrograms } from '../programs/service';
import type { RegionCatalog } from '../regions/catalog';
import { readOfficeSettings } from '../settings/service';
import type { DemoKecamatan, DemoProgram, DemoPrograms, DemoSetting } from './generate';

/** How many tahap the demo lists cover, ending with the current one. */
export const DEMO_PERIODS = 4;

/** The last `count` tahap up to the one `today` falls in, oldest first. */
export function lastPeriods(today: string, count: number): string[] {
  const periods: Period[] = [periodOfDate(today)];
  while (periods.length < count) periods.unshift(previousPeriod(periods[0]!));
  return periods.map(formatPeriodCode);
}

function officeKecamatan(ctx: ServiceContext): DemoKecamatan[] {
  const rows = ctx.db
    .prepare(
      `SELECT k.code AS kCode, k.name AS kName, d.code AS dCode, d.name AS dName
       FROM regions k JOIN regions d ON d.parent_code = k.code
       WHERE k.level = 'kecamatan' AND d.level = 'desa' ORDER BY k.code, d.code`,
    )
    .all() as { kCode: string; kName: string; dCode: string; dName: string }[];
  const byCode = new Map<string, DemoKecamatan & { villages: { code: string; name: string }[] }>();
  for (const r of rows) {
    let k = byCode.get(r.kCode);
    if (!k) byCode.set(r.kCode, (k = { code: r.kCode, name: r.kName, villages: [] }));
    k.villages.push({ code: r.dCode, name: r.dName });
  }
  return [...byCode.values()];
}

function demoProgram(ctx: ServiceContext, code: string): DemoProgram | null {
  const summary = listPrograms(ctx, { includeInactive: false }).find((p) => p.code === code);
  if (!summary) return null;
  const p = getProgram(ctx, summary.id);
  return { id: p.id, code: p.code, benefit: p.benefit, desilMin: p.desilMin, desilMax: p.desilMax, activeFrom: p.activeFrom };
}

/**
 * The world demo families are made for: the office's kabupaten/kota with its real kecamatan and
 * desa (the regions table), a few other kabupaten/kota of the province for NIKs first issued
 * elsewhere, the office's active programs, and the last tahap up to today.
 */
export function readDemoSetting(ctx: ServiceContext, catalog: RegionCatalog): DemoSetting {
  const office = readOfficeSettings(ctx);
  const today = todayIso(ctx.now());
  const provinceCode = office.regencyCode.slice(0, 2);
  const neighbours = catalog.regencies(provinceCode).filter((r) => r.code !== office.regencyCode);
  const programs: DemoPrograms = {
    pkh: demoProgram(ctx, 'PKH'),
    sembako: demoProgram(ctx, 'SEMBAKO'),
    pbi: demoProgram(ctx, 'PBI-JK'),
    pkhPlus: demoProgram(ctx, 'PKH-PLUS'),
  };
  return {
    today,
    periods: lastPeriods(today, DEMO_PERIODS),
    kecamatan: officeKecamatan(ctx),
    // The nearest codes stand in for "elsewhere": enough variety without reading the whole country.
    foreignKecamatan: neighbours.slice(0, 6).flatMap((r) => catalog.districts(r.code).map((d) => d.code)),
    homePlace: regencyPlaceName(office.regencyName).toUpperCase(),
    otherPlaces: neighbours.map((r) => regencyPlaceName(r.name).toUpperCase()),
    programs,
  };
}
