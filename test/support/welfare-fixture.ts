import type { SurveyWave } from '../../shared/domain/welfare';
import { completeSetup } from '../../electron/settings/service';
import { recordSurveyValues } from '../../electron/impact/welfare';
import type { App } from '../../electron/app/create';
import { serviceContext } from '../../electron/ipc/types';
import { KEC_SIDOARJO, writeFamilies, type FamilySeed, type SeededRegister } from './register-fixture';
import { call, SIDOARJO_PROFILE } from './temp-app';

/**
 * Consumption per capita in two waves (2023-07-01, 2024-07-01) for families with and without PKH.
 * Worked by hand: treated changes 30.000, 20.000, 40.000 (mean 30.000; one treated family has no
 * follow-up); comparison changes 10.000, 5.000, 15.000 (mean 10.000); DiD 20.000. Welch SE
 * √(10⁸/3 + 2,5·10⁷/3) = 6.454,97. Two families joined or left PKH between the waves: left out.
 */
const PKH_SINCE_2022 = [{ program: 'PKH', statuses: [{ status: 'aktif', date: '2022-01-01', reason: 'FC' }] }];
const SEMBAKO = [{ program: 'SEMBAKO', statuses: [{ status: 'aktif', date: '2022-01-01', reason: 'Daftar awal' }] }];

function family(n: number, enrollments: FamilySeed['enrollments']): FamilySeed {
  const serial = String(n).padStart(4, '0');
  return {
    family: { kk: `351508010120${serial}`, kecamatanCode: KEC_SIDOARJO, desil: 2 },
    members: [{ nik: `3515080101800${String(n).padStart(3, '0')}`, name: `Keluarga ${n}`, isPengurus: true }],
    enrollments,
  };
}

export const FAMILIES: FamilySeed[] = [
  family(1, PKH_SINCE_2022),
  family(2, PKH_SINCE_2022),
  family(3, PKH_SINCE_2022),
  family(4, PKH_SINCE_2022),
  family(5, SEMBAKO),
  family(6, SEMBAKO),
  family(7, []),
  family(8, [{ program: 'PKH', statuses: [{ status: 'aktif', date: '2024-01-01', reason: 'FC tahap I' }] }]),
  family(9, [
    {
      program: 'PKH',
      statuses: [
        { status: 'aktif', date: '2021-01-01', reason: 'FC' },
        { status: 'graduasi_alamiah', date: '2023-12-01', reason: 'Tidak ada komponen' },
      ],
    },
  ]),
];

// [baseline, follow-up] per family number.
export const CONSUMPTION: Record<number, [number, number | null]> = {
  1: [100_000, 130_000],
  2: [200_000, 220_000],
  3: [150_000, 190_000],
  4: [120_000, null],
  5: [120_000, 130_000],
  6: [180_000, 185_000],
  7: [160_000, 175_000],
  8: [100_000, 150_000],
  9: [90_000, 95_000],
};

/** The families above, two waves and their consumption values, in `app`'s database. */
export async function seedWaves(app: App): Promise<SeededRegister> {
  const svc = serviceContext(app.ctx);
  completeSetup(svc, app.ctx.regions, '35.15', SIDOARJO_PROFILE);
  const reg = writeFamilies(svc, FAMILIES);
  const baseline = await call<SurveyWave>(app, 'impact.createWave', { code: 'baseline-2023', name: 'Survei awal 2023', kind: 'baseline', heldOn: '2023-07-01' });
  const followUp = await call<SurveyWave>(app, 'impact.createWave', { code: 'SUSULAN-2024', name: 'Survei susulan 2024', kind: 'followup', heldOn: '2024-07-01' });
  const values = (wave: 0 | 1) =>
    Object.entries(CONSUMPTION)
      .filter(([, v]) => v[wave] !== null)
      .map(([n, v]) => ({ familyId: reg.families[FAMILIES[Number(n) - 1]!.family.kk]!, memberKey: 0, indicator: 'KONSUMSI_KAPITA', value: v[wave]!, observedOn: null }));
  recordSurveyValues(svc, baseline.id, values(0), null);
  recordSurveyValues(svc, followUp.id, values(1), null);
  return reg;
}

