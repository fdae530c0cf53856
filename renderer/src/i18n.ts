import { useCallback } from 'react';
import { isMessageKey, translate, type MessageKey } from '../../shared/i18n';
import type { ErrorParams } from '../../shared/errors';
import { useApp } from './stores/app';

export type T = (key: MessageKey, params?: ErrorParams) => string;

/** The translator for the user's chosen language (Indonesian until the status has loaded). */
export function useT(): T {
  const locale = useApp((s) => s.status?.locale ?? 'id');
  // Stable per language: pages list `t` among their effects' and memos' dependencies (a chart's
  // configuration, for one), which must not be rebuilt on every render.
  return useCallback<T>((key, params) => translate(locale, key, params), [locale]);
}

/** A code shown in words when the catalogue has `prefix + code` (`audit.action.update`), else as it is. */
export function wordFor(t: T, prefix: string, value: string): string {
  const key = prefix + value;
  return isMessageKey(key) ? t(key) : value;
}
