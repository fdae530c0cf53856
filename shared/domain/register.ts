/**
 * The beneficiary register's records as services and the UI exchange them.
 * KPM = a family (by No. KK); members by NIK; one member is the pengurus (account holder).
 */

export const ENROLLMENT_STATUSES = [
  'aktif',
  'ditangguhkan',
  'graduasi_alamiah',
  'graduasi_sejahtera_mandiri',
  'meninggal',
  'pindah',
  'mengundurkan_diri',
  'tidak_eligible',
] as const;
/** Built-in status codes; the lookup table `enrollment_statuses` may hold more. */
export type BuiltInStatus = (typeof ENROLLMENT_STATUSES)[number];

export const EXIT_STATUSES: readonly BuiltInStatus[] = [
  'graduasi_alamiah',
  'graduasi_sejahtera_mandiri',
  'meninggal',
  'pindah',
  'mengundurkan_diri',
  'tidak_eligible',
];

export type Sex = 'L' | 'P';

export interface FamilyRecord {
  kk: string;
  address: string;
  rt: string | null;
  rw: string | null;
  kecamatanCode: string | null;
  desaCode: string | null;
  dtksId: string | null;
  desil: number | null;
  desilAsOf: string | null;
}

export interface MemberRecord {
  nik: string;
  name: string;
  sex: Sex | null;
  birthPlace: string | null;
  birthDate: string | null;
  relationship: string | null;
  motherName: string | null;
  disability: string | null;
  schoolLevel: string | null;
  isPengurus: boolean;
}

/** PKH component counts in an FC list: HAMIL, AUD, SD, SMP, SMA, DISABIL, LANSIA, HAM. */
export type ComponentCounts = Record<string, number>;
