import { createHash } from 'node:crypto';
import type { Db } from '../../electron/db/open';

export function tableNames(db: Db): string[] {
  return (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[]
  ).map((r) => r.name);
}

export function columnNames(db: Db, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).all(table) as { name: string }[]).map((r) => r.name);
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/** A table's rows in a stable order (every column, so WITHOUT ROWID tables sort too). */
export function tableRows(db: Db, table: string, columns: readonly string[] = columnNames(db, table)): Record<string, unknown>[] {
  const list = columns.map(quote).join(', ');
  const order = columns.map((_, i) => i + 1).join(', ');
  return db.prepare(`SELECT ${list} FROM ${quote(table)} ORDER BY ${order}`).all() as Record<string, unknown>[];
}

/** Every user table with its rows: what "nothing changed" is checked against. */
export function dumpTables(db: Db): Record<string, Record<string, unknown>[]> {
  return Object.fromEntries(tableNames(db).map((t) => [t, tableRows(db, t)]));
}

export function checksum(db: Db): string {
  const dump = dumpTables(db);
  const text = JSON.stringify(dump, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
  return createHash('sha256').update(text).digest('hex');
}

export function rowCount(db: Db, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number }).n;
}
