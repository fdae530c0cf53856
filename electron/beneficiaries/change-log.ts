import type { Db } from '../db/open';

type Statement = ReturnType<Db['prepare']>;

/** Changes per multi-row INSERT when buffering: 6 parameters each, far below SQLite's limit. */
const ROWS_PER_STATEMENT = 200;

/**
 * A batch's undo log (import_changes), in order. A writer making many changes in one transaction
 * (an import) buffers them and writes ROWS_PER_STATEMENT per statement: one statement per change
 * cost an import of 200,000 rows over half a million statement runs. Sequence numbers are given
 * as changes happen, so the order undo replays them in is the same either way.
 */
export class ChangeLog {
  private seq: number;
  private readonly pending: unknown[] = [];
  private readonly one: Statement;
  private many: Statement | null = null;

  constructor(
    private readonly db: Db,
    private readonly batchId: number,
    /** false: each change is written at once (writers that do not call flush). */
    private readonly buffered: boolean,
  ) {
    const last = db.prepare('SELECT max(seq) AS seq FROM import_changes WHERE batch_id = ?').get(batchId) as { seq: number | null };
    this.seq = last.seq ?? 0;
    this.one = db.prepare('INSERT INTO import_changes (batch_id, seq, table_name, row_key, op, before_json) VALUES (?, ?, ?, ?, ?, ?)');
  }

  add(table: string, keyJson: string, op: 'insert' | 'update', beforeJson: string | null): void {
    if (!this.buffered) {
      this.one.run([this.batchId, ++this.seq, table, keyJson, op, beforeJson]);
      return;
    }
    this.pending.push(this.batchId, ++this.seq, table, keyJson, op, beforeJson);
    if (this.pending.length === ROWS_PER_STATEMENT * 6) this.flush();
  }

  /** Writes what is buffered; a buffering writer's caller runs it before its transaction ends. */
  flush(): void {
    const pending = this.pending;
    if (pending.length === ROWS_PER_STATEMENT * 6) {
      this.many ??= this.db.prepare(
        `INSERT INTO import_changes (batch_id, seq, table_name, row_key, op, before_json) VALUES ${Array(ROWS_PER_STATEMENT).fill('(?, ?, ?, ?, ?, ?)').join(', ')}`,
      );
      this.many.run(pending);
    } else for (let i = 0; i < pending.length; i += 6) this.one.run(pending.slice(i, i + 6));
    pending.length = 0;
  }
}
