import type { ImpactBrief } from '../../../shared/ipc/impact';
import type { QuarterlyReport } from '../../../shared/ipc/reports';
import { useT } from '../i18n';
import { QuarterlyDocument } from './document';

/**
 * The print preview: the very document that prints and goes into the PDF, on a grey desk. The
 * document's own print rules print it alone, so "Cetak" gives the same pages as the preview.
 */
export function ReportPreview({ report, loading, brief = null }: { report: QuarterlyReport | null; loading: boolean; brief?: ImpactBrief | null }) {
  const t = useT();
  if (report === null) return loading ? null : <p className="muted lap-screen">{t('laporan.preview.none')}</p>;
  return (
    <div className={loading ? 'lap-desk lap-stale' : 'lap-desk'} aria-label={t('laporan.preview.title')} aria-busy={loading}>
      <div className="print-root">
        <QuarterlyDocument report={report} brief={brief} />
      </div>
    </div>
  );
}
