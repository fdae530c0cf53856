import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { todayIso } from '../../shared/domain/dates';
import { newStatusSchema, statusChangeSchema, statusCodeOf, type ExitKind } from '../../shared/domain/register-edit';
import type { FamilyDetail, StatusInfo } from '../../shared/ipc/beneficiaries';
import { recordAudit } from '../audit/service';
import type { ServiceContext } from '../context';
import { familyDetail } from './detail';
import { RegisterWriter } from './writer';

export function listStatuses(ctx: Pick<ServiceContext, 'db'>): StatusInfo[] {
  const rows = ctx.db
    .prepare(
      `SELECT code, label, counts_as_active AS countsAsActive, exit_kind AS exitKind, sort
       FROM enrollment_statuses ORDER BY sort, code`,
    )
    .all() as { code: string; label: string; countsAsActive: number; exitKind: ExitKind | null; sort: number }[];
  return rows.map((r) => ({ ...r, countsAsActive: r.countsAsActive === 1 }));
}

/** Extends the lookup table: there is no official code list, and offices meet new cases. */
export function addStatus(ctx: ServiceContext, input: unknown): StatusInfo[] {
  const status = newStatusSchema.parse(input);
  const code = statusCodeOf(status.label);
  if (code.length < 2) throw new z.ZodError([{ code: 'custom', path: ['label'], message: 'status.label', input: status.label }]);
  ctx.db.transaction(() => {
    const clash = ctx.db
      .prepare('SELECT code FROM enrollment_statuses WHERE code = ? OR lower(label) = lower(?)')
      .get(code, status.label);
    if (clash) throw new AppError('STATUS_TAKEN', { label: status.label });
    const sort = (ctx.db.prepare('SELECT coalesce(max(sort), 0) + 1 FROM enrollment_statuses').pluck().get() as number);
    const row = { code, label: status.label, countsAsActive: status.countsAsActive, exitKind: status.exitKind, sort };
    ctx.db
      .prepare('INSERT INTO enrollment_statuses (code, label, counts_as_active, exit_kind, sort) VALUES (?, ?, ?, ?, ?)')
      .run(code, status.label, status.countsAsActive ? 1 : 0, status.exitKind, sort);
    recordAudit(ctx, { action: 'create', entity: 'enrollment_status', entityId: code, before: null, after: row });
  })();
  return listStatuses(ctx);
}

/**
 * A status change by hand: through RegisterWriter.setStatus (the enrollment row and its dated
 * history, with who made it) and the audit log, in one transaction.
 */
export function changeStatus(ctx: ServiceContext, input: unknown): FamilyDetail {
  const change = statusChangeSchema.parse(input);
  if (change.date > todayIso(ctx.now())) {
    throw new z.ZodError([{ code: 'custom', path: ['date'], message: 'date.future', input: change.date }]);
  }
  const familyId = ctx.db.transaction(() => {
    if (!ctx.db.prepare('SELECT 1 FROM enrollment_statuses WHERE code = ?').get(change.status)) {
      throw new AppError('STATUS_UNKNOWN', { status: change.status });
    }
    const before = ctx.db
      .prepare('SELECT family_id AS familyId, status, status_date AS statusDate FROM enrollments WHERE id = ?')
      .get(change.enrollmentId) as { familyId: number; status: string; statusDate: string } | undefined;
    if (!before) throw new AppError('NOT_FOUND');
    new RegisterWriter(ctx, null).setStatus(change.enrollmentId, change.status, change.date, change.reason);
    recordAudit(ctx, {
      action: 'status',
      entity: 'enrollment',
      entityId: change.enrollmentId,
      before: { status: before.status, statusDate: before.statusDate },
      after: { status: change.status, statusDate: change.date, reason: change.reason },
    });
    return before.familyId;
  })();
  return familyDetail(ctx, familyId);
}
