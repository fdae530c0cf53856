import { useEffect } from 'react';
import { parsePeriod, triwulanLabel } from '../../../shared/domain/period';
import { formatDateTime } from '../../../shared/format';
import { PeriodPicker } from '../disbursements/PeriodPicker';
import { useReports } from '../stores/reports';
import { useT } from '../i18n';
import { AnnexPanel } from './AnnexPanel';
import { NotesEditor } from './NotesEditor';
import { OutputBar } from './OutputBar';
import { ProgramChooser } from './ProgramChooser';
import { ReportPreview } from './ReportPreview';
import '../disbursements/disbursements.css';
import './reports.css';

/** Laporan: the quarterly report to the province, previewed exactly as it prints, and its outputs. */
export function ReportsPage() {
  const t = useT();
  const { period, available, chosen, report, draft, loading, error, setPeriod, load, brief } = useReports();

  useEffect(() => {
    // Figures change with imports and closes made elsewhere: compute the report on every visit.
    void load();
  }, [load]);

  const p = parsePeriod(period);
  return (
    <section className="page lap">
      <div className="page-header lap-screen">
        <h1>{t('laporan.title')}</h1>
        <PeriodPicker id="lap-period" period={period} word="triwulan" onChange={(next) => void setPeriod(next)} />
      </div>
      <div className="lap-screen">
        {error ? (
          <div className="notice warn" role="alert">
            <p>{error}</p>
            <button type="button" onClick={() => void load()}>
              {t('laporan.retry')}
            </button>
          </div>
        ) : null}
        {report ? (
          report.closure ? (
            <p className="notice lap-status" role="status">
              {t('laporan.status.closed', { period: p ? triwulanLabel(p) : period, actor: report.closure.closedBy, at: formatDateTime(report.closure.closedAt) })}
            </p>
          ) : (
            <p className="notice warn lap-status" role="status">
              {t('laporan.status.provisional', { period: p ? triwulanLabel(p) : period })}
            </p>
          )
        ) : null}
        <section className="card lap-controls" aria-busy={loading}>
          {available ? <ProgramChooser available={available} /> : <p className="muted">{t('laporan.loading')}</p>}
          <OutputBar />
        </section>
        <NotesEditor />
        {available && available.length > 0 ? <AnnexPanel period={period} programs={available} /> : null}
        <h2 className="lap-preview-title">{t('laporan.preview.title')}</h2>
      </div>
      {/* The notes as typed: the outputs save them first, so this is what prints. */}
      <ReportPreview report={report && chosen.length > 0 ? { ...report, notes: { ...report.notes, text: draft } } : null} loading={loading} brief={brief} />
    </section>
  );
}
