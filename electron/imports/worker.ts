// Entry of the import worker thread (bundled as dist/main/import-worker.mjs): runs one job (an
// import or an undo) on its own connection to the database file, so the window's thread stays free.
import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '../../shared/errors';
import { checkpointNow } from '../db/checkpoint';
import { openDatabase } from '../db/open';
import { executeJob } from './jobs';
import type { JobEnvelope, WorkerMessage } from './task-runner';

interface WorkerInput {
  envelope: JobEnvelope;
  /** One Int32: 1 once main asks to cancel. Shared memory, because a message could not reach a thread busy writing. */
  cancel: SharedArrayBuffer;
}

function post(message: WorkerMessage): void {
  parentPort!.postMessage(message);
}

async function main(): Promise<void> {
  // Loaded: from here on the job runs (or fails) in this thread, never again elsewhere.
  post({ type: 'ready' });
  const { envelope, cancel } = workerData as WorkerInput;
  const flag = new Int32Array(cancel);
  const db = openDatabase(envelope.dbFile);
  try {
    const ctx = { db, actor: envelope.actor, now: () => new Date(envelope.at) };
    const result = await executeJob(ctx, envelope.job, {
      onProgress: (progress) => post({ type: 'progress', progress }),
      signal: {
        get aborted() {
          return Atomics.load(flag, 0) === 1;
        },
      },
      // This thread only runs the job: it may wait on the parse worker, and the cancel flag reaches it anyway.
      mayBlock: true,
    });
    post({ type: 'done', result });
    // The result is on its way: now copy the job's WAL into the database file, off everyone's path.
    checkpointNow(db);
  } catch (err) {
    if (isAppError(err)) post({ type: 'failed', code: err.code, params: err.params });
    else post({ type: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  } finally {
    db.close();
  }
}

void main();
