// Entry of the parse worker thread (bundled as dist/main/parse-worker.mjs): reads and validates a
// beneficiary list and hands its valid rows, in batches, to the thread writing them
// (electron/imports/parse-stream.ts), so reading the file and writing the register overlap.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { ParsedRow } from '../../shared/domain/imports';
import { isAppError } from '../../shared/errors';
import { openDatabase } from '../db/open';
import { parseImport } from './parse';
import { REGISTER_BATCH_ROWS } from './register-lookup';
import { HEARTBEAT_MS, MAX_AHEAD, PROGRESS_ROWS, Slot, type ParseWorkerInput, type StreamMessage } from './parse-stream-protocol';

const input = workerData as ParseWorkerInput;
const port = input.port as MessagePort;
const state = new Int32Array(input.state);

function post(message: StreamMessage): void {
  port.postMessage(message);
  Atomics.add(state, Slot.Posted, 1);
  Atomics.notify(state, Slot.Posted);
}

/** Waits while the writer is MAX_AHEAD batches behind, so unwritten rows never pile up in memory. */
function waitForWriter(posted: number): void {
  for (;;) {
    const consumed = Atomics.load(state, Slot.Consumed);
    if (posted - consumed < MAX_AHEAD || Atomics.load(state, Slot.Cancel) === 1) return;
    Atomics.wait(state, Slot.Consumed, consumed, 1000);
  }
}

function failed(err: unknown): void {
  if (isAppError(err)) post({ type: 'failed', code: err.code, params: err.params });
  else post({ type: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
}

async function main(): Promise<void> {
  // Loaded: the writer may now start its transaction and wait for rows.
  parentPort!.postMessage('ready');
  const db = openDatabase(input.dbFile, { readonly: true });
  try {
    let batch: ParsedRow[] = [];
    let rowsSeen = 0;
    let batches = 0;
    let postedAt = 0;
    const flush = () => {
      post({ type: 'rows', rows: batch, rowsSeen });
      postedAt = rowsSeen;
      batch = [];
      waitForWriter(++batches);
    };
    const parsed = await parseImport({ db, now: () => new Date(input.at) }, input.request, {
      locale: input.locale,
      keepRows: false,
      signal: { get aborted() { return Atomics.load(state, Slot.Cancel) === 1; } },
      onProgress: (seen) => {
        rowsSeen = seen;
        // Many rows without a valid one (a stretch of rejected rows): the bar still moves.
        if (seen - postedAt >= PROGRESS_ROWS) {
          post({ type: 'progress', rowsSeen });
          postedAt = seen;
        }
      },
      onRow: (row) => {
        batch.push(row);
        if (batch.length === REGISTER_BATCH_ROWS) flush();
      },
    });
    rowsSeen = parsed.rowsSeen;
    if (batch.length > 0) flush();
    const { file, sheet, headerRow, headers, mapping, issues } = parsed;
    post({ type: 'done', summary: { file, sheet, headerRow, headers, mapping, rowsSeen, rejected: parsed.rejected.length, issues } });
  } catch (err) {
    failed(err);
  } finally {
    db.close();
  }
}

// An error thrown outside main's chain (a stream's callback) still reaches the writer.
process.on('uncaughtException', failed);
// Tells the writer, waiting without an event loop of its own, that this thread is alive.
setInterval(() => Atomics.add(state, Slot.Heartbeat, 1), HEARTBEAT_MS).unref();
void main();
