import ExcelJS from 'exceljs';
import type { Locale } from '../../shared/domain/office';
import { parsePeriod, triwulanLabel } from '../../shared/domain/period';
import {
  componentGroups,
  kecamatanGroups,
  movementMatrix,
  programTable,
  provincialTable,
  type RealisationLine,
} from '../../shared/domain/report-tables';
import { formatDateTime, formatPlaceDate } from '../../shared/format';
import { translate, type MessageKey } from '../../shared/i18n';
import type { QuarterlyReport } from '../../shared/ipc/reports';
import { formatNip } from '../../shared/validators/nip';

/**
 * The quarterly report as one workbook, a sheet per section, each printable on its own from Excel:
 * the letterhead lines on top, a frozen header row, numbers as numbers (KPM `#,##0`, Rupiah
 * `"Rp"#,##0`, percentages `0.0%`; Excel shows the separators of the office's id-ID Windows), the
 * signature block under the table, A4 fitted to the page width. Aggregates only, like the PDF.
 */

export const NUMBER_FORMAT = {
  count: '#,##0',
  rupiah: '"Rp"#,##0',
  percent: '0.0%',
} as const;

type T = (key: MessageKey, params?: Record<string, string | number>) => string;
type Cell = string | number | null;

interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEEE' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export function buildReportWorkbook(report: QuarterlyReport, locale: Locale = 'id'): ExcelJS.Workbook {
  const t: T = (key, params = {}) => translate(locale, key, params);
  const wb = new ExcelJS.Workbook();
  wb.creator = report.profile.officeName;
  wb.title = `${t('reportDoc.title')} ${periodWords(report)}`;
  const emblem = report.profile.emblem ? emblemImage(wb, report.profile.emblem) : null;
  const sheet = (name: MessageKey, title: MessageKey, columns: Column[], rows: Cell[][], options: { landscape?: boolean; totals?: Set<number> } = {}) =>
    writeSheet(wb, { report, t, emblem, name: t(name), title: t(title), columns, rows, landscape: options.landscape ?? false, totals: options.totals ?? new Set() });

  const figures = report.figures;
  const programs = programTable(figures);
  const programRows = realisationRows(programs.lines, (l, i) => [i + 1, l.code, l.label], t);
  if (programs.lines.length > 1) programRows.push(realisationCells(programs.total, [null, null, t('reportDoc.total')], t));
  sheet('reportXls.sheet.programs', 'reportDoc.section.programs', [...leading(t, 'program'), ...realisationColumns(t)], programRows, {
    landscape: true,
    totals: programs.lines.length > 1 ? new Set([programRows.length - 1]) : new Set(),
  });

  const kecRows: Cell[][] = [];
  const kecTotals = new Set<number>();
  for (const g of kecamatanGroups(figures)) {
    g.lines.forEach((l, i) => kecRows.push(realisationCells(l, [i + 1, g.programCode, l.label ?? t('reportDoc.unknownKecamatan')], t)));
    kecTotals.add(kecRows.length);
    kecRows.push(realisationCells(g.total, [null, g.programCode, t('reportDoc.total')], t));
  }
  sheet('reportXls.sheet.kecamatan', 'reportDoc.section.kecamatan', [...leading(t, 'kecamatan'), ...realisationColumns(t)], kecRows, {
    landscape: true,
    totals: kecTotals,
  });

  const compRows: Cell[][] = [];
  const compTotals = new Set<number>();
  for (const g of componentGroups(figures)) {
    g.rows.forEach((r, i) => compRows.push([i + 1, g.programCode, r.componentName, r.persons, r.families]));
    compTotals.add(compRows.length);
    compRows.push([null, g.programCode, t('reportDoc.total'), g.totalPersons, null]);
  }
  sheet(
    'reportXls.sheet.components',
    'reportDoc.section.components',
    [
      { header: t('reportDoc.col.no'), width: 6 },
      { header: t('reportDoc.col.program'), width: 12 },
      { header: t('reportDoc.col.component'), width: 36 },
      { header: t('reportDoc.col.persons'), width: 12, numFmt: NUMBER_FORMAT.count },
      { header: t('reportDoc.col.families'), width: 12, numFmt: NUMBER_FORMAT.count },
    ],
    compRows,
    { totals: compTotals },
  );

  const matrix = movementMatrix(figures);
  const moveLabel = (row: (typeof matrix.rows)[number]) =>
    row.kind === 'exit' ? t('reportDoc.movement.exit', { label: row.label ?? '' }) : t(`reportDoc.movement.${row.kind}`);
  const moveRows = matrix.rows.map((row) => [moveLabel(row), ...row.values]);
  sheet(
    'reportXls.sheet.movements',
    'reportDoc.section.movements',
    [{ header: t('reportDoc.col.description'), width: 44 }, ...matrix.programs.map((p) => ({ header: p.programCode, width: 13, numFmt: NUMBER_FORMAT.count }))],
    moveRows,
    { totals: new Set(matrix.rows.flatMap((r, i) => (r.kind === 'start' || r.kind === 'end' ? [i] : []))) },
  );

  const provincial = provincialTable(figures);
  const provRows = realisationRows(provincial.lines, (l, i) => [i + 1, l.code, l.label], t);
  if (provincial.lines.length > 1) provRows.push(realisationCells(provincial.total, [null, null, t('reportDoc.total')], t));
  sheet('reportXls.sheet.provincial', 'reportDoc.section.provincial', [...leading(t, 'program'), ...realisationColumns(t)], provRows, {
    landscape: true,
    totals: provincial.lines.length > 1 ? new Set([provRows.length - 1]) : new Set(),
  });

  const notes = report.notes.text.trim();
  sheet(
    'reportXls.sheet.notes',
    'reportDoc.section.notes',
    [{ header: t('reportDoc.section.notes'), width: 100 }],
    (notes === '' ? [t('reportDoc.noNotes')] : notes.split(/\r?\n/)).map((line) => [line]),
  );
  return wb;
}

function periodWords(report: QuarterlyReport): string {
  const period = parsePeriod(report.request.period);
  return period ? triwulanLabel(period) : report.request.period;
}

function leading(t: T, first: 'program' | 'kecamatan'): Column[] {
  return [
    { header: t('reportDoc.col.no'), width: 5 },
    { header: first === 'program' ? t('reportXls.col.code') : t('reportDoc.col.program'), width: 11 },
    { header: t(first === 'program' ? 'reportDoc.col.program' : 'reportDoc.col.kecamatan'), width: first === 'program' ? 32 : 22 },
  ];
}

function realisationColumns(t: T): Column[] {
  const count = (key: MessageKey): Column => ({ header: t(key), width: 11, numFmt: NUMBER_FORMAT.count });
  const rupiah = (key: MessageKey): Column => ({ header: t(key), width: 17, numFmt: NUMBER_FORMAT.rupiah });
  const percent = (key: MessageKey): Column => ({ header: t(key), width: 11, numFmt: NUMBER_FORMAT.percent });
  return [
    count('reportXls.col.allocationKpm'),
    rupiah('reportXls.col.allocationRp'),
    count('reportXls.col.realisedKpm'),
    rupiah('reportXls.col.realisedRp'),
    count('reportXls.col.failedKpm'),
    rupiah('reportXls.col.failedRp'),
    count('reportXls.col.returnedKpm'),
    rupiah('reportXls.col.returnedRp'),
    percent('reportXls.col.percentKpm'),
    percent('reportXls.col.percentRp'),
    count('reportXls.col.unpriced'),
    { header: t('reportXls.col.source'), width: 26 },
  ];
}

/** Percent values are stored as fractions (57.1 → 0.571) so that `0.0%` shows 57,1%. */
function fraction(percent: number | null): number | null {
  return percent === null ? null : Math.round(percent * 10) / 1000;
}

function realisationCells(l: RealisationLine, lead: Cell[], t: T): Cell[] {
  return [
    ...lead,
    l.allocation.kpm,
    l.allocation.amount,
    l.realised.kpm,
    l.realised.amount,
    l.failed.kpm,
    l.failed.amount,
    l.returned.kpm,
    l.returned.amount,
    fraction(l.percentKpm),
    fraction(l.percentAmount),
    l.allocationUnpriced,
    l.source === null ? null : t(`reportDoc.source.${l.source}` as const),
  ];
}

function realisationRows(lines: RealisationLine[], lead: (l: RealisationLine, i: number) => Cell[], t: T): Cell[][] {
  return lines.map((l, i) => realisationCells(l, lead(l, i), t));
}

function emblemImage(wb: ExcelJS.Workbook, dataUrl: string): number | null {
  const m = /^data:image\/(png|jpeg);base64,(.+)$/.exec(dataUrl);
  return m ? wb.addImage({ base64: m[2]!, extension: m[1] as 'png' | 'jpeg' }) : null;
}

interface SheetSpec {
  report: QuarterlyReport;
  t: T;
  emblem: number | null;
  name: string;
  title: string;
  columns: Column[];
  rows: Cell[][];
  landscape: boolean;
  /** Indexes (into rows) of sum rows, printed bold. */
  totals: Set<number>;
}

/** Rows of the letterhead and titles above each table (the header row follows them). */
export const HEADER_ROW = 9;

function writeSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const { report, t, columns } = spec;
  const width = columns.length;
  const ws = wb.addWorksheet(spec.name.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9,
      orientation: spec.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&R${t('reportXls.footer')}` },
  });
  ws.columns = columns.map((c) => ({ width: c.width }));

  const profile = report.profile;
  const contact = [profile.phone && t('reportDoc.phone', { phone: profile.phone }), profile.email && t('reportDoc.email', { email: profile.email })]
    .filter(Boolean)
    .join(' · ');
  const centred = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    ws.mergeCells(row, 1, row, width);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  centred(1, t('reportDoc.government', { regency: report.regencyName.toUpperCase() }), { bold: true, size: 12 });
  centred(2, profile.officeName.toUpperCase(), { bold: true, size: 14 });
  centred(3, [profile.address, contact].filter(Boolean).join(' · '), { size: 9 });
  ws.getRow(3).border = {};
  for (let c = 1; c <= width; c++) ws.getCell(3, c).border = { bottom: { style: 'double' } };
  if (spec.emblem !== null) ws.addImage(spec.emblem, { tl: { col: 0, row: 0 }, ext: { width: 48, height: 54 } });
  ws.getRow(1).height = 18;
  ws.getRow(2).height = 20;
  centred(5, t('reportDoc.title'), { bold: true, size: 12 });
  centred(6, `${periodWords(report).toUpperCase()} · ${report.regencyName.toUpperCase()}`, { bold: true, size: 11 });
  centred(
    7,
    report.closure
      ? t('reportDoc.final', { date: formatDateTime(report.closure.closedAt), actor: report.closure.closedBy })
      : t('reportDoc.provisional', { date: formatDateTime(report.figures.computedAt) }),
    { italic: true, size: 9 },
  );
  ws.mergeCells(8, 1, 8, width);
  ws.getCell(8, 1).value = spec.title;
  ws.getCell(8, 1).font = { bold: true, size: 11 };

  const header = ws.getRow(HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  header.height = 30;

  spec.rows.forEach((values, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    values.forEach((value, j) => {
      const cell = row.getCell(j + 1);
      cell.value = value;
      cell.border = THIN;
      const numFmt = columns[j]?.numFmt;
      if (numFmt && typeof value === 'number') cell.numFmt = numFmt;
      if (width === 1) cell.alignment = { wrapText: true, vertical: 'top' };
    });
    if (spec.totals.has(i)) row.font = { bold: true };
  });

  writeSignature(ws, report, t, HEADER_ROW + spec.rows.length + 2, width);
  return ws;
}

/** Place and date, title, room to sign, name, rank, NIP: under the table, in its right-hand columns. */
function writeSignature(ws: ExcelJS.Worksheet, report: QuarterlyReport, t: T, start: number, width: number): void {
  const profile = report.profile;
  const span = Math.min(width, Math.max(1, Math.ceil(width / 3)));
  const from = width - span + 1;
  const lines: { text: string; font?: Partial<ExcelJS.Font> }[] = [
    { text: formatPlaceDate(profile.placeName, report.signedOn) },
    { text: t('reportDoc.signature.title', { office: profile.officeName.toUpperCase() }), font: { bold: true } },
    { text: '' },
    { text: '' },
    { text: '' },
    { text: profile.headName, font: { bold: true, underline: true } },
    { text: profile.headRank },
    { text: profile.headNip ? t('reportDoc.signature.nip', { nip: formatNip(profile.headNip) }) : '' },
  ];
  lines.forEach((line, i) => {
    const row = start + i;
    if (span > 1) ws.mergeCells(row, from, row, width);
    const cell = ws.getCell(row, from);
    cell.value = line.text;
    cell.alignment = { horizontal: 'center', wrapText: span === width };
    if (line.font) cell.font = line.font;
  });
}

/** The signature block's first row on a sheet with `rows` data rows (for readers and tests). */
export function signatureRow(rows: number): number {
  return HEADER_ROW + rows + 2;
}
