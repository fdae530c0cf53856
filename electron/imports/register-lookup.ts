import type { Db } from '../db/open';

/**
 * Rows of a list per bulk read of the register (the commit's and the match's batches, the parse
 * worker's messages): a few statements per thousand rows, and little to hold at a time.
 */
export const REGISTER_BATCH_ROWS = 1_000;

/** Keys per statement: one JSON array parameter, so the statement stays the same for every chunk. */
export const LOOKUP_CHUNK = 5_000;

/**
 * Runs a statement whose last parameter is a JSON array of keys (`… IN (SELECT value FROM
 * json_each(?))`) over `keys` in chunks: a few dozen indexed statements for 200,000 rows, not one
 * query per row.
 */
export function lookupChunked<T>(db: Db, sql: string, keys: readonly (string | number)[], leading: readonly unknown[] = []): T[] {
  if (keys.length === 0) return [];
  const statement = db.prepare(sql);
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) {
    const rows = statement.all(...leading, JSON.stringify(keys.slice(i, i + LOOKUP_CHUNK))) as T[];
    for (const row of rows) out.push(row);
  }
  return out;
}

/** The register's families with these KKs and members with these NIKs, whole rows, in bulk. */
export function familiesByKk(db: Db, kks: readonly string[]): Record<string, unknown>[] {
  return lookupChunked(db, 'SELECT * FROM families WHERE kk IN (SELECT value FROM json_each(?))', kks);
}

export function membersByNik(db: Db, niks: readonly string[]): Record<string, unknown>[] {
  return lookupChunked(db, 'SELECT * FROM members WHERE nik IN (SELECT value FROM json_each(?))', niks);
}
