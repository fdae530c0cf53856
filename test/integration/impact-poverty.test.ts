import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PovertyComparison, PovertyOverview } from '../../shared/ipc/impact';
import { roundTo } from '../../shared/domain/impact/poverty-change';
import { povertyPeriodLabel, areaLevelOf } from '../../shared/domain/poverty';
import { completeSetup } from '../../electron/settings/service';
import { call, SIDOARJO_PROFILE, tempApp, type TempApp } from '../support/temp-app';

let app: TempApp;
beforeEach(() => {
  app = tempApp();
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
});
afterEach(() => app.dispose());

describe('poverty statistics', () => {
  it('ships the Jawa Timur series of DOMAIN.md and the regency against its province', async () => {
    const o = await call<PovertyOverview>(app, 'impact.poverty', {});
    expect(o.province).toMatchObject({ code: '35', name: 'Jawa Timur' });
    expect(o.province.series.map((r) => [r.period, r.p0])).toEqual([
      ['2018-03', 10.98], ['2018-09', 10.85], ['2019-03', 10.37], ['2019-09', 10.2], ['2020-03', 11.09], ['2020-09', 11.46],
      ['2021-03', 11.4], ['2021-09', 10.59], ['2022-09', 10.49], ['2023-03', 10.35], ['2024-03', 9.79], ['2024-09', 9.56], ['2025-03', 9.5],
    ]);
    expect(o.regency).toMatchObject({ code: '35.15', name: 'Kabupaten Sidoarjo' });
    expect(o.regency.series).toEqual([
      { areaCode: '35.15', areaLevel: 'kabkota', areaName: 'Kabupaten Sidoarjo', period: '2024-03', p0: 4.53, poor: null, povertyLine: null, p1: null, p2: null, source: 'reference' },
    ]);
    expect(o.kecamatan).toEqual([]);
  });

  it('gives the change between two periods in points and people (Sep 2019 → Mar 2020)', async () => {
    const c = await call<PovertyComparison>(app, 'impact.povertyChange', { areaCode: '35', from: '2019-09', to: '2020-03' });
    expect(roundTo(c.change.p0!.change, 2)).toBe(0.89);
    expect(c.change.poor).toEqual({ from: 4_056_000, to: 4_419_100, change: 363_100, relative: 363_100 / 4_056_000 });
    expect(c.change.povertyLine).toBeNull();
  });

  it('names the missing period in Indonesian instead of comparing with nothing', async () => {
    const reply = await app.dispatch('impact.povertyChange', { areaCode: '35.15', from: '2023-03', to: '2024-03' }, { senderUrl: null });
    if (reply.ok) throw new Error('expected POVERTY_PERIOD_MISSING');
    expect(reply.code).toBe('POVERTY_PERIOD_MISSING');
    expect(reply.message).toContain('Kabupaten Sidoarjo');
    expect(reply.message).toContain('Maret 2023');
  });

  it('labels periods and area levels', () => {
    expect(povertyPeriodLabel('2024-09')).toBe('September 2024');
    expect(povertyPeriodLabel('2024-06')).toBe('2024-06');
    expect([areaLevelOf('35'), areaLevelOf('35.15'), areaLevelOf('35.15.08'), areaLevelOf('35.15.08.2001')]).toEqual(['provinsi', 'kabkota', 'kecamatan', null]);
  });
});
