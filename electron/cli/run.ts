import pkg from '../../package.json' with { type: 'json' };
import { isAppError } from '../../shared/errors';
import { errorMessage, translate } from '../../shared/i18n';
import { parseCommandLine } from './args';
import { COMMANDS } from './commands';
import type { CommandSpec } from './commands/types';
import { CliFailure, EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './errors';
import { CLI_LOCALE } from './locale';
import type { CliIo } from './output';
import { currentPathEnvironment, defaultDatabasePath, resolveDatabasePath, type PathEnvironment } from '../app/paths';
import { Session } from './session';
import { renderHelp, usageLine, type HelpInfo } from './usage';

export interface CliEnvironment {
  io: CliIo;
  paths?: PathEnvironment;
  /** Fixed clock and actor, for tests. */
  now?: () => Date;
  actor?: string;
  commands?: readonly CommandSpec[];
}

/** Runs one `sidampak` command line and returns its exit code; never throws. */
export async function runCli(argv: readonly string[], env: CliEnvironment): Promise<number> {
  const paths = env.paths ?? currentPathEnvironment();
  const commands = env.commands ?? COMMANDS;
  const info: HelpInfo = { version: pkg.version, defaultDatabase: defaultDatabasePath(paths) };
  let session: Session | null = null;
  try {
    const line = parseCommandLine(argv, commands);
    if (line.kind === 'version') {
      env.io.stdout(`${pkg.version}\n`);
      return EXIT_OK;
    }
    if (line.kind === 'help') {
      env.io.stdout(renderHelp(line.topic, commands, info));
      return EXIT_OK;
    }
    session = new Session({
      io: env.io,
      command: line.command,
      commands,
      json: line.globals.json,
      dbFile: resolveDatabasePath(line.globals.db, paths),
      ...info,
      ...(env.now ? { now: env.now } : {}),
      ...(env.actor ? { actor: env.actor } : {}),
    });
    if (line.command.database === 'setup') await session.requireSetup();
    await line.command.run(session, line.values, line.rest);
    session.close();
    return EXIT_OK;
  } catch (err) {
    session?.abort();
    return report(err, env.io, commands, info);
  }
}

function report(err: unknown, io: CliIo, commands: readonly CommandSpec[], info: HelpInfo): number {
  const line = (code: string, message: string) => `${translate(CLI_LOCALE, 'cli.error.line', { code, message })}\n`;
  if (err instanceof CliFailure) {
    let text = line(err.code, err.message);
    for (const f of err.details.fields ?? []) text += `  ${f.path || '-'}: ${f.message}\n`;
    if (err.details.cause !== undefined) text += `  ${describe(err.details.cause)}\n`;
    if (err.details.hint) text += `${err.details.hint}\n`;
    const help = err.details.help;
    if (help?.kind === 'command') {
      const command = `sidampak ${help.command.path.join(' ')}`;
      text += `${translate(CLI_LOCALE, 'cli.help.usage')} ${usageLine(help.command)}\n`;
      text += `${translate(CLI_LOCALE, 'cli.hint.help', { command })}\n`;
    } else if (help) {
      text += `\n${renderHelp(help, commands, info)}`;
    }
    io.stderr(text);
    return err.details.exitCode;
  }
  if (isAppError(err)) {
    // Raised outside the dispatcher, e.g. while opening the database (DATABASE_NEWER).
    io.stderr(line(err.code, errorMessage(CLI_LOCALE, err.code, err.params)));
    return err.code === 'VALIDATION_FAILED' ? EXIT_USAGE : EXIT_FAILED;
  }
  io.stderr(line('INTERNAL', errorMessage(CLI_LOCALE, 'INTERNAL')) + `  ${describe(err)}\n`);
  return EXIT_FAILED;
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
