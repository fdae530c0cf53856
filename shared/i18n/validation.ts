import type { z } from 'zod';
import type { Locale } from '../domain/office';
import type { FieldIssue } from '../ipc/envelope';
import { isMessageKey, translate } from './index';

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

/**
 * Field problems of a failed parse, keyed by dotted path (`program.benefit.components.0.code`).
 * Used by the dispatcher for IPC input and by forms before they send, so both say the same thing.
 */
export function validationFields(locale: Locale, error: z.ZodError, prefix = ''): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: fieldMessage(locale, issue),
  }));
}
