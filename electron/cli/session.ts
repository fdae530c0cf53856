import { existsSync, rmSync } from 'node:fs';
import { createApp, type App } from '../app/create';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';
import { handlers } from '../ipc/handlers';
import { errorMessage, translate, type MessageKey } from '../../shared/i18n';
import type { ErrorParams } from '../../shared/errors';
import type { ChannelName, InputOf, OutputOf } from '../../shared/ipc';
import type { CommandSpec } from './commands/types';
import { CliFailure, EXIT_FAILED, EXIT_USAGE } from './errors';
import { CLI_LOCALE } from './locale';
import { json, table, type CliIo } from './output';
import { backupDirFor } from '../app/paths';

export interface SessionOptions {
  io: CliIo;
  command: CommandSpec;
  commands: readonly CommandSpec[];
  json: boolean;
  dbFile: string;
  version: string;
  defaultDatabase: string;
  now?: () => Date;
  actor?: string;
}

/**
 * What a command works with: output, and the app over the database, reached through the same
 * dispatcher (schemas, services, error codes) as the window. The database opens on first use.
 */
export class Session {
  readonly locale = CLI_LOCALE;
  readonly io: CliIo;
  readonly json: boolean;
  readonly dbFile: string;
  readonly backupDir: string;
  readonly command: CommandSpec;
  readonly commands: readonly CommandSpec[];
  readonly version: string;
  readonly defaultDatabase: string;
  private readonly options: SessionOptions;
  private readonly existedBefore: boolean;
  private opened: { app: App; dispatch: Dispatch } | null = null;
  private lastInternal: unknown = null;

  constructor(options: SessionOptions) {
    this.options = options;
    this.io = options.io;
    this.json = options.json;
    this.dbFile = options.dbFile;
    this.backupDir = backupDirFor(options.dbFile);
    this.command = options.command;
    this.commands = options.commands;
    this.version = options.version;
    this.defaultDatabase = options.defaultDatabase;
    this.existedBefore = existsSync(options.dbFile);
  }

  t(key: MessageKey, params: ErrorParams = {}): string {
    return translate(this.locale, key, params);
  }

  print(...lines: string[]): void {
    this.io.stdout(lines.map((l) => `${l}\n`).join(''));
  }

  printJson(value: unknown): void {
    this.io.stdout(json(value));
  }

  printTable(headers: readonly string[], rows: readonly (readonly string[])[]): void {
    this.print(...table(headers, rows));
  }

  app(): App {
    return this.open().app;
  }

  private open(): { app: App; dispatch: Dispatch } {
    if (this.opened) return this.opened;
    const app = createApp({
      dbFile: this.dbFile,
      backupDir: this.backupDir,
      ...(this.options.now ? { now: this.options.now } : {}),
      ...(this.options.actor ? { actor: this.options.actor } : {}),
    });
    // Our own dispatcher only to fix the language; handlers and validation are the app's.
    const dispatch = createDispatcher(app.ctx, {
      handlers,
      isTrustedSender: () => false,
      locale: () => this.locale,
      log: (_message, err) => {
        this.lastInternal = err;
      },
    });
    this.opened = { app, dispatch };
    return this.opened;
  }

  /** Calls a contract channel; a failed reply becomes a CliFailure with the reply's code and message. */
  async invoke<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
    const reply = await this.open().dispatch(channel, input, { senderUrl: null });
    if (reply.ok) return reply.value as OutputOf<C>;
    const flags = this.command.fieldFlags ?? {};
    const fields = (reply.fields ?? []).map((f) => ({ path: flags[f.path] ?? f.path, message: f.message }));
    throw new CliFailure(reply.code, reply.message, {
      // Every input a command sends comes from its flags, so a rejected input is a wrong command line.
      exitCode: reply.code === 'VALIDATION_FAILED' ? EXIT_USAGE : EXIT_FAILED,
      fields,
      ...(reply.code === 'VALIDATION_FAILED' ? { help: { kind: 'command' as const, command: this.command } } : {}),
      ...(reply.code === 'INTERNAL' ? { cause: this.lastInternal } : {}),
      ...(reply.code === 'SETUP_REQUIRED' ? { hint: this.t('cli.hint.init') } : {}),
    });
  }

  /** Refuses to run on a database that is missing or not set up, without creating one. */
  async requireSetup(): Promise<void> {
    const setUp = existsSync(this.dbFile) && (await this.invoke('app.status', {})).setupComplete;
    if (!setUp) {
      throw new CliFailure('SETUP_REQUIRED', errorMessage(this.locale, 'SETUP_REQUIRED'), {
        exitCode: EXIT_FAILED,
        hint: this.t('cli.hint.init'),
      });
    }
  }

  close(): void {
    this.opened?.app.close();
    this.opened = null;
  }

  /** After a failure: a database file this run created holds nothing worth keeping. */
  abort(): void {
    const created = this.opened !== null && !this.existedBefore;
    this.close();
    if (!created) return;
    for (const suffix of ['', '-wal', '-shm']) rmSync(this.dbFile + suffix, { force: true });
  }
}
