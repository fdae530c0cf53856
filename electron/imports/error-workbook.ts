import ExcelJS from 'exceljs';
import type { ColumnMapping, RejectedRow } from '../../shared/domain/imports';
import type { Locale } from '../../shared/domain/office';
import { translate } from '../../shared/i18n';

/**
 * The rejected rows as the file had them, under the file's own header, plus a KETERANGAN column
 * with the reasons: the village or bank fixes the rows and sends them back. NIK and KK cells are
 * written as text, so the file never repeats the number-cell mistake that lost a 16th digit.
 */
export interface ErrorWorkbookInput {
  headers: readonly string[];
  mapping: ColumnMapping;
  rejected: readonly RejectedRow[];
  locale: Locale;
}

const MAX_WIDTH = 50;

export async function writeErrorWorkbook(path: string, input: ErrorWorkbookInput): Promise<number> {
  const { headers, mapping, rejected, locale } = input;
  const reasonColumn = translate(locale, 'imports.errorWorkbook.column');
  const width = Math.max(headers.length, ...rejected.map((r) => r.cells.length));
  const textColumns = new Set([mapping.nik, mapping.kk].filter((c): c is number => c !== undefined));

  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(translate(locale, 'imports.errorWorkbook.sheet'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const widths = Array.from({ length: width + 1 }, (_, i) => Math.max(8, (i < width ? (headers[i] ?? '') : reasonColumn).length + 2));
  ws.columns = widths.map((w, i) => ({ width: textColumns.has(i) ? 20 : Math.min(MAX_WIDTH, w), ...(textColumns.has(i) ? { style: { numFmt: '@' } } : {}) }));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: width + 1 } };

  const head = ws.addRow([...Array.from({ length: width }, (_, i) => headers[i] ?? ''), reasonColumn]);
  head.font = { bold: true };
  head.commit();

  for (const r of rejected) {
    const values: (string | number | boolean | Date | null)[] = Array.from({ length: width }, (_, i) => {
      const v = r.cells[i] ?? null;
      if (!textColumns.has(i) || v === null || v instanceof Date) return v;
      return typeof v === 'number' ? asExcelShowsIt(v) : String(v);
    });
    values.push(translate(locale, 'imports.errorWorkbook.reason', { row: r.row, reasons: r.reasons.join('; ') }));
    const row = ws.addRow(values);
    values.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      if (textColumns.has(i)) cell.numFmt = '@';
      else if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
    row.commit();
  }
  ws.commit();
  await wb.commit();
  return rejected.length;
}

/**
 * A number cell in a NIK/KK column, as text the way Excel's General format showed it
 * (`3.51514E+15`). Written as its remaining digits instead (`3515144508680000`), a NIK that lost
 * its 16th digit would look whole, and pass when the file is sent back unfixed; in E+ form the
 * next import flags it again.
 */
export function asExcelShowsIt(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const [mantissa, exponent] = n.toExponential(5).split('e') as [string, string];
  const e = Number(exponent);
  return `${mantissa.replace(/\.?0+$/, '')}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}
