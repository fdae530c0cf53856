import { z } from 'zod';
import { AppError, isAppError } from '../../shared/errors';
import { errorMessage } from '../../shared/i18n';
import { validationFields } from '../../shared/i18n/validation';
import { contract, isChannelName, type ChannelName, type Envelope } from '../../shared/ipc';
import type { FieldIssue } from '../../shared/ipc/envelope';
import type { Locale } from '../../shared/domain/office';
import type { AppContext, HandlerMap } from './types';

export interface CallMeta {
  /** URL of the frame that sent the call; null for in-process callers (CLI, tests). */
  senderUrl: string | null;
}

export interface DispatcherOptions {
  handlers: HandlerMap<ChannelName>;
  isTrustedSender(url: string): boolean;
  locale(ctx: AppContext): Locale;
  log?: (message: string, err: unknown) => void;
}

export type Dispatch = (channel: unknown, input: unknown, meta: CallMeta) => Promise<Envelope<unknown>>;

/**
 * The one dispatcher: checks the sender, parses the input with the channel's schema, runs the
 * handler and wraps the result in the reply envelope. Nothing unvalidated reaches a handler.
 */
export function createDispatcher(ctx: AppContext, options: DispatcherOptions): Dispatch {
  return async (channel, input, meta) => {
    const locale = safeLocale(ctx, options);
    const fail = (code: AppError['code'], params: AppError['params'] = {}, fields?: FieldIssue[]): Envelope<never> => ({
      ok: false,
      code,
      message: errorMessage(locale, code, params),
      ...(fields ? { fields } : {}),
    });
    if (meta.senderUrl !== null && !options.isTrustedSender(meta.senderUrl)) return fail('FORBIDDEN_SENDER');
    if (!isChannelName(channel)) return fail('UNKNOWN_CHANNEL');
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) return fail('VALIDATION_FAILED', {}, validationFields(locale, parsed.error));
    try {
      const handler = options.handlers[channel] as (c: AppContext, i: unknown) => unknown;
      return { ok: true, value: await handler(ctx, parsed.data) };
    } catch (err) {
      if (isAppError(err)) return fail(err.code, err.params);
      if (err instanceof z.ZodError) return fail('VALIDATION_FAILED', {}, validationFields(locale, err));
      options.log?.(`IPC ${channel} failed`, err);
      return fail('INTERNAL');
    }
  };
}

function safeLocale(ctx: AppContext, options: DispatcherOptions): Locale {
  try {
    return options.locale(ctx);
  } catch {
    return 'id';
  }
}
