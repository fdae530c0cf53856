import { matchHeader, type HeaderMatch } from '../../shared/domain/import-aliases';
import type { ImportField } from '../../shared/domain/imports';
import { cleanText } from '../../shared/domain/normalize';
import type { CellValue, SheetRow } from './reader';

/**
 * Finds the header row of a list: the row (among the first rows that hold anything) whose cells
 * match the most alias-table fields. Title rows above it match nothing and are passed over; a
 * second header row under it (`KOMPONEN` over `HAMIL | AUD | SD …`) fills the columns the first
 * leaves blank; a numbering row `1 2 3 …` under it is skipped.
 */

/** Rows holding values that are searched for the header. */
export const HEADER_WINDOW = 30;

export interface HeaderDetection {
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** Header text per column (0-based), as the file shows it; '' for a blank header cell. */
  headers: string[];
  /** The alias-table match per column. */
  matches: (HeaderMatch | null)[];
  /** Distinct fields the header names. */
  fields: Set<ImportField>;
  /** Sheet rows under the header that belong to it (a second header row, a numbering row). */
  skipRows: number[];
  /** The header names a NIK or KK column: the sheet holds people, not a summary. */
  looksLikeData: boolean;
}

/** Header cells are short text; a long sentence is a title or a note. */
const MAX_HEADER_LENGTH = 80;

function headerText(value: CellValue): string {
  if (typeof value !== 'string') return '';
  const text = cleanText(value);
  return text.length > MAX_HEADER_LENGTH ? '' : text;
}

interface Candidate {
  index: number;
  matches: (HeaderMatch | null)[];
  fields: Set<ImportField>;
}

/** Header text → the field it names: the register's alias table, or another kind of list's. */
export type HeaderMatcher = (raw: unknown) => HeaderMatch | null;

function score(row: SheetRow, index: number, match: HeaderMatcher): Candidate {
  const matches = row.cells.map((cell) => match(headerText(cell)));
  const fields = new Set<ImportField>();
  for (const m of matches) if (m) fields.add(m.field);
  return { index, matches, fields };
}

/** `rows`: the first rows of a sheet that hold values (at most HEADER_WINDOW of them), in order. */
export function detectHeader(rows: readonly SheetRow[], match: HeaderMatcher = matchHeader): HeaderDetection | null {
  let best: Candidate | null = null;
  rows.slice(0, HEADER_WINDOW).forEach((row, index) => {
    const candidate = score(row, index, match);
    if (!best || candidate.fields.size > best.fields.size) best = candidate;
  });
  const found = best as Candidate | null;
  // One matched word could be anything (a title "STATUS"); a header names at least two fields.
  if (!found || found.fields.size < 2) return null;

  const headerRow = rows[found.index]!;
  const width = Math.max(headerRow.cells.length, found.matches.length);
  const headers = Array.from({ length: width }, (_, i) => headerText(headerRow.cells[i] ?? null));
  const matches = Array.from({ length: width }, (_, i) => found.matches[i] ?? null);
  const fields = new Set(found.fields);
  const skipRows: number[] = [];

  let next = rows[found.index + 1];
  if (next && next.row === headerRow.row + 1 && isSubHeader(next, matches, match)) {
    next.cells.forEach((cell, i) => {
      const text = headerText(cell);
      if (text === '' || matches[i]) return;
      headers[i] = text;
      matches[i] = match(text);
      if (matches[i]) fields.add(matches[i]!.field);
    });
    skipRows.push(next.row);
    next = rows[found.index + 2];
  }
  if (next && next.row === (skipRows.at(-1) ?? headerRow.row) + 1 && isNumberingRow(next.cells)) skipRows.push(next.row);

  const shown = trimTrailingBlanks(headers);
  return {
    headerRow: headerRow.row,
    headers: shown,
    matches: matches.slice(0, shown.length),
    fields,
    skipRows,
    looksLikeData: fields.has('nik') || fields.has('kk'),
  };
}

/**
 * A second header row: text only, in columns the header row leaves blank or unmatched (cells
 * merged down from the first row are blank here), naming at least two fields. A data row fails
 * this: it fills the NIK and KK columns the header row already names.
 */
function isSubHeader(row: SheetRow, headerMatches: readonly (HeaderMatch | null)[], match: HeaderMatcher): boolean {
  let named = 0;
  for (let i = 0; i < row.cells.length; i++) {
    const cell = row.cells[i] ?? null;
    if (cell === null) continue;
    if (typeof cell !== 'string' || headerMatches[i]) return false;
    if (match(headerText(cell))) named++;
  }
  return named >= 2;
}

/** `1 2 3 …` (or `(1) (2) (3)`): consecutive small integers in every filled cell, at least three. */
export function isNumberingRow(cells: readonly CellValue[]): boolean {
  const numbers: number[] = [];
  for (const cell of cells) {
    if (cell === null) continue;
    const text = typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? cell.trim().replace(/^\((\d+)\)$/, '$1') : '';
    if (!/^\d{1,3}$/.test(text)) return false;
    numbers.push(Number(text));
  }
  return numbers.length >= 3 && numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
}

function trimTrailingBlanks(headers: string[]): string[] {
  let end = headers.length;
  while (end > 0 && headers[end - 1] === '') end--;
  return headers.slice(0, end);
}

const TOTAL_WORDS = /^(JUMLAH|TOTAL|GRAND\s*TOTAL|SUB\s*TOTAL|JML)\b/;

/** A totals row (`JUMLAH`, `TOTAL`, …): a cell starting with the word, and no NIK or KK in the row. */
export function isTotalsRow(cells: readonly CellValue[], identityColumns: readonly number[]): boolean {
  if (identityColumns.some((i) => cells[i] !== null && cells[i] !== undefined)) return false;
  return cells.some((cell) => typeof cell === 'string' && TOTAL_WORDS.test(cleanText(cell).toUpperCase()));
}
