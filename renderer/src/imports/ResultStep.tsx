import { useState } from 'react';
import { EXIT_STATUSES } from '../../../shared/domain/register';
import { todayIso } from '../../../shared/domain/dates';
import { formatNumber } from '../../../shared/format';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useImportWizard } from '../stores/imports';
import { useT } from '../i18n';
import { DisbursementCountsView } from './DisbursementCounts';
import { SurveyCountsView } from './SurveyCounts';

interface ExitChoice {
  status: string;
  date: string;
  reason: string;
}

export function ResultStep() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const wizard = useImportWizard();
  const result = wizard.result;
  const gone = wizard.preview?.comparison?.gone ?? [];
  const [choices, setChoices] = useState<Record<number, ExitChoice>>({});
  const [bulk, setBulk] = useState<ExitChoice>({ status: '', date: todayIso(), reason: '' });
  if (!result) return null;

  const choiceOf = (id: number): ExitChoice => choices[id] ?? { status: '', date: bulk.date, reason: '' };
  const setChoice = (id: number, patch: Partial<ExitChoice>) => setChoices((c) => ({ ...c, [id]: { ...choiceOf(id), ...patch } }));
  const applyAll = () => setChoices(Object.fromEntries(gone.map((g) => [g.enrollmentId, { ...bulk }])));

  const saveExits = async () => {
    const exits = gone
      .map((g) => ({ enrollmentId: g.enrollmentId, ...choiceOf(g.enrollmentId) }))
      .filter((e) => e.status !== '');
    if (exits.length === 0) return;
    try {
      const saved = await call('imports.recordExits', { exits });
      notify('success', t('wizard.gone.saved', { count: formatNumber(saved.updated) }));
      setChoices({});
    } catch (err) {
      notify('error', errorText(err));
    }
  };

  const statusSelect = (value: string, onChange: (v: string) => void, label: string) => (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('wizard.gone.keep')}</option>
      {EXIT_STATUSES.map((s) => (
        <option key={s} value={s}>
          {t(`status.${s}`)}
        </option>
      ))}
    </select>
  );

  return (
    <section className="card">
      <h2>{t('wizard.step.result')}</h2>
      <p className="notice" role="status">
        {result.disbursement
          ? t('wizard.disbursement.done', {
              lines: formatNumber(result.disbursement.lines),
              matched: formatNumber(result.disbursement.matched),
              notEnrolled: formatNumber(result.disbursement.notEnrolled),
              rejected: formatNumber(result.rejected),
            })
          : result.survey
            ? t('wizard.survey.done', {
                wave: result.survey.waveCode,
                values: formatNumber(result.survey.values),
                rows: formatNumber(result.imported),
                replaced: formatNumber(result.survey.replaced),
                rejected: formatNumber(result.rejected),
              })
            : t('wizard.done', { imported: formatNumber(result.imported), updated: formatNumber(result.updated), skipped: formatNumber(result.skipped), rejected: formatNumber(result.rejected) })}
      </p>
      {result.disbursement ? <DisbursementCountsView counts={result.disbursement} period={wizard.period} /> : null}
      {result.survey ? <SurveyCountsView counts={result.survey} /> : null}
      {gone.length > 0 ? (
        <div>
          <h3>{t('wizard.gone')}</h3>
          <div className="amount-row">
            {statusSelect(bulk.status, (status) => setBulk({ ...bulk, status }), `${t('wizard.gone.status')} (${t('wizard.gone.applyAll')})`)}
            <input type="date" aria-label={`${t('wizard.gone.date')} (${t('wizard.gone.applyAll')})`} value={bulk.date} onChange={(e) => setBulk({ ...bulk, date: e.target.value })} />
            <input aria-label={`${t('wizard.gone.reason')} (${t('wizard.gone.applyAll')})`} placeholder={t('wizard.gone.reason')} value={bulk.reason} onChange={(e) => setBulk({ ...bulk, reason: e.target.value })} />
            <button type="button" onClick={applyAll}>
              {t('wizard.gone.applyAll')}
            </button>
          </div>
          <div className="scroll">
            <table className="table compact" aria-label={t('wizard.gone')}>
              <thead>
                <tr>
                  <th>No. KK</th>
                  <th>{t('importField.name')}</th>
                  <th>{t('importField.kecamatan')}</th>
                  <th>{t('wizard.gone.status')}</th>
                  <th>{t('wizard.gone.date')}</th>
                  <th>{t('wizard.gone.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {gone.map((g) => {
                  const c = choiceOf(g.enrollmentId);
                  return (
                    <tr key={g.enrollmentId} data-kk={g.kk}>
                      <td className="code">{g.kk}</td>
                      <td>{g.name}</td>
                      <td>{g.kecamatan ?? '—'}</td>
                      <td>{statusSelect(c.status, (status) => setChoice(g.enrollmentId, { status }), `${t('wizard.gone.status')} ${g.kk}`)}</td>
                      <td>
                        <input type="date" aria-label={`${t('wizard.gone.date')} ${g.kk}`} value={c.date} onChange={(e) => setChoice(g.enrollmentId, { date: e.target.value })} />
                      </td>
                      <td>
                        <input aria-label={`${t('wizard.gone.reason')} ${g.kk}`} value={c.reason} onChange={(e) => setChoice(g.enrollmentId, { reason: e.target.value })} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="actions left">
            <button type="button" className="primary" onClick={() => void saveExits()}>
              {t('wizard.gone.save')}
            </button>
          </div>
        </div>
      ) : null}
      <div className="actions">
        <button type="button" onClick={() => wizard.reset()}>
          {t('wizard.restart')}
        </button>
      </div>
    </section>
  );
}
