import { id, type MessageKey } from './id';
import { en } from './en';
import type { Locale } from '../domain/office';
import type { ErrorCode, ErrorParams } from '../errors';

const catalogues: Record<Locale, Record<MessageKey, string>> = { id, en };

export type { MessageKey };

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(id, key);
}

/** Looks a message up and fills `{name}` placeholders. Indonesian is the fallback. */
export function translate(locale: Locale, key: MessageKey, params: ErrorParams = {}): string {
  const template = catalogues[locale][key] ?? id[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function errorMessage(locale: Locale, code: ErrorCode, params: ErrorParams = {}): string {
  return translate(locale, `error.${code}` as MessageKey, params);
}
