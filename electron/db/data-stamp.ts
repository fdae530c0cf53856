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
