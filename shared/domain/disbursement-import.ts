import type { DisbursementStatus, KpmAmount } from './disbursements';
import { buildAliasTable, lookupHeader, statusKey, type HeaderMatch } from './import-aliases';
import type { ColumnMapping, ImportField } from './imports';

/**
 * Disbursement lists (daftar penyaluran / realisasi) as the bank or PT Pos sends them back: one
 * line per KPM with the status of the payment. They go through the register import's reader,
 * header detection and mapping with this alias table; the amount is the `nominal` field and the
 * payment status the `status` field, so a mapping keeps one shape for both kinds of list.
 */

/** The fields a disbursement list can carry, in the order the wizard offers them. */
export const DISBURSEMENT_FIELDS = ['nik', 'kk', 'name', 'kecamatan', 'desa', 'status', 'nominal', 'paidOn', 'reason'] as const satisfies readonly ImportField[];
export type DisbursementField = (typeof DISBURSEMENT_FIELDS)[number];

/** Field → header spellings, most specific first (the earlier spelling wins when a list has two). */
const SPELLINGS: Record<DisbursementField, readonly string[]> = {
  nik: ['NIK', 'NIK PENERIMA', 'NO NIK', 'NOMOR NIK', 'NIK KPM', 'NIK KTP', 'NO KTP', 'NOMOR KTP', 'NOMOR INDUK KEPENDUDUKAN'],
  kk: ['NO KK', 'NOKK', 'NOMOR KK', 'NOMOR KARTU KELUARGA', 'NO KARTU KELUARGA', 'KK', 'NKK', 'NO KK KPM', 'NOMOR KK KPM'],
  name: ['NAMA', 'NAMA PENERIMA', 'NAMA KPM', 'NAMA LENGKAP', 'NAMA PENERIMA MANFAAT', 'NAMA NASABAH', 'NAMA REKENING'],
  kecamatan: ['KECAMATAN', 'KEC', 'NAMA KECAMATAN'],
  desa: ['DESA/KELURAHAN', 'KELURAHAN/DESA', 'DESA/KEL', 'KEL/DESA', 'DESA/KELUARAHAN', 'KELURAHAN', 'DESA', 'KEL', 'NAMA DESA', 'DS/KEL'],
  status: [
    'STATUS SALUR', 'STATUS PENYALURAN', 'KETERANGAN SALUR', 'STATUS TRANSAKSI', 'STATUS PEMBAYARAN', 'STATUS REALISASI',
    'HASIL PENYALURAN', 'HASIL', 'REALISASI', 'STATUS',
  ],
  nominal: [
    'NOMINAL', 'NOMINAL SALUR', 'JUMLAH DITERIMA', 'NILAI BANTUAN', 'JUMLAH', 'NOMINAL BANTUAN', 'JUMLAH BANTUAN', 'JML BANTUAN',
    'JUMLAH SALUR', 'NOMINAL PENYALURAN', 'NILAI', 'NOMINAL RP', 'JUMLAH DANA',
  ],
  paidOn: ['TANGGAL', 'TGL SALUR', 'TANGGAL SALUR', 'TANGGAL PENYALURAN', 'TGL TRANSAKSI', 'TANGGAL TRANSAKSI', 'TGL PENYALURAN', 'TGL', 'TGL BAYAR', 'TANGGAL BAYAR'],
  reason: ['ALASAN', 'KETERANGAN', 'KET GAGAL', 'ALASAN GAGAL/RETUR', 'ALASAN GAGAL', 'ALASAN RETUR', 'KET', 'KETERANGAN GAGAL', 'CATATAN'],
};

/** The PENGURUS spellings name the account holder: on a payment list that is simply the line's person. */
const PENGURUS: readonly (readonly [string, ImportField])[] = [
  ['NIK PENGURUS', 'nik'],
  ['NOMOR NIK PENGURUS', 'nik'],
  ['NAMA PENGURUS', 'name'],
  ['NAMA LENGKAP PENGURUS', 'name'],
];

const TABLE = buildAliasTable(SPELLINGS, PENGURUS);

/** The field a header cell of a disbursement list means, or null (`NO`, `BANK`, `NO REKENING`). */
export function matchDisbursementHeader(raw: unknown): HeaderMatch | null {
  return lookupHeader(TABLE, raw);
}

export function knownDisbursementSpellings(): string[] {
  return [...TABLE.keys()];
}

/** How banks and PT Pos write the outcome of a payment → the three statuses the office counts. */
const STATUS_SPELLINGS: Record<DisbursementStatus, readonly string[]> = {
  tersalur: [
    'TERSALUR', 'SUDAH SALUR', 'SALUR', 'SUDAH TERSALUR', 'BERHASIL', 'SUKSES', 'SUCCESS', 'SUDAH DITERIMA', 'DITERIMA', 'TERBAYAR',
    'SUDAH DIBAYAR', 'DIBAYAR', 'CAIR', 'SUDAH CAIR', 'OK',
  ],
  gagal: ['GAGAL', 'GAGAL SALUR', 'TIDAK TERSALUR', 'BELUM SALUR', 'BELUM TERSALUR', 'TIDAK SALUR', 'FAILED', 'GAGAL BAYAR', 'BELUM DIAMBIL', 'TIDAK DIAMBIL'],
  retur: ['RETUR', 'DIKEMBALIKAN', 'REFUND', 'RETURN', 'DIRETUR', 'DIKEMBALIKAN KE KAS NEGARA', 'RETUR KE KAS NEGARA'],
};

const STATUS_TABLE: ReadonlyMap<string, DisbursementStatus> = new Map(
  (Object.entries(STATUS_SPELLINGS) as [DisbursementStatus, readonly string[]][]).flatMap(([status, spellings]) =>
    spellings.map((s) => [statusKey(s), status] as const),
  ),
);

/** `Sudah Salur`, `TERSALUR`, `sukses` → tersalur; null for a spelling not known (the line is rejected, never guessed). */
export function disbursementStatusOf(raw: unknown): DisbursementStatus | null {
  const key = statusKey(raw);
  return key === '' ? null : (STATUS_TABLE.get(key) ?? null);
}

/**
 * Without an identity (NIK or KK), a status and an amount no line can be counted. Returns the
 * columns the mapping lacks, named as the lists write them.
 */
export function unmappedDisbursementColumns(mapping: ColumnMapping): string[] {
  const missing: string[] = [];
  if (mapping.nik === undefined && mapping.kk === undefined) missing.push('NIK / NO KK');
  if (mapping.status === undefined) missing.push('STATUS');
  if (mapping.nominal === undefined) missing.push('NOMINAL');
  return missing;
}

/** A valid line of a disbursement list, normalised. */
export interface DisbursementLine {
  /** 1-based sheet row. */
  row: number;
  nik: string | null;
  kk: string | null;
  name: string;
  /** The list's own kecamatan column resolved to a Kemendagri code, or null. */
  kecamatanCode: string | null;
  status: DisbursementStatus;
  amount: number;
  /** `YYYY-MM-DD`, or null. */
  paidOn: string | null;
  reason: string;
}

/** What a disbursement list holds, for the preview, the result and `sidampak disbursements import --json`. */
export interface DisbursementCounts {
  /** Valid lines (written on commit). */
  lines: number;
  /** Lines matched to an enrollment of the program. */
  matched: number;
  /** Lines whose NIK/KK is not enrolled in the program (kept, enrollment NULL). */
  notEnrolled: number;
  /** Per status: KPM (distinct enrollments, or distinct unmatched NIK/KK) and the Rupiah of the lines. */
  byStatus: Record<DisbursementStatus, KpmAmount>;
  /** An earlier batch (not undone) of the same program and period holding lines of this list: the commit is refused. */
  alreadyImported: { batchId: number; fileName: string; lines: number } | null;
  /** The period is closed: the commit is refused. */
  periodClosed: boolean;
}
