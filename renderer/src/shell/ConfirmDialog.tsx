import { useEffect, useRef } from 'react';
import { useT } from '../i18n';

/** A modal yes/no question; Escape cancels. Rendered in the page so it works the same in every host. */
export function ConfirmDialog({ text, onConfirm, onCancel }: { text: string; onConfirm(): void; onCancel(): void }) {
  const t = useT();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    confirmRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onCancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);
  return (
    <div className="modal-backdrop">
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="confirm-text">
        <h2>{t('common.confirm')}</h2>
        <p id="confirm-text">{text}</p>
        <div className="actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" ref={confirmRef} onClick={onConfirm}>
            {t('common.yes')}
          </button>
        </div>
      </div>
    </div>
  );
}
