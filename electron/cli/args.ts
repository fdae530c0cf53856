import { parseArgs } from 'node:util';
import { translate, type MessageKey } from '../../shared/i18n';
import type { ErrorParams } from '../../shared/errors';
import { flagOf, type CommandSpec, type OptionSpec, type OptionSpecs } from './commands/types';
import { CliFailure, EXIT_USAGE, type HelpTopic } from './errors';
import { CLI_LOCALE } from './locale';

export const GLOBAL_OPTIONS = {
  db: { type: 'string', valueName: 'cli.value.file', description: 'cli.option.db' },
  json: { type: 'boolean', description: 'cli.option.json' },
  help: { type: 'boolean', short: 'h', description: 'cli.option.help' },
  version: { type: 'boolean', description: 'cli.option.version' },
} as const satisfies OptionSpecs;

export interface GlobalValues {
  db: string | undefined;
  json: boolean;
}

export type OptionValue = string | boolean | undefined;

export type CommandLine =
  | { kind: 'version' }
  | { kind: 'help'; topic: HelpTopic }
  | {
      kind: 'run';
      command: CommandSpec;
      values: Record<string, OptionValue>;
      rest: string[];
      globals: GlobalValues;
    };

interface KnownOption {
  key: string;
  spec: OptionSpec;
}

function usageError(key: MessageKey, params: ErrorParams, help: HelpTopic): CliFailure {
  return new CliFailure('USAGE', translate(CLI_LOCALE, key, params), { exitCode: EXIT_USAGE, help });
}

/** Every flag any command knows, so the first pass can tell an option's value from a command word. */
function knownOptions(commands: readonly CommandSpec[]): Map<string, KnownOption> {
  const known = new Map<string, KnownOption>();
  const add = (options: OptionSpecs) => {
    for (const [key, spec] of Object.entries(options)) {
      const name = flagOf(key).slice(2);
      const seen = known.get(name);
      if (seen && seen.spec.type !== spec.type) {
        throw new Error(`Option --${name} is declared both as ${seen.spec.type} and ${spec.type}`);
      }
      known.set(name, { key, spec });
    }
  };
  add(GLOBAL_OPTIONS);
  for (const c of commands) add(c.options);
  return known;
}

function parseArgsConfig(known: Map<string, KnownOption>) {
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const [name, { spec }] of known) {
    config[name] = spec.type === 'boolean' && spec.short ? { type: 'boolean', short: spec.short } : { type: spec.type };
  }
  return config;
}

function startsWith(path: readonly string[], words: readonly string[]): boolean {
  return words.every((w, i) => path[i] === w);
}

/** The command whose words are the longest prefix of what was typed. */
function resolveCommand(words: readonly string[], commands: readonly CommandSpec[]): CommandSpec | null {
  let best: CommandSpec | null = null;
  for (const c of commands) {
    if (c.path.length <= words.length && startsWith(words, c.path) && (!best || c.path.length > best.path.length)) best = c;
  }
  return best;
}

/** Why no command matched: an unknown word, or a group (`programs`) missing its subcommand. */
function unresolved(words: readonly string[], commands: readonly CommandSpec[]): CliFailure {
  let depth = 0;
  while (depth < words.length && commands.some((c) => startsWith(c.path, words.slice(0, depth + 1)))) depth++;
  if (depth === 0) {
    return new CliFailure('UNKNOWN_COMMAND', translate(CLI_LOCALE, 'cli.error.UNKNOWN_COMMAND', { command: words[0]! }), {
      exitCode: EXIT_USAGE,
      help: { kind: 'general' },
    });
  }
  const group = words.slice(0, depth);
  const help: HelpTopic = { kind: 'group', words: group };
  if (depth === words.length) {
    const choices = commands.filter((c) => startsWith(c.path, group)).map((c) => c.path[depth]);
    return usageError('cli.error.subcommand', { command: group.join(' '), choices: [...new Set(choices)].join(', ') }, help);
  }
  return new CliFailure(
    'UNKNOWN_COMMAND',
    translate(CLI_LOCALE, 'cli.error.UNKNOWN_COMMAND', { command: words.slice(0, depth + 1).join(' ') }),
    { exitCode: EXIT_USAGE, help },
  );
}

/**
 * Parses `sidampak [global options] <command words> [options]`. Options may come before or after
 * the command words; each is checked against the command it is given to.
 */
export function parseCommandLine(argv: readonly string[], commands: readonly CommandSpec[]): CommandLine {
  const known = knownOptions(commands);
  const { tokens } = parseArgs({
    args: [...argv],
    options: parseArgsConfig(known),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const words: string[] = [];
  const options: { name: string; rawName: string; value: string | undefined; inlineValue: boolean | undefined }[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') words.push(token.value);
    else if (token.kind === 'option') {
      options.push({ name: token.name, rawName: token.rawName, value: token.value, inlineValue: token.inlineValue });
    }
  }
  const flagged = (name: string) => options.some((o) => o.name === name);

  const command = resolveCommand(words, commands);
  if (flagged('help')) {
    if (command) return { kind: 'help', topic: { kind: 'command', command } };
    if (words.length === 0) return { kind: 'help', topic: { kind: 'general' } };
    const failure = unresolved(words, commands);
    // `sidampak programs --help` asks for the group's help; only a wrong word is an error.
    if (failure.code === 'USAGE' && failure.details.help?.kind === 'group') return { kind: 'help', topic: failure.details.help };
    throw failure;
  }
  if (flagged('version')) return { kind: 'version' };
  if (!command && words.length > 0) throw unresolved(words, commands);

  const help: HelpTopic = command ? { kind: 'command', command } : { kind: 'general' };
  const allowed: OptionSpecs = { ...GLOBAL_OPTIONS, ...(command?.options ?? {}) };
  const allowedNames = new Map(Object.entries(allowed).map(([key, spec]) => [flagOf(key).slice(2), { key, spec }]));
  const values: Record<string, OptionValue> = {};
  for (const o of options) {
    const option = o.rawName;
    const entry = allowedNames.get(o.name);
    if (!entry) {
      if (command && known.has(o.name)) {
        throw usageError('cli.error.optionNotHere', { option, command: command.path.join(' ') }, help);
      }
      throw usageError('cli.error.unknownOption', { option }, help);
    }
    if (entry.spec.type === 'boolean') {
      if (o.value !== undefined) throw usageError('cli.error.noValue', { option }, help);
      values[entry.key] = true;
      continue;
    }
    // Without `=`, parseArgs takes the next word even when it is another option (`--db --json`).
    if (o.value === undefined || o.value === '' || (!o.inlineValue && o.value.startsWith('--'))) {
      throw usageError('cli.error.missingValue', { option }, help);
    }
    if (values[entry.key] !== undefined) throw usageError('cli.error.repeated', { option }, help);
    values[entry.key] = o.value;
  }
  if (!command) return { kind: 'help', topic: { kind: 'general' } };

  const rest = words.slice(command.path.length);
  if (rest.length > 0 && !command.rest) throw usageError('cli.error.unexpected', { arg: rest[0]! }, help);
  for (const [key, spec] of Object.entries(command.options)) {
    if (spec.type === 'boolean') values[key] ??= false;
    else if (spec.required && values[key] === undefined) throw usageError('cli.error.required', { option: flagOf(key) }, help);
  }
  const globals: GlobalValues = { db: values.db as string | undefined, json: values.json === true };
  for (const key of Object.keys(GLOBAL_OPTIONS)) delete values[key];
  return { kind: 'run', command, values, rest, globals };
}
