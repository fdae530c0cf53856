import { buildAliasTable, lookupHeader, normalizeHeader, statusKey, type HeaderMatch } from './import-aliases';
import type { ColumnMapping, ImportField } from './imports';
import type { IndicatorLevel } from './welfare';

/**
 * Survey wave files: one row per family (NO KK) or person (NIK), one column per indicator. The
 * identity and date columns have their own alias table; an indicator column is recognised by its
 * header, the indicator's code (`KONSUMSI_KAPITA`) or name, compared without case and spaces
 * against the indicators the office has (built at run time from the database).
 */

/** The fields a clerk can map in a survey file (indicator columns are recognised by their headers). */
export const SURVEY_FIELDS = ['nik', 'kk', 'observedOn'] as const satisfies readonly ImportField[];
export type SurveyField = (typeof SURVEY_FIELDS)[number];

const SPELLINGS: Record<SurveyField, readonly string[]> = {
  nik: ['NIK', 'NO NIK', 'NOMOR NIK', 'NIK ART', 'NIK ANGGOTA', 'NIK KTP', 'NOMOR INDUK KEPENDUDUKAN', 'NIK RESPONDEN'],
  kk: ['NO KK', 'NOKK', 'NOMOR KK', 'NOMOR KARTU KELUARGA', 'NO KARTU KELUARGA', 'KK', 'NKK'],
  observedOn: ['TANGGAL', 'TGL', 'TANGGAL SURVEI', 'TGL SURVEI', 'TANGGAL PENGAMATAN', 'TANGGAL PENDATAAN', 'TGL PENDATAAN', 'TANGGAL OBSERVASI'],
};

const TABLE = buildAliasTable(SPELLINGS, []);

/** An indicator as the survey import needs it. */
export interface SurveyIndicator {
  code: string;
  name: string;
  level: IndicatorLevel;
  /** Values are 0 or 1 (`1 = bersekolah, 0 = tidak`): YA/TIDAK are read as 1/0 and nothing else is accepted. */
  binary: boolean;
}

/** Indicators whose unit reads `1 = …, 0 = …` take only 0 and 1. */
export function isBinaryUnit(unit: string): boolean {
  return /^\s*1\s*=/.test(unit) && /0\s*=/.test(unit);
}

/** Code or name → one key: upper case, no spaces, underscores or punctuation. */
export function indicatorKey(raw: unknown): string {
  return normalizeHeader(raw).replace(/[^A-Z0-9]/g, '');
}

/** The matcher of one parse: identity/date columns by alias, then indicators by code or name. */
export interface SurveyMatcher {
  match(raw: unknown): HeaderMatch | null;
  /** The indicator a header names, or null. */
  indicatorOf(raw: unknown): SurveyIndicator | null;
}

export function buildSurveyMatcher(indicators: readonly SurveyIndicator[]): SurveyMatcher {
  const byKey = new Map<string, SurveyIndicator>();
  // Names first, codes last: a code always wins over another indicator's name.
  for (const i of indicators) byKey.set(indicatorKey(i.name), i);
  for (const i of indicators) byKey.set(indicatorKey(i.code), i);
  const indicatorOf = (raw: unknown) => {
    const key = indicatorKey(raw);
    return key === '' ? null : (byKey.get(key) ?? null);
  };
  return {
    indicatorOf,
    match(raw) {
      const hit = lookupHeader(TABLE, raw);
      if (hit) return hit;
      return indicatorOf(raw) ? { field: 'indicator', rank: 0 } : null;
    },
  };
}

/** A survey file holds values when its header names a unit (NIK or KK) and at least one indicator. */
export function looksLikeSurvey(fields: ReadonlySet<ImportField>): boolean {
  return (fields.has('nik') || fields.has('kk')) && fields.has('indicator');
}

/** The required columns a mapping lacks: a unit (NIK or NO KK). Indicator columns are checked by the validator. */
export function unmappedSurveyColumns(mapping: ColumnMapping): string[] {
  return mapping.nik === undefined && mapping.kk === undefined ? ['NIK / NO KK'] : [];
}

const YES = new Set(['YA', 'Y', 'YES', 'ADA', 'BENAR']);
const NO = new Set(['TIDAK', 'TDK', 'T', 'NO', 'N', 'BUKAN', 'TIDAKADA']);

/**
 * One value cell → a number, or null when unreadable. Comma decimals (`12,5`), dot or space
 * thousands (`1.250.000`); a 0/1 indicator also takes YA/TIDAK and nothing but 0 and 1.
 */
export function readSurveyValue(raw: unknown, binary: boolean): number | null {
  if (typeof raw === 'boolean') return raw ? 1 : 0;
  let value: number | null;
  if (typeof raw === 'number') value = Number.isFinite(raw) ? raw : null;
  else {
    const key = statusKey(raw);
    if (binary && YES.has(key)) return 1;
    if (binary && NO.has(key)) return 0;
    let text = String(raw ?? '').trim().replace(/^'/, '').replace(/^RP\.?\s*/i, '').replace(/[\s\u00a0]/g, '');
    const comma = text.lastIndexOf(',');
    const dot = text.lastIndexOf('.');
    if (comma >= 0 && dot >= 0) text = comma > dot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
    else if (comma >= 0) text = text.replace(',', '.');
    else if (/^\d{1,3}(\.\d{3})+$/.test(text)) text = text.replace(/\./g, '');
    value = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
  }
  if (value === null) return null;
  if (binary && value !== 0 && value !== 1) return null;
  return value;
}

/** A valid row of a survey file, its unit resolved against the register. */
export interface SurveyRow {
  row: number;
  familyId: number;
  /** The member the row's NIK names, or null for a row keyed by No. KK. */
  memberId: number | null;
  observedOn: string | null;
  /** Indicator code → value. */
  values: Record<string, number>;
}

/** What a survey file holds, for the preview, the result and the command line. */
export interface SurveyCounts {
  waveId: number;
  waveCode: string;
  /** Values written (or that would be), per indicator code. */
  byIndicator: Record<string, number>;
  values: number;
  /** Values that replace an earlier value of the same unit in this wave. */
  replaced: number;
}
