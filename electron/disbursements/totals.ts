import { AppError } from '../../shared/errors';
import type { ManualTotal } from '../../shared/ipc/disbursements';
import { recordAudit } from '../audit/service';
import type { ServiceContext } from '../context';
import { assertPeriodOpen } from './period-lock';

/**
 * Realisation entered by hand per kecamatan, for a program's tahap where the bank sent totals
 * rather than lines. Saving replaces the program-period's rows as a whole (the form shows them
 * all); the figures use them only while the period has no disbursement lines for the program.
 */

export interface TotalInput {
  kecamatanCode: string;
  kpmPaid: number;
  amountPaid: number;
  kpmFailed: number;
  amountFailed: number;
  note: string;
}

export function listTotals(ctx: Pick<ServiceContext, 'db'>, programId: number, period: string): ManualTotal[] {
  return ctx.db
    .prepare(
      `SELECT t.kecamatan_code AS kecamatanCode, coalesce(r.name, t.kecamatan_code) AS kecamatan, t.kpm_paid AS kpmPaid,
              t.amount_paid AS amountPaid, t.kpm_failed AS kpmFailed, t.amount_failed AS amountFailed, t.note, t.actor, t.at
       FROM disbursement_totals t LEFT JOIN regions r ON r.code = t.kecamatan_code
       WHERE t.program_id = ? AND t.period = ?
       ORDER BY coalesce(r.name, t.kecamatan_code)`,
    )
    .all(programId, period) as ManualTotal[];
}

export function saveTotals(ctx: ServiceContext, input: { programId: number; period: string; rows: readonly TotalInput[] }): ManualTotal[] {
  return ctx.db.transaction(() => {
    assertPeriodOpen(ctx.db, input.period);
    if (!ctx.db.prepare('SELECT 1 FROM programs WHERE id = ?').get(input.programId)) throw new AppError('NOT_FOUND');
    // The office's kecamatan are the regions table's (the regency chosen at setup).
    const known = ctx.db.prepare("SELECT 1 FROM regions WHERE code = ? AND level = 'kecamatan'");
    const seen = new Set<string>();
    for (const row of input.rows) {
      if (!known.get(row.kecamatanCode)) throw new AppError('KECAMATAN_NOT_IN_REGENCY', { code: row.kecamatanCode });
      if (seen.has(row.kecamatanCode)) throw new AppError('VALIDATION_FAILED', { field: 'rows' });
      seen.add(row.kecamatanCode);
    }
    const before = listTotals(ctx, input.programId, input.period);
    ctx.db.prepare('DELETE FROM disbursement_totals WHERE program_id = ? AND period = ?').run(input.programId, input.period);
    const insert = ctx.db.prepare(
      `INSERT INTO disbursement_totals (program_id, period, kecamatan_code, kpm_paid, amount_paid, kpm_failed, amount_failed, note, actor, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const at = ctx.now().toISOString();
    for (const r of input.rows) {
      insert.run(input.programId, input.period, r.kecamatanCode, r.kpmPaid, r.amountPaid, r.kpmFailed, r.amountFailed, r.note, ctx.actor, at);
    }
    const after = listTotals(ctx, input.programId, input.period);
    recordAudit(ctx, {
      action: 'save_totals',
      entity: 'disbursement_totals',
      entityId: `${input.programId}:${input.period}`,
      before: before.map(auditShape),
      after: after.map(auditShape),
    });
    return after;
  })();
}

function auditShape(t: ManualTotal) {
  return { kecamatanCode: t.kecamatanCode, kpmPaid: t.kpmPaid, amountPaid: t.amountPaid, kpmFailed: t.kpmFailed, amountFailed: t.amountFailed, note: t.note };
}
