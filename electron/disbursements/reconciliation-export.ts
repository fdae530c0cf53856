import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { todayIso } from '../../shared/domain/dates';
import type { ReconciliationList } from '../../shared/domain/disbursements';
import { parsePeriod, tahapLabel } from '../../shared/domain/period';
import { AppError } from '../../shared/errors';
import { formatDate } from '../../shared/format';
import { translate, type MessageKey } from '../../shared/i18n';
import type { ReconciliationRow } from '../../shared/ipc/disbursements';
import { recordExport } from '../audit/service';
import { startListSheet, type ExportColumn } from '../beneficiaries/export-layout';
import { serviceContext, type AppContext } from '../ipc/types';
import { readLocale, readOfficeSettings } from '../settings/service';
import { reconciliationRows } from './reconciliation';
import { writeOutput } from '../app/output-file';

/** The columns of a reconciliation workbook; NIK and KK as text cells (Excel would drop their 16th digit). */
const COLUMNS: ExportColumn<ReconciliationRow>[] = [
  { header: 'disbursements.col.no', width: 7, value: (_r, i) => i },
  { header: 'disbursements.col.kk', width: 20, numFmt: '@', value: (r) => r.kk },
  { header: 'disbursements.col.nik', width: 20, numFmt: '@', value: (r) => r.nik },
  { header: 'disbursements.col.name', width: 30, value: (r) => r.name },
  { header: 'disbursements.col.kecamatan', width: 18, value: (r) => r.kecamatan },
  { header: 'disbursements.col.status', width: 13, value: (r) => r.status },
  { header: 'disbursements.col.amountPaid', width: 16, numFmt: '#,##0', value: (r) => r.amountPaid },
  { header: 'disbursements.col.amountAllocated', width: 16, numFmt: '#,##0', value: (r) => r.amountAllocated },
  { header: 'disbursements.col.lines', width: 10, value: (r) => r.lines },
  { header: 'disbursements.col.sheetRow', width: 12, value: (r) => r.sheetRow },
];

/**
 * One reconciliation list as an .xlsx the user saves (the register export's sheet layout: title,
 * subtitle, frozen header with autofilter, A4 landscape). NIK masked unless asked for in full; every
 * export is on the audit log, one with full NIK under its own action.
 */
export async function exportReconciliation(
  app: AppContext,
  input: { programId: number; period: string; list: ReconciliationList; fullNik: boolean },
): Promise<{ path: string; rows: number } | null> {
  const ctx = serviceContext(app);
  const locale = readLocale(ctx);
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale, key, params);
  const program = ctx.db.prepare('SELECT code, name FROM programs WHERE id = ?').get(input.programId) as { code: string; name: string } | undefined;
  if (!program) throw new AppError('NOT_FOUND');
  const office = readOfficeSettings(ctx);
  const listName = t(`disbursements.list.${input.list}`);

  const path = await app.dialogs.saveFile({
    title: t('disbursements.export.dialog'),
    defaultName: `${t('disbursements.export.fileStem')}-${program.code}-${input.period}-${input.list}.xlsx`,
    filters: [{ name: t('disbursements.export.dialogFilter'), extensions: ['xlsx'] }],
  });
  if (path === null) return null;

  const page = reconciliationRows(ctx, { ...input, offset: 0, limit: null });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  await writeOutput(path, async () => {
    const ws = startListSheet(wb, {
      sheet: listName.slice(0, 31),
      title: t('disbursements.export.title', {
        list: listName,
        program: `${program.name} (${program.code})`,
        period: tahapLabel(parsePeriod(input.period)!),
        office: office.profile.officeName,
      }),
      subtitle: t('disbursements.export.subtitle', {
        date: formatDate(todayIso(ctx.now())),
        count: page.total,
        nik: t(input.fullNik ? 'disbursements.export.nikFull' : 'disbursements.export.nikMasked'),
      }),
      footer: t('disbursements.export.footer'),
      columns: COLUMNS,
      header: (key) => t(key),
    });
    page.rows.forEach((r, i) => ws.addRow(COLUMNS.map((c) => c.value(r, i + 1))).commit());
    ws.commit();
    await wb.commit();
  });

  recordExport(ctx, {
    entity: 'reconciliation',
    entityId: `${program.code}:${input.period}:${input.list}`,
    fullNik: input.fullNik,
    after: { file: basename(path), rows: page.total, list: input.list },
  });
  return { path, rows: page.total };
}
