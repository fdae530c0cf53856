import { useState } from 'react';
import { formatNumber } from '../../../shared/format';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useReports } from '../stores/reports';
import { useT } from '../i18n';
import { BriefChooser } from './BriefChooser';

type Output = 'print' | 'pdf' | 'excel';

/**
 * Print, PDF and Excel of the report on screen. Unsaved notes are saved first: main builds the
 * files from the database, and the clerk expects what the preview shows.
 */
export function OutputBar() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const { report, chosen, loading, saveNotes, request, attachBrief, brief, setAttachBrief, briefRequest } = useReports();
  const [busy, setBusy] = useState<Output | null>(null);

  const run = async (output: Output) => {
    const req = request();
    if (req === null) return;
    setBusy(output);
    try {
      await saveNotes();
      if (output === 'print') {
        window.print();
      } else if (output === 'pdf') {
        const result = await call('reports.savePdf', attachBrief ? { ...req, impactBrief: briefRequest() } : req);
        if (result === null) notify('success', t('laporan.output.cancelled'));
        else notify('success', t('laporan.output.pdfSaved', { path: result.path, pages: formatNumber(result.pages) }));
      } else {
        const result = await call('reports.saveExcel', req);
        if (result === null) notify('success', t('laporan.output.cancelled'));
        else notify('success', t('laporan.output.excelSaved', { path: result.path }));
      }
    } catch (err) {
      notify('error', errorText(err));
    } finally {
      setBusy(null);
    }
  };

  // Printing waits for the attached brief: window.print prints what the preview shows.
  const disabled = busy !== null || loading || report === null || chosen.length === 0 || (attachBrief && brief === null);
  return (
    <div className="lap-outputs" role="group" aria-label={t('laporan.output.title')}>
      <label className="check" title={t('impactBrief.attachHint')}>
        <input type="checkbox" checked={attachBrief} onChange={(e) => void setAttachBrief(e.target.checked)} /> {t('impactBrief.attach')}
      </label>
      {attachBrief ? <BriefChooser /> : null}
      <button type="button" disabled={disabled} onClick={() => void run('print')}>
        {t('laporan.output.print')}
      </button>
      <button type="button" className="primary" disabled={disabled} onClick={() => void run('pdf')}>
        {busy === 'pdf' ? t('laporan.output.pdfRunning') : t('laporan.output.pdf')}
      </button>
      <button type="button" className="primary" disabled={disabled} onClick={() => void run('excel')}>
        {busy === 'excel' ? t('laporan.output.excelRunning') : t('laporan.output.excel')}
      </button>
    </div>
  );
}
