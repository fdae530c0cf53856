import { resolve } from 'node:path';
import { z } from 'zod';
import { importRequestSchema, type ImportRequest } from '../../shared/ipc/imports';
import type { MessageKey } from '../../shared/i18n';
import { validationFields } from '../../shared/i18n/validation';
import { CliFailure, EXIT_USAGE } from './errors';
import { programIdByCode } from './program-code';
import type { Session } from './session';

/** Request fields → the flag a clerk typed, for validation messages. */
export const IMPORT_FIELD_FLAGS: Readonly<Record<string, string>> = { filePath: 'FILE', sheet: '--sheet', period: '--period', programId: '--program' };

/**
 * The import request of an import command (`import`, `disbursements import`, …) from its FILE
 * argument and flags, checked by the same schema as the wizard's: one file, a known program, a
 * valid period. A mistake ends as a usage error naming the flag.
 */
export async function importRequestFromArgs(
  session: Session,
  rest: readonly string[],
  /** `program` null: a kind without a program (`stats import`). */
  args: { fileRequired: MessageKey; program: string | null; period: string | null; sheet: string | undefined; kind: ImportRequest['kind'] },
): Promise<ImportRequest> {
  const usage = (message: string) => new CliFailure('USAGE', message, { exitCode: EXIT_USAGE, help: { kind: 'command', command: session.command } });
  if (rest.length === 0) throw usage(session.t(args.fileRequired));
  if (rest.length > 1) throw usage(session.t('cli.error.unexpected', { arg: rest[1]! }));

  const programId = args.program === null ? undefined : await programIdByCode(session, args.program);

  try {
    return importRequestSchema.parse({
      filePath: resolve(rest[0]!),
      ...(programId !== undefined ? { programId } : {}),
      sheet: args.sheet ?? null,
      period: args.period === null ? null : args.period.trim().toUpperCase(),
      mapping: null,
      ...(args.kind ? { kind: args.kind } : {}),
    });
  } catch (err) {
    if (!(err instanceof z.ZodError)) throw err;
    const fields = validationFields(session.locale, err).map((f) => ({ path: IMPORT_FIELD_FLAGS[f.path] ?? f.path, message: f.message }));
    throw new CliFailure('VALIDATION_FAILED', session.t('error.VALIDATION_FAILED'), {
      exitCode: EXIT_USAGE,
      fields,
      help: { kind: 'command', command: session.command },
    });
  }
}
