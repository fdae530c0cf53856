import { FLAT_UNITS, type Benefit } from '../../../shared/domain/programs';
import { useT } from '../i18n';
import { Field, type FieldErrors } from '../shell/Field';
import { SelectField } from '../shell/SelectField';
import { AmountsEditor } from './AmountsEditor';

const today = () => `${new Date().getFullYear()}-01-01`;

/** Switching kind starts that kind's blank shape; the other kind's values are not silently carried over. */
export function blankBenefit(kind: Benefit['kind']): Benefit {
  if (kind === 'components') return { kind, maxComponents: null, components: [{ code: '', name: '', amounts: [{ validFrom: today(), amount: 0 }] }] };
  if (kind === 'flat') return { kind, unit: 'month', perPerson: false, amounts: [{ validFrom: today(), amount: 0 }] };
  return { kind, note: '' };
}

export function BenefitEditor({ value, errors, onChange }: { value: Benefit; errors: FieldErrors; onChange(next: Benefit): void }) {
  const t = useT();
  if (value.kind === 'in_kind') {
    return (
      <Field id="benefit-note" label={t('form.inKindNote')} error={errors['benefit.note']}>
        <textarea id="benefit-note" value={value.note} onChange={(e) => onChange({ ...value, note: e.target.value })} />
      </Field>
    );
  }
  if (value.kind === 'flat') {
    return (
      <div className="form-grid">
        <SelectField id="benefit-unit" label={t('form.unit')} value={value.unit} onChange={(unit) => unit && onChange({ ...value, unit })}
          options={FLAT_UNITS.map((u) => ({ value: u, label: t(`unit.${u}`) }))} />
        <label className="check">
          <input type="checkbox" checked={value.perPerson} onChange={(e) => onChange({ ...value, perPerson: e.target.checked })} />
          {t('form.perPerson')}
        </label>
        <div className="span-2">
          <h4>{t('form.amounts')}</h4>
          <AmountsEditor id="flat" amounts={value.amounts} errors={errors} path="benefit.amounts" onChange={(amounts) => onChange({ ...value, amounts })} />
        </div>
      </div>
    );
  }
  const components = value.components;
  const updateComponent = (i: number, patch: Partial<(typeof components)[number]>) =>
    onChange({ ...value, components: components.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  return (
    <div>
      <Field id="benefit-max" label={t('form.maxComponents')} error={errors['benefit.maxComponents']}>
        <input
          id="benefit-max"
          type="number"
          min={1}
          max={20}
          value={value.maxComponents ?? ''}
          onChange={(e) => onChange({ ...value, maxComponents: e.target.value === '' ? null : Number(e.target.value) })}
        />
      </Field>
      <h4>{t('form.components')}</h4>
      {errors['benefit.components'] ? <small className="error" role="alert">{errors['benefit.components']}</small> : null}
      <table className="table compact components-editor">
        <thead>
          <tr>
            <th>{t('form.componentCode')}</th>
            <th>{t('form.componentName')}</th>
            <th>{t('form.amounts')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {components.map((c, i) => (
            <tr key={i} data-component={c.code}>
              <td>
                <input
                  aria-label={`${t('form.componentCode')} ${i + 1}`}
                  value={c.code}
                  size={8}
                  aria-invalid={errors[`benefit.components.${i}.code`] ? true : undefined}
                  onChange={(e) => updateComponent(i, { code: e.target.value.toUpperCase() })}
                />
                {errors[`benefit.components.${i}.code`] ? <small className="error">{errors[`benefit.components.${i}.code`]}</small> : null}
              </td>
              <td>
                <input
                  aria-label={`${t('form.componentName')} ${i + 1}`}
                  value={c.name}
                  aria-invalid={errors[`benefit.components.${i}.name`] ? true : undefined}
                  onChange={(e) => updateComponent(i, { name: e.target.value })}
                />
                {errors[`benefit.components.${i}.name`] ? <small className="error">{errors[`benefit.components.${i}.name`]}</small> : null}
              </td>
              <td>
                <AmountsEditor
                  id={`component-${i}`}
                  amounts={c.amounts}
                  errors={errors}
                  path={`benefit.components.${i}.amounts`}
                  onChange={(amounts) => updateComponent(i, { amounts })}
                />
              </td>
              <td>
                {components.length > 1 ? (
                  <button type="button" className="link" onClick={() => onChange({ ...value, components: components.filter((_, j) => j !== i) })}>
                    {t('form.removeComponent')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="link"
        onClick={() => onChange({ ...value, components: [...components, { code: '', name: '', amounts: [{ validFrom: today(), amount: 0 }] }] })}
      >
        + {t('form.addComponent')}
      </button>
    </div>
  );
}
