import { translate, type MessageKey } from '../../shared/i18n';
import type { ErrorParams } from '../../shared/errors';
import { useApp } from './stores/app';

export type T = (key: MessageKey, params?: ErrorParams) => string;

/** The translator for the user's chosen language (Indonesian until the status has loaded). */
export function useT(): T {
  const locale = useApp((s) => s.status?.locale ?? 'id');
  return (key, params) => translate(locale, key, params);
}
