import { useState } from 'react';
import { memberEditSchema, type MemberEditInput } from '../../../shared/domain/register-edit';
import type { MemberInfo, SaveResult } from '../../../shared/ipc/beneficiaries';
import { call } from '../api';
import { useT } from '../i18n';
import { Field } from '../shell/Field';
import { SelectField } from '../shell/SelectField';
import { useValidatedSave } from '../validate';

type TextKey = 'nik' | 'name' | 'birthPlace' | 'relationship' | 'motherName' | 'disability' | 'schoolLevel';

function toInput(m: MemberInfo): MemberEditInput {
  return {
    nik: m.nik,
    name: m.name,
    sex: m.sex,
    birthPlace: m.birthPlace,
    birthDate: m.birthDate,
    relationship: m.relationship,
    motherName: m.motherName,
    disability: m.disability,
    schoolLevel: m.schoolLevel,
    isPengurus: m.isPengurus,
  };
}

/** Edits a member with the import's rules: checkNik names the exact problem under the NIK field. */
export function MemberForm(props: { member: MemberInfo; onCancel(): void; onSaved(result: SaveResult): void }) {
  const t = useT();
  const [draft, setDraft] = useState<MemberEditInput>(() => toInput(props.member));
  const saver = useValidatedSave({
    schema: memberEditSchema,
    prefix: 'member',
    send: (member) => call('beneficiaries.updateMember', { memberId: props.member.id, member }),
    onSaved: props.onSaved,
    fieldOfCode: { NIK_TAKEN: 'nik' },
  });
  const { errors, saving } = saver;
  const set = <K extends keyof MemberEditInput>(key: K, value: MemberEditInput[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: TextKey) => (
    <Field id={`member-${key}`} label={t(`beneficiaries.field.${key}`)} error={errors[key]}>
      <input
        id={`member-${key}`}
        value={draft[key] ?? ''}
        inputMode={key === 'nik' ? 'numeric' : undefined}
        aria-invalid={errors[key] ? true : undefined}
        onChange={(e) => set(key, key === 'nik' || key === 'name' ? e.target.value : e.target.value === '' ? null : e.target.value)}
      />
    </Field>
  );

  const save = () => saver.save(draft);

  return (
    <form
      className="card"
      noValidate
      aria-label={t('beneficiaries.edit.memberTitle', { name: props.member.name })}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{t('beneficiaries.edit.memberTitle', { name: props.member.name })}</h3>
      <div className="form-grid">
        {text('nik')}
        {text('name')}
        <SelectField
          id="member-sex"
          label={t('beneficiaries.field.sex')}
          value={draft.sex}
          emptyLabel={t('beneficiaries.edit.sexNone')}
          error={errors.sex}
          options={(['L', 'P'] as const).map((s) => ({ value: s, label: t(`beneficiaries.sex.${s}`) }))}
          onChange={(sex) => set('sex', sex)}
        />
        {text('relationship')}
        {text('birthPlace')}
        <Field id="member-birthDate" label={t('beneficiaries.field.birthDate')} error={errors.birthDate}>
          <input
            id="member-birthDate"
            type="date"
            value={draft.birthDate ?? ''}
            aria-invalid={errors.birthDate ? true : undefined}
            onChange={(e) => set('birthDate', e.target.value === '' ? null : e.target.value)}
          />
        </Field>
        {text('motherName')}
        {text('disability')}
        {text('schoolLevel')}
        <label className="check">
          <input type="checkbox" checked={draft.isPengurus} onChange={(e) => set('isPengurus', e.target.checked)} />
          {t('beneficiaries.edit.isPengurus')}
        </label>
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
