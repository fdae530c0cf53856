import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { flatten, readSheets, type SheetRow } from '../../electron/imports/reader';
import { scanSheet, type SheetContext } from '../../electron/imports/sheet-xml';
import {
  writeDisbursementList,
  writeFcList,
  writeLargeList,
  writeSpellingVariants,
  writeStatisticsTable,
  writeSurveyWave,
  writeWorkbook,
} from '../fixtures/workbooks';

/**
 * The import reads sheets with its own scanner (sheet-xml.ts) and must see exactly what exceljs's
 * streaming reader sees: the same rows, the same cell values and types. Both read the same files
 * here: the fixture workbooks, and hand-written sheet XML with the constructs writers other than
 * Excel produce (inline strings, string formulas, errors, entities, row styles, the 1904 date system).
 */
const dir = mkdtempSync(join(tmpdir(), 'sidampak-sheet-xml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** exceljs's rows as the reader flattened them before the scanner (row.values, empty rows left out). */
function fromExceljsRow(row: ExcelJS.Row): SheetRow | null {
  const values = row.values as unknown[];
  const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => flatten(values[i + 1]));
  return cells.some((c) => c !== null) ? { row: row.number, cells } : null;
}

async function exceljsSheets(file: string): Promise<{ name: string; rows: SheetRow[] }[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  const sheets: { name: string; rows: SheetRow[] }[] = [];
  for await (const sheet of reader as unknown as AsyncIterable<AsyncIterable<ExcelJS.Row> & { name: string }>) {
    const rows: SheetRow[] = [];
    for await (const row of sheet) {
      const r = fromExceljsRow(row);
      if (r) rows.push(r);
    }
    sheets.push({ name: sheet.name, rows });
  }
  return sheets;
}

async function scannedSheets(file: string): Promise<{ name: string; rows: SheetRow[] }[]> {
  const sheets: { name: string; rows: SheetRow[] }[] = [];
  for await (const sheet of readSheets(file, 'xlsx')) {
    const rows: SheetRow[] = [];
    for await (const row of sheet.rows) rows.push(row);
    sheets.push({ name: sheet.name, rows });
  }
  return sheets;
}

describe('sheet scanner: the same rows and values as exceljs on the fixture workbooks', () => {
  const fixtures: [string, (path: string) => Promise<unknown>][] = [
    ['a Final Closing list (title rows, merges, numeric NIKs, dates, totals)', writeFcList],
    ['header spelling variants (rich text, apostrophes)', writeSpellingVariants],
    ['a large generated list', (path) => writeLargeList(path, 300, { seed: 3 })],
    ['a disbursement list', writeDisbursementList],
    ['a statistics table', writeStatisticsTable],
    ['a survey wave', writeSurveyWave],
    [
      'formulas, rich text, booleans, hyperlinks and errors',
      (path) =>
        writeWorkbook(path, [
          {
            name: 'Sheet1',
            rows: [
              ['NIK', 'NAMA', 'NOMINAL', 'AKTIF', 'CATATAN'],
              ['3515140511800003', { richText: [{ text: 'MOCH. ' }, { text: 'SHOLEH' }] }, { formula: 'A1*2', result: 750000 }, true, 'a < b & c > "d"'],
              [3515140511800000, { formula: 'B2', result: 'SITI' }, { formula: 'C2', result: '' }, false, '  spasi  '],
              [null, null, null, null, null],
              ['x', null, null, null, new Date(Date.UTC(2024, 1, 29))],
            ],
          },
        ]),
    ],
  ];
  it.each(fixtures)('%s', async (_, write) => {
    const file = join(dir, `f-${Math.random().toString(36).slice(2)}.xlsx`);
    await write(file);
    const expected = await exceljsSheets(file);
    expect(expected.some((s) => s.rows.length > 0)).toBe(true);
    expect(await scannedSheets(file)).toEqual(expected);
  });
});

// exceljs's own worksheet reader, fed the XML below with the same shared strings and styles.
const require = createRequire(import.meta.url);
const WorksheetReader = require('exceljs/lib/stream/xlsx/worksheet-reader.js') as new (o: unknown) => AsyncIterable<ExcelJS.Row>;

const STYLES: Record<number, { numFmt?: string }> = { 1: { numFmt: 'dd/mm/yyyy' }, 2: { numFmt: '@' }, 3: { numFmt: '[Red]"d"0.00' }, 4: {} };
const SHARED = ['NIK', 'NAMA', { richText: [{ text: 'SI' }, { text: 'TI' }] }, ''];

async function bothReads(xml: string, chunk: number, date1904 = false): Promise<{ exceljs: SheetRow[]; scanned: SheetRow[] }> {
  const chunks = () => Readable.from(Array.from({ length: Math.ceil(xml.length / chunk) }, (_, i) => Buffer.from(xml.slice(i * chunk, (i + 1) * chunk))));
  const workbook = {
    sharedStrings: SHARED,
    styles: { getStyleModel: (id: number) => STYLES[id] ?? null },
    properties: { model: { date1904 } },
  };
  const exceljs: SheetRow[] = [];
  for await (const row of new WorksheetReader({ workbook, id: 1, iterator: chunks(), options: { worksheets: 'emit' } })) {
    const r = fromExceljsRow(row);
    if (r) exceljs.push(r);
  }
  const context: SheetContext = { sharedStrings: SHARED, styleNumFmt: (id) => (STYLES[id] ? STYLES[id].numFmt : null), date1904 };
  const scanned: SheetRow[] = [];
  for await (const row of scanSheet(chunks(), context)) scanned.push(row);
  return { exceljs, scanned };
}

const SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<dimension ref="A1:H9"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>
<cols><col min="1" max="2" width="20" style="1" customWidth="1"/></cols>
<sheetData>
<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>3515140511800003</t></is></c><c r="B2" t="inlineStr"><is><r><t>MOCH.</t></r><r><rPr><b/></rPr><t xml:space="preserve"> SHOLEH</t></r></is></c><c r="C2" s="1"><v>45352</v></c><c r="D2" s="2"><v>3515140511800000</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="e"><v>#N/A</v></c><c r="G2"	s="1"	t="n"><v>45000</v></c></row>
<row r="3" s="1" customFormat="1"><c r="A3"><v>45000.5</v></c><c r="B3" s="4"><v>45000</v></c><c r="C3" s="9"><v>12</v></c><c r="D3" s="3"><v>7</v></c></row>
<row r="4"><c r="A4" t="str"><f>CONCAT("a","b")</f><v>a &amp;amp; b &lt;c&gt;</v></c><c r="B4"><f t="shared" ref="B4:B5" si="0">A4*2</f><v>14</v></c><c r="C4"><f>1/0</f><v></v></c><c r="E4"><f>X</f></c></row>
<row r="5"><c r="A5" s="1"/><c r="B5"/></row>
<row r="6"><c r="A6" t="str"><v>&#x41;&#66;&#13;C &quot;q&quot; &apos;a&apos;</v></c><c r="C6" t="s"><v>3</v></c><c r="H6" t="s"><v>99</v></c></row>
<!-- a comment with <row r="99"> inside -->
<row r="7"><c r="A7" t="s"><v>1</v></c><c r="B7" t="d"><v>2024-01-02</v></c><c r="C7"><v>-1.5E+3</v></c><c r="AA7" t="inlineStr"><is><t><![CDATA[cdata]]></t></is></c></row>
<row r="8"><c r="A8" t="s"><v>1</v></c><c r="B8" t="str"><v>  dua
baris  </v></c><c r="C8"><v>
 5 </v></c></row>
<row r="9"><c r="A9" t="inlineStr"><is><t>x</t><rPh sb="0" eb="1"><t>phonetic</t></rPh></is></c><c r="B9" t="s"><v>0</v>
</c></row>
</sheetData>
<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>
<hyperlinks><hyperlink ref="A7" r:id="rId1" display="a&gt;b"/></hyperlinks>
</worksheet>`;

describe('sheet scanner: the same values as exceljs on hand-written sheet XML', () => {
  it.each([1, 7, 64, 100_000])('in chunks of %i characters', async (chunk) => {
    const { exceljs, scanned } = await bothReads(SHEET, chunk);
    expect(exceljs.length).toBeGreaterThan(5);
    expect(scanned).toEqual(exceljs);
  });

  it('in the 1904 date system', async () => {
    const { exceljs, scanned } = await bothReads(SHEET, 50, true);
    expect(scanned).toEqual(exceljs);
    expect(scanned.find((r) => r.row === 2)?.cells[2]).toBeInstanceOf(Date);
  });
});
