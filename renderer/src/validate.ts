import type { z } from 'zod';
import { validationFields } from '../../shared/i18n/validation';
import type { Locale } from '../../shared/domain/office';
import { ApiError } from './api';
import { toFieldErrors, type FieldErrors } from './shell/Field';

/**
 * Checks a form value with the same shared schema main uses, so the clerk sees problems before
 * sending; returns the parsed value or the field errors.
 */
export function checkForm<S extends z.ZodType>(
  schema: S,
  value: unknown,
  locale: Locale,
): { ok: true; value: z.output<S> } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: toFieldErrors(validationFields(locale, parsed.error)) };
}

/** Field errors from a refused call (main validated too), with the channel's input prefix removed. */
export function fieldErrorsOf(err: unknown, prefix: string): FieldErrors {
  return err instanceof ApiError ? toFieldErrors(err.fields, prefix) : {};
}
