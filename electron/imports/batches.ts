import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import type { BatchInfo } from '../../shared/ipc/imports';
import { recordAudit } from '../audit/service';
import { revertBatchChanges } from '../beneficiaries/undo';
import type { ServiceContext } from '../context';
import { deleteBatchLines } from '../disbursements/import/undo';
import { assertPeriodOpen } from '../disbursements/period-lock';
import { readLocale } from '../settings/service';

interface BatchRow {
  id: number;
  kind: string;
  program_code: string | null;
  period: string | null;
  file_name: string;
  at: string;
  actor: string;
  rows_total: number;
  imported: number;
  updated: number;
  skipped: number;
  rejected: number;
  undone_at: string | null;
  undone_by: string | null;
}

const SELECT_BATCH = `
  SELECT b.id, b.kind, p.code AS program_code, b.period, b.file_name, b.at, b.actor, b.rows_total, b.imported, b.updated,
    b.skipped, b.rejected, b.undone_at, b.undone_by
  FROM import_batches b LEFT JOIN programs p ON p.id = b.program_id`;

function toInfo(row: BatchRow): BatchInfo {
  return {
    id: row.id,
    kind: row.kind,
    programCode: row.program_code,
    period: row.period,
    fileName: row.file_name,
    at: row.at,
    actor: row.actor,
    imported: row.imported,
    updated: row.updated,
    skipped: row.skipped,
    rejected: row.rejected,
    undoneAt: row.undone_at,
    undoneBy: row.undone_by,
  };
}

/** The latest batches first. */
export function listBatches(ctx: ServiceContext, limit: number): BatchInfo[] {
  return (ctx.db.prepare(`${SELECT_BATCH} ORDER BY b.id DESC LIMIT ?`).all(limit) as BatchRow[]).map(toInfo);
}

export function getBatch(ctx: ServiceContext, batchId: number): BatchInfo {
  const row = ctx.db.prepare(`${SELECT_BATCH} WHERE b.id = ?`).get(batchId) as BatchRow | undefined;
  if (!row) throw new AppError('NOT_FOUND');
  return toInfo(row);
}

/**
 * Undoes a batch as a whole, in one transaction: what it inserted is deleted, what it updated gets
 * its before-image back. Its audit entries stay, and the undo is audited too. Refused while a later
 * batch (not undone) or a status change outside imports has built on what this batch wrote: undoing
 * it then would silently take that later work with it.
 */
export function undoBatch(ctx: ServiceContext, batchId: number): BatchInfo {
  return ctx.db.transaction(() => {
    const batch = getBatch(ctx, batchId);
    if (batch.undoneAt !== null) throw new AppError('BATCH_ALREADY_UNDONE', { batch: batchId });
    // Either kind of batch tied to a closed period changed its frozen figures.
    assertPeriodOpen(ctx.db, batch.period);
    if (batch.kind === 'disbursement') return undoLines(ctx, batch);
    const blocker = findBlocker(ctx, batchId);
    if (blocker !== undefined) {
      const locale = readLocale(ctx);
      const by = blocker === null ? translate(locale, 'imports.undo.byManual') : translate(locale, 'imports.undo.byBatch', { batch: blocker });
      throw new AppError('BATCH_UNDO_BLOCKED', { batch: batchId, by });
    }
    const reverted = revertBatchChanges(ctx, batchId);
    const at = ctx.now().toISOString();
    ctx.db.prepare('UPDATE import_batches SET undone_at = ?, undone_by = ? WHERE id = ?').run(at, ctx.actor, batchId);
    recordAudit(ctx, {
      action: 'undo',
      entity: 'batch',
      entityId: batchId,
      before: { imported: batch.imported, updated: batch.updated, skipped: batch.skipped, rejected: batch.rejected },
      after: { undoneAt: at, changesReverted: reverted },
      batchId,
    });
    return getBatch(ctx, batchId);
  })();
}

/** A disbursement batch: its lines go; its audit entries stay, and the undo is audited too. */
function undoLines(ctx: ServiceContext, batch: BatchInfo): BatchInfo {
  const deleted = deleteBatchLines(ctx, batch.id);
  const at = ctx.now().toISOString();
  ctx.db.prepare('UPDATE import_batches SET undone_at = ?, undone_by = ? WHERE id = ?').run(at, ctx.actor, batch.id);
  recordAudit(ctx, {
    action: 'undo',
    entity: 'batch',
    entityId: batch.id,
    before: { kind: batch.kind, imported: batch.imported, rejected: batch.rejected },
    after: { undoneAt: at, linesDeleted: deleted },
    batchId: batch.id,
  });
  return getBatch(ctx, batch.id);
}

// This batch's changes, by table and operation: the sets the checks below probe.
const CHANGED = (table: string, op?: 'insert') =>
  `SELECT json_extract(row_key, '$.id') FROM import_changes WHERE batch_id = :id AND table_name = '${table}'${op ? ` AND op = '${op}'` : ''}`;

/**
 * What stands in the way of undoing a batch: the id of a later batch that is not undone, null for
 * a change made outside imports, undefined when nothing does.
 */
export function findBlocker(ctx: ServiceContext, batchId: number): number | null | undefined {
  const db = ctx.db;
  const params = { id: batchId };
  // A later batch changed a row this batch wrote.
  const sameRow = db
    .prepare(
      `SELECT later.batch_id AS batch FROM import_changes later JOIN import_batches b ON b.id = later.batch_id
       WHERE later.batch_id > :id AND b.undone_at IS NULL
         AND (later.table_name, later.row_key) IN (SELECT table_name, row_key FROM import_changes WHERE batch_id = :id)
       ORDER BY later.batch_id LIMIT 1`,
    )
    .get(params) as { batch: number } | undefined;
  if (sameRow) return sameRow.batch;

  // Rows added later inside a family or enrollment this batch created: deleting it would take them along.
  const member = db
    .prepare(`SELECT id FROM members WHERE family_id IN (${CHANGED('families', 'insert')}) AND id NOT IN (${CHANGED('members')}) LIMIT 1`)
    .get(params) as { id: number } | undefined;
  if (member) return laterBatchOf(ctx, batchId, 'members', member.id);
  const enrollment = db
    .prepare(`SELECT id FROM enrollments WHERE family_id IN (${CHANGED('families', 'insert')}) AND id NOT IN (${CHANGED('enrollments', 'insert')}) LIMIT 1`)
    .get(params) as { id: number } | undefined;
  if (enrollment) return laterBatchOf(ctx, batchId, 'enrollments', enrollment.id);
  const period = db
    .prepare(
      `SELECT batch_id AS batch FROM enrollment_periods
       WHERE enrollment_id IN (${CHANGED('enrollments', 'insert')}) AND (batch_id IS NULL OR batch_id <> :id) LIMIT 1`,
    )
    .get(params) as { batch: number | null } | undefined;
  if (period) return period.batch;

  // Disbursement lines matched to an enrollment this batch created: undoing it would turn paid
  // KPM into "paid but not enrolled" behind the clerk's back.
  const paid = db
    .prepare(
      `SELECT d.batch_id AS batch FROM disbursements d JOIN import_batches b ON b.id = d.batch_id
       WHERE d.enrollment_id IN (${CHANGED('enrollments', 'insert')}) AND b.undone_at IS NULL LIMIT 1`,
    )
    .get(params) as { batch: number } | undefined;
  if (paid) return paid.batch;

  // A status set after this batch on an enrollment it wrote (an exit recorded by hand, say): the
  // undo would put the older status back under it.
  const status = db
    .prepare(
      `SELECT batch_id AS batch FROM enrollment_status_history
       WHERE enrollment_id IN (${CHANGED('enrollments')})
         AND id > (SELECT max(json_extract(row_key, '$.id')) FROM import_changes WHERE batch_id = :id AND table_name = 'enrollment_status_history')
         AND (batch_id IS NULL OR batch_id <> :id)
       LIMIT 1`,
    )
    .get(params) as { batch: number | null } | undefined;
  if (status) return status.batch;

  // A family or member this batch wrote was edited by hand afterwards (Penerima page): undoing
  // would silently put the imported values back over the clerk's correction.
  const edited = db
    .prepare(
      `SELECT 1 AS found FROM audit_log
       WHERE id > coalesce((SELECT max(id) FROM audit_log WHERE entity = 'batch' AND entity_id = CAST(:id AS TEXT) AND action = 'import'), 0)
         AND ((entity = 'family' AND entity_id IN (SELECT CAST(json_extract(row_key, '$.id') AS TEXT) FROM import_changes WHERE batch_id = :id AND table_name = 'families'))
           OR (entity = 'member' AND entity_id IN (SELECT CAST(json_extract(row_key, '$.id') AS TEXT) FROM import_changes WHERE batch_id = :id AND table_name = 'members')))
       LIMIT 1`,
    )
    .get(params) as { found: number } | undefined;
  if (edited) return null;
  return undefined;
}

function laterBatchOf(ctx: ServiceContext, batchId: number, table: string, id: number): number | null {
  const row = ctx.db
    .prepare(
      `SELECT c.batch_id AS batch FROM import_changes c JOIN import_batches b ON b.id = c.batch_id
       WHERE c.batch_id > ? AND b.undone_at IS NULL AND c.table_name = ? AND c.row_key = ?
       ORDER BY c.batch_id LIMIT 1`,
    )
    .get(batchId, table, JSON.stringify({ id })) as { batch: number } | undefined;
  return row ? row.batch : null;
}
