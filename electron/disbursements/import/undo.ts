import type { ServiceContext } from '../../context';

/**
 * A disbursement batch only ever inserted lines, and nothing else refers to them: undoing it
 * deletes them (the caller checks the period lock and records the undo in the audit log).
 */
export function deleteBatchLines(ctx: Pick<ServiceContext, 'db'>, batchId: number): number {
  return ctx.db.prepare('DELETE FROM disbursements WHERE batch_id = ?').run(batchId).changes;
}
