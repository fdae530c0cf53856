import { useEffect, useMemo, useState } from 'react';
import {
  BENEFIT_KINDS,
  FREQUENCIES,
  FUNDING_SOURCES,
  PROGRAM_LEVELS,
  changesFromParent,
  programInputSchema,
  programToInput,
  type ProgramInput,
} from '../../../shared/domain/programs';
import type { Kecamatan } from '../../../shared/domain/regions';
import type { ProgramDetail } from '../../../shared/ipc/programs';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { usePrograms } from '../stores/programs';
import { useT } from '../i18n';
import { Field } from '../shell/Field';
import { SelectField } from '../shell/SelectField';
import { useValidatedSave } from '../validate';
import { BenefitEditor, blankBenefit } from './BenefitEditor';
import { changeLabel, changeValue } from './labels';

export type FormMode = 'new' | 'variant' | 'edit';

const DESIL_OPTIONS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((d) => ({ value: d, label: String(d) }));

interface Props {
  mode: FormMode;
  initial: ProgramInput;
  programId: number | null;
  parentCode: string | null;
  onCancel(): void;
  onSaved(detail: ProgramDetail): void | Promise<void>;
}

export function ProgramForm({ mode, initial, programId, parentCode, onCancel, onSaved }: Props) {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const programs = usePrograms((s) => s.list);
  const [draft, setDraft] = useState<ProgramInput>(initial);
  const [kecamatan, setKecamatan] = useState<Kecamatan[]>([]);
  const [parent, setParent] = useState<ProgramInput | null>(null);

  useEffect(() => {
    call('regions.kecamatan', {}).then(setKecamatan, (err) => notify('error', errorText(err)));
  }, [notify]);
  useEffect(() => {
    if (draft.parentId === null) {
      setParent(null);
      return;
    }
    call('programs.get', { id: draft.parentId }).then((d) => setParent(programToInput(d.program)), () => setParent(null));
  }, [draft.parentId]);

  const changes = useMemo(() => (parent ? changesFromParent(draft, parent) : []), [draft, parent]);
  const set = <K extends keyof ProgramInput>(key: K, value: ProgramInput[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const quotaOf = (code: string) => draft.quotas.find((q) => q.kecamatanCode === code)?.quota;
  const setQuota = (code: string, raw: string) =>
    set('quotas', [
      ...draft.quotas.filter((q) => q.kecamatanCode !== code),
      ...(raw === '' ? [] : [{ kecamatanCode: code, quota: Number(raw) }]),
    ]);

  const saver = useValidatedSave({
    schema: programInputSchema,
    prefix: 'program',
    send: (program) =>
      mode === 'edit' && programId !== null ? call('programs.update', { id: programId, program }) : call('programs.create', { program }),
    onSaved,
  });
  const { errors, saving } = saver;
  const save = () => saver.save(draft);

  const title =
    mode === 'edit' ? t('form.editTitle', { code: initial.code }) : mode === 'variant' ? t('form.variantTitle', { code: parentCode ?? '' }) : t('form.newTitle');

  return (
    <section className="page">
      <h1>{title}</h1>
      <form
        className="card"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="form-grid">
          <Field id="program-code" label={t('form.code')} error={errors.code}>
            <input id="program-code" value={draft.code} onChange={(e) => set('code', e.target.value.toUpperCase())} aria-invalid={errors.code ? true : undefined} />
          </Field>
          <Field id="program-name" label={t('form.name')} error={errors.name}>
            <input id="program-name" value={draft.name} onChange={(e) => set('name', e.target.value)} aria-invalid={errors.name ? true : undefined} />
          </Field>
          <div className="span-2">
            <Field id="program-description" label={t('form.description')} error={errors.description}>
              <textarea id="program-description" value={draft.description} onChange={(e) => set('description', e.target.value)} />
            </Field>
          </div>
          <SelectField id="program-level" label={t('form.level')} value={draft.level} onChange={(v) => v && set('level', v)}
            options={PROGRAM_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
          <SelectField id="program-funding" label={t('form.funding')} value={draft.fundingSource} onChange={(v) => v && set('fundingSource', v)}
            options={FUNDING_SOURCES.map((f) => ({ value: f, label: t(`funding.${f}`) }))} />
          <SelectField id="program-parent" label={t('form.parent')} value={draft.parentId} error={errors.parentId} emptyLabel={t('form.noParent')}
            onChange={(v) => set('parentId', v)}
            options={programs.filter((p) => p.id !== programId).map((p) => ({ value: p.id, label: `${p.code} — ${p.name}` }))} />
          <SelectField id="program-frequency" label={t('form.frequency')} value={draft.frequency} onChange={(v) => v && set('frequency', v)}
            options={FREQUENCIES.map((f) => ({ value: f, label: t(`frequency.${f}`) }))} />
          <Field id="program-from" label={t('form.activeFrom')} error={errors.activeFrom}>
            <input id="program-from" type="date" value={draft.activeFrom} onChange={(e) => set('activeFrom', e.target.value)} />
          </Field>
          <Field id="program-to" label={t('form.activeTo')} error={errors.activeTo}>
            <input id="program-to" type="date" value={draft.activeTo ?? ''} onChange={(e) => set('activeTo', e.target.value === '' ? null : e.target.value)} />
          </Field>
          <SelectField id="program-desil-min" label={t('form.desilMin')} value={draft.desilMin} error={errors.desilMin} emptyLabel={t('form.desilNone')}
            onChange={(v) => set('desilMin', v)} options={DESIL_OPTIONS} />
          <SelectField id="program-desil-max" label={t('form.desilMax')} value={draft.desilMax} error={errors.desilMax} emptyLabel={t('form.desilNone')}
            onChange={(v) => set('desilMax', v)} options={DESIL_OPTIONS} />
          <div className="span-2">
            <Field id="program-uncertain" label={t('form.uncertainNote')} error={errors.uncertainNote}>
              <input id="program-uncertain" value={draft.uncertainNote} onChange={(e) => set('uncertainNote', e.target.value)} />
            </Field>
          </div>
        </div>

        <fieldset>
          <legend>{t('form.benefitKind')}</legend>
          <SelectField id="program-benefit-kind" label={t('form.benefitKind')} value={draft.benefit.kind} onChange={(v) => v && set('benefit', blankBenefit(v))}
            options={BENEFIT_KINDS.map((k) => ({ value: k, label: t(`benefit.${k}`) }))} />
          <BenefitEditor value={draft.benefit} errors={errors} onChange={(b) => set('benefit', b)} />
        </fieldset>

        {kecamatan.length > 0 ? (
          <fieldset>
            <legend>{t('form.quotas')}</legend>
            <div className="quota-grid">
              {kecamatan.map((k) => (
                <label key={k.code} className="quota">
                  <span>{k.name}</span>
                  <input
                    type="number"
                    min={0}
                    aria-label={`${t('form.quota')} ${k.name}`}
                    value={quotaOf(k.code) ?? ''}
                    onChange={(e) => setQuota(k.code, e.target.value)}
                  />
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}

        {parent ? (
          <fieldset aria-label={t('programs.changesFromParent', { code: parentCode ?? '' })}>
            <legend>{t('programs.changesFromParent', { code: programs.find((p) => p.id === draft.parentId)?.code ?? '' })}</legend>
            {changes.length === 0 ? (
              <p className="muted">{t('programs.noChanges')}</p>
            ) : (
              <ul className="changes-list">
                {changes.map((c) => (
                  <li key={c.field}>
                    <strong>{changeLabel(t, c.field)}</strong>: {changeValue(t, c.field, c.parentValue)} → {changeValue(t, c.field, c.value)}
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
        ) : null}

        <div className="actions">
          <button type="button" onClick={onCancel} disabled={saving}>
            {t('form.cancel')}
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {t('form.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
