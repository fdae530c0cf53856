import type { DatedAmount } from '../../../shared/domain/programs';
import { formatRupiah } from '../../../shared/format';
import { useT } from '../i18n';
import type { FieldErrors } from '../shell/Field';

/** Dated amounts of one component (or of a flat benefit): a new row when a rule changes, old rows kept. */
export function AmountsEditor({ id, amounts, errors, path, onChange }: { id: string; amounts: DatedAmount[]; errors: FieldErrors; path: string; onChange(next: DatedAmount[]): void }) {
  const t = useT();
  const update = (i: number, patch: Partial<DatedAmount>) => onChange(amounts.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <div className="amounts-editor">
      {errors[path] ? <small className="error" role="alert">{errors[path]}</small> : null}
      {amounts.map((a, i) => (
        <div key={i} className="amount-row">
          <label>
            <span className="sr-only">{t('form.validFrom')}</span>
            <input
              type="date"
              id={`${id}-from-${i}`}
              aria-label={`${t('form.validFrom')} ${i + 1}`}
              value={a.validFrom}
              aria-invalid={errors[`${path}.${i}.validFrom`] ? true : undefined}
              onChange={(e) => update(i, { validFrom: e.target.value })}
            />
          </label>
          <label>
            <span className="sr-only">{t('form.amount')}</span>
            <input
              type="number"
              id={`${id}-amount-${i}`}
              aria-label={`${t('form.amount')} ${i + 1}`}
              min={0}
              step={1000}
              value={Number.isFinite(a.amount) ? a.amount : ''}
              aria-invalid={errors[`${path}.${i}.amount`] ? true : undefined}
              onChange={(e) => update(i, { amount: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
            />
          </label>
          <span className="money-preview">{Number.isFinite(a.amount) ? formatRupiah(a.amount) : ''}</span>
          {amounts.length > 1 ? (
            <button type="button" className="link" onClick={() => onChange(amounts.filter((_, j) => j !== i))}>
              {t('form.removeAmount')}
            </button>
          ) : null}
          {errors[`${path}.${i}.validFrom`] || errors[`${path}.${i}.amount`] ? (
            <small className="error" role="alert">
              {errors[`${path}.${i}.validFrom`] ?? errors[`${path}.${i}.amount`]}
            </small>
          ) : null}
        </div>
      ))}
      <button
        type="button"
        className="link"
        onClick={() => onChange([...amounts, { validFrom: `${new Date().getFullYear()}-01-01`, amount: amounts[amounts.length - 1]?.amount ?? 0 }])}
      >
        + {t('form.addAmount')}
      </button>
    </div>
  );
}
