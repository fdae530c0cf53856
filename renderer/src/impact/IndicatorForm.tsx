import { useState } from 'react';
import { indicatorInputSchema, type IndicatorInput } from '../../../shared/domain/welfare';
import { call } from '../api';
import { Field } from '../shell/Field';
import { useT } from '../i18n';
import { useApp } from '../stores/app';
import { useValidatedSave } from '../validate';

const EMPTY: IndicatorInput = { code: '', name: '', unit: '', better: 'up', level: 'family', description: '' };

/** An indicator the office follows beside the built-in ones: what it measures, per whom, and which way is better. */
export function IndicatorForm({ onSaved }: { onSaved(): void }) {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const [draft, setDraft] = useState<IndicatorInput>(EMPTY);
  const { errors, saving, save } = useValidatedSave({
    schema: indicatorInputSchema,
    prefix: '',
    send: (value) => call('impact.saveIndicator', value),
    onSaved: (indicator) => {
      notify('success', t('impact.indicators.saved', { name: indicator.name }));
      setDraft(EMPTY);
      onSaved();
    },
    fieldOfCode: { INDICATOR_BUILTIN: 'code' },
  });
  const set = (patch: Partial<IndicatorInput>) => setDraft({ ...draft, ...patch });
  return (
    <form
      className="card wave-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save(draft);
      }}
    >
      <h4>{t('impact.indicators.add')}</h4>
      <Field id="indicator-code" label={t('impact.indicators.code')} error={errors['code']} hint={t('impact.indicators.codeHint')}>
        <input id="indicator-code" value={draft.code} onChange={(e) => set({ code: e.target.value })} />
      </Field>
      <Field id="indicator-name" label={t('impact.indicators.name')} error={errors['name']}>
        <input id="indicator-name" value={draft.name} onChange={(e) => set({ name: e.target.value })} />
      </Field>
      <Field id="indicator-unit" label={t('impact.indicators.unit')} error={errors['unit']} hint={t('impact.indicators.unitHint')}>
        <input id="indicator-unit" value={draft.unit} onChange={(e) => set({ unit: e.target.value })} />
      </Field>
      <Field id="indicator-better" label={t('impact.indicators.better')} error={errors['better']}>
        <select id="indicator-better" value={draft.better} onChange={(e) => set({ better: e.target.value as IndicatorInput['better'] })}>
          <option value="up">{t('impact.indicators.up')}</option>
          <option value="down">{t('impact.indicators.down')}</option>
        </select>
      </Field>
      <Field id="indicator-level" label={t('impact.indicators.level')} error={errors['level']}>
        <select id="indicator-level" value={draft.level} onChange={(e) => set({ level: e.target.value as IndicatorInput['level'] })}>
          <option value="family">{t('impact.indicators.family')}</option>
          <option value="member">{t('impact.indicators.member')}</option>
        </select>
      </Field>
      <Field id="indicator-description" label={t('impact.indicators.description')} error={errors['description']}>
        <textarea id="indicator-description" rows={2} value={draft.description} onChange={(e) => set({ description: e.target.value })} />
      </Field>
      <button type="submit" className="primary" disabled={saving}>
        {t('impact.indicators.save')}
      </button>
    </form>
  );
}
