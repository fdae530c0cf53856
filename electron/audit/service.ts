import type { AuditEntry } from '../../shared/ipc/app';
import type { ServiceContext } from '../context';

export interface AuditRecord {
  action: string;
  entity: string;
  entityId: string | number;
  before: unknown;
  after: unknown;
  batchId?: number | null;
}

/** Appends one row to the audit trail; called inside the same transaction as the change itself. */
export function recordAudit(ctx: ServiceContext, record: AuditRecord): void {
  ctx.db
    .prepare(
      `INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json, batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      ctx.now().toISOString(),
      ctx.actor,
      record.action,
      record.entity,
      String(record.entityId),
      record.before === undefined || record.before === null ? null : JSON.stringify(record.before),
      record.after === undefined || record.after === null ? null : JSON.stringify(record.after),
      record.batchId ?? null,
    );
}

/**
 * Every file that leaves the app with register or report data is on the record, in its own
 * transaction after the file is written; one with full NIK under its own action, so such exports
 * can be found.
 */
export function recordExport(ctx: ServiceContext, e: { entity: string; entityId: string; fullNik?: boolean; after: Record<string, unknown> }): void {
  ctx.db.transaction(() =>
    recordAudit(ctx, {
      action: e.fullNik ? 'export_full_nik' : 'export',
      entity: e.entity,
      entityId: e.entityId,
      before: null,
      after: e.fullNik === undefined ? e.after : { ...e.after, fullNik: e.fullNik },
    }),
  )();
}

/** An audit_log row as SQLite returns it; `toAuditEntry` turns it into what the UI shows. */
export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
}

export function listAudit(
  ctx: Pick<ServiceContext, 'db'>,
  filter: { entity?: string | undefined; entityId?: string | undefined; limit: number },
): AuditEntry[] {
  // Only the filters given go into the SQL: `(:entity IS NULL OR entity = :entity)` keeps SQLite
  // from using audit_log_entity, and the log grows with every imported row.
  const where: string[] = [];
  const params: Record<string, string | number> = { limit: filter.limit };
  if (filter.entity !== undefined) {
    where.push('entity = :entity');
    params.entity = filter.entity;
  }
  if (filter.entityId !== undefined) {
    where.push('entity_id = :entityId');
    params.entityId = filter.entityId;
  }
  const rows = ctx.db
    .prepare(
      `SELECT ${AUDIT_COLUMNS} FROM audit_log
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY id DESC LIMIT :limit`,
    )
    .all(params) as AuditRow[];
  return rows.map(toAuditEntry);
}

export const AUDIT_COLUMNS = 'id, at, actor, action, entity, entity_id, before_json, after_json';

export function toAuditEntry(r: AuditRow): AuditEntry {
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
  };
}
