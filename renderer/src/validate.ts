import type { z } from 'zod';
import { validationFields } from '../../shared/i18n/validation';
import type { Locale } from '../../shared/domain/office';
import { useState } from 'react';
import type { ErrorCode } from '../../shared/errors';
import { ApiError, errorText } from './api';
import { useApp } from './stores/app';
import { useT } from './i18n';
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

export interface ValidatedSaveOptions<S extends z.ZodType, R> {
  schema: S;
  /** The channel's input key the form's fields sit under (`program`, `profile`, `family`). */
  prefix: string;
  send(value: z.output<S>): Promise<R>;
  onSaved(result: R): void | Promise<void>;
  /** A refusal that belongs to one field (e.g. NIK_TAKEN → nik) rather than to the whole form. */
  fieldOfCode?: Partial<Record<ErrorCode, string>>;
}

/**
 * The save step every form shares: check with the shared schema, tell the clerk what to fix,
 * send, and put main's refusals back on the fields they concern.
 */
export function useValidatedSave<S extends z.ZodType, R>(options: ValidatedSaveOptions<S, R>) {
  const t = useT();
  const { status, notify } = useApp();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const save = async (draft: unknown): Promise<boolean> => {
    const checked = checkForm(options.schema, draft, status?.locale ?? 'id');
    if (!checked.ok) {
      setErrors(checked.errors);
      notify('error', t('form.invalid'));
      return false;
    }
    setErrors({});
    setSaving(true);
    try {
      await options.onSaved(await options.send(checked.value));
      return true;
    } catch (err) {
      const field = err instanceof ApiError ? options.fieldOfCode?.[err.code] : undefined;
      setErrors(field && err instanceof ApiError ? { [field]: err.message } : fieldErrorsOf(err, options.prefix));
      notify('error', errorText(err));
      return false;
    } finally {
      setSaving(false);
    }
  };
  return { errors, setErrors, saving, save };
}
