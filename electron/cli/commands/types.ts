import type { MessageKey } from '../../../shared/i18n';
import type { Session } from '../session';

export type OptionSpec =
  | { type: 'string'; valueName: MessageKey; description: MessageKey; required?: boolean }
  | { type: 'boolean'; description: MessageKey; short?: string };

export type OptionSpecs = Record<string, OptionSpec>;

type ValueOf<S extends OptionSpec> = S extends { type: 'boolean' }
  ? boolean
  : S extends { required: true }
    ? string
    : string | undefined;

/** Parsed option values, keyed like the spec (camelCase); the flag is the kebab-case form. */
export type OptionValues<O extends OptionSpecs> = { [K in keyof O]: ValueOf<O[K]> };

/**
 * What the command needs from the database before it runs:
 * `none` no database, `open` opened as it is (created if missing), `setup` must exist and be set up.
 */
export type DatabaseNeed = 'none' | 'open' | 'setup';

export interface CommandSpec<O extends OptionSpecs = OptionSpecs> {
  /** The words typed after `sidampak`, e.g. `['programs', 'list']`. */
  path: readonly string[];
  summary: MessageKey;
  options: O;
  /** Placeholder of trailing words the command takes (`help [command]`); without it, extra words are an error. */
  rest?: MessageKey;
  database: DatabaseNeed;
  /** Field paths of a VALIDATION_FAILED reply → the flag the value came from, so the message names the flag. */
  fieldFlags?: Readonly<Record<string, string>>;
  run(session: Session, values: OptionValues<O>, rest: readonly string[]): Promise<void>;
}

/** Keeps the literal option types of one command while it goes into the untyped command table. */
export function defineCommand<O extends OptionSpecs>(spec: CommandSpec<O>): CommandSpec {
  return spec as unknown as CommandSpec;
}

export function flagOf(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
