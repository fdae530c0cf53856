import { AppError } from '../../shared/errors';
import { recordAudit } from '../audit/service';
import { RegisterWriter } from '../beneficiaries/writer';
import type { ServiceContext } from '../context';

export interface ExitInput {
  enrollmentId: number;
  status: string;
  date: string;
  reason: string;
}

/**
 * Exit statuses (graduasi, meninggal, pindah, …) for enrollments that left a period's list, all in
 * one transaction: each gets its status, a dated history entry with the reason and the actor, and
 * an audit entry. An unknown enrollment or status refuses the whole set.
 */
export function recordExits(ctx: ServiceContext, exits: readonly ExitInput[]): { updated: number } {
  const statuses = new Set(
    (ctx.db.prepare('SELECT code FROM enrollment_statuses').all() as { code: string }[]).map((r) => r.code),
  );
  const current = ctx.db.prepare('SELECT status, status_date AS statusDate FROM enrollments WHERE id = ?');
  return ctx.db.transaction(() => {
    const writer = new RegisterWriter(ctx, null);
    let updated = 0;
    for (const exit of exits) {
      if (!statuses.has(exit.status)) throw new AppError('STATUS_UNKNOWN', { status: exit.status });
      const before = current.get(exit.enrollmentId) as { status: string; statusDate: string } | undefined;
      if (!before) throw new AppError('NOT_FOUND');
      writer.setStatus(exit.enrollmentId, exit.status, exit.date, exit.reason);
      recordAudit(ctx, {
        action: 'status',
        entity: 'enrollment',
        entityId: exit.enrollmentId,
        before,
        after: { status: exit.status, statusDate: exit.date, reason: exit.reason },
      });
      updated++;
    }
    return { updated };
  })();
}
