import { REQUIRED_FIELDS, type ColumnMapping, type ImportField, type ImportIssue, type ParsedRow, type RejectedRow } from '../../shared/domain/imports';
import { todayIso } from '../../shared/domain/dates';
import type { Locale } from '../../shared/domain/office';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import type { ServiceContext } from '../context';
import { readLocale, readSetting } from '../settings/service';
import { checkImportFile, fileLabel } from './file-check';
import { detectHeader, HEADER_WINDOW, isTotalsRow, type HeaderDetection } from './header';
import { autoMap, findProfile, mapsPengurus, sanitizeMapping, shapeSignature } from './mapping';
import { readSheets, type SheetRow } from './reader';
import { loadRegionIndex, loadStatusIndex } from './regions-index';
import { isBlank, RowValidator } from './validate';

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

export interface ParseOptions {
  /** Language of the issue messages (default: the office's language setting). */
  locale?: Locale;
  /** Data rows seen so far, every PROGRESS_EVERY rows. */
  onProgress?: (rowsSeen: number) => void;
  /** Checked between rows; a set flag ends the parse with IMPORT_CANCELLED. */
  signal?: { readonly aborted: boolean };
  /** Each valid row as it is read; with `keepRows: false` the result's `rows` stays empty (big files). */
  onRow?: (row: ParsedRow) => void;
  keepRows?: boolean;
}

export interface ParseResult {
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
  rows: ParsedRow[];
  rejected: RejectedRow[];
  /** Every issue, in sheet order, errors and warnings. */
  issues: ImportIssue[];
}

export const PROGRESS_EVERY = 1000;

/** How the unmapped-required message names fields: as list headers write them. */
const FIELD_HEADERS: Partial<Record<ImportField, string>> = { nik: 'NIK', kk: 'NO KK', name: 'NAMA' };

export async function parseImport(ctx: Pick<ServiceContext, 'db' | 'now'>, request: ParseRequest, options: ParseOptions = {}): Promise<ParseResult> {
  const locale = options.locale ?? readLocale(ctx);
  const keepRows = options.keepRows ?? true;
  const file = fileLabel(request.filePath);
  const kind = await checkImportFile(request.filePath);
  const regency = readSetting(ctx, 'regency');
  if (!regency) throw new AppError('SETUP_REQUIRED');
  const regions = loadRegionIndex(ctx.db, regency);
  const statuses = loadStatusIndex(ctx.db);

  const setup: SheetSetup = { ctx, request, options, file, locale, keepRows, regions, statuses };
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

interface SheetSetup {
  ctx: Pick<ServiceContext, 'db' | 'now'>;
  request: ParseRequest;
  options: ParseOptions;
  file: string;
  locale: Locale;
  keepRows: boolean;
  regions: ReturnType<typeof loadRegionIndex>;
  statuses: ReturnType<typeof loadStatusIndex>;
}

/** One sheet: its header, mapping and rows; `result` null when no sheet was named and this one is not data. */
async function parseSheet(
  setup: SheetSetup,
  name: string,
  rows: AsyncIterator<SheetRow>,
): Promise<{ filled: boolean; result: ParseResult | null }> {
  const { ctx, request, file } = setup;
  const window: SheetRow[] = [];
  while (window.length < HEADER_WINDOW) {
    const next = await rows.next();
    if (next.done) break;
    window.push(next.value);
  }
  const filled = window.length > 0;
  const header = detectHeader(window);
  if (request.sheet === null && !header?.looksLikeData) return { filled, result: null };
  if (!header) throw new AppError('HEADER_NOT_FOUND', { file, sheet: name });

  const signature = shapeSignature(header.headers);
  let mapping: ColumnMapping;
  let mappingProfile: string | null = null;
  if (request.mapping) mapping = sanitizeMapping(request.mapping, header.headers.length);
  else {
    const profile = findProfile(ctx, signature);
    mappingProfile = profile?.name ?? null;
    mapping = profile ? sanitizeMapping(profile.mapping, header.headers.length) : autoMap(header.matches);
  }
  const result: ParseResult = {
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
  const validator = new RowValidator({
    headers: header.headers,
    mapping,
    regions: setup.regions,
    statuses: setup.statuses,
    pengurus: mapsPengurus(header.headers, mapping),
    today: todayIso(ctx.now()),
    locale: setup.locale,
  });
  await readDataRows(result, header, window, rows, validator, setup.locale, setup.options, setup.keepRows);
  return { filled, result };
}

async function readDataRows(
  result: ParseResult,
  header: HeaderDetection,
  window: readonly SheetRow[],
  rest: AsyncIterator<SheetRow>,
  validator: RowValidator,
  locale: Locale,
  options: ParseOptions,
  keepRows: boolean,
): Promise<void> {
  const { mapping } = result;
  const mappedColumns = [...new Set(Object.values(mapping))];
  const identityColumns = [mapping.nik, mapping.kk].filter((c): c is number => c !== undefined);
  const skip = new Set(header.skipRows);
  const unmapped = REQUIRED_FIELDS.filter((f) => mapping[f] === undefined);
  let unmappedReason: string | null = null;
  if (unmapped.length > 0) {
    // Without a NIK, KK or name column no row can enter the register: one issue says so, at the header.
    unmappedReason = translate(locale, 'imports.issue.REQUIRED_MISSING.unmapped', {
      fields: unmapped.map((f) => FIELD_HEADERS[f] ?? f).join(', '),
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
