/**
 * Stable error codes a user (or a script driving the CLI) can act on.
 * The code never changes once released; the message comes from the catalogue.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'NOT_FOUND',
  'SETUP_REQUIRED',
  'SETUP_ALREADY_DONE',
  'REGENCY_UNKNOWN',
  'PROVINCE_UNKNOWN',
  'PROGRAM_CODE_TAKEN',
  'PROGRAM_PARENT_INVALID',
  'PROGRAM_HAS_ACTIVE_VARIANTS',
  'IMAGE_INVALID',
  'BACKUP_NOT_FOUND',
  'BACKUP_INVALID',
  'DATABASE_NEWER',
  'DEMO_PRESENT',
  'DEMO_BUSY',
  'INTERNAL',
  'FILE_NOT_FOUND',
  'FILE_LEGACY_XLS',
  'FILE_ENCRYPTED',
  'FILE_NOT_WORKBOOK',
  'FILE_CORRUPT',
  'FILE_EMPTY',
  'HEADER_NOT_FOUND',
  'SHEET_NOT_FOUND',
  'IMPORT_CANCELLED',
  'FILE_NOT_GRANTED',
  'IMPORT_BUSY',
  'BATCH_UNDO_BLOCKED',
  'BATCH_ALREADY_UNDONE',
  'STATUS_UNKNOWN',
  // beneficiaries
  'NIK_TAKEN',
  'KK_TAKEN',
  'STATUS_TAKEN',
  'EXPORT_WRITE_FAILED',
  // disbursements and reports
  'PERIOD_CLOSED',
  'PERIOD_ALREADY_CLOSED',
  'PERIOD_NOT_CLOSED',
  'KECAMATAN_NOT_IN_REGENCY',
  // report outputs
  'PDF_UNAVAILABLE',
  'PDF_FAILED',
  // impact
  'POVERTY_PERIOD_MISSING',
  'INDICATOR_UNKNOWN',
  'INDICATOR_BUILTIN',
  'WAVE_UNKNOWN',
  'WAVE_CODE_TAKEN',
  'WAVES_OUT_OF_ORDER',
  // disbursement list import
  'PERIOD_REQUIRED',
  'DISBURSEMENT_ALREADY_IMPORTED',
  // statistics and survey imports (issue 5)
  'PROGRAM_REQUIRED',
  'WAVE_REQUIRED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number>;

/** An error whose code and parameters are shown to the user through the message catalogue. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly details: unknown;

  constructor(code: ErrorCode, params: ErrorParams = {}, details?: unknown) {
    super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.details = details;
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
