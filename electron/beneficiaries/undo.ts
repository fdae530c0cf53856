import type { ServiceContext } from '../context';

// poverty_stats and survey_values: the statistics and survey imports (electron/impact/import) log their before-images here too.
const UNDOABLE_TABLES = new Set(['families', 'members', 'enrollments', 'enrollment_status_history', 'enrollment_periods', 'poverty_stats', 'survey_values']);

interface ChangeRow {
  table_name: string;
  row_key: string;
  op: 'insert' | 'update';
  before_json: string | null;
}

/**
 * Reverses what a batch wrote, newest change first: inserted rows are deleted, updated rows get
 * their before-image back. Runs inside the caller's transaction. Later batches that touched the
 * same rows must be undone first (the caller checks).
 */
export function revertBatchChanges(ctx: ServiceContext, batchId: number): number {
  const changes = ctx.db
    .prepare('SELECT table_name, row_key, op, before_json FROM import_changes WHERE batch_id = ? ORDER BY seq DESC')
    .all(batchId) as ChangeRow[];
  // A batch of 200,000 rows holds a few statement shapes: prepare each once.
  const statements = new Map<string, ReturnType<typeof ctx.db.prepare>>();
  const run = (sql: string, params: Record<string, unknown>) => {
    let stmt = statements.get(sql);
    if (!stmt) statements.set(sql, (stmt = ctx.db.prepare(sql)));
    stmt.run(params);
  };
  for (const change of changes) {
    if (!UNDOABLE_TABLES.has(change.table_name)) throw new Error(`cannot undo table ${change.table_name}`);
    const key = JSON.parse(change.row_key) as Record<string, unknown>;
    const where = Object.keys(key).map((k) => `${k} = @key_${k}`).join(' AND ');
    const keyParams = Object.fromEntries(Object.entries(key).map(([k, v]) => [`key_${k}`, v]));
    if (change.op === 'insert') {
      run(`DELETE FROM ${change.table_name} WHERE ${where}`, keyParams);
    } else {
      const before = JSON.parse(change.before_json ?? '{}') as Record<string, unknown>;
      const columns = Object.keys(before).filter((c) => !(c in key));
      const set = columns.map((c) => `${c} = @col_${c}`).join(', ');
      const colParams = Object.fromEntries(columns.map((c) => [`col_${c}`, before[c]]));
      run(`UPDATE ${change.table_name} SET ${set} WHERE ${where}`, { ...keyParams, ...colParams });
    }
  }
  return changes.length;
}
