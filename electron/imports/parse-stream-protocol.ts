import type { ParsedRow } from '../../shared/domain/imports';
import type { Locale } from '../../shared/domain/office';
import type { ErrorCode, ErrorParams } from '../../shared/errors';
import type { ParseRequest } from './parse';
import type { ListSummary } from './write';

/** What the parse worker thread (parse-worker.ts) and the writing thread (parse-stream.ts) share. */
export interface ParseWorkerInput {
  dbFile: string;
  request: ParseRequest;
  locale: Locale;
  /** The clock's time in the writing thread (fixed in tests), ISO. */
  at: string;
  /** The worker's end of the rows channel. */
  port: unknown;
  /** Int32 slots (Slot). */
  state: SharedArrayBuffer;
}

/** Int32 slots of the shared state: counters both threads wait on with Atomics. */
export const Slot = {
  /** Messages the worker has posted. */
  Posted: 0,
  /** Row batches the writer has taken. */
  Consumed: 1,
  /** 1 once the writer stops (a cancel, an error): the worker stops reading. */
  Cancel: 2,
} as const;

export const SLOTS = 3;

/** Valid rows per message. */
export const BATCH_ROWS = 1000;
/** Rows read without a valid one after which the worker says it is still reading. */
export const HEARTBEAT_ROWS = 5000;
/** Batches the worker may read ahead of the writer. */
export const MAX_AHEAD = 16;

export type StreamMessage =
  | { type: 'rows'; rows: ParsedRow[]; rowsSeen: number }
  /** Rows read with no valid one among them lately: the worker is alive. */
  | { type: 'progress'; rowsSeen: number }
  | { type: 'done'; summary: ListSummary }
  | { type: 'failed'; code: ErrorCode; params: ErrorParams }
  | { type: 'failed'; message: string };
