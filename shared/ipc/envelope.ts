import type { ErrorCode } from '../errors';

/** One field that failed validation, with a path a form can attach it to. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** Reply envelope of every IPC call (Signal Desktop style): a value or a coded error. */
export type Envelope<T> =
  | { ok: true; value: T }
  | { ok: false; code: ErrorCode; message: string; fields?: FieldIssue[] };
