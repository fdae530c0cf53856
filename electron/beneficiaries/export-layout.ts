import type ExcelJS from 'exceljs';
import type { Locale } from '../../shared/domain/office';
import type { RegisterQuery } from '../../shared/domain/register-query';
import { translate, type MessageKey } from '../../shared/i18n';
import type { RegisterRow, StatusInfo } from '../../shared/ipc/beneficiaries';
import { maskNik } from '../../shared/validators/nik';

/** A cell as exceljs takes it; identity numbers stay strings (text cells). */
export type CellValue = string | number | Date | null;

export interface ExportColumn<R = RegisterRow> {
  header: MessageKey;
  width: number;
  /** `@` = text, so Excel never turns a NIK into a number that loses its 16th digit. */
  numFmt?: string;
  value(row: R, index: number): CellValue;
}

/** Rows above the data of a list export: a title, a line saying what the list is, the header. */
export const LIST_TITLE_ROW = 1;
export const LIST_SUBTITLE_ROW = 2;
export const LIST_HEADER_ROW = 3;

/**
 * A list sheet as every export of the app lays it out (register, reconciliation lists): merged title
 * and subtitle rows, the header frozen with an autofilter and repeated on every printed page, A4
 * landscape fitted to the page width, a footer with page numbers. Rows go in after it.
 */
export function startListSheet<H>(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  layout: {
    sheet: string;
    title: string;
    subtitle: string;
    footer: string;
    columns: readonly { header: H; width: number; numFmt?: string }[];
    /** The header cell's text (a catalogue key through the translator, or text as it is). */
    header(header: H): string;
  },
): ExcelJS.Worksheet {
  const { columns } = layout;
  const ws = wb.addWorksheet(layout.sheet, {
    views: [{ state: 'frozen', ySplit: LIST_HEADER_ROW }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${LIST_HEADER_ROW}:${LIST_HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: layout.footer },
  });
  ws.columns = columns.map((c) => ({ width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  ws.mergeCells(LIST_TITLE_ROW, 1, LIST_TITLE_ROW, columns.length);
  ws.mergeCells(LIST_SUBTITLE_ROW, 1, LIST_SUBTITLE_ROW, columns.length);

  const title = ws.getRow(LIST_TITLE_ROW);
  title.getCell(1).value = layout.title;
  title.font = { bold: true, size: 14 };
  title.commit();

  const subtitle = ws.getRow(LIST_SUBTITLE_ROW);
  subtitle.getCell(1).value = layout.subtitle;
  subtitle.font = { italic: true };
  subtitle.commit();

  const header = ws.getRow(LIST_HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = layout.header(c.header);
    cell.numFmt = 'General';
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3F1F1' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.font = { bold: true };
  header.commit();
  ws.autoFilter = { from: { row: LIST_HEADER_ROW, column: 1 }, to: { row: LIST_HEADER_ROW, column: columns.length } };
  return ws;
}

interface LayoutContext {
  locale: Locale;
  fullNik: boolean;
  statusLabel(code: string): string;
}

function isoToDate(iso: string | null): Date | null {
  return iso === null ? null : new Date(`${iso}T00:00:00Z`);
}

function componentsText(components: Record<string, number> | null): string {
  if (!components) return '';
  return Object.entries(components)
    .filter(([, n]) => n > 0)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
}

/** The columns of an export: the register's identity and address, then the program's status (or all programs). */
export function exportColumns(query: RegisterQuery, ctx: LayoutContext): ExportColumn[] {
  const t = (key: MessageKey) => translate(ctx.locale, key);
  const common: ExportColumn[] = [
    { header: 'beneficiaries.col.no', width: 7, value: (_r, i) => i },
    { header: 'beneficiaries.col.nik', width: 20, numFmt: '@', value: (r) => (ctx.fullNik ? r.nik : maskNik(r.nik)) },
    { header: 'beneficiaries.col.name', width: 30, value: (r) => r.name },
    { header: 'beneficiaries.col.pengurus', width: 10, value: (r) => (r.isPengurus ? t('common.yes') : '') },
    { header: 'beneficiaries.col.relationship', width: 16, value: (r) => r.relationship },
    { header: 'beneficiaries.col.sex', width: 6, value: (r) => r.sex },
    { header: 'beneficiaries.col.birthDate', width: 13, numFmt: 'dd-mm-yyyy', value: (r) => isoToDate(r.birthDate) },
    { header: 'beneficiaries.col.kk', width: 20, numFmt: '@', value: (r) => r.kk },
    { header: 'beneficiaries.col.address', width: 28, value: (r) => r.address },
    { header: 'beneficiaries.col.rt', width: 6, numFmt: '@', value: (r) => r.rt },
    { header: 'beneficiaries.col.rw', width: 6, numFmt: '@', value: (r) => r.rw },
    { header: 'beneficiaries.col.desa', width: 18, value: (r) => r.desa ?? r.desaCode },
    { header: 'beneficiaries.col.kecamatan', width: 18, value: (r) => r.kecamatan ?? r.kecamatanCode },
    { header: 'beneficiaries.col.desil', width: 7, value: (r) => r.desil },
  ];
  if (query.programId === null) {
    return [
      ...common,
      {
        header: 'beneficiaries.col.programs',
        width: 40,
        value: (r) => r.programs.map((p) => `${p.code} (${ctx.statusLabel(p.status)})`).join(', '),
      },
    ];
  }
  return [
    ...common,
    { header: 'beneficiaries.col.status', width: 16, value: (r) => (r.enrollment ? ctx.statusLabel(r.enrollment.status) : null) },
    { header: 'beneficiaries.col.statusDate', width: 13, numFmt: 'dd-mm-yyyy', value: (r) => isoToDate(r.enrollment?.statusDate ?? null) },
    { header: 'beneficiaries.col.period', width: 10, value: (r) => r.enrollment?.period ?? null },
    { header: 'beneficiaries.col.nominal', width: 13, numFmt: '#,##0', value: (r) => r.enrollment?.nominal ?? null },
    { header: 'beneficiaries.col.components', width: 24, value: (r) => componentsText(r.enrollment?.components ?? null) },
  ];
}

export interface FilterNames {
  kecamatan: string | null;
  desa: string | null;
  status: StatusInfo | null;
}

/** The filters of a view in words, for the line under the title: a printed list must say what it is. */
export function describeFilters(locale: Locale, query: RegisterQuery, names: FilterNames): string {
  const parts: string[] = [];
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale, key, params);
  if (names.kecamatan) parts.push(t('beneficiaries.export.filter.kecamatan', { name: names.kecamatan }));
  if (names.desa) parts.push(t('beneficiaries.export.filter.desa', { name: names.desa }));
  if (names.status) parts.push(t('beneficiaries.export.filter.status', { name: names.status.label }));
  if (query.desilMin !== null || query.desilMax !== null) {
    parts.push(t('beneficiaries.export.filter.desil', { from: query.desilMin ?? 1, to: query.desilMax ?? 10 }));
  }
  if (query.component !== null) parts.push(t('beneficiaries.export.filter.component', { code: query.component }));
  if (query.search.trim() !== '') parts.push(t('beneficiaries.export.filter.search', { text: query.search.trim() }));
  if (query.pengurusOnly) parts.push(t('beneficiaries.export.filter.pengurus'));
  return parts.length === 0 ? t('beneficiaries.export.filter.none') : parts.join('; ');
}
