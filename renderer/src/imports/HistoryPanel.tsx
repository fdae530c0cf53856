import { LIST_KINDS, type ListKind } from '../../../shared/domain/imports';
import { useCallback, useEffect, useState } from 'react';
import type { BatchInfo } from '../../../shared/ipc/imports';
import { formatDateTime, formatNumber } from '../../../shared/format';
import { periodText } from '../../../shared/domain/period';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useImportWizard } from '../stores/imports';
import { useT } from '../i18n';
import { ConfirmDialog } from '../shell/ConfirmDialog';

/** Past imports, newest first; each can be undone as a whole. */
export function HistoryPanel() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const step = useImportWizard((s) => s.step);
  const [batches, setBatches] = useState<BatchInfo[]>([]);
  const [undoing, setUndoing] = useState<BatchInfo | null>(null);

  const refresh = useCallback(() => call('imports.batches', { limit: 50 }).then(setBatches, (err) => notify('error', errorText(err))), [notify]);
  useEffect(() => {
    void refresh();
  }, [refresh, step]);

  const undo = async (batch: BatchInfo) => {
    setUndoing(null);
    try {
      await call('imports.undo', { batchId: batch.id });
      notify('success', t('wizard.history.undoneToast', { file: batch.fileName }));
      await refresh();
    } catch (err) {
      notify('error', errorText(err));
    }
  };

  return (
    <section className="card">
      <h2>{t('wizard.history')}</h2>
      {batches.length === 0 ? (
        <p className="muted">{t('wizard.history.empty')}</p>
      ) : (
        <table className="table compact" aria-label={t('wizard.history')}>
          <thead>
            <tr>
              <th>{t('wizard.history.at')}</th>
              <th>{t('wizard.kind')}</th>
              <th>{t('wizard.history.file')}</th>
              <th>{t('wizard.history.program')}</th>
              <th>{t('wizard.history.period')}</th>
              <th>{t('wizard.history.counts')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {batches.map((b) => (
              <tr key={b.id} data-batch={b.id}>
                <td>{formatDateTime(b.at)}</td>
                <td>{(LIST_KINDS as readonly string[]).includes(b.kind) ? t(`imports.kind.${b.kind as ListKind}`) : b.kind}</td>
                <td className="code">{b.fileName}</td>
                <td>{b.programCode ?? '—'}</td>
                <td>{periodText(b.period)}</td>
                <td>
                  {formatNumber(b.imported)} / {formatNumber(b.updated)} / {formatNumber(b.rejected)}
                </td>
                <td>
                  {b.undoneAt ? (
                    <span className="muted">{t('wizard.history.undone', { at: formatDateTime(b.undoneAt), actor: b.undoneBy ?? '' })}</span>
                  ) : (
                    <button type="button" onClick={() => setUndoing(b)}>
                      {t('wizard.history.undo')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {undoing ? (
        <ConfirmDialog text={t('wizard.history.confirmUndo', { file: undoing.fileName })} onCancel={() => setUndoing(null)} onConfirm={() => void undo(undoing)} />
      ) : null}
    </section>
  );
}

