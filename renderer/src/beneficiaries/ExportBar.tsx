import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { RegisterQuery } from '../../../shared/domain/register-query';
import { formatNumber } from '../../../shared/format';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useT } from '../i18n';

/**
 * Export of the view on screen. NIK is masked unless "NIK lengkap" is ticked; ticking it shows
 * why that matters, and main records the choice in the audit log.
 */
export function ExportBar({ query, total, children }: { query: RegisterQuery; total: number | null; children: ReactNode }) {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const [fullNik, setFullNik] = useState(false);
  const [task, setTask] = useState<{ id: string; done: number; total: number } | null>(null);
  const taskRef = useRef<string | null>(null);

  useEffect(
    () =>
      window.api.on('task.progress', (p) => {
        if (p.taskId === taskRef.current) setTask({ id: p.taskId, done: p.done, total: p.total });
      }),
    [],
  );

  const run = async () => {
    const id = `export-${Date.now()}`;
    taskRef.current = id;
    setTask({ id, done: 0, total: total ?? 0 });
    try {
      const result = await call('beneficiaries.export', { query, fullNik, taskId: id });
      if (result === null) notify('success', t('beneficiaries.export.cancelled'));
      else notify('success', t('beneficiaries.export.done', { file: result.fileName, rows: formatNumber(result.rows) }));
    } catch (err) {
      notify('error', errorText(err));
    } finally {
      taskRef.current = null;
      setTask(null);
    }
  };

  return (
    <>
      <div className="bn-bar">
        <div className="bn-export">{children}</div>
        <div className="bn-export">
          <label className="check">
            <input type="checkbox" checked={fullNik} disabled={task !== null} onChange={(e) => setFullNik(e.target.checked)} />
            {t('beneficiaries.export.fullNik')}
          </label>
          <button type="button" className="primary" disabled={task !== null || !total} onClick={() => void run()}>
            {t('beneficiaries.export.button')}
          </button>
        </div>
      </div>
      {fullNik ? (
        <p className="notice warn bn-export-warning" role="alert">
          {t('beneficiaries.export.fullNikWarning')}
        </p>
      ) : null}
      {task ? (
        <div className="bn-progress">
          <progress max={Math.max(task.total, 1)} value={task.done} aria-label={t('beneficiaries.export.progress')} />
          <span>{t('beneficiaries.export.running', { done: formatNumber(task.done), total: formatNumber(task.total) })}</span>
          <button type="button" onClick={() => void call('beneficiaries.cancelExport', { taskId: task.id })}>
            {t('beneficiaries.export.cancel')}
          </button>
        </div>
      ) : null}
    </>
  );
}
