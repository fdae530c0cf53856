import type { FieldIssue } from '../../shared/ipc/envelope';
import type { CommandSpec } from './commands/types';

/** Exit codes scripts can rely on. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** What to show after an error message: the help that explains the mistake. */
export type HelpTopic =
  | { kind: 'general' }
  | { kind: 'group'; words: readonly string[] }
  | { kind: 'command'; command: CommandSpec };

export interface FailureDetails {
  exitCode: number;
  fields?: readonly FieldIssue[];
  hint?: string;
  help?: HelpTopic;
  /** The underlying error of an INTERNAL failure, shown so an administrator can report it. */
  cause?: unknown;
}

/**
 * A failure the command line reports as `Galat [CODE]: message`. Codes are those of
 * shared/errors.ts, plus the command line's own `UNKNOWN_COMMAND` and `USAGE`.
 */
export class CliFailure extends Error {
  readonly code: string;
  readonly details: FailureDetails;

  constructor(code: string, message: string, details: FailureDetails) {
    super(message);
    this.name = 'CliFailure';
    this.code = code;
    this.details = details;
  }
}
