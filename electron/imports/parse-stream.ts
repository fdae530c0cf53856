import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { SLOTS, Slot, type ParseWorkerInput, type StreamMessage } from './parse-stream-protocol';

/** How long the writer waits on the worker between looks at the cancel flag and the heartbeat. */
const POLL_MS = 100;
/**
 * A heartbeat standing still this long means the worker is gone (its isolate ran out of memory)
 * or stuck: its exit event cannot reach a thread waiting without an event loop, and the write
 * lock must not be held for nothing.
 */
const STALL_MS = 30_000;
/** How long a worker may take to load its code before the file is read in this thread instead. */
const START_MS = 30_000;

/**
 * The writing thread's end of a parse worker: the worker reads and validates the list while this
 * thread writes the rows it has already handed over. `next` blocks (Atomics.wait) instead of
 * awaiting, so the whole import stays one synchronous better-sqlite3 transaction that nothing
 * else on this connection can slip into, as when the file is read first.
 */
export class ParseStream {
  private readonly state: Int32Array;
  private closed = false;

  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
    buffer: SharedArrayBuffer,
    private readonly stallMs: number,
  ) {
    this.state = new Int32Array(buffer);
  }

  /**
   * Starts the worker and waits until its code has loaded; null when it cannot start (the caller
   * then reads the file in its own thread). From then on every failure arrives as a message.
   */
  static async start(
    workerFile: URL | string,
    input: Omit<ParseWorkerInput, 'port' | 'state'>,
    options: { /** Tests: a shorter STALL_MS. */ stallMs?: number } = {},
  ): Promise<ParseStream | null> {
    if (!canBlock()) return null;
    const channel = new MessageChannel();
    const buffer = new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT);
    let worker: Worker;
    try {
      worker = new Worker(workerFile, { workerData: { ...input, port: channel.port2, state: buffer }, transferList: [channel.port2] });
    } catch {
      return null;
    }
    const ready = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), START_MS);
      const settle = (value: boolean) => {
        clearTimeout(timer);
        resolve(value);
      };
      worker.once('message', (message) => settle(message === 'ready'));
      worker.once('error', () => settle(false));
      worker.once('exit', () => settle(false));
    });
    if (!ready) {
      channel.port1.close();
      await worker.terminate();
      return null;
    }
    return new ParseStream(worker, channel.port1, buffer, options.stallMs ?? STALL_MS);
  }

  /** The next message, waiting for it; `cancelled` is asked while waiting and ends the wait with IMPORT_CANCELLED. */
  next(cancelled: () => boolean): StreamMessage {
    let silent = 0;
    let beat = Atomics.load(this.state, Slot.Heartbeat);
    for (;;) {
      const posted = Atomics.load(this.state, Slot.Posted);
      const received = receiveMessageOnPort(this.port);
      if (received) {
        const message = received.message as StreamMessage;
        if (message.type === 'rows') {
          Atomics.add(this.state, Slot.Consumed, 1);
          Atomics.notify(this.state, Slot.Consumed);
        }
        return message;
      }
      if (cancelled()) throw new AppError('IMPORT_CANCELLED');
      if (Atomics.wait(this.state, Slot.Posted, posted, POLL_MS) !== 'timed-out') continue;
      const now = Atomics.load(this.state, Slot.Heartbeat);
      if (now !== beat) {
        beat = now;
        silent = 0;
      } else if ((silent += POLL_MS) >= this.stallMs) throw new Error('the parse worker stopped answering');
    }
  }

  /** Stops the worker (it stops reading at the next row) and lets it go; never rejects. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    Atomics.store(this.state, Slot.Cancel, 1);
    Atomics.notify(this.state, Slot.Consumed);
    this.port.close();
    await this.worker.terminate().catch(() => undefined);
  }
}

/** The parse worker's bundle (electron/scripts/build.mjs writes it to dist/main), if this code runs from a bundle beside it. */
export function bundledParseWorker(): URL | null {
  const url = new URL('../main/parse-worker.mjs', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

/** Whether this thread may block on Atomics.wait (Node's threads may; a browser's main thread may not). */
function canBlock(): boolean {
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 1, 0);
    return true;
  } catch {
    return false;
  }
}
