import { periodText } from '../../shared/domain/period';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';

/**
 * A closed quarter's numbers are frozen: every write that would change them (a disbursement
 * import, hand-entered totals, a register import tied to the period) asks here first, inside its
 * own transaction, so a close between the check and the write cannot slip through.
 */
export function isPeriodClosed(db: Db, period: string): boolean {
  return db.prepare('SELECT 1 FROM period_closures WHERE period = ? AND reopened_at IS NULL').get(period) !== undefined;
}

export function assertPeriodOpen(db: Db, period: string | null): void {
  if (period !== null && isPeriodClosed(db, period)) throw new AppError('PERIOD_CLOSED', { period: periodText(period) });
}
