import type { App } from '../../electron/app/create';
import type { ServiceContext } from '../../electron/context';
import { serviceContext } from '../../electron/ipc/types';
import { completeSetup } from '../../electron/settings/service';
import type { DisbursementStatus, KpmAmount, RealisationSource } from '../../shared/domain/disbursements';
import type { ProgramLevel } from '../../shared/domain/programs';
import type { ReconciliationList } from '../../shared/domain/disbursements';
import { writeFamilies, type FamilySeed, type SeededRegister } from './register-fixture';
import { SIDOARJO_PROFILE, tempApp, type TempApp } from './temp-app';

/**
 * The quarterly report's fixture: a small Sidoarjo register with disbursement lists for Tahap III
 * 2024, and every figure of the report computed by hand below (EXPECTED_*). Other suites (the PDF
 * and Excel outputs) assert against the same constants, so names and values here stay stable.
 *
 * Amounts in 2024 (seed catalogue): PKH per tahap HAMIL/AUD 750,000, SD 225,000, SMA 500,000,
 * LANSIA 600,000; SEMBAKO 200,000 a month = 600,000 a tahap; PKH-PLUS (provinsi) 2,000,000 a
 * year = 500,000 a tahap.
 *
 * Families (KPM) and what they show:
 * - F1 Sukodono: PKH on the Q3 list (SD+SMA, NOMINAL 725,000 = rule), paid 700,000 (amount differs);
 *   SEMBAKO active since 2023, paid.
 * - F2 Sukodono: PKH on the list (AUD+SD, NOMINAL 1,000,000 where the rule says 975,000), paid twice;
 *   SEMBAKO graduated (sejahtera mandiri) on 15 Aug, paid.
 * - F3 Sidoarjo: PKH enrolled 10 Jul (new in the quarter), on the list without NOMINAL (HAMIL+2×SD
 *   → rule 1,200,000), payment failed (gagal); SEMBAKO died 1 Sep, not paid; PKH-PLUS withdrew 20 Jul.
 * - F4 Sidoarjo: PKH on the list without NOMINAL and without components (unpriced), paid 900,000,
 *   suspended 25 Sep; SEMBAKO suspended 1 Aug, payment failed; PKH-PLUS active.
 * - F5 Waru: PKH on the list (LANSIA, 600,000), paid then returned (retur), graduated (alamiah)
 *   20 Sep; SEMBAKO enrolled only on 5 Oct (outside the quarter); PKH-PLUS active.
 * - F6 no kecamatan: SEMBAKO suspended in May, active again 10 Aug, paid; PKH-PLUS active.
 * - F7 Waru: PKH active but not on the Q3 list, paid 500,000 (paid but not enrolled in the period);
 *   SEMBAKO enrolled 5 Sep, paid.
 * - F8 Sukodono: SEMBAKO moved away 25 Jul under a status the office added (pindah_luar_daerah).
 * - F9 Waru: SEMBAKO moved in June (before the quarter): in no figure of Q3.
 * - An unmatched PKH line (KK not in the register) in Waru, paid 750,000.
 * PKH and SEMBAKO are realised from lines; PKH-PLUS from hand-entered kecamatan totals.
 */

export const REPORT_PERIOD = '2024-Q3';
export const REPORT_REGENCY = '35.15';
export const REPORT_REGENCY_NAME = 'Kabupaten Sidoarjo';
export const KEC_SUKODONO = '35.15.14';
export const KEC_SIDOARJO = '35.15.08';
export const KEC_WARU = '35.15.18';
/** A status the office added (not built in): its exits must still be counted by exit kind. */
export const CUSTOM_EXIT_STATUS = { code: 'pindah_luar_daerah', label: 'Pindah ke luar daerah', exitKind: 'moved' as const, sort: 9 };

const KK = {
  F1: '3515140101100011',
  F2: '3515140101100012',
  F3: '3515080202110013',
  F4: '3515080202110014',
  F5: '3515180303120015',
  F6: '3515990404130016',
  F7: '3515180303120017',
  F8: '3515140101100018',
  F9: '3515180303120019',
  UNMATCHED: '3515180909209999',
} as const;
export const REPORT_KK = KK;

type FamilyKey = Exclude<keyof typeof KK, 'UNMATCHED'>;

const aktif = (date: string) => ({ status: 'aktif', date, reason: 'FC' });
const to = (status: string, date: string) => ({ status, date, reason: 'Perubahan status' });

const FAMILIES: Record<FamilyKey, FamilySeed> = {
  F1: {
    family: { kk: KK.F1, address: 'Dusun Krajan', kecamatanCode: KEC_SUKODONO },
    members: [
      { nik: '3515145107800001', name: 'Suminah Wulandari', sex: 'P', isPengurus: true },
      { nik: '3515141203120002', name: 'Bagus Prasetyo', sex: 'L' },
    ],
    enrollments: [
      { program: 'PKH', statuses: [aktif('2024-01-01')], periods: [{ period: REPORT_PERIOD, nominal: 725_000, components: { SD: 1, SMA: 1 } }] },
      { program: 'SEMBAKO', statuses: [aktif('2023-01-01')] },
    ],
  },
  F2: {
    family: { kk: KK.F2, address: 'Dusun Kedung', kecamatanCode: KEC_SUKODONO },
    members: [{ nik: '3515144203850003', name: 'Kartini Rahayu', sex: 'P', isPengurus: true }],
    enrollments: [
      { program: 'PKH', statuses: [aktif('2023-01-01')], periods: [{ period: REPORT_PERIOD, nominal: 1_000_000, components: { AUD: 1, SD: 1 } }] },
      { program: 'SEMBAKO', statuses: [aktif('2023-01-01'), to('graduasi_sejahtera_mandiri', '2024-08-15')] },
    ],
  },
  F3: {
    family: { kk: KK.F3, address: 'Jl. Kenanga 4', kecamatanCode: KEC_SIDOARJO },
    members: [{ nik: '3515085506900004', name: 'Yuliana Permatasari', sex: 'P', isPengurus: true }],
    enrollments: [
      { program: 'PKH', statuses: [aktif('2024-07-10')], periods: [{ period: REPORT_PERIOD, nominal: null, components: { HAMIL: 1, SD: 2 } }] },
      { program: 'SEMBAKO', statuses: [aktif('2024-01-01'), to('meninggal', '2024-09-01')] },
      { program: 'PKH-PLUS', statuses: [aktif('2024-01-01'), to('mengundurkan_diri', '2024-07-20')] },
    ],
  },
  F4: {
    family: { kk: KK.F4, address: 'Jl. Kenanga 9', kecamatanCode: KEC_SIDOARJO },
    members: [{ nik: '3515081706500005', name: 'Sukardi Wiryo', sex: 'L', isPengurus: true }],
    enrollments: [
      { program: 'PKH', statuses: [aktif('2022-01-01'), to('ditangguhkan', '2024-09-25')], periods: [{ period: REPORT_PERIOD, nominal: null, components: null }] },
      { program: 'SEMBAKO', statuses: [aktif('2023-01-01'), to('ditangguhkan', '2024-08-01')] },
      { program: 'PKH-PLUS', statuses: [aktif('2024-01-01')] },
    ],
  },
  F5: {
    family: { kk: KK.F5, address: 'Jl. Brigjen Katamso 12', kecamatanCode: KEC_WARU },
    members: [{ nik: '3515186108480006', name: 'Paimin Sastrodiharjo', sex: 'L', isPengurus: true }],
    enrollments: [
      { program: 'PKH', statuses: [aktif('2023-01-01'), to('graduasi_alamiah', '2024-09-20')], periods: [{ period: REPORT_PERIOD, nominal: 600_000, components: { LANSIA: 1 } }] },
      { program: 'SEMBAKO', statuses: [aktif('2024-10-05')] },
      { program: 'PKH-PLUS', statuses: [aktif('2024-01-01')] },
    ],
  },
  F6: {
    family: { kk: KK.F6, address: 'Tanpa alamat kecamatan', kecamatanCode: null },
    members: [{ nik: '3515994912470007', name: 'Marsinah Tukiyem', sex: 'P', isPengurus: true }],
    enrollments: [
      { program: 'SEMBAKO', statuses: [aktif('2024-02-01'), to('ditangguhkan', '2024-05-01'), aktif('2024-08-10')] },
      { program: 'PKH-PLUS', statuses: [aktif('2024-03-01')] },
    ],
  },
  F7: {
    family: { kk: KK.F7, address: 'Jl. Pondok Candra 7', kecamatanCode: KEC_WARU },
    members: [{ nik: '3515180101880008', name: 'Hartono Gunawan', sex: 'L', isPengurus: true }],
    enrollments: [
      { program: 'PKH', statuses: [aktif('2024-01-01')] },
      { program: 'SEMBAKO', statuses: [aktif('2024-09-05')] },
    ],
  },
  F8: {
    family: { kk: KK.F8, address: 'Dusun Pekarungan', kecamatanCode: KEC_SUKODONO },
    members: [{ nik: '3515146302790009', name: 'Endang Sulistyowati', sex: 'P', isPengurus: true }],
    enrollments: [{ program: 'SEMBAKO', statuses: [aktif('2023-05-01'), to(CUSTOM_EXIT_STATUS.code, '2024-07-25')] }],
  },
  F9: {
    family: { kk: KK.F9, address: 'Jl. Wadungasri 3', kecamatanCode: KEC_WARU },
    members: [{ nik: '3515182208770010', name: 'Slamet Riyadi Purnomo', sex: 'L', isPengurus: true }],
    enrollments: [{ program: 'SEMBAKO', statuses: [aktif('2023-01-01'), to('pindah', '2024-06-15')] }],
  },
};

/** Every NIK, KK and member name in the fixture: none may appear in the report outputs. */
export const REPORT_NIKS: readonly string[] = [...Object.values(FAMILIES).flatMap((f) => f.members.map((m) => m.nik)), '3515180909200099'];
export const REPORT_KKS: readonly string[] = Object.values(KK);
export const REPORT_NAMES: readonly string[] = [...Object.values(FAMILIES).flatMap((f) => f.members.map((m) => m.name)), 'Bukan Terdaftar Sejati'];

interface LineSeed {
  key: string;
  program: string;
  /** The family whose enrollment the line matched, or null for a line not in the register. */
  family: FamilyKey | null;
  status: DisbursementStatus;
  amount: number;
  kecamatan: string | null;
}

/** The disbursement lines of Tahap III 2024, in sheet order (sheet rows 2, 3, …). */
const LINES: readonly LineSeed[] = [
  { key: 'PKH:F1', program: 'PKH', family: 'F1', status: 'tersalur', amount: 700_000, kecamatan: KEC_SUKODONO },
  { key: 'PKH:F2a', program: 'PKH', family: 'F2', status: 'tersalur', amount: 1_000_000, kecamatan: KEC_SUKODONO },
  { key: 'PKH:F2b', program: 'PKH', family: 'F2', status: 'tersalur', amount: 1_000_000, kecamatan: KEC_SUKODONO },
  { key: 'PKH:F3', program: 'PKH', family: 'F3', status: 'gagal', amount: 1_200_000, kecamatan: KEC_SIDOARJO },
  { key: 'PKH:F4', program: 'PKH', family: 'F4', status: 'tersalur', amount: 900_000, kecamatan: KEC_SIDOARJO },
  { key: 'PKH:F5', program: 'PKH', family: 'F5', status: 'retur', amount: 600_000, kecamatan: KEC_WARU },
  { key: 'PKH:F7', program: 'PKH', family: 'F7', status: 'tersalur', amount: 500_000, kecamatan: KEC_WARU },
  { key: 'PKH:UNMATCHED', program: 'PKH', family: null, status: 'tersalur', amount: 750_000, kecamatan: KEC_WARU },
  { key: 'SEMBAKO:F1', program: 'SEMBAKO', family: 'F1', status: 'tersalur', amount: 600_000, kecamatan: KEC_SUKODONO },
  { key: 'SEMBAKO:F2', program: 'SEMBAKO', family: 'F2', status: 'tersalur', amount: 600_000, kecamatan: KEC_SUKODONO },
  { key: 'SEMBAKO:F4', program: 'SEMBAKO', family: 'F4', status: 'gagal', amount: 600_000, kecamatan: KEC_SIDOARJO },
  { key: 'SEMBAKO:F6', program: 'SEMBAKO', family: 'F6', status: 'tersalur', amount: 600_000, kecamatan: null },
  { key: 'SEMBAKO:F7', program: 'SEMBAKO', family: 'F7', status: 'tersalur', amount: 600_000, kecamatan: KEC_WARU },
];

/** PKH-PLUS: the bank sent totals only, entered by hand per kecamatan. */
export const REPORT_MANUAL_TOTALS = [
  { kecamatanCode: KEC_SIDOARJO, kpmPaid: 1, amountPaid: 500_000, kpmFailed: 1, amountFailed: 500_000, note: 'Satu KPM belum mengambil' },
  { kecamatanCode: KEC_WARU, kpmPaid: 1, amountPaid: 500_000, kpmFailed: 0, amountFailed: 0, note: '' },
] as const;

export interface ReportFixture {
  app: TempApp;
  ctx: ServiceContext;
  register: SeededRegister;
  /** Program code → id. */
  programs: Record<string, number>;
  /** `${family}:${program}` (F1:PKH) → enrollment id. */
  enrollments: Record<string, number>;
  /** LINES key (PKH:F2a) → disbursements.id. */
  lines: Record<string, number>;
  batchIds: Record<string, number>;
  dispose(): void;
}

/**
 * A fresh temp app set up for Kabupaten Sidoarjo with the fixture register, the Tahap III 2024
 * disbursement lines (inserted directly, as an import would leave them) and PKH-PLUS's hand totals.
 */
export function buildReportFixture(app: TempApp = tempApp()): ReportFixture {
  return { ...seedReportFixture(app), app, dispose: () => app.dispose() };
}

/** The fixture's register, lines and totals written into any app (a temp app, or the e2e harness's). */
export function seedReportFixture(app: App): Omit<ReportFixture, 'app' | 'dispose'> {
  const ctx = serviceContext(app.ctx);
  completeSetup(ctx, app.ctx.regions, REPORT_REGENCY, SIDOARJO_PROFILE);
  ctx.db
    .prepare('INSERT INTO enrollment_statuses (code, label, counts_as_active, exit_kind, sort) VALUES (?, ?, 0, ?, ?)')
    .run(CUSTOM_EXIT_STATUS.code, CUSTOM_EXIT_STATUS.label, CUSTOM_EXIT_STATUS.exitKind, CUSTOM_EXIT_STATUS.sort);
  const keys = Object.keys(FAMILIES) as FamilyKey[];
  const register = writeFamilies(ctx, keys.map((k) => FAMILIES[k]));
  const enrollments: Record<string, number> = {};
  for (const k of keys) {
    for (const e of FAMILIES[k].enrollments) enrollments[`${k}:${e.program}`] = register.enrollments[`${KK[k]}:${e.program}`]!;
  }
  const at = ctx.now().toISOString();
  const lines: Record<string, number> = {};
  const batchIds: Record<string, number> = {};
  ctx.db.transaction(() => {
    for (const program of ['PKH', 'SEMBAKO']) {
      batchIds[program] = Number(
        ctx.db
          .prepare(
            `INSERT INTO import_batches (kind, program_id, period, file_name, rows_total, imported, actor, at)
             VALUES ('disbursement', ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(register.programs[program], REPORT_PERIOD, `salur-${program}.xlsx`, 0, 0, ctx.actor, at).lastInsertRowid,
      );
    }
    const insert = ctx.db.prepare(
      `INSERT INTO disbursements (batch_id, program_id, period, enrollment_id, kk, nik, name, kecamatan_code, status, amount, paid_on, reason, sheet_row)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    LINES.forEach((line, i) => {
      const seed = line.family === null ? null : FAMILIES[line.family];
      const pengurus = seed?.members.find((m) => m.isPengurus) ?? null;
      lines[line.key] = Number(
        insert.run(
          batchIds[line.program],
          register.programs[line.program],
          REPORT_PERIOD,
          line.family === null ? null : enrollments[`${line.family}:${line.program}`],
          line.family === null ? KK.UNMATCHED : KK[line.family],
          pengurus?.nik ?? '3515180909200099',
          pengurus?.name ?? 'Bukan Terdaftar Sejati',
          line.kecamatan,
          line.status,
          line.amount,
          line.status === 'gagal' ? null : '2024-08-20',
          line.status === 'tersalur' ? '' : 'Rekening tidak aktif',
          i + 2,
        ).lastInsertRowid,
      );
    });
    const total = ctx.db.prepare(
      `INSERT INTO disbursement_totals (program_id, period, kecamatan_code, kpm_paid, amount_paid, kpm_failed, amount_failed, note, actor, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const t of REPORT_MANUAL_TOTALS) {
      total.run(register.programs['PKH-PLUS'], REPORT_PERIOD, t.kecamatanCode, t.kpmPaid, t.amountPaid, t.kpmFailed, t.amountFailed, t.note, ctx.actor, at);
    }
  })();
  return { ctx, register, programs: register.programs, enrollments, lines, batchIds };
}

// ---------------------------------------------------------------------------------------------
// Hand-computed figures of Tahap III 2024 (see the family notes above for each number).

const ka = (kpm: number, amount: number): KpmAmount => ({ kpm, amount });

/** One program's (or program-and-kecamatan's) row as the report shows it, without database ids. */
export interface ExpectedRealisation {
  programCode: string;
  allocation: KpmAmount;
  allocationUnpriced: number;
  realised: KpmAmount;
  failed: KpmAmount;
  returned: KpmAmount;
  source: RealisationSource;
  percentKpm: number | null;
  percentAmount: number | null;
}

/**
 * Section 1 (and 5 for level 'provinsi'), in report order (by program code).
 * PKH: list of 5 (F1 725,000 + F2 1,000,000 + F3 rule 1,200,000 + F5 600,000; F4 unpriced);
 *   realised 5 KPM (F1, F2 twice, F4, F7, the unmatched KK) = 700,000 + 2×1,000,000 + 900,000 + 500,000 + 750,000.
 * PKH-PLUS: no list; active in Q3: F3, F4, F5, F6 × 500,000; realised from the hand totals.
 * SEMBAKO: no list; active in Q3: F1, F2, F3, F4, F6, F7, F8 × 600,000; paid F1, F2, F6, F7; F4 failed.
 */
export const EXPECTED_PROGRAMS: readonly (ExpectedRealisation & { programName: string; level: ProgramLevel })[] = [
  {
    programCode: 'PKH', programName: 'Program Keluarga Harapan', level: 'pusat',
    allocation: ka(5, 3_525_000), allocationUnpriced: 1, realised: ka(5, 4_850_000), failed: ka(1, 1_200_000), returned: ka(1, 600_000),
    source: 'lines', percentKpm: 100, percentAmount: 137.6,
  },
  {
    programCode: 'PKH-PLUS', programName: 'PKH Plus Jawa Timur (lanjut usia 70+)', level: 'provinsi',
    allocation: ka(4, 2_000_000), allocationUnpriced: 0, realised: ka(2, 1_000_000), failed: ka(1, 500_000), returned: ka(0, 0),
    source: 'manual', percentKpm: 50, percentAmount: 50,
  },
  {
    programCode: 'SEMBAKO', programName: 'Program Sembako (dahulu BPNT)', level: 'pusat',
    allocation: ka(7, 4_200_000), allocationUnpriced: 0, realised: ka(4, 2_400_000), failed: ka(1, 600_000), returned: ka(0, 0),
    source: 'lines', percentKpm: 57.1, percentAmount: 57.1,
  },
];

/** Section 2: per program, its kecamatan by name (Sidoarjo, Sukodono, Waru), the family without kecamatan last. */
export const EXPECTED_KECAMATAN: readonly (ExpectedRealisation & { kecamatanCode: string | null; kecamatanName: string | null })[] = [
  {
    programCode: 'PKH', kecamatanCode: KEC_SIDOARJO, kecamatanName: 'Sidoarjo',
    allocation: ka(2, 1_200_000), allocationUnpriced: 1, realised: ka(1, 900_000), failed: ka(1, 1_200_000), returned: ka(0, 0),
    source: 'lines', percentKpm: 50, percentAmount: 75,
  },
  {
    programCode: 'PKH', kecamatanCode: KEC_SUKODONO, kecamatanName: 'Sukodono',
    allocation: ka(2, 1_725_000), allocationUnpriced: 0, realised: ka(2, 2_700_000), failed: ka(0, 0), returned: ka(0, 0),
    source: 'lines', percentKpm: 100, percentAmount: 156.5,
  },
  {
    programCode: 'PKH', kecamatanCode: KEC_WARU, kecamatanName: 'Waru',
    allocation: ka(1, 600_000), allocationUnpriced: 0, realised: ka(2, 1_250_000), failed: ka(0, 0), returned: ka(1, 600_000),
    source: 'lines', percentKpm: 200, percentAmount: 208.3,
  },
  {
    programCode: 'PKH-PLUS', kecamatanCode: KEC_SIDOARJO, kecamatanName: 'Sidoarjo',
    allocation: ka(2, 1_000_000), allocationUnpriced: 0, realised: ka(1, 500_000), failed: ka(1, 500_000), returned: ka(0, 0),
    source: 'manual', percentKpm: 50, percentAmount: 50,
  },
  {
    programCode: 'PKH-PLUS', kecamatanCode: KEC_WARU, kecamatanName: 'Waru',
    allocation: ka(1, 500_000), allocationUnpriced: 0, realised: ka(1, 500_000), failed: ka(0, 0), returned: ka(0, 0),
    source: 'manual', percentKpm: 100, percentAmount: 100,
  },
  {
    programCode: 'PKH-PLUS', kecamatanCode: null, kecamatanName: null,
    allocation: ka(1, 500_000), allocationUnpriced: 0, realised: ka(0, 0), failed: ka(0, 0), returned: ka(0, 0),
    source: 'manual', percentKpm: 0, percentAmount: 0,
  },
  {
    programCode: 'SEMBAKO', kecamatanCode: KEC_SIDOARJO, kecamatanName: 'Sidoarjo',
    allocation: ka(2, 1_200_000), allocationUnpriced: 0, realised: ka(0, 0), failed: ka(1, 600_000), returned: ka(0, 0),
    source: 'lines', percentKpm: 0, percentAmount: 0,
  },
  {
    programCode: 'SEMBAKO', kecamatanCode: KEC_SUKODONO, kecamatanName: 'Sukodono',
    allocation: ka(3, 1_800_000), allocationUnpriced: 0, realised: ka(2, 1_200_000), failed: ka(0, 0), returned: ka(0, 0),
    source: 'lines', percentKpm: 66.7, percentAmount: 66.7,
  },
  {
    programCode: 'SEMBAKO', kecamatanCode: KEC_WARU, kecamatanName: 'Waru',
    allocation: ka(1, 600_000), allocationUnpriced: 0, realised: ka(1, 600_000), failed: ka(0, 0), returned: ka(0, 0),
    source: 'lines', percentKpm: 100, percentAmount: 100,
  },
  {
    programCode: 'SEMBAKO', kecamatanCode: null, kecamatanName: null,
    allocation: ka(1, 600_000), allocationUnpriced: 0, realised: ka(1, 600_000), failed: ka(0, 0), returned: ka(0, 0),
    source: 'lines', percentKpm: 100, percentAmount: 100,
  },
];

/** Section 3: PKH's components over the Q3 list (F1 SD+SMA, F2 AUD+SD, F3 HAMIL+2×SD, F5 LANSIA; F4 none), in the program's order. */
export const EXPECTED_COMPONENTS: readonly { programCode: string; componentCode: string; componentName: string; persons: number; families: number }[] = [
  { programCode: 'PKH', componentCode: 'HAMIL', componentName: 'Ibu hamil/nifas', persons: 1, families: 1 },
  { programCode: 'PKH', componentCode: 'AUD', componentName: 'Anak usia dini 0-6 tahun', persons: 1, families: 1 },
  { programCode: 'PKH', componentCode: 'SD', componentName: 'Anak sekolah SD/sederajat', persons: 4, families: 3 },
  { programCode: 'PKH', componentCode: 'SMP', componentName: 'Anak sekolah SMP/sederajat', persons: 0, families: 0 },
  { programCode: 'PKH', componentCode: 'SMA', componentName: 'Anak sekolah SMA/sederajat', persons: 1, families: 1 },
  { programCode: 'PKH', componentCode: 'DISABIL', componentName: 'Penyandang disabilitas berat', persons: 0, families: 0 },
  { programCode: 'PKH', componentCode: 'LANSIA', componentName: 'Lanjut usia', persons: 1, families: 1 },
  { programCode: 'PKH', componentCode: 'HAM', componentName: 'Korban pelanggaran HAM berat', persons: 0, families: 0 },
];

/** The exit statuses in status order (built-in ones, then the office's own), with their counts. */
type ExitCounts = Record<string, number>;
const EXIT_ORDER: readonly { status: string; label: string; exitKind: 'graduation' | 'death' | 'moved' | 'withdrawn' | 'ineligible' }[] = [
  { status: 'graduasi_alamiah', label: 'Graduasi alamiah', exitKind: 'graduation' },
  { status: 'graduasi_sejahtera_mandiri', label: 'Graduasi sejahtera mandiri', exitKind: 'graduation' },
  { status: 'meninggal', label: 'Meninggal', exitKind: 'death' },
  { status: 'pindah', label: 'Pindah', exitKind: 'moved' },
  { status: 'mengundurkan_diri', label: 'Mengundurkan diri', exitKind: 'withdrawn' },
  { status: 'tidak_eligible', label: 'Tidak eligible', exitKind: 'ineligible' },
  { status: CUSTOM_EXIT_STATUS.code, label: CUSTOM_EXIT_STATUS.label, exitKind: CUSTOM_EXIT_STATUS.exitKind },
];
const exits = (counts: ExitCounts) => EXIT_ORDER.map((e) => ({ ...e, count: counts[e.status] ?? 0 }));

/**
 * Section 4, per program: start (active on 30 Jun) + added − exits + other = end (active on 30 Sep).
 * PKH: start F1, F2, F4, F5, F7; added F3; F5 graduated (alamiah); F4 suspended (other −1); end F1, F2, F3, F7.
 * PKH-PLUS: start F3, F4, F5, F6; F3 withdrew; end 3.
 * SEMBAKO: start F1, F2, F3, F4, F8; added F7; exits F2 (sejahtera mandiri), F3 (died), F8 (the office's
 *   own "moved" status); F4 suspended (−1), F6 active again (+1); end F1, F6, F7.
 */
export const EXPECTED_MOVEMENTS: readonly { programCode: string; start: number; added: number; exits: ReturnType<typeof exits>; other: number; end: number }[] = [
  { programCode: 'PKH', start: 5, added: 1, exits: exits({ graduasi_alamiah: 1 }), other: -1, end: 4 },
  { programCode: 'PKH-PLUS', start: 4, added: 0, exits: exits({ mengundurkan_diri: 1 }), other: 0, end: 3 },
  { programCode: 'SEMBAKO', start: 5, added: 1, exits: exits({ graduasi_sejahtera_mandiri: 1, meninggal: 1, [CUSTOM_EXIT_STATUS.code]: 1 }), other: 0, end: 3 },
];

/** Report totals over all programs (section 1's sum row). */
export const EXPECTED_TOTALS = {
  allocation: ka(16, 9_725_000),
  realised: ka(11, 8_250_000),
  failed: ka(3, 2_300_000),
  returned: ka(1, 600_000),
} as const;

/** One row of a reconciliation list, by fixture keys (family F1…, line key) rather than ids. */
export interface ExpectedReconciliationRow {
  family: FamilyKey | null;
  kk: string;
  /** Line key in LINES (null for "enrolled but not paid"). */
  line: string | null;
  amountPaid: number | null;
  amountAllocated: number | null;
  lines: number;
}

/**
 * The four lists per program for Tahap III 2024, in list order.
 * PKH: paid but not on the list: F7 (active, not on the Q3 list) and the unmatched KK; on the list but
 *   not paid: F3 (gagal) and F5 (retur); paid twice: F2; amount differs: F1 (700,000 ≠ 725,000) and
 *   F2 (2,000,000 ≠ 1,000,000), not F4 (its allocation is unknown).
 * SEMBAKO: not paid: F3, F4 (gagal), F8.  PKH-PLUS: no lines, so no lists.
 */
export const EXPECTED_RECONCILIATION: Record<string, Record<ReconciliationList, readonly ExpectedReconciliationRow[]>> = {
  PKH: {
    paidNotEnrolled: [
      { family: 'F7', kk: KK.F7, line: 'PKH:F7', amountPaid: 500_000, amountAllocated: null, lines: 1 },
      { family: null, kk: KK.UNMATCHED, line: 'PKH:UNMATCHED', amountPaid: 750_000, amountAllocated: null, lines: 1 },
    ],
    enrolledNotPaid: [
      { family: 'F3', kk: KK.F3, line: null, amountPaid: null, amountAllocated: 1_200_000, lines: 0 },
      { family: 'F5', kk: KK.F5, line: null, amountPaid: null, amountAllocated: 600_000, lines: 0 },
    ],
    paidTwice: [{ family: 'F2', kk: KK.F2, line: 'PKH:F2a', amountPaid: 2_000_000, amountAllocated: 1_000_000, lines: 2 }],
    amountDiffers: [
      { family: 'F1', kk: KK.F1, line: 'PKH:F1', amountPaid: 700_000, amountAllocated: 725_000, lines: 1 },
      { family: 'F2', kk: KK.F2, line: 'PKH:F2a', amountPaid: 2_000_000, amountAllocated: 1_000_000, lines: 2 },
    ],
  },
  SEMBAKO: {
    paidNotEnrolled: [],
    enrolledNotPaid: [
      { family: 'F3', kk: KK.F3, line: null, amountPaid: null, amountAllocated: 600_000, lines: 0 },
      { family: 'F4', kk: KK.F4, line: null, amountPaid: null, amountAllocated: 600_000, lines: 0 },
      { family: 'F8', kk: KK.F8, line: null, amountPaid: null, amountAllocated: 600_000, lines: 0 },
    ],
    paidTwice: [],
    amountDiffers: [],
  },
  'PKH-PLUS': { paidNotEnrolled: [], enrolledNotPaid: [], paidTwice: [], amountDiffers: [] },
};
