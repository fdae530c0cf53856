import type { Db } from './open';

/**
 * A stamp that changes with every write to the database: this connection's `total_changes()`
 * plus the `data_version` other connections' commits advance (an import in a worker thread).
 * Coarse (any write changes it), for caches of results that are costly to compute and cheap to
 * throw away.
 */
export function dataStamp(db: Db): string {
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  return `${changes}:${dataVersion}`;
}

/** Keys kept per database: a page's current answers, not a history. */
const MAX_KEYS = 8;
const memos = new WeakMap<Db, Map<string, { stamp: string; value: unknown }>>();

/**
 * `compute()`'s answer for `key`, kept until the next write to the database (dataStamp). For
 * answers that take long on main's thread and are asked again unchanged (the quarter's figures
 * as the clerk ticks programs on the Laporan page, Beranda on every visit). Keyed by connection:
 * a restored backup is a new connection. Callers must not change what they get.
 */
export function memoUntilWrite<V>(db: Db, key: string, compute: () => V): V {
  const stamp = dataStamp(db);
  let memo = memos.get(db);
  if (!memo) memos.set(db, (memo = new Map()));
  const hit = memo.get(key);
  if (hit && hit.stamp === stamp) return hit.value as V;
  const value = compute();
  memo.delete(key);
  memo.set(key, { stamp, value });
  if (memo.size > MAX_KEYS) memo.delete(memo.keys().next().value!);
  return value;
}
