import type { MessageKey } from '../../shared/i18n';
import { CliFailure, EXIT_FAILED } from './errors';
import type { Session } from './session';

/**
 * The id of the program a command line names by code (`pkh`, `PKH-PLUS`), any case, inactive
 * programs included; an unknown code ends the command with NOT_FOUND and `unknown`'s message.
 */
export async function programIdByCode(session: Session, code: string, unknown: MessageKey = 'cli.import.programUnknown'): Promise<number> {
  const wanted = code.trim().toUpperCase();
  const programs = await session.invoke('programs.list', { includeInactive: true });
  const target = programs.find((p) => p.code.toUpperCase() === wanted);
  if (!target) throw new CliFailure('NOT_FOUND', session.t(unknown, { code: code.trim() }), { exitCode: EXIT_FAILED });
  return target.id;
}
