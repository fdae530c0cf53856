import { formatDateTime } from '../../../shared/format';
import { errorText } from '../api';
import { useApp } from '../stores/app';
import { useReports } from '../stores/reports';
import { useT } from '../i18n';
import { Field } from '../shell/Field';

const MAX = 20_000;

/** Section 6 of the report: free text kept with the period (editable even after the quarter is closed). */
export function NotesEditor() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const { notes, draft, setDraft, saveNotes, savingNotes } = useReports();
  const dirty = notes !== null && notes.text !== draft;
  const tooLong = draft.length > MAX;

  const save = async () => {
    try {
      await saveNotes();
      notify('success', t('laporan.notes.saved'));
    } catch (err) {
      notify('error', errorText(err));
    }
  };

  return (
    <section className="card lap-notes">
      <Field
        id="report-notes"
        label={t('laporan.notes.label')}
        hint={t('laporan.notes.hint')}
        error={tooLong ? t('validation.tooLong', { max: MAX }) : undefined}
      >
        <textarea id="report-notes" rows={6} value={draft} disabled={notes === null} aria-invalid={tooLong ? true : undefined} onChange={(e) => setDraft(e.target.value)} />
      </Field>
      <div className="lap-notes-bar">
        <span className="muted" aria-live="polite">
          {dirty
            ? t('laporan.notes.unsaved')
            : notes?.updatedAt
              ? t('laporan.notes.lastSaved', { actor: notes.updatedBy ?? '', at: formatDateTime(notes.updatedAt) })
              : null}
        </span>
        <button type="button" className="primary" disabled={!dirty || savingNotes || tooLong} onClick={() => void save()}>
          {savingNotes ? t('laporan.notes.saving') : t('laporan.notes.save')}
        </button>
      </div>
    </section>
  );
}
