import { formatPeriodCode, parsePeriod, type Period } from '../../../shared/domain/period';
import { useT } from '../i18n';

const QUARTERS = [1, 2, 3, 4] as const;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** The years offered: a few back (late bank lists, reopened quarters) and the next one. */
function yearsAround(selected: number): number[] {
  const thisYear = new Date().getFullYear();
  const years = new Set<number>();
  for (let y = thisYear - 6; y <= thisYear + 1; y++) years.add(y);
  years.add(selected);
  return [...years].sort((a, b) => b - a);
}

/**
 * Year and tahap (or triwulan) of a period code such as `2024-Q3`. Both pages of the quarter
 * use it, so the same labels find the same controls.
 */
export function PeriodPicker({ id, period, word, disabled, onChange }: { id: string; period: string; word: 'tahap' | 'triwulan'; disabled?: boolean; onChange(period: string): void }) {
  const t = useT();
  const current: Period = parsePeriod(period) ?? { year: new Date().getFullYear(), quarter: 1 };
  const quarterLabel = word === 'tahap' ? t('penyaluran.period.tahap') : t('penyaluran.period.triwulan');
  return (
    <div className="pny-period" role="group" aria-label={t('penyaluran.period.label')}>
      <label htmlFor={`${id}-year`}>{t('penyaluran.period.year')}</label>
      <select
        id={`${id}-year`}
        value={current.year}
        disabled={disabled}
        onChange={(e) => onChange(formatPeriodCode({ year: Number(e.target.value), quarter: current.quarter }))}
      >
        {yearsAround(current.year).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-quarter`}>{quarterLabel}</label>
      <select
        id={`${id}-quarter`}
        value={current.quarter}
        disabled={disabled}
        onChange={(e) => onChange(formatPeriodCode({ year: current.year, quarter: Number(e.target.value) as Period['quarter'] }))}
      >
        {QUARTERS.map((q) => (
          <option key={q} value={q}>
            {ROMAN[q - 1]} ({t(`penyaluran.period.months${q}`)})
          </option>
        ))}
      </select>
    </div>
  );
}
