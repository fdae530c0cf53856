import { useState } from 'react';
import { familyEditSchema, type FamilyEditInput } from '../../../shared/domain/register-edit';
import type { FamilyInfo, RegisterOptions, SaveResult } from '../../../shared/ipc/beneficiaries';
import { call } from '../api';
import { useT } from '../i18n';
import { Field } from '../shell/Field';
import { SelectField } from '../shell/SelectField';
import { useValidatedSave } from '../validate';

const DESIL_OPTIONS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((d) => ({ value: d, label: String(d) }));

function toInput(f: FamilyInfo): FamilyEditInput {
  return {
    kk: f.kk,
    address: f.address,
    rt: f.rt,
    rw: f.rw,
    kecamatanCode: f.kecamatanCode,
    desaCode: f.desaCode,
    dtksId: f.dtksId,
    desil: f.desil,
    desilAsOf: f.desilAsOf,
  };
}

/** Edits a family with the same schema main checks (checkKk, RT/RW normaliser, region rules). */
export function FamilyForm(props: { family: FamilyInfo; options: RegisterOptions; onCancel(): void; onSaved(result: SaveResult): void }) {
  const t = useT();
  const [draft, setDraft] = useState<FamilyEditInput>(() => toInput(props.family));
  const saver = useValidatedSave({
    schema: familyEditSchema,
    prefix: 'family',
    send: (family) => call('beneficiaries.updateFamily', { familyId: props.family.id, family }),
    onSaved: props.onSaved,
    fieldOfCode: { KK_TAKEN: 'kk' },
  });
  const { errors, saving } = saver;
  const set = <K extends keyof FamilyEditInput>(key: K, value: FamilyEditInput[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const kecamatan = props.options.kecamatan.find((k) => k.code === draft.kecamatanCode) ?? null;
  const text = (key: 'kk' | 'address' | 'rt' | 'rw' | 'dtksId', label: string) => (
    <Field id={`family-${key}`} label={label} error={errors[key]}>
      <input
        id={`family-${key}`}
        value={draft[key] ?? ''}
        aria-invalid={errors[key] ? true : undefined}
        onChange={(e) => set(key, key === 'kk' || key === 'address' ? e.target.value : e.target.value === '' ? null : e.target.value)}
      />
    </Field>
  );

  const save = () => saver.save(draft);

  return (
    <form
      noValidate
      aria-label={t('beneficiaries.edit.familyTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="form-grid">
        {text('kk', t('beneficiaries.field.kk'))}
        {text('dtksId', t('beneficiaries.field.dtksId'))}
        <div className="span-2">{text('address', t('beneficiaries.field.address'))}</div>
        {text('rt', t('beneficiaries.field.rt'))}
        {text('rw', t('beneficiaries.field.rw'))}
        <SelectField
          id="family-kecamatan"
          label={t('beneficiaries.field.kecamatanCode')}
          value={draft.kecamatanCode}
          emptyLabel={t('beneficiaries.edit.regionNone')}
          error={errors.kecamatanCode}
          options={props.options.kecamatan.map((k) => ({ value: k.code, label: k.name }))}
          onChange={(code) => setDraft((d) => ({ ...d, kecamatanCode: code, desaCode: null }))}
        />
        <SelectField
          id="family-desa"
          label={t('beneficiaries.field.desaCode')}
          value={draft.desaCode}
          emptyLabel={t('beneficiaries.edit.regionNone')}
          error={errors.desaCode}
          options={(kecamatan?.desa ?? []).map((d) => ({ value: d.code, label: d.name }))}
          onChange={(code) => set('desaCode', code)}
        />
        <SelectField
          id="family-desil"
          label={t('beneficiaries.field.desil')}
          value={draft.desil}
          emptyLabel={t('common.none')}
          error={errors.desil}
          options={DESIL_OPTIONS}
          onChange={(desil) => set('desil', desil)}
        />
        <Field id="family-desilAsOf" label={t('beneficiaries.field.desilAsOf')} error={errors.desilAsOf}>
          <input
            id="family-desilAsOf"
            type="date"
            value={draft.desilAsOf ?? ''}
            aria-invalid={errors.desilAsOf ? true : undefined}
            onChange={(e) => set('desilAsOf', e.target.value === '' ? null : e.target.value)}
          />
        </Field>
      </div>
      <div className="actions">
        <button type="button" onClick={props.onCancel}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {t('form.save')}
        </button>
      </div>
    </form>
  );
}
