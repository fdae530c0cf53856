import { z } from 'zod';
import { AppError, isAppError } from '../../shared/errors';
import { errorMessage, isMessageKey, translate } from '../../shared/i18n';
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

/** Zod issue → a catalogue message: our own codes (`program.code`) first, then zod's kinds. */
function fieldMessage(locale: Locale, issue: z.core.$ZodIssue): string {
  const own = `validation.${issue.message}`;
  if (isMessageKey(own)) return translate(locale, own);
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? translate(locale, 'validation.tooShort', { min: Number(issue.minimum) })
        : translate(locale, 'validation.min', { min: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? translate(locale, 'validation.tooLong', { max: Number(issue.maximum) })
        : translate(locale, 'validation.max', { max: Number(issue.maximum) });
    case 'invalid_value':
      return translate(locale, 'validation.choice');
    case 'invalid_format':
      return issue.format === 'email' ? translate(locale, 'validation.email') : translate(locale, 'validation.invalid');
    case 'invalid_type':
      return issue.expected === 'number' ? translate(locale, 'validation.number') : translate(locale, 'validation.required');
    default:
      return translate(locale, 'validation.invalid');
  }
}

export function validationFields(locale: Locale, error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: fieldMessage(locale, issue) }));
}

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
