import { formatNumber } from '../../../shared/format';
import type { T } from '../i18n';

/**
 * The import's progress in words: the phase main reports ("Membaca dan menyimpan data penerima…"),
 * then rows (or enrollment units) done of the total; rows alone while no total is known.
 */
export function importProgressText(t: T, progress: { phase: string | null; done: number; total: number }): string {
  const done = formatNumber(progress.done);
  if (progress.phase === null) return t('wizard.importing', { done, total: formatNumber(progress.total) });
  if (progress.total === 0) return t('wizard.importingRows', { phase: progress.phase, done });
  return t('wizard.importingPhase', { phase: progress.phase, done, total: formatNumber(progress.total) });
}
