import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withDeferredCheckpoint } from '../../electron/db/checkpoint';
import { openDatabase, type Db } from '../../electron/db/open';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sidampak-ckpt-'));
  db = openDatabase(join(dir, 'a.db'));
  db.exec('CREATE TABLE t (x TEXT)');
});
afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What the WAL holds, read without checkpointing (NOOP): frames in the log, and frames already copied to the database file. */
const wal = () => (db.pragma('wal_checkpoint(NOOP)') as { log: number; checkpointed: number }[])[0]!;
const fill = () => db.transaction(() => {
  const insert = db.prepare('INSERT INTO t VALUES (?)');
  // Well past the 1,000-page automatic checkpoint.
  for (let i = 0; i < 3000; i++) insert.run('x'.repeat(2000));
})();

describe('a write with the WAL checkpoint deferred', () => {
  it('commits without copying the WAL, restores the interval, and checkpoints on the next turn', async () => {
    withDeferredCheckpoint(db, fill);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(wal().log).toBeGreaterThan(1000);
    expect(wal().checkpointed).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(wal().checkpointed).toBe(wal().log);
  });

  it('restores the interval when the write fails, and a closed connection is left alone', async () => {
    expect(() => withDeferredCheckpoint(db, () => { throw new Error('gagal'); })).toThrow('gagal');
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    withDeferredCheckpoint(db, fill);
    db.close();
    await new Promise((resolve) => setImmediate(resolve));
  });

  it('without the deferral the commit itself checkpoints (what the deferral saves)', () => {
    fill();
    expect(wal().checkpointed).toBeGreaterThan(0);
  });
});
