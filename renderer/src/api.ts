import type { ErrorCode } from '../../shared/errors';
import type { ChannelName, InputOf, OutputOf } from '../../shared/ipc';
import type { FieldIssue } from '../../shared/ipc/envelope';

/** A failed call: the stable code, the message main wrote in the user's language, and field problems. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldIssue[];

  constructor(code: ErrorCode, message: string, fields: FieldIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.fields = fields;
  }
}

/** Calls a contract channel and unwraps the reply envelope. */
export async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const reply = await window.api.invoke(channel, input);
  if (!reply.ok) throw new ApiError(reply.code, reply.message, reply.fields ?? []);
  return reply.value;
}

export function errorText(err: unknown): string {
  if (err instanceof ApiError) return `${err.message} [${err.code}]`;
  return err instanceof Error ? err.message : String(err);
}
