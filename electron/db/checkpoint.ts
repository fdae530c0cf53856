import type { Db } from './open';

/**
 * Runs `write` with SQLite's automatic WAL checkpoint held back, and checkpoints once the caller
 * has had its answer. A large write (an import of 200,000 rows) would otherwise copy its whole
 * WAL into the database file inside its own commit, about a second the clerk waits for with the
 * data already safe in the WAL. The checkpoint runs on the next turn of this thread's event loop,
 * so callers must hand the result on without awaiting anything that takes a turn (a promise chain
 * of already-settled work is fine); the import worker checkpoints right after posting its result
 * (checkpointNow). A connection closed before then leaves it to the next commit or the last close.
 */
export function withDeferredCheckpoint<T>(db: Db, write: () => T): T {
  const interval = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  try {
    return write();
  } finally {
    db.pragma(`wal_autocheckpoint = ${interval}`);
    setImmediate(() => checkpointNow(db));
  }
}

/** A passive checkpoint: copies what it can without waiting for readers or blocking writers. */
export function checkpointNow(db: Db): void {
  if (db.open && !db.readonly && !db.inTransaction) db.pragma('wal_checkpoint(PASSIVE)');
}
