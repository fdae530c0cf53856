import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraduationSummary, TargetingSummary } from '../../shared/ipc/impact';
import { completeSetup } from '../../electron/settings/service';
import { monthsBetween } from '../../electron/impact/graduation';
import { KEC_SIDOARJO, seedRegister, writeFamilies, type FamilySeed, type SeededRegister } from '../support/register-fixture';
import { call, SIDOARJO_PROFILE, tempApp, type TempApp } from '../support/temp-app';

/**
 * The register fixture (four families; one PKH graduation on 2024-06-30 after enrolling on
 * 2023-01-01) plus three families written here, with every expected figure worked out by hand
 * in the comments.
 */
const MORE: FamilySeed[] = [
  {
    // Graduated from PKH after 35 months (2020-03-15 → 2023-03-10), re-entered through SEMBAKO in 2024.
    family: { kk: '3515080505200005', kecamatanCode: KEC_SIDOARJO, desil: 3 },
    members: [{ nik: '3515081111750009', name: 'Suparmi', isPengurus: true }],
    enrollments: [
      {
        program: 'PKH',
        statuses: [
          { status: 'aktif', date: '2020-03-15', reason: 'FC' },
          { status: 'graduasi_alamiah', date: '2023-03-10', reason: 'Tidak ada komponen' },
        ],
      },
      { program: 'SEMBAKO', statuses: [{ status: 'aktif', date: '2024-02-01', reason: 'Usulan desa' }] },
    ],
  },
  {
    // Graduated from PKH after 24 months; poor (desil 2) and now receiving nothing.
    family: { kk: '3515080606200006', kecamatanCode: KEC_SIDOARJO, desil: 2 },
    members: [{ nik: '3515081212760010', name: 'Sumarni', isPengurus: true }],
    enrollments: [
      {
        program: 'PKH',
        statuses: [
          { status: 'aktif', date: '2022-05-01', reason: 'FC' },
          { status: 'graduasi_alamiah', date: '2024-05-01', reason: 'Anak lulus' },
        ],
      },
    ],
  },
  {
    // A better-off beneficiary (desil 8) without a kecamatan in the register.
    family: { kk: '3515080707200007', kecamatanCode: null, desil: 8 },
    members: [{ nik: '3515080101810011', name: 'Hartono', isPengurus: true }],
    enrollments: [{ program: 'SEMBAKO', statuses: [{ status: 'aktif', date: '2024-01-01', reason: 'Daftar awal' }] }],
  },
];

let app: TempApp;
let reg: SeededRegister;
beforeEach(() => {
  app = tempApp();
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
  reg = writeFamilies(app.svc(), MORE, seedRegister(app.svc()));
});
afterEach(() => app.dispose());

describe('graduation', () => {
  it('counts graduations per year, kecamatan and category, with time in the program and re-entry', async () => {
    const all = await call<GraduationSummary>(app, 'impact.graduation', { programId: null });
    expect(all.counts).toEqual([
      { year: 2023, kecamatanCode: KEC_SIDOARJO, kecamatan: 'Sidoarjo', status: 'graduasi_alamiah', label: 'Graduasi alamiah', count: 1 },
      { year: 2024, kecamatanCode: KEC_SIDOARJO, kecamatan: 'Sidoarjo', status: 'graduasi_alamiah', label: 'Graduasi alamiah', count: 1 },
      { year: 2024, kecamatanCode: '35.15.14', kecamatan: 'Sukodono', status: 'graduasi_sejahtera_mandiri', label: 'Graduasi sejahtera mandiri', count: 1 },
    ]);
    // Months in the program: 17 (2023-01-01 → 2024-06-30), 24, 35 → median 24, mean 76/3.
    expect(all.time).toEqual({
      graduations: 3,
      medianMonths: 24,
      meanMonths: 25.3,
      byYears: [
        { fromYears: 0, toYears: 1, count: 0 },
        { fromYears: 1, toYears: 2, count: 1 },
        { fromYears: 2, toYears: 3, count: 2 },
        { fromYears: 3, toYears: 5, count: 0 },
        { fromYears: 5, toYears: null, count: 0 },
      ],
    });
    // Of three graduated families, one (Suparmi) is active again later; the Sukodono family's
    // PBI-JK started before its graduation, which is not a re-entry.
    expect(all.reentry).toEqual({ graduatedFamilies: 3, reentered: 1, percent: 33.3 });

    const pkh = await call<GraduationSummary>(app, 'impact.graduation', { programId: reg.programs['PKH']! });
    expect(pkh.time.graduations).toBe(3);
    const sembako = await call<GraduationSummary>(app, 'impact.graduation', { programId: reg.programs['SEMBAKO']! });
    expect(sembako).toMatchObject({ counts: [], time: { graduations: 0, medianMonths: null, meanMonths: null }, reentry: { graduatedFamilies: 0, reentered: 0, percent: null } });
  });

  it('counts whole months, a month short when the day of the month is not reached', () => {
    expect(monthsBetween('2023-01-01', '2024-06-30')).toBe(17);
    expect(monthsBetween('2020-03-15', '2023-03-10')).toBe(35);
    expect(monthsBetween('2020-03-15', '2023-03-15')).toBe(36);
    expect(monthsBetween('2024-05-01', '2024-05-01')).toBe(0);
  });
});

describe('targeting', () => {
  it('finds the poor no program reaches and the better-off who receive', async () => {
    const t = await call<TargetingSummary>(app, 'impact.targeting', {});
    // Desil 1–4: the fixture's families of desil 2, 4 and 1, and Suparmi (3) and Sumarni (2).
    // Only Sumarni receives nothing (the desil 4 family still has PBI-JK for one member).
    expect(t.poorFamilies).toBe(5);
    expect(t.poorUncovered).toBe(1);
    const byCode = Object.fromEntries(t.programs.map((p) => [p.code, p]));
    expect(byCode['PKH']).toMatchObject({ families: 2, poor: 2, desil6Plus: 0, desilUnknown: 0, coveragePercent: 40 });
    expect(byCode['SEMBAKO']).toMatchObject({ families: 4, poor: 3, desil6Plus: 1, desilUnknown: 0, coveragePercent: 60 });
    expect(byCode['PBI-JK']).toMatchObject({ families: 1, poor: 1, desil6Plus: 0, coveragePercent: 20 });
    expect(t.kecamatan).toEqual([
      // Sidoarjo: desil 1, 7, 3, 2; receiving: desil 1 and 3; the desil 7 family receives nothing.
      { kecamatanCode: KEC_SIDOARJO, kecamatan: 'Sidoarjo', poorFamilies: 3, poorUncovered: 1, beneficiaries: 2, beneficiariesDesil6Plus: 0 },
      { kecamatanCode: '35.15.14', kecamatan: 'Sukodono', poorFamilies: 2, poorUncovered: 0, beneficiaries: 2, beneficiariesDesil6Plus: 0 },
      { kecamatanCode: null, kecamatan: null, poorFamilies: 0, poorUncovered: 0, beneficiaries: 1, beneficiariesDesil6Plus: 1 },
    ]);
  });
});
