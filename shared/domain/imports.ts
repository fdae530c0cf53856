import type { ComponentCounts, FamilyRecord, MemberRecord } from './register';

/**
 * The kinds of list the import reads: beneficiary lists into the register, and the disbursement
 * lists (realisasi) the bank or PT Pos sends back. Both go through the same file check, reader,
 * header detection, mapping and batches; each has its own alias table, fields and validator.
 * BPS poverty tables ('statistics', shared/domain/statistics-import.ts) and survey waves
 * ('survey', shared/domain/survey-import.ts) feed the impact figures and need no program.
 */
export const LIST_KINDS = ['register', 'disbursement', 'statistics', 'survey'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** Kinds that belong to no program or tahap (the request leaves `programId` and `period` out). */
export const PROGRAMLESS_KINDS = ['statistics', 'survey'] as const satisfies readonly ListKind[];
export type ProgramlessKind = (typeof PROGRAMLESS_KINDS)[number];

/**
 * Register import: the fields a beneficiary list can carry. Each header cell of a file is mapped
 * to at most one field (through the alias table, or by the clerk in the wizard).
 */
export const REGISTER_FIELDS = [
  'nik',
  'kk',
  'name',
  'sex',
  'birthPlace',
  'birthDate',
  'relationship',
  'motherName',
  'address',
  'rt',
  'rw',
  'desa',
  'kecamatan',
  'dtksId',
  'desil',
  'disability',
  'schoolLevel',
  'nominal',
  'status',
  // PKH component counts of a Final Closing list
  'compHamil',
  'compAud',
  'compSd',
  'compSmp',
  'compSma',
  'compDisabil',
  'compLansia',
  'compHam',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/** Fields only disbursement lists carry (their amount and status reuse `nominal` and `status`). */
export const DISBURSEMENT_ONLY_FIELDS = ['paidOn', 'reason'] as const;

/** Fields of BPS poverty tables: the area (Kemendagri/BPS code or name), the period and the figures. */
export const STATISTICS_ONLY_FIELDS = ['areaCode', 'areaName', 'year', 'month', 'p0', 'poorCount', 'povertyLine', 'p1', 'p2'] as const;

/**
 * Fields of survey wave files besides NIK and No. KK: the observation date, and `indicator`, which
 * only marks a column of values for header detection (the indicator itself is read from each header).
 */
export const SURVEY_ONLY_FIELDS = ['observedOn', 'indicator'] as const;

/** Every field a column can be mapped to, in any kind of list. */
export const IMPORT_FIELDS = [...REGISTER_FIELDS, ...DISBURSEMENT_ONLY_FIELDS, ...STATISTICS_ONLY_FIELDS, ...SURVEY_ONLY_FIELDS] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Fields without which a row cannot enter the register. */
export const REQUIRED_FIELDS: readonly ImportField[] = ['nik', 'kk', 'name'];

/** Component field → the PKH component code stored with the enrollment's period. */
export const COMPONENT_FIELDS: Partial<Record<ImportField, string>> = {
  compHamil: 'HAMIL',
  compAud: 'AUD',
  compSd: 'SD',
  compSmp: 'SMP',
  compSma: 'SMA',
  compDisabil: 'DISABIL',
  compLansia: 'LANSIA',
  compHam: 'HAM',
};

/** Column index (0-based, in the header row) for each mapped field. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

export const IMPORT_ISSUE_CODES = [
  // errors: the row is rejected
  'NIK_INVALID_LENGTH',
  'NIK_NOT_NUMERIC',
  'NIK_PRECISION_LOST',
  'NIK_BAD_DATE',
  'NIK_DUPLICATE_IN_FILE',
  'KK_INVALID',
  'KK_PRECISION_LOST',
  'REGION_UNKNOWN',
  'DATE_INVALID',
  'REQUIRED_MISSING',
  'VALUE_INVALID',
  // warnings: the row goes in, the clerk is told
  'NIK_REGION_MISMATCH',
  'NIK_BIRTHDATE_MISMATCH',
  'NIK_SEX_MISMATCH',
  'ALREADY_ENROLLED',
  'IN_OTHER_PROGRAM',
  'NOMINAL_DIFFERS',
  // disbursement lists (shared/domain/disbursement-import.ts)
  'DISBURSEMENT_STATUS_UNKNOWN',
  'NOT_ENROLLED',
  'PAID_TWICE',
  // BPS poverty tables (shared/domain/statistics-import.ts)
  'AREA_UNKNOWN',
  'PERIOD_INVALID',
  'FIGURE_MISSING',
  'AREA_PERIOD_DUPLICATE',
  // survey waves (shared/domain/survey-import.ts)
  'SURVEY_UNIT_UNKNOWN',
  'SURVEY_UNIT_DUPLICATE',
  'SURVEY_NIK_REQUIRED',
  'SURVEY_NO_VALUE',
  'SURVEY_KK_MISMATCH',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

export type IssueSeverity = 'error' | 'warning';

/** The read side's issues and the matching's warnings as one list in sheet order (a row's own issues first). */
export function inSheetOrder(issues: readonly ImportIssue[], warnings: readonly ImportIssue[]): ImportIssue[] {
  return [...issues, ...warnings].sort((a, b) => a.row - b.row);
}

export interface ImportIssue {
  /** 1-based row number in the sheet, as Excel shows it. */
  row: number;
  /** The header text of the column, or null for a whole-row issue. */
  column: string | null;
  code: ImportIssueCode;
  severity: IssueSeverity;
  message: string;
}

/** A data row that passed validation, normalised for the register writer. */
export interface ParsedRow {
  row: number;
  family: FamilyRecord;
  member: MemberRecord;
  nominal: number | null;
  components: ComponentCounts | null;
  /** The status the list states (e.g. FC STATUS column), as a status code, or null. */
  status: string | null;
}

/** A rejected row as the file had it, for the error workbook. */
export interface RejectedRow {
  row: number;
  /** Cell values with their types (a date cell stays a Date), so the error workbook repeats them as they were. */
  cells: (string | number | boolean | Date | null)[];
  reasons: string[];
}

/** Counts the wizard and `sidampak import --json` report. */
export interface ImportCounts {
  rows: number;
  imported: number;
  updated: number;
  skipped: number;
  rejected: number;
}
