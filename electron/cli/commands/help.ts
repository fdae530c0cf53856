import { renderHelp } from '../usage';
import { parseCommandLine } from '../args';
import { defineCommand } from './types';

/** `sidampak help [command words]`: the same text as `--help`. */
export const helpCommand = defineCommand({
  path: ['help'],
  summary: 'cli.command.help',
  options: {},
  rest: 'cli.value.command',
  database: 'none',
  async run(session, _values, rest) {
    const line = rest.length === 0 ? null : parseCommandLine([...rest, '--help'], session.commands);
    const topic = line?.kind === 'help' ? line.topic : { kind: 'general' as const };
    session.io.stdout(renderHelp(topic, session.commands, session));
  },
});
