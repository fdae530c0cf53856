import { RegisterWriter } from '../../electron/beneficiaries/writer';
import type { ServiceContext } from '../../electron/context';
import type { ComponentCounts, FamilyRecord, MemberRecord } from '../../shared/domain/register';

/**
 * A small register written through RegisterWriter, as the import would write it: four families in
 * two kecamatan of Kabupaten Sidoarjo, name variants (Moch./Mochammad/Muhammad), several
 * programs (PKH with components per period, SEMBAKO, PBI-JK per person) and a status history.
 * Needs a database set up for 35.15 (regions and the seed programs).
 */

export interface MemberSeed extends Partial<MemberRecord> {
  nik: string;
  name: string;
}

export interface EnrollmentSeed {
  program: string;
  /** NIK of the member for a per-person enrollment. */
  member?: string;
  /** Oldest first: each entry is a status change with its date and reason. */
  statuses: { status: string; date: string; reason: string }[];
  periods?: { period: string; nominal: number | null; components: ComponentCounts | null }[];
}

export interface FamilySeed {
  family: Partial<FamilyRecord> & { kk: string };
  members: MemberSeed[];
  enrollments: EnrollmentSeed[];
}

export const SUKODONO = '35.15.14';
export const WILAYUT = '35.15.14.2001';
export const KEBONAGUNG = '35.15.14.2002';
export const KEC_SIDOARJO = '35.15.08';

export const FAMILIES: FamilySeed[] = [
  {
    family: { kk: '3515140101100001', address: 'Dusun Krajan', rt: '005', rw: '002', kecamatanCode: SUKODONO, desaCode: WILAYUT, desil: 2, desilAsOf: '2024-06-30', dtksId: 'DTKS-0001' },
    members: [
      { nik: '3515144508680002', name: 'Siti Aminah', sex: 'P', birthDate: '1968-08-05', relationship: 'Istri', isPengurus: true },
      { nik: '3515140303650003', name: 'Moch. Sholeh', sex: 'L', birthDate: '1965-03-03', relationship: 'Kepala keluarga' },
      { nik: '3515145012050001', name: 'Nur Hidayati', sex: 'P', birthDate: '2005-12-10', relationship: 'Anak', schoolLevel: 'SMA' },
    ],
    enrollments: [
      {
        program: 'PKH',
        statuses: [{ status: 'aktif', date: '2024-04-01', reason: 'FC tahap II' }],
        periods: [
          { period: '2024-Q2', nominal: 225_000, components: { SD: 1 } },
          { period: '2024-Q3', nominal: 500_000, components: { SMA: 1 } },
        ],
      },
      { program: 'SEMBAKO', statuses: [{ status: 'aktif', date: '2024-01-01', reason: 'Daftar awal' }] },
    ],
  },
  {
    family: { kk: '3515140202150002', address: 'Perum Kebonagung Indah', rt: '001', rw: '003', kecamatanCode: SUKODONO, desaCode: KEBONAGUNG, desil: 4, desilAsOf: '2024-06-30' },
    members: [
      { nik: '3515141204900004', name: 'Mochammad Rizki', sex: 'L', birthDate: '1990-04-12', relationship: 'Kepala keluarga', isPengurus: true },
      { nik: '3515145506920005', name: 'Dewi Lestari', sex: 'P', birthDate: '1992-06-15', relationship: 'Istri', disability: 'Tuna daksa' },
    ],
    enrollments: [
      {
        program: 'PKH',
        statuses: [
          { status: 'aktif', date: '2023-01-01', reason: 'FC tahap I' },
          { status: 'graduasi_sejahtera_mandiri', date: '2024-06-30', reason: 'Ekonomi membaik' },
        ],
        periods: [{ period: '2024-Q1', nominal: 750_000, components: { AUD: 1 } }],
      },
      { program: 'PBI-JK', member: '3515145506920005', statuses: [{ status: 'aktif', date: '2024-01-01', reason: 'SK Bupati' }] },
    ],
  },
  {
    family: { kk: '3515080303180003', address: 'Jl. Mawar 3', rt: '010', rw: '004', kecamatanCode: KEC_SIDOARJO, desaCode: null, desil: 1, desilAsOf: '2024-03-31' },
    members: [
      { nik: '3515081010700006', name: 'Muhammad Sholeh', sex: 'L', birthDate: '1970-10-10', relationship: 'Kepala keluarga', isPengurus: true },
      { nik: '3515084707720007', name: 'Sri Wahyuni', sex: 'P', birthDate: '1972-07-07', relationship: 'Istri' },
    ],
    enrollments: [
      { program: 'SEMBAKO', statuses: [{ status: 'aktif', date: '2024-01-01', reason: 'Daftar awal' }] },
      {
        program: 'PKH',
        statuses: [{ status: 'aktif', date: '2024-07-01', reason: 'FC tahap III' }],
        periods: [{ period: '2024-Q3', nominal: 1_200_000, components: { AUD: 1, SD: 2 } }],
      },
    ],
  },
  {
    family: { kk: '3515080404190004', address: 'Jl. Melati 9', rt: '002', rw: '001', kecamatanCode: KEC_SIDOARJO, desaCode: null, desil: 7, desilAsOf: '2024-03-31' },
    members: [{ nik: '3515082102800008', name: 'Agus Santoso', sex: 'L', birthDate: '1980-02-21', relationship: 'Kepala keluarga', isPengurus: true }],
    enrollments: [],
  },
];

export interface SeededRegister {
  programs: Record<string, number>;
  families: Record<string, number>;
  members: Record<string, number>;
  /** `${kk}:${program}` → enrollment id. */
  enrollments: Record<string, number>;
}

function family(rec: FamilySeed['family']): FamilyRecord {
  return { address: '', rt: null, rw: null, kecamatanCode: null, desaCode: null, dtksId: null, desil: null, desilAsOf: null, ...rec };
}

function member(rec: MemberSeed): MemberRecord {
  return {
    sex: null, birthPlace: null, birthDate: null, relationship: null, motherName: null, disability: null, schoolLevel: null, isPengurus: false,
    ...rec,
  };
}

export function programIds(ctx: ServiceContext): Record<string, number> {
  const rows = ctx.db.prepare('SELECT id, code FROM programs').all() as { id: number; code: string }[];
  return Object.fromEntries(rows.map((r) => [r.code, r.id]));
}

/** Writes families as the import does (one transaction, through the writer). */
export function writeFamilies(ctx: ServiceContext, seeds: readonly FamilySeed[], seeded?: SeededRegister): SeededRegister {
  const out: SeededRegister = seeded ?? { programs: programIds(ctx), families: {}, members: {}, enrollments: {} };
  ctx.db.transaction(() => {
    const writer = new RegisterWriter(ctx, null);
    for (const seed of seeds) {
      const f = writer.upsertFamily(family(seed.family));
      out.families[seed.family.kk] = f.id;
      for (const m of seed.members) out.members[m.nik] = writer.upsertMember(f.id, member(m)).id;
      for (const e of seed.enrollments) {
        const programId = out.programs[e.program];
        if (programId === undefined) throw new Error(`program ${e.program} not seeded`);
        const memberKey = e.member === undefined ? 0 : out.members[e.member]!;
        let id = 0;
        for (const s of e.statuses) id = writer.enroll({ programId, familyId: f.id, memberKey, ...s }).id;
        for (const p of e.periods ?? []) writer.setPeriod(id, p.period, p.nominal, p.components);
        out.enrollments[`${seed.family.kk}:${e.program}`] = id;
      }
    }
  })();
  return out;
}

export function seedRegister(ctx: ServiceContext): SeededRegister {
  return writeFamilies(ctx, FAMILIES);
}

/**
 * `count` more families of three members each in Kecamatan Sidoarjo, with valid NIKs and KKs,
 * every other one in SEMBAKO: enough rows to page through.
 */
export function bulkFamilies(count: number, start = 1): FamilySeed[] {
  const seeds: FamilySeed[] = [];
  for (let i = start; i < start + count; i++) {
    const serial = String(i).padStart(4, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    seeds.push({
      family: { kk: `351508${'01'}${'01'}${'24'}${String(i).padStart(4, '0')}`, address: `Blok ${i}`, kecamatanCode: KEC_SIDOARJO, desil: (i % 10) + 1 },
      members: [
        { nik: `351508${day}${month}80${serial}`, name: `Warga ${i} Kepala`, sex: 'L', isPengurus: true },
        { nik: `351508${String(Number(day) + 40)}${month}82${serial}`, name: `Warga ${i} Istri`, sex: 'P' },
        { nik: `351508${day}${month}10${serial}`, name: `Warga ${i} Anak`, sex: 'L' },
      ],
      enrollments: i % 2 === 0 ? [{ program: 'SEMBAKO', statuses: [{ status: 'aktif', date: '2024-01-01', reason: 'Daftar awal' }] }] : [],
    });
  }
  return seeds;
}
