import { useEffect, useRef, useState } from 'react';
import { DEMO_DEFAULT_FAMILIES, DEMO_MAX_FAMILIES } from '../../../shared/ipc/demo';
import { formatNumber } from '../../../shared/format';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useT } from '../i18n';
import { ConfirmDialog } from '../shell/ConfirmDialog';
import { Field } from '../shell/Field';
import { ProgressBar } from '../shell/ProgressBar';
import { useDemoStatus } from './demoStatus';

type Job = { kind: 'load' | 'remove'; taskId: string; done: number; total: number };

let nextTask = 1;

/** Pengaturan → Data contoh: load synthetic families to learn the app with, and remove them in one step. */
export function DemoPanel({ regencyName }: { regencyName: string }) {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const { status, refresh, set } = useDemoStatus();
  const [families, setFamilies] = useState(String(DEMO_DEFAULT_FAMILIES));
  const [error, setError] = useState<string | undefined>();
  const [job, setJob] = useState<Job | null>(null);
  const [confirming, setConfirming] = useState(false);
  const taskRef = useRef<string | null>(null);

  useEffect(() => {
    void refresh();
    return window.api.on('task.progress', (p) => {
      if (p.taskId === taskRef.current) setJob((j) => (j && j.taskId === p.taskId ? { ...j, done: p.done, total: p.total } : j));
    });
  }, [refresh]);

  const start = (kind: Job['kind'], total: number): string => {
    const taskId = `demo-${kind}-${nextTask++}`;
    taskRef.current = taskId;
    setJob({ kind, taskId, done: 0, total });
    return taskId;
  };
  const finish = async () => {
    taskRef.current = null;
    setJob(null);
    await refresh();
  };

  const load = async () => {
    const n = Number(families);
    if (!/^\d+$/.test(families.trim()) || n < 1 || n > DEMO_MAX_FAMILIES) {
      setError(t('demo.familiesInvalid', { max: formatNumber(DEMO_MAX_FAMILIES) }));
      return;
    }
    setError(undefined);
    const taskId = start('load', n);
    try {
      const r = await call('demo.load', { families: n, taskId });
      set({ families: r.families, members: r.members });
      notify('success', t('demo.loaded', { families: formatNumber(r.families), members: formatNumber(r.members), seconds: r.seconds.toLocaleString('id-ID') }));
    } catch (err) {
      notify('error', errorText(err));
    }
    await finish();
  };

  const remove = async () => {
    setConfirming(false);
    const taskId = start('remove', status?.families ?? 0);
    try {
      const r = await call('demo.remove', { taskId });
      notify('success', t('demo.removed', { families: formatNumber(r.families), members: formatNumber(r.members) }));
    } catch (err) {
      notify('error', errorText(err));
    }
    await finish();
  };

  const present = status !== null && status.families > 0;
  return (
    <section className="card" aria-labelledby="demo-title">
      <h2 id="demo-title">
        {t('demo.title')} {present ? <span className="badge warn">{t('app.demoMarker')}</span> : null}
      </h2>
      <p className="muted">{t('demo.intro', { regency: regencyName })}</p>
      <p>
        {present
          ? t('demo.present', { families: formatNumber(status.families), members: formatNumber(status.members) })
          : t('demo.absent')}
      </p>
      {job ? (
        <ProgressBar
          done={job.done}
          total={job.total}
          label={t(job.kind === 'load' ? 'demo.loading' : 'demo.removing', { done: formatNumber(job.done), total: formatNumber(job.total) })}
        />
      ) : null}
      {present ? (
        <div className="actions left">
          <button type="button" disabled={job !== null} onClick={() => setConfirming(true)}>
            {t('demo.remove')}
          </button>
        </div>
      ) : (
        <>
          <Field id="demo-families" label={t('demo.families')} error={error} hint={t('demo.familiesHint', { max: formatNumber(DEMO_MAX_FAMILIES) })}>
            <input
              id="demo-families"
              type="number"
              inputMode="numeric"
              min={1}
              max={DEMO_MAX_FAMILIES}
              value={families}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'demo-families-error' : undefined}
              onChange={(e) => setFamilies(e.target.value)}
            />
          </Field>
          <div className="actions left">
            <button type="button" className="primary" disabled={job !== null} onClick={() => void load()}>
              {t('demo.load')}
            </button>
          </div>
        </>
      )}
      {confirming && status ? (
        <ConfirmDialog
          text={t('demo.confirmRemove', { families: formatNumber(status.families), members: formatNumber(status.members) })}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void remove()}
        />
      ) : null}
    </section>
  );
}
