import { periodText } from '../../shared/domain/period';
import type { KecamatanRealisation, QuarterlyFigures } from '../../shared/domain/report';
import { AppError } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import type { ClosureInfo, DisbursementOverview } from '../../shared/ipc/disbursements';
import { recordAudit } from '../audit/service';
import type { ServiceContext } from '../context';
import { computeFigures } from '../reports/figures';
import { memoUntilWrite } from '../db/data-stamp';

/**
 * Quarter close: the period's figures are computed once and stored as the snapshot the report is
 * built from; while the close stands, the period's numbers are frozen (period-lock.ts refuses the
 * writes). Reopening keeps the closure row with who, when and why; closing again adds a new row.
 */

interface ClosureRow {
  id: number;
  period: string;
  closed_at: string;
  closed_by: string;
  reopened_at: string | null;
  reopened_by: string | null;
  reopen_reason: string | null;
}

const CLOSURE_COLUMNS = 'id, period, closed_at, closed_by, reopened_at, reopened_by, reopen_reason';

function toInfo(r: ClosureRow): ClosureInfo {
  return {
    id: r.id,
    period: r.period,
    closedAt: r.closed_at,
    closedBy: r.closed_by,
    reopenedAt: r.reopened_at,
    reopenedBy: r.reopened_by,
    reopenReason: r.reopen_reason,
  };
}

/** The close in force for the period, if any. */
export function currentClosure(ctx: Pick<ServiceContext, 'db'>, period: string): ClosureInfo | null {
  const row = ctx.db.prepare(`SELECT ${CLOSURE_COLUMNS} FROM period_closures WHERE period = ? AND reopened_at IS NULL`).get(period) as
    | ClosureRow
    | undefined;
  return row ? toInfo(row) : null;
}

/** Every close (and reopening) of a period, or of all periods, newest first. */
export function listClosures(ctx: Pick<ServiceContext, 'db'>, period: string | null): ClosureInfo[] {
  const rows = (
    period === null
      ? ctx.db.prepare(`SELECT ${CLOSURE_COLUMNS} FROM period_closures ORDER BY closed_at DESC, id DESC`).all()
      : ctx.db.prepare(`SELECT ${CLOSURE_COLUMNS} FROM period_closures WHERE period = ? ORDER BY closed_at DESC, id DESC`).all(period)
  ) as ClosureRow[];
  return rows.map(toInfo);
}

/** The report's figures: the snapshot while the period is closed, else computed now. */
export function periodFigures(ctx: ServiceContext, period: string): { figures: QuarterlyFigures; closure: ClosureInfo | null } {
  const row = ctx.db
    .prepare(`SELECT ${CLOSURE_COLUMNS}, snapshot_json FROM period_closures WHERE period = ? AND reopened_at IS NULL`)
    .get(period) as (ClosureRow & { snapshot_json: string }) | undefined;
  if (row) return { figures: JSON.parse(row.snapshot_json) as QuarterlyFigures, closure: toInfo(row) };
  // About half a second over a million members, on main's thread; the Laporan page asks again
  // for every program ticked: kept until the next write.
  return { figures: memoUntilWrite(ctx.db, `figures:${period}`, () => computeFigures(ctx, period)), closure: null };
}

export function closePeriod(ctx: ServiceContext, period: string): ClosureInfo {
  return ctx.db.transaction(() => {
    const current = currentClosure(ctx, period);
    if (current) {
      throw new AppError('PERIOD_ALREADY_CLOSED', { period: periodText(period), closedAt: formatDateTime(current.closedAt), closedBy: current.closedBy });
    }
    // Computed inside the transaction: what is frozen is exactly what the data said at the close.
    const figures = computeFigures(ctx, period);
    const closedAt = ctx.now().toISOString();
    const id = Number(
      ctx.db
        .prepare('INSERT INTO period_closures (period, closed_at, closed_by, snapshot_json) VALUES (?, ?, ?, ?)')
        .run(period, closedAt, ctx.actor, JSON.stringify(figures)).lastInsertRowid,
    );
    recordAudit(ctx, {
      action: 'close',
      entity: 'period',
      entityId: period,
      before: null,
      after: { closureId: id, programs: figures.programs.map((p) => ({ code: p.programCode, allocation: p.allocation, realised: p.realised })) },
    });
    return currentClosure(ctx, period)!;
  })();
}

export function reopenPeriod(ctx: ServiceContext, period: string, reason: string): ClosureInfo {
  return ctx.db.transaction(() => {
    const current = currentClosure(ctx, period);
    if (!current) throw new AppError('PERIOD_NOT_CLOSED', { period: periodText(period) });
    const at = ctx.now().toISOString();
    ctx.db
      .prepare('UPDATE period_closures SET reopened_at = ?, reopened_by = ?, reopen_reason = ? WHERE id = ?')
      .run(at, ctx.actor, reason, current.id);
    recordAudit(ctx, { action: 'reopen', entity: 'period', entityId: period, before: { closureId: current.id, closedAt: current.closedAt }, after: { reason } });
    return toInfo(ctx.db.prepare(`SELECT ${CLOSURE_COLUMNS} FROM period_closures WHERE id = ?`).get(current.id) as ClosureRow);
  })();
}

export function overview(ctx: ServiceContext, period: string): DisbursementOverview {
  const { figures, closure } = periodFigures(ctx, period);
  return { period, closure, programs: figures.programs };
}

export function byKecamatan(ctx: ServiceContext, programId: number, period: string): KecamatanRealisation[] {
  return periodFigures(ctx, period).figures.kecamatan.filter((k) => k.programId === programId);
}
