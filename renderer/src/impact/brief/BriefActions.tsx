import { useState } from 'react';
import type { BriefRequest, ImpactBrief } from '../../../../shared/ipc/impact';
import { formatNumber } from '../../../../shared/format';
import { call, errorText } from '../../api';
import { useT } from '../../i18n';
import { useApp } from '../../stores/app';
import { ImpactBriefDocument } from './ImpactBriefDocument';

/**
 * "Cetak ringkasan" and "Simpan PDF ringkasan" for the program and waves chosen on the estimate
 * tab. Printing mounts the brief off screen and prints once it is drawn: document.css prints the
 * document alone, on A4 with its letterhead and page numbers, as the PDF does.
 */
export function BriefActions({ request }: { request: BriefRequest | null }) {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const [busy, setBusy] = useState<'print' | 'pdf' | null>(null);
  const [printing, setPrinting] = useState<ImpactBrief | null>(null);

  const print = async () => {
    if (request === null) return;
    setBusy('print');
    try {
      setPrinting(await call('impact.brief', request));
    } catch (err) {
      notify('error', errorText(err));
      setBusy(null);
    }
  };
  const savePdf = async () => {
    if (request === null) return;
    setBusy('pdf');
    try {
      const result = await call('impact.saveBriefPdf', request);
      if (result === null) notify('success', t('impactBrief.cancelled'));
      else notify('success', t('impactBrief.saved', { path: result.path, pages: formatNumber(result.pages) }));
    } catch (err) {
      notify('error', errorText(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="toolbar brief-actions" role="group" aria-label={t('impactBrief.actions')}>
      <button type="button" disabled={request === null || busy !== null} onClick={() => void print()}>
        {t('impactBrief.print')}
      </button>
      <button type="button" className="primary" disabled={request === null || busy !== null} onClick={() => void savePdf()}>
        {busy === 'pdf' ? t('impactBrief.saving') : t('impactBrief.savePdf')}
      </button>
      {printing && (
        <div className="ib-print-stage" aria-hidden="true">
          <ImpactBriefDocument
            brief={printing}
            onReady={() => {
              window.print();
              setPrinting(null);
              setBusy(null);
            }}
          />
        </div>
      )}
    </div>
  );
}
