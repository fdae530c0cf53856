import type { ReportNotes } from '../../shared/ipc/reports';
import { recordAudit } from '../audit/service';
import type { ServiceContext } from '../context';

/**
 * Section 6 of the quarterly report (problems and follow-up), kept with the period. Not part of
 * the frozen figures: the office may still write it after closing the quarter.
 */
export function readNotes(ctx: Pick<ServiceContext, 'db'>, period: string): ReportNotes {
  const row = ctx.db.prepare('SELECT text, updated_at AS updatedAt, updated_by AS updatedBy FROM report_notes WHERE period = ?').get(period) as
    | { text: string; updatedAt: string; updatedBy: string }
    | undefined;
  return row ? { period, ...row } : { period, text: '', updatedAt: null, updatedBy: null };
}

export function saveNotes(ctx: ServiceContext, period: string, text: string): ReportNotes {
  return ctx.db.transaction(() => {
    const before = readNotes(ctx, period);
    if (before.text === text) return before;
    ctx.db
      .prepare(
        `INSERT INTO report_notes (period, text, updated_at, updated_by) VALUES (?, ?, ?, ?)
         ON CONFLICT (period) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(period, text, ctx.now().toISOString(), ctx.actor);
    recordAudit(ctx, { action: 'save', entity: 'report_notes', entityId: period, before: before.updatedAt === null ? null : { text: before.text }, after: { text } });
    return readNotes(ctx, period);
  })();
}
