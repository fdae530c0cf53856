import { translate, type MessageKey } from '../../../../shared/i18n';
import type { Locale } from '../../../../shared/domain/office';
import type { ErrorParams } from '../../../../shared/errors';
import { formatNumber } from '../../../../shared/format';

/**
 * The document's translator. The printed report takes its language as a prop rather than from the
 * app store: the print route (a hidden window, a test page) has no store and no `window.api`.
 */
export type DocT = (key: MessageKey, params?: ErrorParams) => string;

export function docT(locale: Locale): DocT {
  return (key, params) => translate(locale, key, params);
}

/** `97,5%`, or a dash where nothing was allocated. */
export function percentText(value: number | null): string {
  return value === null ? '–' : `${formatNumber(value)}%`;
}
