import { matchHeader } from '../../shared/domain/import-aliases';
import {
  REQUIRED_FIELDS,
  type ColumnMapping,
  type ImportField,
  type ImportIssue,
  type ListKind,
  type ParsedRow,
  type RejectedRow,
} from '../../shared/domain/imports';
import { todayIso } from '../../shared/domain/dates';
import type { Locale } from '../../shared/domain/office';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import type { ServiceContext } from '../context';
import { readLocale, readSetting } from '../settings/service';
import { checkImportFile, fileLabel } from './file-check';
import { detectHeader, HEADER_WINDOW, isTotalsRow, type HeaderDetection, type HeaderMatcher } from './header';
import { autoMap, findProfile, mapsPengurus, sanitizeMapping, shapeSignature } from './mapping';
import { readSheets, type SheetRow } from './reader';
import { loadRegionIndex, loadStatusIndex } from './regions-index';
import { isBlank, RowValidator, type RowOutcome } from './validate';

/**
 * The read side of an import: file check, sheet choice, header detection, column mapping,
 * validation of every row. Reads the database (regions, statuses, mapping profiles) and writes
 * nothing, so the preview, the dry run and the commit all start here.
 */
export interface ParseRequest {
  filePath: string;
  /** null: the first sheet that looks like data (a header naming NIK or KK). */
  sheet: string | null;
  /** null: a saved profile for this file shape, else the alias table. */
  mapping: ColumnMapping | null;
}

export interface ParseOptions<T = ParsedRow> {
  /** Language of the issue messages (default: the office's language setting). */
  locale?: Locale;
  /** Data rows seen so far, every PROGRESS_EVERY rows. */
  onProgress?: (rowsSeen: number) => void;
  /** Checked between rows; a set flag ends the parse with IMPORT_CANCELLED. */
  signal?: { readonly aborted: boolean };
  /** Each valid row as it is read; with `keepRows: false` the result's `rows` stays empty (big files). */
  onRow?: (row: T) => void;
  keepRows?: boolean;
}

export interface ParseResult<T = ParsedRow> {
  /** The file's name (no folder). */
  file: string;
  filePath: string;
  sheet: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  headers: string[];
  mapping: ColumnMapping;
  /** Name of the saved profile the mapping came from, or null. */
  mappingProfile: string | null;
  signature: string;
  /** Data rows seen (valid and rejected); title, blank, numbering and totals rows are not data. */
  rowsSeen: number;
  /** Valid rows (warnings allowed), in sheet order. */
  rows: T[];
  rejected: RejectedRow[];
  /** Every issue, in sheet order, errors and warnings. */
  issues: ImportIssue[];
}

export const PROGRESS_EVERY = 1000;

/** How the unmapped-required message names fields: as list headers write them. */
const FIELD_HEADERS: Partial<Record<ImportField, string>> = { nik: 'NIK', kk: 'NO KK', name: 'NAMA' };

/** What the lookups of one parse give every row validator. */
export interface ValidatorBase {
  headers: readonly string[];
  mapping: ColumnMapping;
  regions: ReturnType<typeof loadRegionIndex>;
  statuses: ReturnType<typeof loadStatusIndex>;
  /** `YYYY-MM-DD`. */
  today: string;
  locale: Locale;
}

/**
 * What makes one kind of list: its alias table (header detection and automatic mapping), the kind
 * its saved mapping profiles carry, the fields without which no row can be read, and its row validator.
 */
export interface ListSpec<T> {
  kind: ListKind;
  matchHeader: HeaderMatcher;
  /** The required columns the mapping lacks, named as list headers write them (`NIK`, `NO KK`). */
  unmappedColumns(mapping: ColumnMapping): string[];
  /** Whether a header found on a sheet makes it this kind's data sheet (default: it names NIK or KK). */
  isData?(fields: ReadonlySet<ImportField>): boolean;
  createValidator(base: ValidatorBase): { validate(source: SheetRow): RowOutcome<T> };
}

/** Beneficiary lists for the register. */
export const REGISTER_LIST: ListSpec<ParsedRow> = {
  kind: 'register',
  matchHeader,
  unmappedColumns: (mapping) => REQUIRED_FIELDS.filter((f) => mapping[f] === undefined).map((f) => FIELD_HEADERS[f] ?? f),
  createValidator: (base) => new RowValidator({ ...base, pengurus: mapsPengurus(base.headers, base.mapping) }),
};

/** Reads and validates a beneficiary list (the register import's read side). */
export function parseImport(ctx: Pick<ServiceContext, 'db' | 'now'>, request: ParseRequest, options: ParseOptions = {}): Promise<ParseResult> {
  return parseList(ctx, request, REGISTER_LIST, options);
}

/** Reads and validates a list of any kind: the file check, sheet choice, header and mapping are shared. */
export async function parseList<T>(
  ctx: Pick<ServiceContext, 'db' | 'now'>,
  request: ParseRequest,
  spec: ListSpec<T>,
  options: ParseOptions<T> = {},
): Promise<ParseResult<T>> {
  const locale = options.locale ?? readLocale(ctx);
  const keepRows = options.keepRows ?? true;
  const file = fileLabel(request.filePath);
  const kind = await checkImportFile(request.filePath);
  const regency = readSetting(ctx, 'regency');
  if (!regency) throw new AppError('SETUP_REQUIRED');
  const regions = loadRegionIndex(ctx.db, regency);
  const statuses = loadStatusIndex(ctx.db);

  const setup: SheetSetup<T> = { ctx, request, options, file, locale, keepRows, regions, statuses, spec };
  let firstFilledSheet: string | null = null;
  for await (const sheet of readSheets(request.filePath, kind)) {
    if (request.sheet !== null && sheet.name !== request.sheet) continue;
    const rows = sheet.rows[Symbol.asyncIterator]();
    try {
      const { filled, result } = await parseSheet(setup, sheet.name, rows);
      if (filled) firstFilledSheet ??= sheet.name;
      if (result) return result;
    } finally {
      // A sheet left early (a summary sheet, a cancel, a bad header) closes its file handle now.
      await rows.return?.();
    }
  }
  if (request.sheet !== null) throw new AppError('SHEET_NOT_FOUND', { file, sheet: request.sheet });
  if (firstFilledSheet === null) throw new AppError('FILE_EMPTY', { file });
  throw new AppError('HEADER_NOT_FOUND', { file, sheet: firstFilledSheet });
}

interface SheetSetup<T> {
  ctx: Pick<ServiceContext, 'db' | 'now'>;
  request: ParseRequest;
  options: ParseOptions<T>;
  spec: ListSpec<T>;
  file: string;
  locale: Locale;
  keepRows: boolean;
  regions: ReturnType<typeof loadRegionIndex>;
  statuses: ReturnType<typeof loadStatusIndex>;
}

/** One sheet: its header, mapping and rows; `result` null when no sheet was named and this one is not data. */
async function parseSheet<T>(
  setup: SheetSetup<T>,
  name: string,
  rows: AsyncIterator<SheetRow>,
): Promise<{ filled: boolean; result: ParseResult<T> | null }> {
  const { ctx, request, file, spec } = setup;
  const window: SheetRow[] = [];
  while (window.length < HEADER_WINDOW) {
    const next = await rows.next();
    if (next.done) break;
    window.push(next.value);
  }
  const filled = window.length > 0;
  const header = detectHeader(window, spec.matchHeader);
  const isData = header !== null && (spec.isData ? spec.isData(header.fields) : header.looksLikeData);
  if (request.sheet === null && !isData) return { filled, result: null };
  if (!header) throw new AppError('HEADER_NOT_FOUND', { file, sheet: name });

  const signature = shapeSignature(header.headers);
  let mapping: ColumnMapping;
  let mappingProfile: string | null = null;
  if (request.mapping) mapping = sanitizeMapping(request.mapping, header.headers.length);
  else {
    const profile = findProfile(ctx, signature, spec.kind);
    mappingProfile = profile?.name ?? null;
    mapping = profile ? sanitizeMapping(profile.mapping, header.headers.length) : autoMap(header.matches);
  }
  const result: ParseResult<T> = {
    file,
    filePath: request.filePath,
    sheet: name,
    headerRow: header.headerRow,
    headers: header.headers,
    mapping,
    mappingProfile,
    signature,
    rowsSeen: 0,
    rows: [],
    rejected: [],
    issues: [],
  };
  const validator = spec.createValidator({
    headers: header.headers,
    mapping,
    regions: setup.regions,
    statuses: setup.statuses,
    today: todayIso(ctx.now()),
    locale: setup.locale,
  });
  const unmapped = spec.unmappedColumns(mapping);
  await readDataRows(result, header, window, rows, { validator, unmapped }, setup.locale, setup.options, setup.keepRows);
  return { filled, result };
}

async function readDataRows<T>(
  result: ParseResult<T>,
  header: HeaderDetection,
  window: readonly SheetRow[],
  rest: AsyncIterator<SheetRow>,
  check: { validator: ReturnType<ListSpec<T>['createValidator']>; unmapped: string[] },
  locale: Locale,
  options: ParseOptions<T>,
  keepRows: boolean,
): Promise<void> {
  const { validator, unmapped } = check;
  const { mapping } = result;
  const mappedColumns = [...new Set(Object.values(mapping))];
  const identityColumns = [mapping.nik, mapping.kk].filter((c): c is number => c !== undefined);
  const skip = new Set(header.skipRows);
  let unmappedReason: string | null = null;
  if (unmapped.length > 0) {
    // Without a required column (register: NIK, KK, name) no row can be read: one issue says so, at the header.
    unmappedReason = translate(locale, 'imports.issue.REQUIRED_MISSING.unmapped', {
      fields: unmapped.join(', '),
    });
    result.issues.push({ row: header.headerRow, column: null, code: 'REQUIRED_MISSING', severity: 'error', message: unmappedReason });
  }

  let afterTotals = false;
  const handle = (source: SheetRow) => {
    if (source.row <= header.headerRow || skip.has(source.row)) return;
    const { cells } = source;
    // Template rows numbered down the sheet but never filled hold nothing the mapping reads.
    if (mappedColumns.every((c) => isBlank(cells[c]))) return;
    if (isTotalsRow(cells, identityColumns)) {
      afterTotals = true;
      return;
    }
    // Under the totals row: place and date, signatures. A row with a NIK or KK is data again
    // (lists with a subtotal per kecamatan).
    if (afterTotals && identityColumns.every((c) => isBlank(cells[c]))) return;
    afterTotals = false;
    result.rowsSeen++;
    if (options.signal?.aborted) throw new AppError('IMPORT_CANCELLED');
    if (options.onProgress && result.rowsSeen % PROGRESS_EVERY === 0) options.onProgress(result.rowsSeen);
    if (unmappedReason !== null) {
      result.rejected.push({ row: source.row, cells, reasons: [unmappedReason] });
      return;
    }
    const outcome = validator.validate(source);
    for (const issue of outcome.issues) result.issues.push(issue);
    if (outcome.rejected) result.rejected.push(outcome.rejected);
    if (outcome.parsed) {
      options.onRow?.(outcome.parsed);
      if (keepRows) result.rows.push(outcome.parsed);
    }
  };
  for (const row of window) handle(row);
  for (let next = await rest.next(); !next.done; next = await rest.next()) handle(next.value);
  options.onProgress?.(result.rowsSeen);
}
