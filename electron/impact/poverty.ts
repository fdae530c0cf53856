import { povertyChange } from '../../shared/domain/impact/poverty-change';
import { povertyPeriodLabel, type PovertyRecord } from '../../shared/domain/poverty';
import type { PovertyComparison, PovertyOverview } from '../../shared/ipc/impact';
import { AppError } from '../../shared/errors';
import type { ServiceContext } from '../context';
import { readSetting } from '../settings/service';

const COLUMNS = `area_code AS areaCode, area_level AS areaLevel, area_name AS areaName, period, p0, poor,
  poverty_line AS povertyLine, p1, p2, source`;

export function povertySeries(ctx: Pick<ServiceContext, 'db'>, areaCode: string): PovertyRecord[] {
  return ctx.db.prepare(`SELECT ${COLUMNS} FROM poverty_stats WHERE area_code = ? ORDER BY period`).all(areaCode) as PovertyRecord[];
}

/**
 * The office's regency against its province, over time, and its kecamatan where the office has
 * figures for them (the latest period of each).
 */
export function povertyOverview(ctx: Pick<ServiceContext, 'db'>): PovertyOverview {
  const regency = readSetting(ctx, 'regency');
  if (!regency) throw new AppError('SETUP_REQUIRED');
  const provinceCode = regency.code.slice(0, 2);
  const kecamatan = ctx.db
    .prepare(
      `SELECT ${COLUMNS} FROM poverty_stats s
       WHERE area_level = 'kecamatan' AND area_code LIKE ? || '.%'
         AND period = (SELECT max(period) FROM poverty_stats t WHERE t.area_code = s.area_code)
       ORDER BY area_name`,
    )
    .all(regency.code) as PovertyRecord[];
  return {
    regency: { code: regency.code, name: regency.name, series: povertySeries(ctx, regency.code) },
    province: { code: provinceCode, name: regency.provinceName, series: povertySeries(ctx, provinceCode) },
    kecamatan,
  };
}

/** The change of one area's figures between two periods ("10,20 % → 11,09 %, +0,89 poin"). */
export function comparePoverty(ctx: Pick<ServiceContext, 'db'>, areaCode: string, from: string, to: string): PovertyComparison {
  const series = povertySeries(ctx, areaCode);
  const a = series.find((r) => r.period === from);
  const b = series.find((r) => r.period === to);
  if (!a || !b) throw new AppError('POVERTY_PERIOD_MISSING', { area: series[0]?.areaName ?? areaCode, period: povertyPeriodLabel(!a ? from : to) });
  return { from: a, to: b, change: povertyChange(a, b) };
}
