import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../shared/csv';
import { AppError } from '../../shared/errors';
import type { CellValue, SheetRow } from './cell-value';
import type { WorkbookKind } from './file-check';
import { scanSheet } from './sheet-xml';
import { openZipEntry, readZipDirectory, type ZipEntry } from './zip-entries';

export { flatten, type CellValue, type SheetRow } from './cell-value';

export interface SheetSource {
  name: string;
  /** Consumed at most once, in order; a sheet left unread is skipped by the next one. */
  rows: AsyncIterable<SheetRow>;
  /** Rows holding any value, counted without building cells (the wizard's sheet list). */
  countRows(): Promise<number>;
}

/**
 * The parts of exceljs's streaming WorkbookReader used here: its parsers for the workbook's parts,
 * fed with entries opened through the zip's central directory (zip-entries.ts) instead of its own
 * front-to-back unzip, which stalls on big sheets written with data descriptors. The sheets
 * themselves are read by sheet-xml.ts.
 */
interface WorkbookParts {
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncGenerator<unknown>;
  _parseStyles(stream: Readable): Promise<void>;
  /** Filled by the parsers: the workbook's shared strings, its styles and its date system. */
  sharedStrings?: unknown[];
  styles: { getStyleModel(id: number): { numFmt?: string } | null };
  properties?: { model?: { date1904?: boolean } };
  workbookRels?: { Id: string; Type: string; Target: string }[];
  model?: { sheets?: { name: string; rId: string; state?: string }[] };
}

export function readSheets(path: string, kind: WorkbookKind): AsyncIterable<SheetSource> {
  return kind === 'csv' ? csvSheets(path) : xlsxSheets(path);
}

/** `worksheets/sheet1.xml` (relative to xl/) or `/xl/worksheets/sheet1.xml` → the zip entry name. */
function partName(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

async function* xlsxSheets(path: string): AsyncGenerator<SheetSource> {
  const file = basename(path);
  let entries: Map<string, ZipEntry>;
  try {
    entries = await readZipDirectory(path, file);
  } catch (err) {
    throw asCorrupt(err, path);
  }
  const open = (name: string) => {
    const entry = entries.get(name);
    if (!entry) throw new AppError('FILE_CORRUPT', { file });
    return openZipEntry(path, entry, file);
  };
  // Styles tell a date cell from a number cell; shared strings are cached once for all sheets.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as WorkbookParts;
  let sheets: { name: string; part: string }[];
  try {
    await reader._parseRels(await open('xl/_rels/workbook.xml.rels'));
    await reader._parseWorkbook(await open('xl/workbook.xml'));
    const rels = reader.workbookRels ?? [];
    const relOfType = (type: string) => rels.find((r) => r.Type.endsWith(`/${type}`));
    const sharedStrings = partName(relOfType('sharedStrings')?.Target ?? 'sharedStrings.xml');
    if (entries.has(sharedStrings)) for await (const _ of reader._parseSharedStrings(await open(sharedStrings)));
    const styles = partName(relOfType('styles')?.Target ?? 'styles.xml');
    if (entries.has(styles)) await reader._parseStyles(await open(styles));
    sheets = (reader.model?.sheets ?? []).flatMap((s) => {
      const rel = rels.find((r) => r.Id === s.rId && r.Type.endsWith('/worksheet'));
      // Very hidden sheets hold lookup lists for macros and validation, never the list itself.
      return rel && s.state !== 'veryHidden' ? [{ name: s.name, part: partName(rel.Target) }] : [];
    });
  } catch (err) {
    throw asCorrupt(err, path);
  }
  for (const sheet of sheets) {
    yield {
      name: sheet.name,
      rows: sheetRows(reader, () => open(sheet.part), path),
      countRows: async () => {
        try {
          return await countFilledRows(await open(sheet.part));
        } catch (err) {
          throw asCorrupt(err, path);
        }
      },
    };
  }
}

async function* sheetRows(reader: WorkbookParts, open: () => Promise<Readable>, path: string): AsyncGenerator<SheetRow> {
  let stream: Readable | null = null;
  try {
    stream = await open();
    yield* scanSheet(stream, {
      sharedStrings: reader.sharedStrings,
      styleNumFmt: (id) => {
        const style = reader.styles.getStyleModel(id);
        return style ? style.numFmt : null;
      },
      date1904: reader.properties?.model?.date1904 === true,
    });
  } catch (err) {
    throw asCorrupt(err, path);
  } finally {
    // A sheet left half read (the header search of a summary sheet) releases its file handle.
    stream?.destroy();
  }
}

/** Row, value and inline-string tags of a sheet's XML (text never holds `<`: it is escaped). */
const SHEET_TAG = /<(\/?)(row|v|is)(?=[\s>/])([^>]*)>/g;

/**
 * Counts the `<row>` elements that hold a value, scanning the XML text instead of parsing it:
 * several times faster than building every row, for a count the clerk only reads.
 */
export async function countFilledRows(xml: AsyncIterable<string | Buffer>): Promise<number> {
  let count = 0;
  let inRow = false;
  let hasValue = false;
  let carry = '';
  for await (const chunk of xml) {
    const text = carry + (typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
    SHEET_TAG.lastIndex = 0;
    for (let m = SHEET_TAG.exec(text); m !== null; m = SHEET_TAG.exec(text)) {
      const closing = m[1] === '/';
      const selfClosing = m[3]!.endsWith('/');
      if (m[2] === 'row') {
        if (closing) {
          if (inRow && hasValue) count++;
          inRow = false;
        } else if (!selfClosing) {
          inRow = true;
          hasValue = false;
        }
      } else if (!closing && !selfClosing && inRow) hasValue = true;
    }
    // A tag cut by the chunk boundary is read again with the next chunk.
    const lastOpen = text.lastIndexOf('<');
    carry = lastOpen >= 0 && text.indexOf('>', lastOpen) < 0 ? text.slice(lastOpen) : '';
  }
  return count;
}

function asCorrupt(err: unknown, path: string): unknown {
  return err instanceof AppError ? err : new AppError('FILE_CORRUPT', { file: basename(path) }, err);
}

/** CSV exports (comma or semicolon): every cell is text, one "sheet" named like the file. */
async function* csvSheets(path: string): AsyncGenerator<SheetSource> {
  const text = decode(await readFile(path));
  const records = parseCsv(text, csvDelimiter(text));
  const countRows = async () => records.filter((r) => r.some((field) => field.trim() !== '')).length;
  yield { name: basename(path, extname(path)), rows: csvRows(records), countRows };
}

async function* csvRows(records: string[][]): AsyncGenerator<SheetRow> {
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    let any = false;
    const cells: CellValue[] = record.map((field) => {
      if (field.trim() === '') return null;
      any = true;
      return field;
    });
    if (any) yield { row: i + 1, cells };
  }
}

/** UTF-8 when the bytes are valid UTF-8; otherwise Excel's "CSV (Comma delimited)" ANSI (Windows-1252). */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The delimiter over the first lines, not only the first: exports often start with a title line
 * (`DAFTAR KPM PKH TAHAP III`) that holds neither character.
 */
export function csvDelimiter(text: string): ',' | ';' {
  const lines = text.slice(0, 64 * 1024).split(/\r?\n/, 20);
  let commas = 0;
  let semicolons = 0;
  for (const line of lines) {
    commas += line.split(',').length - 1;
    semicolons += line.split(';').length - 1;
  }
  return semicolons > commas ? ';' : ',';
}
