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
  /** Advanced by a timer in the worker: it stands still only when the worker is gone or stuck. */
  Heartbeat: 3,
} as const;

export const SLOTS = 4;

/** How often the worker's heartbeat advances. */
export const HEARTBEAT_MS = 250;

/** Rows read without a valid one after which the worker reports its progress (a stretch of rejected rows). */
export const PROGRESS_ROWS = 5000;
/** Batches the worker may read ahead of the writer. */
export const MAX_AHEAD = 16;

export type StreamMessage =
  | { type: 'rows'; rows: ParsedRow[]; rowsSeen: number }
  /** Rows read with no valid one among them lately, for the progress bar. */
  | { type: 'progress'; rowsSeen: number }
  | { type: 'done'; summary: ListSummary }
  | { type: 'failed'; code: ErrorCode; params: ErrorParams }
  | { type: 'failed'; message: string };
