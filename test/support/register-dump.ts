import type { Db } from '../../electron/db/open';
import { columnNames, tableNames, tableRows } from './db-snapshot';

// What an import writes and an undo must restore: every table but the logs that record the import
// and its undo (they stay), and FTS5's shadow tables, whose pages differ after an insert and a
// delete even when the index says the same (check it by searching, and with 'integrity-check').
const LOG_TABLES = new Set(['audit_log', 'import_batches', 'import_changes']);

export function registerDump(db: Db): Record<string, Record<string, unknown>[]> {
  const tables = tableNames(db).filter((t) => !LOG_TABLES.has(t) && !t.startsWith('members_fts'));
  return Object.fromEntries(tables.map((t) => [t, tableRows(db, t, columnNames(db, t))]));
}
