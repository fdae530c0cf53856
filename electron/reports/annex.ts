import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { todayIso } from '../../shared/domain/dates';
import type { DisbursementStatus } from '../../shared/domain/disbursements';
import { parsePeriod, tahapLabel } from '../../shared/domain/period';
import { EMPTY_REGISTER_QUERY } from '../../shared/domain/register-query';
import { AppError } from '../../shared/errors';
import { formatDate } from '../../shared/format';
import { translate, type MessageKey } from '../../shared/i18n';
import type { RegisterRow } from '../../shared/ipc/beneficiaries';
import { recordExport } from '../audit/service';
import { exportColumns, startListSheet, type CellValue } from '../beneficiaries/export-layout';
import { readRows } from '../beneficiaries/rows';
import { listStatuses } from '../beneficiaries/status';
import type { ServiceContext } from '../context';
import type { Db } from '../db/open';
import { benefitsOf, hasList, Pricer, quarterBounds, quarterStateCtes } from '../disbursements/allocation';
import { serviceContext, type AppContext } from '../ipc/types';
import { readLocale, readOfficeSettings } from '../settings/service';
import { writeOutput } from '../app/output-file';

/**
 * The BNBA annex (by name and address) of one program's tahap: the KPM of the allocation (the
 * period's list, or those active in the quarter: electron/disbursements/allocation.ts), each with
 * the pengurus (or the person, for per-person programs), address, allocated amount and what the
 * disbursement lines say. The identity columns are the register export's (export-layout.ts), so
 * NIK is masked the same way unless full NIK is asked for, which is audited as its own action.
 */

const CHUNK = 1000;
/** The register export's identity and address columns the annex carries, in this order. */
const IDENTITY: readonly MessageKey[] = [
  'beneficiaries.col.nik',
  'beneficiaries.col.kk',
  'beneficiaries.col.name',
  'beneficiaries.col.address',
  'beneficiaries.col.rt',
  'beneficiaries.col.rw',
  'beneficiaries.col.desa',
  'beneficiaries.col.kecamatan',
];

interface AllocationRow {
  enrollmentId: number;
  memberId: number | null;
  amount: number | null;
  componentsJson: string | null;
  status: DisbursementStatus | null;
  paid: number | null;
}

export interface AnnexInput {
  programId: number;
  period: string;
  fullNik: boolean;
}

/** The allocation of (program, period) in print order (kecamatan, desa, address), with line status. */
export function annexRows(ctx: ServiceContext, programId: number, period: string): AllocationRow[] {
  const q = quarterBounds(period);
  const listed = hasList(ctx, programId, period);
  const source = listed
    ? `SELECT e.id, e.family_id, e.member_key, ep.nominal, ep.components_json
       FROM enrollments e JOIN enrollment_periods ep ON ep.enrollment_id = e.id AND ep.period = :period
       WHERE e.program_id = :programId`
    : `SELECT ip.id, ip.family_id, ip.member_key, NULL AS nominal, NULL AS components_json FROM in_period ip`;
  const rows = ctx.db
    .prepare(
      `WITH ${listed ? '' : `${quarterStateCtes(true)},`}
       alloc AS (${source}),
       paid AS (
         SELECT d.enrollment_id AS id,
                sum(d.status = 'tersalur') AS paidLines, sum(CASE WHEN d.status = 'tersalur' THEN d.amount ELSE 0 END) AS paid,
                max(d.status = 'retur') AS returned, max(d.status = 'gagal') AS failed
         FROM disbursements d
         WHERE d.program_id = :programId AND d.period = :period AND d.enrollment_id IS NOT NULL
         GROUP BY d.enrollment_id
       )
       SELECT a.id AS enrollmentId,
              coalesce(nullif(a.member_key, 0),
                (SELECT m.id FROM members m WHERE m.family_id = a.family_id ORDER BY m.is_pengurus DESC, m.id LIMIT 1)) AS memberId,
              a.nominal AS amount, a.components_json AS componentsJson,
              CASE WHEN p.returned THEN 'retur' WHEN p.paidLines > 0 THEN 'tersalur' WHEN p.failed THEN 'gagal' END AS status,
              CASE WHEN p.paidLines > 0 THEN p.paid END AS paid
       FROM alloc a
       JOIN families f ON f.id = a.family_id
       LEFT JOIN paid p ON p.id = a.id
       LEFT JOIN regions k ON k.code = f.kecamatan_code
       LEFT JOIN regions d ON d.code = f.desa_code
       ORDER BY k.name IS NULL, k.name, d.name IS NULL, d.name, f.address, f.kk, a.member_key`,
    )
    .all({ programId, period, start: q.start, end: q.end }) as (Omit<AllocationRow, 'status'> & { status: DisbursementStatus | null })[];
  const pricer = new Pricer(benefitsOf(ctx, [programId]), period);
  return rows.map((r) => ({ ...r, amount: r.amount ?? pricer.price(programId, r.componentsJson) }));
}

export async function writeAnnex(app: AppContext, input: AnnexInput): Promise<{ path: string; rows: number } | null> {
  const ctx = serviceContext(app);
  const locale = readLocale(ctx);
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale, key, params);
  const program = ctx.db.prepare('SELECT id, code, name FROM programs WHERE id = ?').get(input.programId) as
    | { id: number; code: string; name: string }
    | undefined;
  if (!program) throw new AppError('NOT_FOUND');
  const period = parsePeriod(input.period);
  if (period === null) throw new AppError('VALIDATION_FAILED');

  const path = await app.dialogs.saveFile({
    title: t('reportAnnex.dialog'),
    defaultName: `${t('reportAnnex.fileStem')}-${program.code}-${input.period}.xlsx`,
    filters: [{ name: t('reportXls.filter'), extensions: ['xlsx'] }],
  });
  if (path === null) return null;

  const rows = annexRows(ctx, program.id, input.period);
  const statuses = listStatuses(ctx);
  const layout = exportColumns({ ...EMPTY_REGISTER_QUERY, programId: program.id }, {
    locale,
    fullNik: input.fullNik,
    statusLabel: (code) => statuses.find((s) => s.code === code)?.label ?? code,
  });
  const identity = IDENTITY.map((key) => layout.find((c) => c.header === key)!);
  const columns: AnnexColumn[] = [
    { header: t('reportAnnex.col.no'), width: 7, value: (_r, _a, i) => i },
    ...identity.map((c) => ({ header: t(c.header), width: c.width, ...(c.numFmt ? { numFmt: c.numFmt } : {}), value: (r: RegisterRow, _a: AllocationRow, i: number) => c.value(r, i) })),
    { header: t('reportAnnex.col.amount'), width: 15, numFmt: '"Rp"#,##0', value: (_r, a) => a.amount },
    { header: t('reportAnnex.col.status'), width: 16, value: (_r, a) => t(`reportAnnex.status.${a.status ?? 'none'}` as const) },
    { header: t('reportAnnex.col.paid'), width: 15, numFmt: '"Rp"#,##0', value: (_r, a) => a.paid },
  ];

  const office = readOfficeSettings(ctx).profile;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  await writeOutput(path, async () => {
    const ws = startListSheet(wb, {
      sheet: t('reportAnnex.sheet'),
      title: t('reportAnnex.title', { program: `${program.name} (${program.code})`, period: tahapLabel(period) }),
      subtitle: t('reportAnnex.subtitle', {
        office: office.officeName,
        date: formatDate(todayIso(ctx.now())),
        count: rows.length,
        nik: t(input.fullNik ? 'reportAnnex.nikFull' : 'reportAnnex.nikMasked'),
      }),
      footer: `&R${t('reportXls.footer')}`,
      columns,
      header: (text) => text,
    });

    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      const people = byMember(ctx.db, chunk, program.id);
      chunk.forEach((a, i) => {
        const person = a.memberId === null ? undefined : people.get(a.memberId);
        if (!person) return;
        ws.addRow(columns.map((c) => c.value(person, a, start + i + 1))).commit();
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
    ws.commit();
    await wb.commit();
  });

  recordExport(ctx, {
    entity: 'report_annex',
    entityId: `${program.code}:${input.period}`,
    fullNik: input.fullNik,
    after: { file: basename(path), rows: rows.length, program: program.code, period: input.period },
  });
  return { path, rows: rows.length };
}

interface AnnexColumn {
  header: string;
  width: number;
  numFmt?: string;
  value(person: RegisterRow, allocation: AllocationRow, index: number): CellValue;
}

function byMember(db: Db, chunk: readonly AllocationRow[], programId: number): Map<number, RegisterRow> {
  const ids = chunk.flatMap((a) => (a.memberId === null ? [] : [a.memberId]));
  return new Map(readRows(db, ids, programId).map((r) => [r.memberId, r]));
}

