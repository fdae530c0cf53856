import { useState } from 'react';
import type { Indicator, SurveyWave, WaveInput } from '../../../shared/domain/welfare';
import { waveInputSchema } from '../../../shared/domain/welfare';
import { formatDate, formatNumber } from '../../../shared/format';
import { call } from '../api';
import { Field } from '../shell/Field';
import { IndicatorForm } from './IndicatorForm';
import { useT } from '../i18n';
import { useApp } from '../stores/app';
import { useImportWizard } from '../stores/imports';
import { useValidatedSave } from '../validate';

const EMPTY: WaveInput = { code: '', name: '', kind: 'baseline', heldOn: '' };

/** Survey waves (when each was held, what it measured) and the indicators the office follows. */
export function WavesView({ waves, indicators, onChanged }: { waves: SurveyWave[]; indicators: Indicator[]; onChanged(): void }) {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const [draft, setDraft] = useState<WaveInput>(EMPTY);
  const { errors, saving, save } = useValidatedSave({
    schema: waveInputSchema,
    prefix: '',
    send: (value) => call('impact.createWave', value),
    onSaved: (wave) => {
      notify('success', t('impact.waves.created', { name: wave.name }));
      setDraft(EMPTY);
      onChanged();
    },
    fieldOfCode: { WAVE_CODE_TAKEN: 'code' },
  });
  const names = new Map(indicators.map((i) => [i.code, i.name]));
  return (
    <div className="impact-view">
      <h3>{t('impact.waves.title')}</h3>
      {waves.length === 0 ? (
        <p className="muted">{t('impact.waves.none')}</p>
      ) : (
        <table className="table compact" data-testid="waves-table">
          <thead>
            <tr>
              <th>{t('impact.waves.code')}</th>
              <th>{t('impact.waves.name')}</th>
              <th>{t('impact.waves.kind')}</th>
              <th>{t('impact.waves.heldOn')}</th>
              <th>{t('impact.waves.values')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {waves.map((w) => (
              <tr key={w.id}>
                <td className="code">{w.code}</td>
                <td>{w.name}</td>
                <td>{t(w.kind === 'baseline' ? 'impact.waves.baseline' : 'impact.waves.followup')}</td>
                <td>{formatDate(w.heldOn)}</td>
                <td>
                  {Object.entries(w.values)
                    .map(([code, n]) => `${names.get(code) ?? code}: ${formatNumber(n)}`)
                    .join(' · ') || '—'}
                </td>
                <td>
                  {/* A survey file's values belong to this wave: the wizard starts with it chosen. */}
                  <button
                    type="button"
                    aria-label={`${t('impact.waves.import')} ${w.code}`}
                    onClick={() => useImportWizard.getState().begin({ kind: 'survey', programId: null, period: null, waveId: w.id })}
                  >
                    {t('impact.waves.import')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="card wave-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save(draft);
        }}
      >
        <h4>{t('impact.waves.add')}</h4>
        <Field id="wave-code" label={t('impact.waves.code')} error={errors['code']} hint={t('impact.waves.codeHint')}>
          <input id="wave-code" value={draft.code} onChange={(e) => setDraft({ ...draft, code: e.target.value })} />
        </Field>
        <Field id="wave-name" label={t('impact.waves.name')} error={errors['name']}>
          <input id="wave-name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </Field>
        <Field id="wave-kind" label={t('impact.waves.kind')} error={errors['kind']}>
          <select id="wave-kind" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as WaveInput['kind'] })}>
            <option value="baseline">{t('impact.waves.baseline')}</option>
            <option value="followup">{t('impact.waves.followup')}</option>
          </select>
        </Field>
        <Field id="wave-date" label={t('impact.waves.heldOn')} error={errors['heldOn']} hint={t('impact.waves.heldOnHint')}>
          <input id="wave-date" type="date" value={draft.heldOn} onChange={(e) => setDraft({ ...draft, heldOn: e.target.value })} />
        </Field>
        <button type="submit" className="primary" disabled={saving}>
          {t('impact.waves.save')}
        </button>
      </form>
      <h3>{t('impact.indicators.title')}</h3>
      <table className="table compact">
        <thead>
          <tr>
            <th>{t('impact.waves.code')}</th>
            <th>{t('impact.indicators.name')}</th>
            <th>{t('impact.indicators.unit')}</th>
            <th>{t('impact.indicators.better')}</th>
            <th>{t('impact.indicators.level')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => (
            <tr key={i.code}>
              <td className="code">{i.code}</td>
              <td>{i.name}</td>
              <td>{i.unit}</td>
              <td>{t(i.better === 'up' ? 'impact.indicators.up' : 'impact.indicators.down')}</td>
              <td>{t(i.level === 'family' ? 'impact.indicators.family' : 'impact.indicators.member')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <IndicatorForm onSaved={onChanged} />
    </div>
  );
}
