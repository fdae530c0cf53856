import { StringDecoder } from 'node:string_decoder';
import { flatten, type CellValue, type SheetRow } from './cell-value';

/**
 * A worksheet's XML (`xl/worksheets/sheetN.xml`) → its rows, read with a hand-written scanner
 * instead of exceljs's SAX parser and Row objects. The values are exactly the ones exceljs's
 * streaming WorksheetReader gives (its rules are repeated here, quirks included, and
 * test/integration/import-sheet-xml.test.ts compares both on the fixture workbooks); the scanner
 * only skips the work exceljs does for cells nobody reads (styles, addresses, events per tag),
 * which made reading the sheet most of an import's time.
 */
export interface SheetContext {
  /** The workbook's shared strings as exceljs caches them (text or `{ richText }`); undefined: the file has none. */
  sharedStrings: readonly unknown[] | undefined;
  /** The number format of a cell style, as exceljs's style manager resolves it; null: no such style. */
  styleNumFmt(styleId: number): string | undefined | null;
  date1904: boolean;
}

/** exceljs's utils.isDateFmt: a format with y, m, d, h, s or b outside quotes and brackets shows a date. */
export function isDateFmt(fmt: string | undefined | null): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** exceljs's utils.excelToDate. */
function excelToDate(v: number, date1904: boolean): Date {
  return new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** exceljs's utils.xmlDecode, applied by exceljs a second time to `str` and inline strings. */
function xmlDecode(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&([a-z]*);/g, (c) => XML_NAMED[c] ?? c);
}
const XML_NAMED: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' };

/** What the XML parser does to character data: entity references decoded, line ends normalised. */
function decodeText(text: string): string {
  let out = text;
  if (out.indexOf('\r') >= 0) out = out.replace(/\r\n?/g, '\n');
  if (out.indexOf('&') < 0) return out;
  return out.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) === 35) {
      const code = ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_NAMED[whole] ?? whole;
  });
}

/** The `r`, `s` and `t` attributes of a `<row>` or `<c>` start tag (plain tokens, never escaped). */
interface TagAttributes {
  r: string | undefined;
  s: string | undefined;
  t: string | undefined;
}

/** Reads `tag` (a start tag without its `<`) in one pass; other attributes are skipped. */
function readAttributes(tag: string, out: TagAttributes): void {
  out.r = out.s = out.t = undefined;
  const n = tag.length;
  let i = 0;
  while (i < n && !isSpace(tag.charCodeAt(i))) i++;
  while (i < n) {
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < n && tag.charCodeAt(i) !== 61 /* = */ && !isSpace(tag.charCodeAt(i))) i++;
    const nameLength = i - nameStart;
    while (i < n && tag.charCodeAt(i) !== 61) i++;
    i++;
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    const quote = tag.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return;
    const valueEnd = tag.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (valueEnd < 0) return;
    if (nameLength === 1) {
      const name = tag.charCodeAt(nameStart);
      if (name === 114 /* r */) out.r = tag.slice(i + 1, valueEnd);
      else if (name === 115 /* s */) out.s = tag.slice(i + 1, valueEnd);
      else if (name === 116 /* t */) out.t = tag.slice(i + 1, valueEnd);
    }
    i = valueEnd + 1;
  }
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

/** `BC12` → 55 (1-based column); 0 when the reference has no letters. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
    else if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
    else break;
  }
  return col;
}

/** The end of a start or end tag beginning at `from` ('>' outside quoted attribute values), or -1. */
function tagEnd(text: string, from: number): number {
  let inQuote = 0;
  for (let i = from, length = text.length; i < length; i++) {
    const ch = text.charCodeAt(i);
    if (inQuote !== 0) {
      if (ch === inQuote) inQuote = 0;
    } else if (ch === 62 /* > */) return i;
    else if (ch === 34 || ch === 39) inQuote = ch;
  }
  return -1;
}

/** The tags the reader acts on (`<is>` and `<t>` open a value as `<v>` does). */
const OTHER = 0;
const ROW = 1;
const CELL = 2;
const FORMULA = 3;
const VALUE = 4;
type Tag = typeof OTHER | typeof ROW | typeof CELL | typeof FORMULA | typeof VALUE;

/** The tag whose name starts at `at`, told by its characters without slicing the text. */
function tagOf(text: string, at: number): Tag {
  const c0 = text.charCodeAt(at);
  const c1 = text.charCodeAt(at + 1);
  if (isNameEnd(c1)) {
    if (c0 === 99 /* c */) return CELL;
    if (c0 === 118 /* v */ || c0 === 116 /* t */) return VALUE;
    if (c0 === 102 /* f */) return FORMULA;
    return OTHER;
  }
  if (c0 === 105 /* i */ && c1 === 115 /* s */ && isNameEnd(text.charCodeAt(at + 2))) return VALUE;
  if (c0 === 114 /* r */ && c1 === 111 /* o */ && text.charCodeAt(at + 2) === 119 /* w */ && isNameEnd(text.charCodeAt(at + 3))) return ROW;
  return OTHER;
}

/** The cell being read: its `<c>` attributes and the text of its `<f>` / value. */
interface OpenCell {
  col: number;
  style: number;
  type: string | undefined;
  formula: boolean;
  /** Raw character data: entities are decoded once the cell is complete (a chunk may end inside one). */
  value: string | null;
}

class SheetScanner {
  readonly rows: SheetRow[] = [];
  private rowNumber = 0;
  private inRow = false;
  private rowNumFmt: string | undefined = undefined;
  private cells: CellValue[] = [];
  private width = 0;
  private any = false;
  private lastCol = 0;
  private cell: OpenCell | null = null;
  /** exceljs appends text to the last `<f>`/`<v>`/`<is>`/`<t>` opened in a cell until another one opens. */
  private collecting: 'formula' | 'value' | null = null;
  private readonly dateStyle = new Map<number, string | undefined | null>();
  private readonly attributes: TagAttributes = { r: undefined, s: undefined, t: undefined };

  constructor(private readonly context: SheetContext) {}

  /** Scans `text` and returns where the unfinished rest begins (carried to the next chunk). */
  scan(text: string): number {
    let pos = 0;
    const length = text.length;
    while (pos < length) {
      const lt = text.indexOf('<', pos);
      if (lt < 0) {
        this.text(text.slice(pos));
        return length;
      }
      if (lt > pos && this.collecting === 'value') this.text(text.slice(pos, lt));
      const next = text.charCodeAt(lt + 1);
      if (Number.isNaN(next)) return lt;
      if (next === 33 /* ! */) {
        // Comments and CDATA sections (exceljs's reader ignores CDATA text), doctype.
        if (length - lt < 9) return lt;
        const close = text.startsWith('<!--', lt) ? '-->' : text.startsWith('<![CDATA[', lt) ? ']]>' : '>';
        const end = text.indexOf(close, lt + 2);
        if (end < 0) return lt;
        pos = end + close.length;
        continue;
      }
      if (next === 63 /* ? */) {
        const end = text.indexOf('?>', lt + 2);
        if (end < 0) return lt;
        pos = end + 2;
        continue;
      }
      const end = tagEnd(text, lt + 1);
      if (end < 0) return lt;
      // Only the tags exceljs's reader acts on are told apart, by their first characters.
      if (next === 47 /* / */) {
        const tag = tagOf(text, lt + 2);
        if (tag === CELL) this.closeCell();
        else if (tag === ROW) this.closeRow();
      } else {
        const tag = tagOf(text, lt + 1);
        const selfClosing = text.charCodeAt(end - 1) === 47;
        if (tag === CELL || tag === ROW) readAttributes(text.slice(lt + 1, selfClosing ? end - 1 : end), this.attributes);
        this.open(tag);
        if (selfClosing) {
          if (tag === CELL) this.closeCell();
          else if (tag === ROW) this.closeRow();
        }
      }
      pos = end + 1;
    }
    return length;
  }

  private text(raw: string): void {
    const cell = this.cell;
    if (cell !== null && this.collecting === 'value') cell.value += raw;
  }

  private open(tag: Tag): void {
    switch (tag) {
      case ROW: {
        const { r, s } = this.attributes;
        this.rowNumber = r === undefined ? this.rowNumber + 1 : parseInt(r, 10);
        this.inRow = true;
        this.cells = [];
        this.width = 0;
        this.any = false;
        this.lastCol = 0;
        this.rowNumFmt = s === undefined ? undefined : (this.numFmt(parseInt(s, 10)) ?? undefined);
        break;
      }
      case CELL: {
        if (!this.inRow) break;
        const { r, s, t } = this.attributes;
        const col = r === undefined ? this.lastCol + 1 : columnOf(r);
        this.lastCol = col;
        this.cell = { col, style: parseInt(s ?? '', 10), type: t, formula: false, value: null };
        this.collecting = null;
        break;
      }
      case FORMULA:
        if (this.cell) {
          this.cell.formula = true;
          this.collecting = 'formula';
        }
        break;
      case VALUE:
        if (this.cell) {
          this.cell.value = '';
          this.collecting = 'value';
        }
        break;
      default:
        break;
    }
  }

  private closeCell(): void {
    const cell = this.cell;
    if (cell && this.inRow) this.finishCell(cell);
    this.cell = null;
  }

  private closeRow(): void {
    if (!this.inRow) return;
    if (this.any) {
      const cells = this.cells;
      for (let i = 0; i < this.width; i++) if (cells[i] === undefined) cells[i] = null;
      cells.length = this.width;
      this.rows.push({ row: this.rowNumber, cells });
    }
    this.inRow = false;
    this.cells = [];
  }

  /** The value exceljs would give the cell, flattened as the reader shows it. */
  private finishCell(cell: OpenCell): void {
    const { context } = this;
    let value: unknown;
    if (cell.formula) {
      // { formula, result }: flattened to the result.
      value = cell.value === null ? null : cell.type === 'str' ? xmlDecode(decodeText(cell.value)) : parseFloat(decodeText(cell.value));
      this.place(cell.col, flatten(value), true);
      return;
    }
    if (cell.value === null) return;
    const text = decodeText(cell.value);
    switch (cell.type) {
      case 's':
        if (context.sharedStrings === undefined) {
          // { sharedString: index }: a cell without a shown value.
          this.place(cell.col, null, true);
          return;
        }
        value = context.sharedStrings[parseInt(text, 10)];
        break;
      case 'inlineStr':
      case 'str':
        value = xmlDecode(text);
        break;
      case 'e':
        value = { error: text };
        break;
      case 'b':
        value = parseInt(text, 10) !== 0;
        break;
      default: {
        let numFmt = this.rowNumFmt;
        if (cell.style) {
          const styled = this.numFmt(cell.style);
          if (styled !== null) numFmt = styled;
        }
        const number = parseFloat(text);
        value = isDateFmt(numFmt) ? excelToDate(number, context.date1904) : number;
      }
    }
    if (value === null || value === undefined) return;
    this.place(cell.col, flatten(value), true);
  }

  private place(col: number, value: CellValue, present: boolean): void {
    if (!present || col < 1) return;
    this.cells[col - 1] = value;
    if (col > this.width) this.width = col;
    if (value !== null) this.any = true;
  }

  private numFmt(styleId: number): string | undefined | null {
    if (!this.dateStyle.has(styleId)) this.dateStyle.set(styleId, this.context.styleNumFmt(styleId));
    return this.dateStyle.get(styleId)!;
  }
}

function isNameEnd(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47 || ch === 62;
}

/** The rows of a worksheet's XML that hold a value, in file order. */
export async function* scanSheet(xml: AsyncIterable<Buffer | string>, context: SheetContext): AsyncGenerator<SheetRow> {
  const scanner = new SheetScanner(context);
  const decoder = new StringDecoder('utf8');
  let carry = '';
  for await (const chunk of xml) {
    const text = carry + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    carry = text.slice(scanner.scan(text));
    const rows = scanner.rows;
    for (let i = 0; i < rows.length; i++) yield rows[i]!;
    rows.length = 0;
  }
  const rest = carry + decoder.end();
  if (rest.length > 0) scanner.scan(rest);
  yield* scanner.rows;
}
