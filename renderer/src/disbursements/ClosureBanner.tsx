import { useEffect, useState } from 'react';
import { disbursementsChannels, type ClosureInfo } from '../../../shared/ipc/disbursements';
import { parsePeriod, tahapLabel } from '../../../shared/domain/period';
import { formatDateTime } from '../../../shared/format';
import { errorText } from '../api';
import { useApp } from '../stores/app';
import { useDisbursements } from '../stores/disbursements';
import { useT } from '../i18n';
import { ConfirmDialog } from '../shell/ConfirmDialog';
import { Field, type FieldErrors } from '../shell/Field';
import { checkForm, fieldErrorsOf } from '../validate';

const reopenSchema = disbursementsChannels['disbursements.reopenPeriod'].input;

function periodWords(code: string): string {
  const p = parsePeriod(code);
  return p ? tahapLabel(p) : code;
}

/**
 * Whether the period's figures are frozen (closed) or still provisional, with the one action that
 * changes it: "Tutup triwulan", or "Buka kembali" with a reason.
 */
export function ClosureBanner() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const { period, overview, loading, closePeriod } = useDisbursements();
  const [confirming, setConfirming] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!overview) return null;
  const closure = overview.closure;

  const close = async () => {
    setConfirming(false);
    setBusy(true);
    try {
      await closePeriod();
      notify('success', t('penyaluran.close.done', { period: periodWords(period) }));
    } catch (err) {
      notify('error', errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {closure ? (
        <div className="notice pny-banner pny-closed" role="status">
          <div>
            <strong>{t('penyaluran.closed.title', { period: periodWords(period) })}</strong>
            <p>{t('penyaluran.closed.body', { actor: closure.closedBy, at: formatDateTime(closure.closedAt) })}</p>
          </div>
          <button type="button" disabled={busy || loading} onClick={() => setReopening(true)}>
            {t('penyaluran.reopen.button')}
          </button>
        </div>
      ) : (
        <div className="notice warn pny-banner" role="status">
          <div>
            <strong>{t('penyaluran.open.title', { period: periodWords(period) })}</strong>
            <p>{t('penyaluran.open.body')}</p>
          </div>
          <button type="button" className="primary" disabled={busy || loading} onClick={() => setConfirming(true)}>
            {busy ? t('penyaluran.close.running') : t('penyaluran.close.button')}
          </button>
        </div>
      )}
      {confirming ? <ConfirmDialog text={t('penyaluran.close.confirm', { period: periodWords(period) })} onCancel={() => setConfirming(false)} onConfirm={() => void close()} /> : null}
      {reopening && closure ? <ReopenDialog closure={closure} onDone={() => setReopening(false)} /> : null}
    </>
  );
}

/** Reopening a closed quarter needs a reason; main records it in the audit log. */
function ReopenDialog({ closure, onDone }: { closure: ClosureInfo; onDone(): void }) {
  const t = useT();
  const { status, notify } = useApp();
  const reopenPeriod = useDisbursements((s) => s.reopenPeriod);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onDone();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onDone]);

  const save = async () => {
    const checked = checkForm(reopenSchema, { period: closure.period, reason }, status?.locale ?? 'id');
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setSaving(true);
    try {
      await reopenPeriod(checked.value.reason);
      notify('success', t('penyaluran.reopen.done', { period: periodWords(closure.period) }));
      onDone();
    } catch (err) {
      setErrors(fieldErrorsOf(err, ''));
      notify('error', errorText(err));
    } finally {
      setSaving(false);
    }
  };

  const title = t('penyaluran.reopen.title', { period: periodWords(closure.period) });
  return (
    <div className="modal-backdrop">
      <div className="modal pny-dialog" role="dialog" aria-modal="true" aria-label={title}>
        <h2>{title}</h2>
        <p>{t('penyaluran.reopen.body')}</p>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Field id="reopen-reason" label={t('penyaluran.reopen.reason')} hint={t('penyaluran.reopen.reasonHint')} error={errors.reason}>
            <textarea id="reopen-reason" value={reason} autoFocus aria-invalid={errors.reason ? true : undefined} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <div className="actions">
            <button type="button" onClick={onDone}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="primary" disabled={saving}>
              {t('penyaluran.reopen.submit')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
