import { useState } from 'react';
import { formatNumber } from '../../../shared/format';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useReports } from '../stores/reports';
import { useT } from '../i18n';

type Output = 'print' | 'pdf' | 'excel';

/**
 * Print, PDF and Excel of the report on screen. Unsaved notes are saved first: main builds the
 * files from the database, and the clerk expects what the preview shows.
 */
export function OutputBar() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const { report, chosen, loading, saveNotes, request } = useReports();
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
        const result = await call('reports.savePdf', req);
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

  const disabled = busy !== null || loading || report === null || chosen.length === 0;
  return (
    <div className="lap-outputs" role="group" aria-label={t('laporan.output.title')}>
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
