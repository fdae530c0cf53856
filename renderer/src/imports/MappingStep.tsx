import { useState } from 'react';
import { DISBURSEMENT_FIELDS } from '../../../shared/domain/disbursement-import';
import { STATISTICS_FIELDS } from '../../../shared/domain/statistics-import';
import { SURVEY_FIELDS } from '../../../shared/domain/survey-import';
import { REGISTER_FIELDS, type ColumnMapping, type ImportField } from '../../../shared/domain/imports';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useImportWizard } from '../stores/imports';
import { useT } from '../i18n';
import { Field } from '../shell/Field';
import { usePreview } from './usePreview';

/** Which field each column feeds: auto-detected, changeable, and savable as a profile for files of this shape. */
export function MappingStep() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const wizard = useImportWizard();
  const preview = usePreview();
  const [profileName, setProfileName] = useState('');
  const p = wizard.preview;
  if (!p) return null;
  const mapping = wizard.mapping ?? p.mapping;
  // Each kind of list offers only the fields it keeps (a survey file's indicator columns are read from their headers).
  const KIND_FIELDS: Record<typeof wizard.kind, readonly ImportField[]> = {
    register: REGISTER_FIELDS,
    disbursement: DISBURSEMENT_FIELDS,
    statistics: STATISTICS_FIELDS,
    survey: SURVEY_FIELDS,
  };
  const fields = KIND_FIELDS[wizard.kind];
  const fieldOfColumn = (col: number) => (Object.entries(mapping) as [ImportField, number][]).find(([, c]) => c === col)?.[0] ?? '';

  const assign = (col: number, field: ImportField | '') => {
    const next: ColumnMapping = {};
    for (const [f, c] of Object.entries(mapping) as [ImportField, number][]) if (c !== col && f !== field) next[f] = c;
    if (field) next[field] = col;
    wizard.set({ mapping: next });
  };

  const saveProfile = async () => {
    try {
      const saved = await call('imports.saveProfile', { name: profileName, signature: p.signature, mapping, kind: wizard.kind });
      notify('success', t('wizard.profileSaved', { name: saved.name }));
    } catch (err) {
      notify('error', errorText(err));
    }
  };

  const next = async () => {
    if (await preview(mapping)) wizard.set({ step: 'preview' });
  };

  return (
    <section className="card">
      <h2>{t('wizard.step.mapping')}</h2>
      <p>
        {p.fileName} · {p.sheet} · {t('wizard.headerRow', { row: p.headerRow })}
      </p>
      {p.mappingProfile ? <p className="notice">{t('wizard.profileFrom', { name: p.mappingProfile })}</p> : null}
      <table className="table compact" aria-label={t('wizard.step.mapping')}>
        <thead>
          <tr>
            <th>{t('wizard.column')}</th>
            <th>{t('wizard.field')}</th>
          </tr>
        </thead>
        <tbody>
          {p.headers.map((header, col) => (
            <tr key={col}>
              <td>{header || <span className="muted">({col + 1})</span>}</td>
              <td>
                <select aria-label={`${t('wizard.field')}: ${header}`} value={fieldOfColumn(col)} onChange={(e) => assign(col, e.target.value as ImportField | '')}>
                  <option value="">{t('wizard.ignore')}</option>
                  {fields.map((f) => (
                    <option key={f} value={f}>
                      {t(`importField.${f}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-grid">
        <Field id="import-profile-name" label={t('wizard.profileName')}>
          <input id="import-profile-name" value={profileName} onChange={(e) => setProfileName(e.target.value)} />
        </Field>
        <div className="actions left">
          <button type="button" onClick={() => void saveProfile()} disabled={profileName.trim().length < 2}>
            {t('wizard.saveProfile')}
          </button>
        </div>
      </div>
      <div className="actions">
        <button type="button" onClick={() => wizard.set({ step: 'sheet' })} disabled={wizard.busy}>
          {t('wizard.back')}
        </button>
        <button type="button" className="primary" onClick={() => void next()} disabled={wizard.busy}>
          {t('wizard.next')}
        </button>
      </div>
    </section>
  );
}
