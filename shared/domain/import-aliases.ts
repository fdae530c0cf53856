import type { ImportField, RegisterField } from './imports';

/**
 * The alias table: how beneficiary lists spell their column headers (SIKS-NG exports, bank and
 * PT Pos lists, village spreadsheets, PKH Final Closing files) → the import field each one means.
 * Header text is compared after `normalizeHeader`, so case, dots, extra spaces, line breaks and
 * spaced-out letters (`N I K`) do not matter.
 */

/** Upper case, dots and punctuation to spaces, `( … )` notes dropped, `N I K` → `NIK`, `L / P` → `L/P`. */
export function normalizeHeader(raw: unknown): string {
  const text = String(raw ?? '')
    .toUpperCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^A-Z0-9/&]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();
  // Letters typed with spaces between them (`N I K`, `N O  K K`) are one word.
  return text.replace(/\b[A-Z](?: [A-Z]\b)+/g, (run) => run.replace(/ /g, ''));
}

interface AliasEntry {
  field: ImportField;
  /** The list names the family's pengurus (account holder) in this column: `NIK PENGURUS`, `NAMA PENGURUS`. */
  pengurus?: boolean;
}

/**
 * Field → its header spellings, most specific first: when a file has two columns for one field
 * (`NIK` and `NIK PENGURUS`, `ID DTKS` and `ID ART`), the earlier spelling in this list wins.
 */
const SPELLINGS: Record<RegisterField, readonly string[]> = {
  nik: [
    'NIK', 'NO NIK', 'NOMOR NIK', 'NIK KTP', 'NO KTP', 'NOMOR KTP', 'NOMOR INDUK KEPENDUDUKAN', 'NIK PENERIMA', 'NIK KPM',
    'NIK ART', 'NIK ANGGOTA', 'NIK PENERIMA MANFAAT',
  ],
  kk: ['NO KK', 'NOKK', 'NOMOR KK', 'NOMOR KARTU KELUARGA', 'NO KARTU KELUARGA', 'KK', 'NKK', 'NO KK KPM', 'NOMOR KK KPM'],
  name: [
    'NAMA', 'NAMA PENERIMA', 'NAMA LENGKAP', 'NAMA KPM', 'NAMA PENERIMA MANFAAT', 'NAMA ART', 'NAMA ANGGOTA', 'NAMA SESUAI KTP',
  ],
  sex: ['JENIS KELAMIN', 'L/P', 'JK', 'JNS KELAMIN', 'JENIS KEL', 'KELAMIN', 'SEX', 'GENDER', 'P/L'],
  birthPlace: ['TEMPAT LAHIR', 'TMP LAHIR', 'TPT LAHIR', 'TEMPAT LHR'],
  birthDate: ['TANGGAL LAHIR', 'TGL LAHIR', 'TGL LHR', 'TANGGAL LHR', 'TGLLAHIR'],
  relationship: [
    'HUBUNGAN KELUARGA', 'HUB KELUARGA', 'HUBUNGAN DENGAN KEPALA KELUARGA', 'HUBUNGAN DGN KK', 'HUB DGN KK', 'SHDK',
    'STATUS HUBUNGAN DALAM KELUARGA', 'HUB KEL', 'HUBUNGAN',
  ],
  motherName: ['NAMA IBU KANDUNG', 'IBU KANDUNG', 'NAMA IBU'],
  address: ['ALAMAT', 'ALAMAT LENGKAP', 'ALAMAT RUMAH', 'ALAMAT KPM', 'DUSUN/JALAN', 'DUSUN'],
  rt: ['RT', 'NO RT', 'RT/RW'],
  rw: ['RW', 'NO RW'],
  desa: [
    'DESA/KELURAHAN', 'KELURAHAN/DESA', 'DESA/KEL', 'KEL/DESA', 'DESA/KELUARAHAN', 'KELURAHAN', 'DESA', 'KEL', 'DESA KELURAHAN',
    'NAMA DESA', 'NAMA KELURAHAN', 'NAMA DESA/KELURAHAN', 'DS/KEL',
  ],
  kecamatan: ['KECAMATAN', 'KEC', 'NAMA KECAMATAN', 'KEC/KAB'],
  dtksId: ['ID DTKS', 'IDDTKS', 'ID DTSEN', 'ID KELUARGA', 'ID KELUARGA DTKS', 'ID ART', 'IDARTBDT', 'ID ART BDT'],
  desil: ['DESIL', 'DESIL DTKS', 'DESIL DTSEN', 'PERINGKAT DESIL', 'DESIL KESEJAHTERAAN'],
  disability: ['DISABILITAS', 'JENIS DISABILITAS', 'PENYANDANG DISABILITAS', 'JENIS CACAT', 'KECACATAN'],
  schoolLevel: ['JENJANG SEKOLAH', 'JENJANG PENDIDIKAN', 'PENDIDIKAN', 'SEKOLAH', 'TINGKAT SEKOLAH'],
  nominal: [
    'NOMINAL', 'NOMINAL BANTUAN', 'NOMINAL TAHAP', 'JUMLAH BANTUAN', 'JML BANTUAN', 'BESARAN BANTUAN', 'NILAI BANTUAN',
    'NOMINAL RP', 'JUMLAH NOMINAL', 'JUMLAH DANA',
  ],
  status: ['STATUS', 'STATUS KPM', 'STATUS KEPESERTAAN', 'STATUS PENERIMA', 'STATUS BANTUAN', 'KETERANGAN STATUS'],
  compHamil: ['HAMIL', 'IBU HAMIL', 'BUMIL', 'IBU HAMIL/NIFAS', 'HAMIL/NIFAS'],
  compAud: ['AUD', 'ANAK USIA DINI', 'APRAS', 'BALITA', 'USIA DINI'],
  compSd: ['SD', 'ANAK SD', 'SD/MI', 'SD SEDERAJAT'],
  compSmp: ['SMP', 'ANAK SMP', 'SMP/MTS', 'SMP SEDERAJAT'],
  compSma: ['SMA', 'ANAK SMA', 'SMA/SMK', 'SMA/MA', 'SMA SEDERAJAT'],
  compDisabil: ['DISABIL', 'DISABILITAS BERAT', 'DIS BERAT', 'PENYANDANG DISABILITAS BERAT'],
  compLansia: ['LANSIA', 'LANJUT USIA'],
  compHam: ['HAM', 'PELANGGARAN HAM', 'KORBAN HAM', 'PELANGGARAN HAM BERAT'],
};

/** Spellings that also say the column's person is the family's pengurus. */
export const PENGURUS_SPELLINGS: readonly (readonly [string, ImportField])[] = [
  ['NIK PENGURUS', 'nik'],
  ['NOMOR NIK PENGURUS', 'nik'],
  ['NAMA PENGURUS', 'name'],
  ['NAMA LENGKAP PENGURUS', 'name'],
];

export interface HeaderMatch extends AliasEntry {
  /** Position of the spelling in its field's list: lower is more specific. */
  rank: number;
}

/** A header → field table from spellings per field (most specific first) and the PENGURUS spellings. */
export function buildAliasTable(
  spellings: Partial<Record<ImportField, readonly string[]>>,
  pengurus: readonly (readonly [string, ImportField])[],
): ReadonlyMap<string, HeaderMatch> {
  const table = new Map<string, HeaderMatch>();
  for (const [field, list] of Object.entries(spellings) as [ImportField, readonly string[]][]) {
    list.forEach((spelling, rank) => table.set(normalizeHeader(spelling), { field, rank }));
  }
  // Ranked after plain NIK/NAMA: a list with both columns describes the row's member by the plain one.
  pengurus.forEach(([spelling, field], i) => table.set(normalizeHeader(spelling), { field, pengurus: true, rank: 100 + i }));
  return table;
}

const TABLE = buildAliasTable(SPELLINGS, PENGURUS_SPELLINGS);

/** The field a header cell means in a table built by buildAliasTable. */
export function lookupHeader(table: ReadonlyMap<string, HeaderMatch>, raw: unknown): HeaderMatch | null {
  const key = normalizeHeader(raw);
  return key === '' ? null : (table.get(key) ?? null);
}

/** The field a header cell means, or null for columns the register does not keep (`NO`, `JML KOMPONEN`). */
export function matchHeader(raw: unknown): HeaderMatch | null {
  return lookupHeader(TABLE, raw);
}

/** Every spelling the table knows, normalised (for the wizard's help and for tests). */
export function knownHeaderSpellings(): string[] {
  return [...TABLE.keys()];
}

/**
 * Status spellings in lists → built-in status codes. Offices write statuses freely; anything not
 * listed here is matched against the labels of the `enrollment_statuses` lookup table.
 */
const STATUS_SPELLINGS: Record<string, readonly string[]> = {
  aktif: ['AKTIF', 'AKTIVE', 'ACTIVE', 'LAYAK', 'PENERIMA'],
  ditangguhkan: ['DITANGGUHKAN', 'TANGGUH', 'TIDAK AKTIF', 'NON AKTIF', 'NONAKTIF', 'SUSPEND', 'DITUNDA'],
  graduasi_alamiah: ['GRADUASI ALAMIAH', 'GRADUASI ALAMI', 'GRADUASI NATURAL'],
  graduasi_sejahtera_mandiri: ['GRADUASI SEJAHTERA MANDIRI', 'GRADUASI MANDIRI', 'GRADUASI SEJAHTERA', 'SEJAHTERA MANDIRI'],
  meninggal: ['MENINGGAL', 'MENINGGAL DUNIA', 'WAFAT', 'ALMARHUM', 'ALMARHUMAH'],
  pindah: ['PINDAH', 'PINDAH DOMISILI', 'PINDAH ALAMAT'],
  mengundurkan_diri: ['MENGUNDURKAN DIRI', 'MUNDUR', 'UNDUR DIRI'],
  tidak_eligible: ['TIDAK ELIGIBLE', 'NON ELIGIBLE', 'TIDAK LAYAK', 'INELIGIBLE'],
};

/** Status text compared without case, punctuation or spacing: `Tidak-Aktif` = `TIDAK AKTIF`. */
export function statusKey(raw: unknown): string {
  return String(raw ?? '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '');
}

export const STATUS_ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries(STATUS_SPELLINGS).flatMap(([code, spellings]) => spellings.map((s) => [statusKey(s), code] as const)),
);
