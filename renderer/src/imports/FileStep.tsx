import { useEffect, useState } from 'react';
import type { ProgramSummary } from '../../../shared/domain/programs';
import type { SurveyWave } from '../../../shared/domain/welfare';
import { formatPeriodCode, parsePeriod } from '../../../shared/domain/period';
import { LIST_KINDS, PROGRAMLESS_KINDS, type ListKind } from '../../../shared/domain/imports';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useImportWizard } from '../stores/imports';
import { useT } from '../i18n';
import { Field } from '../shell/Field';
import { SelectField } from '../shell/SelectField';

const TAHAP = [1, 2, 3, 4] as const;

export function FileStep() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const wizard = useImportWizard();
  const [programs, setPrograms] = useState<ProgramSummary[]>([]);
  const [waves, setWaves] = useState<SurveyWave[]>([]);
  const [waveError, setWaveError] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [periodError, setPeriodError] = useState<string | undefined>();
  const disbursement = wizard.kind === 'disbursement';
  // BPS tables and survey values need no program or tahap; a survey file needs its wave.
  const programless = (PROGRAMLESS_KINDS as readonly ListKind[]).includes(wizard.kind);
  const survey = wizard.kind === 'survey';
  const period = wizard.period ? parsePeriod(wizard.period) : null;
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => thisYear - 6 + i);

  useEffect(() => {
    call('programs.list', { includeInactive: false }).then(setPrograms, (err) => notify('error', errorText(err)));
  }, [notify]);
  useEffect(() => {
    if (survey) call('impact.waves', {}).then(setWaves, (err) => notify('error', errorText(err)));
  }, [notify, survey]);

  const pick = async () => {
    try {
      wizard.set({ busy: true });
      const file = await call('imports.pickFile', { kind: wizard.kind });
      if (file) wizard.set({ file, sheet: file.suggestedSheet, mapping: null, preview: null });
    } catch (err) {
      notify('error', errorText(err));
    } finally {
      wizard.set({ busy: false });
    }
  };

  const next = () => {
    if (survey && wizard.waveId === null) {
      setWaveError(t('wizard.waveRequired'));
      return;
    }
    if (programless) {
      wizard.set({ step: 'sheet' });
      return;
    }
    if (wizard.programId === null) {
      setError(t('wizard.programRequired'));
      return;
    }
    if (disbursement && wizard.period === null) {
      setPeriodError(t('wizard.periodRequired'));
      return;
    }
    wizard.set({ step: 'sheet' });
  };

  return (
    <section className="card">
      <h2>{t('wizard.step.file')}</h2>
      <div className="actions left">
        <button type="button" className="primary" onClick={() => void pick()} disabled={wizard.busy}>
          {t('wizard.pickFile')}
        </button>
        <span className={wizard.file ? 'code' : 'muted'} aria-label={t('wizard.file')}>
          {wizard.file ? wizard.file.fileName : t('wizard.noFile')}
        </span>
      </div>
      <fieldset>
        <legend>{t('wizard.kind')}</legend>
        {LIST_KINDS.map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name="import-kind"
              value={kind}
              checked={wizard.kind === kind}
              onChange={() => {
                setPeriodError(undefined);
                setWaveError(undefined);
                // The mapping and preview belong to the other kind's alias table.
                wizard.set({ kind, mapping: null, preview: null });
                // So does the suggested sheet: look at the chosen file again with this kind's header.
                const file = wizard.file;
                if (file) {
                  call('imports.inspect', { filePath: file.filePath, kind }).then(
                    (again) => wizard.set({ file: again, sheet: again.suggestedSheet }),
                    (err) => notify('error', errorText(err)),
                  );
                }
              }}
            />{' '}
            {t(`wizard.kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      {programless ? (
        <div className="form-grid">
          {survey ? (
            <SelectField
              id="import-wave"
              label={t('wizard.wave')}
              value={wizard.waveId}
              emptyLabel={t('wizard.waveChoose')}
              error={waveError}
              options={waves.map((w) => ({ value: w.id, label: `${w.code} — ${w.name}` }))}
              onChange={(waveId) => {
                setWaveError(undefined);
                wizard.set({ waveId, preview: null });
              }}
            />
          ) : null}
          <p className="muted">{t('wizard.noProgramNeeded')}</p>
        </div>
      ) : (
        <div className="form-grid">
          <SelectField
            id="import-program"
            label={t('wizard.program')}
            value={wizard.programId}
            emptyLabel={t('wizard.programChoose')}
            error={error}
            options={programs.map((p) => ({ value: p.id, label: `${p.code} — ${p.name}` }))}
            onChange={(programId) => {
              setError(undefined);
              wizard.set({ programId, preview: null });
            }}
          />
          <Field id="import-period-year" label={t('wizard.period')} hint={disbursement ? t('wizard.periodRequired') : t('wizard.periodHint')} error={periodError}>
            <div className="amount-row">
              <select
                id="import-period-year"
                aria-label={t('wizard.year')}
                value={period?.year ?? ''}
                onChange={(e) => {
                  setPeriodError(undefined);
                  wizard.set({ period: e.target.value === '' ? null : formatPeriodCode({ year: Number(e.target.value), quarter: period?.quarter ?? 1 }), preview: null });
                }}
              >
                <option value="">{t('wizard.periodNone')}</option>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
              <select
                aria-label={t('wizard.tahap')}
                disabled={!period}
                value={period?.quarter ?? 1}
                onChange={(e) => period && wizard.set({ period: formatPeriodCode({ year: period.year, quarter: Number(e.target.value) as 1 | 2 | 3 | 4 }), preview: null })}
              >
                {TAHAP.map((q) => (
                  <option key={q} value={q}>
                    {t('wizard.tahap')} {['I', 'II', 'III', 'IV'][q - 1]}
                  </option>
                ))}
              </select>
            </div>
          </Field>
        </div>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={next} disabled={!wizard.file || wizard.busy}>
          {t('wizard.next')}
        </button>
      </div>
    </section>
  );
}
