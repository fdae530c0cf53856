import { useEffect } from 'react';
import { formatNumber } from '../../../shared/format';
import { ApiError, call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useImportWizard } from '../stores/imports';
import { useT } from '../i18n';
import { ProgressBar } from '../shell/ProgressBar';
import { importProgressText } from './progress-text';
import { DisbursementCountsView } from './DisbursementCounts';
import { IssuesTable } from './IssuesTable';
import { SurveyCountsView } from './SurveyCounts';

export function PreviewStep() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const wizard = useImportWizard();
  const p = wizard.preview;

  useEffect(
    () =>
      window.api.on('task.progress', (e) => {
        const state = useImportWizard.getState();
        if (e.taskId !== state.taskId) return;
        // While the file is read, main cannot know the number of rows (total 0): the preview counted them.
        const total = e.total > 0 ? e.total : (state.preview?.counts.rows ?? 0);
        wizard.set({ progress: { phase: e.label, done: total > 0 ? Math.min(e.done, total) : e.done, total } });
      }),
    [wizard],
  );
  if (!p) return null;
  // A survey file's rows write values (p.survey counts them): its rows, not values, are what the button imports.
  const importable = p.survey ? p.counts.imported : p.counts.new + p.counts.updated + p.counts.skipped;

  const saveErrors = async () => {
    const request = wizard.request();
    if (!request) return;
    try {
      const saved = await call('imports.saveErrorWorkbook', request);
      if (saved) notify('success', t('wizard.errorsSaved', { path: saved.path, rows: formatNumber(saved.rows) }));
    } catch (err) {
      notify('error', errorText(err));
    }
  };

  const commit = async () => {
    const request = wizard.request();
    if (!request) return;
    const taskId = `import-${Date.now()}`;
    wizard.set({ busy: true, taskId, progress: { phase: null, done: 0, total: p.counts.rows } });
    try {
      const result = await call('imports.commit', { ...request, taskId });
      wizard.set({ result, step: 'result' });
      const d = result.disbursement;
      const sv = result.survey;
      notify(
        'success',
        d
          ? t('wizard.disbursement.done', { lines: d.lines, matched: d.matched, notEnrolled: d.notEnrolled, rejected: result.rejected })
          : sv
            ? t('wizard.survey.done', { wave: sv.waveCode, values: sv.values, rows: result.imported, replaced: sv.replaced, rejected: result.rejected })
            : t('wizard.done', { imported: result.imported, updated: result.updated, skipped: result.skipped, rejected: result.rejected }),
      );
    } catch (err) {
      if (err instanceof ApiError && err.code === 'IMPORT_CANCELLED') notify('success', t('wizard.cancelled'));
      else notify('error', errorText(err));
    } finally {
      wizard.set({ busy: false, taskId: null, progress: null });
    }
  };

  const cancel = async () => {
    if (wizard.taskId) await call('imports.cancel', { taskId: wizard.taskId }).catch((err) => notify('error', errorText(err)));
  };

  // A disbursement list only adds lines: new/updated/skipped say nothing about it.
  const disbursement = p.disbursement;
  const refused = disbursement ? disbursement.periodClosed || disbursement.alreadyImported !== null : false;
  const counts: [string, number, string][] = [
    [t('wizard.count.rows'), p.counts.rows, ''],
    ...(disbursement || p.survey
      ? []
      : ([
          [t('wizard.count.new'), p.counts.new, ''],
          [t('wizard.count.updated'), p.counts.updated, ''],
          [t('wizard.count.skipped'), p.counts.skipped, ''],
        ] as [string, number, string][])),
    [t('wizard.count.rejected'), p.counts.rejected, p.counts.rejected > 0 ? 'bad' : ''],
    [t('wizard.count.warnings'), p.counts.warnings, p.counts.warnings > 0 ? 'warn' : ''],
  ];

  return (
    <section className="card">
      <h2>{t('wizard.step.preview')}</h2>
      <p>
        {p.fileName} · {p.sheet} · {t('wizard.headerRow', { row: p.headerRow })}
      </p>
      <div className="counts" aria-label={t('wizard.step.preview')}>
        {counts.map(([label, value, tone]) => (
          <div key={label} className={`count ${tone}`}>
            <span>{label}</span>
            <strong>{formatNumber(value)}</strong>
          </div>
        ))}
      </div>
      {p.comparison ? (
        <p className="notice">
          <strong>{t('wizard.comparison', { period: p.comparison.previousPeriod })}: </strong>
          {t('wizard.comparison.summary', { new: p.comparison.newFamilies, continuing: p.comparison.continuing, gone: p.comparison.gone.length })}
        </p>
      ) : null}
      {disbursement ? <DisbursementCountsView counts={disbursement} period={wizard.period} /> : null}
      {p.survey ? <SurveyCountsView counts={p.survey} /> : null}
      <IssuesTable issues={p.issues} total={p.issueCount} />
      {p.counts.rejected > 0 ? (
        <div className="actions left">
          <button type="button" onClick={() => void saveErrors()} disabled={wizard.busy}>
            {t('wizard.downloadErrors')}
          </button>
        </div>
      ) : null}
      {wizard.progress ? (
        <ProgressBar done={wizard.progress.done} total={wizard.progress.total} label={importProgressText(t, wizard.progress)} />
      ) : null}
      <div className="actions">
        {wizard.busy && wizard.taskId ? (
          <button type="button" onClick={() => void cancel()}>
            {t('wizard.cancel')}
          </button>
        ) : (
          <button type="button" onClick={() => wizard.set({ step: 'mapping' })}>
            {t('wizard.back')}
          </button>
        )}
        <button type="button" className="primary" onClick={() => void commit()} disabled={wizard.busy || importable === 0 || refused}>
          {importable === 0
            ? t('wizard.nothingToImport')
            : disbursement
              ? t('wizard.disbursement.commit', { count: formatNumber(importable) })
              : t('wizard.commit', { count: formatNumber(importable) })}
        </button>
      </div>
    </section>
  );
}

