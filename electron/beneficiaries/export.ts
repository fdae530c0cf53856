import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors';
import { todayIso } from '../../shared/domain/dates';
import { formatDate } from '../../shared/format';
import { parsePeriod, periodOfDate, tahapLabel } from '../../shared/domain/period';
import type { RegisterQuery } from '../../shared/domain/register-query';
import { translate, type MessageKey } from '../../shared/i18n';
import type { ExportResult } from '../../shared/ipc/beneficiaries';
import { recordExport } from '../audit/service';
import type { ServiceContext } from '../context';
import { serviceContext, type AppContext } from '../ipc/types';
import { readLocale, readOfficeSettings } from '../settings/service';
import { describeFilters, exportColumns, startListSheet } from './export-layout';
import { readRows } from './rows';
import { listStatuses } from './status';
import { registerView } from './views';

/** Rows read and written per step; between steps main answers other calls and reports progress. */
const CHUNK = 1000;

const running = new Map<string, { cancelled: boolean }>();

export function cancelExport(taskId: string): { cancelled: boolean } {
  const task = running.get(taskId);
  if (task) task.cancelled = true;
  return { cancelled: task !== undefined };
}

interface ExportInput {
  query: RegisterQuery;
  fullNik: boolean;
  taskId: string;
}

/**
 * The current register view as an .xlsx (exceljs streaming writer: memory stays flat however
 * many rows): a title row naming program, period and office, a line with date and filters, the
 * frozen header with an autofilter, A4 landscape fitted to the page width. NIK is masked unless
 * the clerk chose full NIK; either way the export is on the audit log, full NIK as its own action.
 */
export async function exportRegister(app: AppContext, input: ExportInput): Promise<ExportResult | null> {
  const ctx = serviceContext(app);
  const locale = readLocale(ctx);
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale, key, params);
  const office = readOfficeSettings(ctx);
  const program = input.query.programId === null ? null : programOf(ctx, input.query.programId);
  const periodText = tahapLabel(latestPeriod(ctx, program?.id ?? null) ?? periodOfDate(todayIso(ctx.now())));
  const programName = program ? `${program.name} (${program.code})` : t('beneficiaries.allPrograms');

  const path = await app.dialogs.saveFile({
    title: t('beneficiaries.export.dialog'),
    defaultName: `${t('beneficiaries.export.fileStem')}-${program?.code ?? t('beneficiaries.export.allStem')}-${todayIso(ctx.now())}.xlsx`,
    filters: [{ name: t('beneficiaries.export.dialogFilter'), extensions: ['xlsx'] }],
  });
  if (path === null) return null;

  const view = registerView(ctx.db, input.query);
  const statuses = listStatuses(ctx);
  const statusLabel = (code: string) => statuses.find((s) => s.code === code)?.label ?? code;
  const columns = exportColumns(input.query, { locale, fullNik: input.fullNik, statusLabel });
  const task = { cancelled: false };
  running.set(input.taskId, task);
  const progress = (done: number) =>
    app.emit('task.progress', { taskId: input.taskId, label: t('beneficiaries.export.progress'), done, total: view.ids.length });

  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  try {
    const names = {
      kecamatan: regionName(ctx, input.query.desaCode?.slice(0, 8) ?? input.query.kecamatanCode),
      desa: regionName(ctx, input.query.desaCode),
      status: statuses.find((s) => s.code === input.query.status) ?? null,
    };
    const ws = startListSheet(wb, {
      sheet: t('beneficiaries.export.sheet'),
      title: t('beneficiaries.export.title', { program: programName, period: periodText, office: office.profile.officeName }),
      subtitle: t('beneficiaries.export.subtitle', {
        date: formatDate(todayIso(ctx.now())),
        filters: describeFilters(locale, input.query, names),
        count: view.ids.length,
        nik: t(input.fullNik ? 'beneficiaries.export.nikFull' : 'beneficiaries.export.nikMasked'),
      }),
      footer: t('beneficiaries.export.footer'),
      columns,
      header: (key) => t(key),
    });

    for (let start = 0; start < view.ids.length; start += CHUNK) {
      if (task.cancelled) break;
      const rows = readRows(ctx.db, view.ids.subarray(start, start + CHUNK), input.query.programId);
      rows.forEach((r, i) => {
        ws.addRow(columns.map((c) => c.value(r, start + i + 1))).commit();
      });
      progress(Math.min(start + CHUNK, view.ids.length));
      // Let main answer the window's other calls between chunks: a big export must not freeze the app.
      await new Promise((resolve) => setImmediate(resolve));
    }
    ws.commit();
    await wb.commit();
  } catch (err) {
    running.delete(input.taskId);
    rmSync(path, { force: true });
    throw new AppError('EXPORT_WRITE_FAILED', { file: basename(path) }, err);
  }
  running.delete(input.taskId);
  if (task.cancelled) {
    rmSync(path, { force: true });
    return null;
  }

  recordExport(ctx, {
    entity: 'register',
    entityId: program?.code ?? 'ALL',
    fullNik: input.fullNik,
    after: { file: basename(path), rows: view.ids.length, query: input.query },
  });
  progress(view.ids.length);
  return { path, fileName: basename(path), rows: view.ids.length, fullNik: input.fullNik };
}

function programOf(ctx: ServiceContext, id: number): { id: number; code: string; name: string } {
  const program = ctx.db.prepare('SELECT id, code, name FROM programs WHERE id = ?').get(id) as { id: number; code: string; name: string } | undefined;
  if (!program) throw new AppError('NOT_FOUND');
  return program;
}

/** The newest list period of a program (walking enrollment_periods_period from the end), if any. */
function latestPeriod(ctx: ServiceContext, programId: number | null) {
  if (programId === null) return null;
  const period = ctx.db
    .prepare(
      `SELECT ep.period FROM enrollment_periods ep JOIN enrollments e ON e.id = ep.enrollment_id
       WHERE e.program_id = ? ORDER BY ep.period DESC LIMIT 1`,
    )
    .pluck()
    .get(programId) as string | undefined;
  return period === undefined ? null : parsePeriod(period);
}

function regionName(ctx: ServiceContext, code: string | null): string | null {
  if (code === null) return null;
  return (ctx.db.prepare('SELECT name FROM regions WHERE code = ?').pluck().get(code) as string | undefined) ?? code;
}
