import { buildAliasTable, lookupHeader, normalizeHeader, type HeaderMatch } from './import-aliases';
import type { ColumnMapping, ImportField } from './imports';
import type { PovertyRecord } from './poverty';

/**
 * BPS poverty tables (statistik kemiskinan) in long form: one row per area and period, with the
 * figures BPS publishes (P0, number of poor, poverty line GK, P1, P2). They go through the import's
 * reader, header detection and mapping with this alias table.
 */

export const STATISTICS_FIELDS = ['areaCode', 'areaName', 'year', 'month', 'p0', 'poorCount', 'povertyLine', 'p1', 'p2'] as const satisfies readonly ImportField[];
export type StatisticsField = (typeof STATISTICS_FIELDS)[number];

/** The figure fields: a row needs at least one of them. */
export const FIGURE_FIELDS = ['p0', 'poorCount', 'povertyLine', 'p1', 'p2'] as const satisfies readonly StatisticsField[];

/** Field → header spellings, most specific first. `( … )` notes are dropped before matching (`(RIBU JIWA)`, `(%)`). */
const SPELLINGS: Record<StatisticsField, readonly string[]> = {
  areaCode: ['KODE KEMENDAGRI', 'KODE WILAYAH', 'KODE', 'KODE WIL', 'KODE BPS', 'KODE KAB/KOTA', 'KODE KABUPATEN/KOTA', 'KODE KECAMATAN', 'KODE DAERAH'],
  areaName: [
    'NAMA WILAYAH', 'WILAYAH', 'KABUPATEN/KOTA', 'KAB/KOTA', 'KECAMATAN', 'PROVINSI', 'PROVINSI/KABUPATEN/KOTA', 'DAERAH', 'NAMA DAERAH',
    'WILAYAH KABUPATEN/KOTA', 'NAMA KABUPATEN/KOTA', 'NAMA KECAMATAN', 'KABUPATEN', 'KOTA',
  ],
  year: ['TAHUN', 'THN'],
  month: ['BULAN', 'PERIODE', 'SEMESTER', 'BULAN PENDATAAN', 'WAKTU'],
  p0: [
    'P0', 'PERSENTASE PENDUDUK MISKIN', 'PERSENTASE PENDUDUK MISKIN P0', 'PERSENTASE PENDUDUK MISKIN/P0',
    'TINGKAT KEMISKINAN', 'PERSENTASE KEMISKINAN', 'PERSENTASE',
  ],
  poorCount: [
    'JUMLAH PENDUDUK MISKIN', 'JUMLAH PENDUDUK MISKIN RIBU JIWA', 'JUMLAH PENDUDUK MISKIN JIWA', 'JML PENDUDUK MISKIN', 'PENDUDUK MISKIN',
    'JUMLAH PENDUDUK MISKIN RIBU', 'JUMLAH ORANG MISKIN',
  ],
  povertyLine: ['GARIS KEMISKINAN', 'GK', 'GARIS KEMISKINAN RP/KAPITA/BULAN', 'GK RP/KAPITA/BULAN', 'GARIS KEMISKINAN RP'],
  p1: ['P1', 'INDEKS KEDALAMAN KEMISKINAN', 'INDEKS KEDALAMAN KEMISKINAN P1', 'INDEKS KEDALAMAN'],
  p2: ['P2', 'INDEKS KEPARAHAN KEMISKINAN', 'INDEKS KEPARAHAN KEMISKINAN P2', 'INDEKS KEPARAHAN'],
};

const TABLE = buildAliasTable(SPELLINGS, []);

/** The field a header cell of a BPS table means, or null (`NO`, `SUMBER`). */
export function matchStatisticsHeader(raw: unknown): HeaderMatch | null {
  return lookupHeader(TABLE, raw);
}

/** A header names poverty figures when it has an area and at least one figure column. */
export function looksLikeStatistics(fields: ReadonlySet<ImportField>): boolean {
  return (fields.has('areaCode') || fields.has('areaName')) && FIGURE_FIELDS.some((f) => fields.has(f));
}

/** The required columns a mapping lacks: an area (code or name), a year or period, and one figure. */
export function unmappedStatisticsColumns(mapping: ColumnMapping): string[] {
  const missing: string[] = [];
  if (mapping.areaCode === undefined && mapping.areaName === undefined) missing.push('KODE / NAMA WILAYAH');
  if (mapping.year === undefined && mapping.month === undefined) missing.push('TAHUN / PERIODE');
  if (FIGURE_FIELDS.every((f) => mapping[f] === undefined)) missing.push('P0 / JUMLAH PENDUDUK MISKIN / GARIS KEMISKINAN / P1 / P2');
  return missing;
}

/**
 * How many people one unit of the number-of-poor column is, from its header text: BPS tables
 * give it in thousands (`JUMLAH PENDUDUK MISKIN (RIBU JIWA)`) or in people (`(JIWA)`).
 */
export function poorCountScale(header: string): number {
  const text = header.toUpperCase();
  if (/\bJUTA\b/.test(text)) return 1_000_000;
  if (/\bRIBU(AN)?\b/.test(text)) return 1_000;
  return 1;
}

/**
 * A decimal figure as BPS tables and offices write it: a number cell, `10,20` (comma decimals),
 * `10.20`, `4 056,10`, `4.056,10`, `486.168` (dot thousands where the figure is whole: GK, people).
 * `wholeDots`: a dot followed by exactly three digits groups thousands. Null when unreadable.
 */
export function readDecimal(raw: unknown, wholeDots = false): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  let text = String(raw ?? '')
    .trim()
    .replace(/^'/, '')
    .replace(/^RP\.?\s*/i, '')
    .replace(/[\s\u00a0]/g, '');
  if (text === '') return null;
  const comma = text.lastIndexOf(',');
  const dot = text.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    // Both: the later one is the decimal mark, the other groups thousands.
    text = comma > dot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (comma >= 0) {
    if (/^\d{1,3}(,\d{3}){2,}$/.test(text)) text = text.replace(/,/g, '');
    else text = text.replace(',', '.');
  } else if (dot >= 0 && (/^\d{1,3}(\.\d{3}){2,}$/.test(text) || (wholeDots && /^\d{1,3}(\.\d{3})+$/.test(text)))) {
    text = text.replace(/\./g, '');
  }
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

const MONTH_WORDS: readonly (readonly [RegExp, '03' | '09'])[] = [
  [/^(MARET|MAR|MARCH|MRT|03|3|SEMESTER ?(1|I)|SEM ?(1|I))$/, '03'],
  [/^(SEPTEMBER|SEPT|SEP|09|9|SEMESTER ?(2|II)|SEM ?(2|II))$/, '09'],
];

/**
 * The period of a row → `YYYY-03` or `YYYY-09`, or null. `year`: a TAHUN cell; `month`: a
 * BULAN/PERIODE cell (`Maret`, `September`, `03`, `9`, `Maret 2024`, `2024-09`, `Semester I`, a
 * date cell). Without a month column (`monthMapped` false) the row is March: BPS publishes kab/kota
 * and kecamatan figures once a year, for March.
 */
export function readPovertyPeriod(year: unknown, month: unknown, monthMapped: boolean): string | null {
  let y: number | null = null;
  let m: '03' | '09' | null = null;
  const yearOf = (value: unknown): number | null => {
    const text = typeof value === 'number' ? String(value) : String(value ?? '').trim().replace(/^'/, '');
    return /^(19|20)\d{2}$/.test(text) ? Number(text) : null;
  };
  if (month instanceof Date) {
    const mm = month.getUTCMonth() + 1;
    m = mm === 3 ? '03' : mm === 9 ? '09' : null;
    y = month.getUTCFullYear();
    if (m === null) return null;
  } else if (month !== null && month !== undefined && String(month).trim() !== '') {
    let text = normalizeHeader(month);
    const iso = /^((?:19|20)\d{2})[ /-]?(0?3|0?9)$/.exec(String(month).trim());
    if (iso) {
      y = Number(iso[1]);
      m = Number(iso[2]) === 3 ? '03' : '09';
    } else {
      const inText = /\b((?:19|20)\d{2})\b/.exec(text);
      if (inText) {
        y = Number(inText[1]);
        text = text.replace(inText[0], ' ').replace(/\s+/g, ' ').trim();
      }
      m = MONTH_WORDS.find(([re]) => re.test(text))?.[1] ?? null;
      if (m === null) return null;
    }
  } else if (monthMapped) return null;
  else m = '03';
  const yearCell = year === null || year === undefined || String(year).trim() === '' ? null : yearOf(year);
  if (year !== null && year !== undefined && String(year).trim() !== '' && yearCell === null) return null;
  if (yearCell !== null && y !== null && yearCell !== y) return null;
  y ??= yearCell;
  if (y === null || m === null) return null;
  return `${y}-${m}`;
}

/**
 * An area code cell → a Kemendagri code (`35`, `35.15`, `35.15.08`), or null when it is none.
 * BPS gives provinces and kab/kota 2- and 4-digit codes that are the Kemendagri codes without dots
 * (35 → 35, 3515 → 35.15), so those are mapped; BPS kecamatan and desa codes follow another
 * numbering and are never mapped (the row's name is used instead).
 */
export function kemendagriCodeOf(raw: unknown): string | null {
  const text = (typeof raw === 'number' ? String(raw) : String(raw ?? '')).trim().replace(/^'/, '').replace(/\s+/g, '');
  if (/^\d{2}(\.\d{2}){0,2}$/.test(text)) return text;
  if (/^\d{4}$/.test(text)) return `${text.slice(0, 2)}.${text.slice(2)}`;
  return null;
}

/** A valid row of a BPS table, normalised. */
export interface StatisticsRow extends Omit<PovertyRecord, 'source'> {
  row: number;
}
