import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeyFigures } from '../../shared/ipc/impact';
import { openDatabase } from '../../electron/db/open';
import { keyFigures } from '../../electron/impact/key-figures';
import { closePeriod, periodFigures } from '../../electron/disbursements/closures';
import { computeFigures } from '../../electron/reports/figures';
import { quarterlyReport } from '../../electron/reports/quarterly';
import { buildReportFixture, EXPECTED_TOTALS, type ReportFixture } from '../support/report-fixture';
import { call } from '../support/temp-app';

let fx: ReportFixture;
beforeEach(() => {
  // The temp app's clock stands on 30 September 2024: the fixture's Tahap III is the current quarter.
  fx = buildReportFixture();
});
afterEach(() => fx.dispose());

describe('Beranda key figures', () => {
  it('gives the current quarter’s realisation, families per program and the latest poverty rates', async () => {
    const k = await call<KeyFigures>(fx.app, 'impact.keyFigures', {});
    expect(k.realisation).toEqual({
      period: '2024-Q3',
      allocated: EXPECTED_TOTALS.allocation.amount,
      realised: EXPECTED_TOTALS.realised.amount,
      // 8.250.000 / 9.725.000
      percent: 84.8,
    });
    expect(k.programs.map((p) => p.code)).toEqual(expect.arrayContaining(['PKH', 'SEMBAKO']));
    const counts = k.programs.map((p) => p.families);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(k.graduationsThisYear.year).toBe(2024);
    expect(k.latestP0.regency).toMatchObject({ areaName: 'Kabupaten Sidoarjo', period: '2024-03', p0: 4.53 });
    expect(k.latestP0.province).toMatchObject({ areaName: 'Jawa Timur', period: '2025-03', p0: 9.5 });
  });

  it('shows a later quarter with its allocation but nothing realised yet', async () => {
    fx.app.setNow(new Date('2026-02-01T08:00:00'));
    const k = await call<KeyFigures>(fx.app, 'impact.keyFigures', {});
    // The families still active are allocated their tahap by the rule; no bank list has come back.
    expect(k.realisation).toMatchObject({ period: '2026-Q1', realised: 0, percent: 0 });
    expect(k.realisation!.allocated).toBeGreaterThan(0);
    expect(k.graduationsThisYear).toEqual({ year: 2026, count: 0 });
  });
});

describe('Beranda key figures, kept between visits', () => {
  it('answers again without recomputing until a write, here or from another connection, or another day', () => {
    const first = keyFigures(fx.ctx);
    // Nothing written: the same answer object, not a new computation.
    expect(keyFigures(fx.ctx)).toBe(first);
    const pkh = first.programs.find((p) => p.code === 'PKH')!;

    // A write on this connection: one PKH family graduates.
    const enrollment = fx.enrollments['F1:PKH']!;
    fx.ctx.db.prepare("UPDATE enrollments SET status = 'graduasi_alamiah' WHERE id = ?").run(enrollment);
    const afterOwn = keyFigures(fx.ctx);
    expect(afterOwn).not.toBe(first);
    expect(afterOwn.programs.find((p) => p.code === 'PKH')!.families).toBe(pkh.families - 1);

    // A commit by another connection to the same file (the import worker's, in the app).
    const other = openDatabase(fx.app.dbFile);
    try {
      other.prepare("UPDATE enrollments SET status = 'aktif' WHERE id = ?").run(enrollment);
    } finally {
      other.close();
    }
    const afterOther = keyFigures(fx.ctx);
    expect(afterOther.programs.find((p) => p.code === 'PKH')!.families).toBe(pkh.families);

    // Another day can be another quarter and year.
    expect(keyFigures(fx.ctx)).toBe(afterOther);
    fx.app.setNow(new Date('2026-02-01T08:00:00'));
    expect(keyFigures(fx.ctx).realisation).toMatchObject({ period: '2026-Q1' });
  });
});

describe("the quarter's figures, kept while the Laporan page asks again", () => {
  it('are computed once until a write, and a closed quarter still answers with its snapshot', () => {
    const first = periodFigures(fx.ctx, '2024-Q3').figures;
    // The clerk ticks programs: the same figures, narrowed, without computing them again.
    expect(periodFigures(fx.ctx, '2024-Q3').figures).toBe(first);
    expect(quarterlyReport(fx.ctx, { period: '2024-Q3', programIds: [fx.programs.PKH!] }).figures.programs.map((p) => p.programCode)).toEqual(['PKH']);
    expect(periodFigures(fx.ctx, '2024-Q3').figures).toBe(first);
    // A write: computed again, with it.
    fx.ctx.db.prepare("UPDATE enrollments SET status = 'graduasi_alamiah' WHERE id = ?").run(fx.enrollments['F1:PKH']!);
    const after = periodFigures(fx.ctx, '2024-Q3').figures;
    expect(after).not.toBe(first);
    expect(after).toEqual(computeFigures(fx.ctx, '2024-Q3'));
    // Closing freezes what the data says at the close, not a kept answer.
    closePeriod(fx.ctx, '2024-Q3');
    expect(periodFigures(fx.ctx, '2024-Q3')).toMatchObject({ figures: { programs: after.programs }, closure: { period: '2024-Q3' } });
  });
});

