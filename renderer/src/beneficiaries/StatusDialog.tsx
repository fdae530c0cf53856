import { useEffect, useState } from 'react';
import { todayIso } from '../../../shared/domain/dates';
import { EXIT_KINDS, newStatusSchema, statusChangeSchema, type ExitKind } from '../../../shared/domain/register-edit';
import type { EnrollmentInfo, FamilyDetail, StatusInfo } from '../../../shared/ipc/beneficiaries';
import { formatDate } from '../../../shared/format';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useT } from '../i18n';
import { Field, type FieldErrors } from '../shell/Field';
import { SelectField } from '../shell/SelectField';
import { checkForm, fieldErrorsOf } from '../validate';
import { statusLabel } from './labels';

interface Props {
  enrollment: EnrollmentInfo;
  statuses: StatusInfo[];
  onStatusesChanged(statuses: StatusInfo[]): void;
  onCancel(): void;
  onSaved(detail: FamilyDetail): void;
}

/** New status, its date and the reason: every change of an enrollment's status carries all three. */
export function StatusDialog({ enrollment, statuses, onStatusesChanged, onCancel, onSaved }: Props) {
  const t = useT();
  const { status: app, notify } = useApp();
  const locale = app?.locale ?? 'id';
  const [draft, setDraft] = useState({ status: enrollment.status, date: todayIso(), reason: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [adding, setAdding] = useState(false);
  const [newStatus, setNewStatus] = useState<{ label: string; countsAsActive: boolean; exitKind: ExitKind | null }>({
    label: '',
    countsAsActive: false,
    exitKind: null,
  });
  const [newErrors, setNewErrors] = useState<FieldErrors>({});

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onCancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);

  const save = async () => {
    const checked = checkForm(statusChangeSchema, { enrollmentId: enrollment.id, ...draft }, locale);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setSaving(true);
    try {
      const detail = await call('beneficiaries.setStatus', checked.value);
      notify('success', t('beneficiaries.status.saved', { program: enrollment.programCode, status: statusLabel(statuses, draft.status) }));
      onSaved(detail);
    } catch (err) {
      setErrors(fieldErrorsOf(err, ''));
      notify('error', errorText(err));
    } finally {
      setSaving(false);
    }
  };

  const addStatus = async () => {
    const checked = checkForm(newStatusSchema, newStatus, locale);
    if (!checked.ok) {
      setNewErrors(checked.errors);
      return;
    }
    try {
      const list = await call('beneficiaries.addStatus', checked.value);
      onStatusesChanged(list);
      const added = list.find((s) => s.label === checked.value.label);
      if (added) setDraft((d) => ({ ...d, status: added.code }));
      notify('success', t('beneficiaries.status.added', { label: checked.value.label }));
      setAdding(false);
      setNewErrors({});
    } catch (err) {
      setNewErrors(fieldErrorsOf(err, ''));
      notify('error', errorText(err));
    }
  };

  const title = t('beneficiaries.status.title', { program: enrollment.programCode });
  return (
    <div className="modal-backdrop">
      <div className="modal bn-dialog" role="dialog" aria-modal="true" aria-label={title}>
        <h2>{title}</h2>
        <p className="muted">
          {t('beneficiaries.status.current', { status: statusLabel(statuses, enrollment.status), date: formatDate(enrollment.statusDate) })}
        </p>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <SelectField
            id="status-new"
            label={t('beneficiaries.status.new')}
            value={draft.status}
            error={errors.status}
            options={statuses.map((s) => ({ value: s.code, label: s.label }))}
            onChange={(code) => code && setDraft((d) => ({ ...d, status: code }))}
          />
          <Field id="status-date" label={t('beneficiaries.status.date')} error={errors.date}>
            <input
              id="status-date"
              type="date"
              value={draft.date}
              max={todayIso()}
              aria-invalid={errors.date ? true : undefined}
              onChange={(e) => setDraft((d) => ({ ...d, date: e.target.value }))}
            />
          </Field>
          <Field id="status-reason" label={t('beneficiaries.status.reason')} hint={t('beneficiaries.status.reasonHint')} error={errors.reason}>
            <textarea
              id="status-reason"
              value={draft.reason}
              aria-invalid={errors.reason ? true : undefined}
              onChange={(e) => setDraft((d) => ({ ...d, reason: e.target.value }))}
            />
          </Field>
          {adding ? (
            <fieldset>
              <legend>{t('beneficiaries.status.addTitle')}</legend>
              <Field id="status-label" label={t('beneficiaries.status.label')} error={newErrors.label}>
                <input id="status-label" value={newStatus.label} onChange={(e) => setNewStatus((s) => ({ ...s, label: e.target.value }))} />
              </Field>
              <label className="check">
                <input
                  type="checkbox"
                  checked={newStatus.countsAsActive}
                  onChange={(e) => setNewStatus((s) => ({ ...s, countsAsActive: e.target.checked, exitKind: e.target.checked ? null : s.exitKind }))}
                />
                {t('beneficiaries.status.countsAsActive')}
              </label>
              <SelectField
                id="status-exit"
                label={t('beneficiaries.status.exitKind')}
                value={newStatus.exitKind}
                emptyLabel={t('beneficiaries.status.exitNone')}
                error={newErrors.exitKind}
                options={EXIT_KINDS.map((k) => ({ value: k, label: t(`beneficiaries.exitKind.${k}`) }))}
                onChange={(exitKind) => setNewStatus((s) => ({ ...s, exitKind }))}
              />
              <div className="actions left">
                <button type="button" onClick={() => void addStatus()}>
                  {t('beneficiaries.status.add')}
                </button>
              </div>
            </fieldset>
          ) : (
            <button type="button" className="link" onClick={() => setAdding(true)}>
              {t('beneficiaries.status.addToggle')}
            </button>
          )}
          <div className="actions">
            <button type="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="primary" disabled={saving}>
              {t('beneficiaries.status.save')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
