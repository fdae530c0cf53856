import { formatNumber } from '../../../shared/format';
import { useImportWizard } from '../stores/imports';
import { useT } from '../i18n';
import { usePreview } from './usePreview';

export function SheetStep() {
  const t = useT();
  const wizard = useImportWizard();
  const preview = usePreview();
  const sheets = wizard.file?.sheets ?? [];

  const next = async () => {
    if (await preview(null)) wizard.set({ step: 'mapping' });
  };

  return (
    <section className="card">
      <h2>{t('wizard.step.sheet')}</h2>
      <fieldset>
        <legend>{t('wizard.sheet')}</legend>
        <ul className="sheet-list">
          {sheets.map((s) => (
            <li key={s.name}>
              <label>
                <input type="radio" name="import-sheet" checked={wizard.sheet === s.name} onChange={() => wizard.set({ sheet: s.name, mapping: null, preview: null })} />
                <strong>{s.name}</strong>
                <span className="muted">{t('wizard.sheetRows', { count: formatNumber(s.rowCount) })}</span>
                {s.looksLikeData ? <span className="badge ok">{t('wizard.sheetSuggested')}</span> : null}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {wizard.busy ? <p aria-live="polite">{t('wizard.checking')}</p> : null}
      <div className="actions">
        <button type="button" onClick={() => wizard.set({ step: 'file' })} disabled={wizard.busy}>
          {t('wizard.back')}
        </button>
        <button type="button" className="primary" onClick={() => void next()} disabled={!wizard.sheet || wizard.busy}>
          {t('wizard.next')}
        </button>
      </div>
    </section>
  );
}
