import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../../../shared/domain/office';
import { parsePeriod, triwulanLabel } from '../../../../shared/domain/period';
import {
  componentGroups,
  kecamatanGroups,
  kecamatanPercentages,
  movementMatrix,
  programTable,
  provincialTable,
} from '../../../../shared/domain/report-tables';
import { formatDateTime } from '../../../../shared/format';
import type { ImpactBrief } from '../../../../shared/ipc/impact';
import type { QuarterlyReport } from '../../../../shared/ipc/reports';
import { ImpactBriefBody } from '../../impact/brief/ImpactBriefBody';
import { RealisationCharts } from './Charts';
import { Letterhead } from './Letterhead';
import { installPageStyle } from './page-style';
import { RealisationTable, UnpricedNote } from './RealisationTable';
import { ComponentsTable, MovementsTable, NotesText } from './Sections';
import { Signature } from './Signature';
import { docT } from './text';
import { useReadyWhenDrawn } from './ready';
import './document.css';

export interface QuarterlyDocumentProps {
  report: QuarterlyReport;
  /** The impact brief attached after section 6 (its own pages, letterhead and signature), if any. */
  brief?: ImpactBrief | null;
  /** The report is written for the province: Indonesian unless asked otherwise. */
  locale?: Locale;
  /** Called once everything is drawn (charts, emblem, fonts): the moment a printer may print. */
  onReady?: () => void;
}

/**
 * The quarterly report to the province as it is printed: a pure function of the QuarterlyReport.
 * The same component is the on-screen preview (Laporan page), the system print (window.print with
 * document.css's print rules) and the PDF (print route, see PrintRoute.tsx). Aggregates only.
 */
export function QuarterlyDocument({ report, brief = null, locale = 'id', onReady }: QuarterlyDocumentProps) {
  const t = useMemo(() => docT(locale), [locale]);
  const { figures, profile } = report;
  const tables = useMemo(
    () => ({
      programs: programTable(figures),
      kecamatan: kecamatanGroups(figures),
      components: componentGroups(figures),
      movements: movementMatrix(figures),
      provincial: provincialTable(figures),
      kecamatanChart: kecamatanPercentages(figures),
    }),
    [figures],
  );
  const period = parsePeriod(report.request.period);
  const periodWords = period ? triwulanLabel(period) : report.request.period;
  const unknown = t('reportDoc.unknownKecamatan');

  useEffect(() => installPageStyle(t), [t]);

  const root = useRef<HTMLElement>(null);
  const [chartsDrawn, setChartsDrawn] = useState(false);
  const onDrawn = useCallback(() => setChartsDrawn(true), []);
  // The attached brief draws its own charts: the document is ready when both are drawn.
  const [briefDrawn, setBriefDrawn] = useState<ImpactBrief | null>(null);
  const onBriefDrawn = useCallback(() => setBriefDrawn(brief), [brief]);
  useReadyWhenDrawn(root, chartsDrawn && (brief === null || briefDrawn === brief), onReady);

  return (
    <article className="qr-document" ref={root} lang={locale}>
      <Letterhead profile={profile} regencyName={report.regencyName} t={t} />
      <div className="qr-title">
        <h1>{t('reportDoc.title')}</h1>
        <h2>{periodWords.toUpperCase()}</h2>
        <h2>{report.regencyName.toUpperCase()}</h2>
      </div>
      <p className="qr-status">
        {report.closure
          ? t('reportDoc.final', { date: formatDateTime(report.closure.closedAt), actor: report.closure.closedBy })
          : t('reportDoc.provisional', { date: formatDateTime(figures.computedAt) })}{' '}
        {t('reportDoc.programs', { programs: figures.programs.map((p) => p.programCode).join(', ') || '–' })}
      </p>

      <section className="qr-section">
        <h3>{t('reportDoc.section.programs')}</h3>
        {tables.programs.lines.length === 0 ? (
          <p className="qr-empty">{t('reportDoc.none')}</p>
        ) : (
          <RealisationTable table={tables.programs} firstColumn="program" t={t} unknownLabel={unknown} />
        )}
        <UnpricedNote table={tables.programs} t={t} />
      </section>

      <section className="qr-section">
        <h3>{t('reportDoc.section.kecamatan')}</h3>
        {tables.kecamatan.length === 0 && <p className="qr-empty">{t('reportDoc.none')}</p>}
        {tables.kecamatan.map((g) => (
          <div key={g.programId} className="qr-group-block">
            <h4>
              {g.programName} ({g.programCode})
            </h4>
            <RealisationTable table={g} firstColumn="kecamatan" t={t} unknownLabel={unknown} />
          </div>
        ))}
      </section>

      <section className="qr-section">
        <h3>{t('reportDoc.section.components')}</h3>
        <ComponentsTable groups={tables.components} t={t} />
      </section>

      <section className="qr-section">
        <h3>{t('reportDoc.section.movements')}</h3>
        <MovementsTable matrix={tables.movements} t={t} />
      </section>

      <section className="qr-section">
        <h3>{t('reportDoc.section.provincial')}</h3>
        {tables.provincial.lines.length === 0 ? (
          <p className="qr-empty">{t('reportDoc.noProvincial')}</p>
        ) : (
          <RealisationTable table={tables.provincial} firstColumn="program" t={t} unknownLabel={unknown} />
        )}
      </section>

      <section className="qr-section qr-keep">
        <h3>{t('reportDoc.section.charts')}</h3>
        <RealisationCharts programs={tables.programs} kecamatan={tables.kecamatanChart} unknownLabel={unknown} t={t} onDrawn={onDrawn} />
      </section>

      <section className="qr-section">
        <h3>{t('reportDoc.section.notes')}</h3>
        <NotesText text={report.notes.text} t={t} />
      </section>

      <p className="qr-note">{t('reportDoc.aggregatesOnly')}</p>
      <Signature profile={profile} signedOn={report.signedOn} t={t} />
      {brief && (
        <section className="ib-attached">
          <ImpactBriefBody brief={brief} t={t} onDrawn={onBriefDrawn} />
        </section>
      )}
    </article>
  );
}
