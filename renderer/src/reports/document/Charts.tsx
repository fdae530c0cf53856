import { useCallback, useMemo, useRef } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { RealisationTable } from '../../../../shared/domain/report-tables';
import { PRINT_FONT as FONT, PrintChart } from '../../charts/PrintChart';
import type { DocT } from './text';

const COLORS = { kpm: '#7fb3b3', amount: '#0a5050' };
const TITLE_FONT = { ...FONT, size: 11, weight: 'bold' as const };
const CHARTS = 2;

interface Props {
  programs: RealisationTable;
  kecamatan: { label: string | null; percentAmount: number | null }[];
  unknownLabel: string;
  t: DocT;
  /** Called once both charts are drawn (no animation: drawing is done when the constructor returns). */
  onDrawn(): void;
}

/** Realisation per program (KPM and Rupiah) and per kecamatan (Rupiah), in percent. */
export function RealisationCharts({ programs, kecamatan, unknownLabel, t, onDrawn }: Props) {
  const kecamatanHeight = Math.max(120, 50 + kecamatan.length * 18);
  // Redrawn only when the figures change: the caller memoises them.
  const programConfig = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: programs.lines.map((l) => l.code ?? ''),
        datasets: [
          { label: t('reportDoc.chart.kpm'), data: programs.lines.map((l) => l.percentKpm ?? 0), backgroundColor: COLORS.kpm },
          { label: t('reportDoc.chart.amount'), data: programs.lines.map((l) => l.percentAmount ?? 0), backgroundColor: COLORS.amount },
        ],
      },
      options: {
        font: FONT,
        plugins: { legend: { position: 'bottom', labels: { font: FONT } }, title: { display: true, text: t('reportDoc.chart.programs'), font: TITLE_FONT } },
        scales: { y: { min: 0, suggestedMax: 100, ticks: { font: FONT, callback: (v) => `${v}%` } }, x: { ticks: { font: FONT } } },
      },
    }),
    [programs, t],
  );
  const kecamatanConfig = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: kecamatan.map((k) => k.label ?? unknownLabel),
        datasets: [{ label: t('reportDoc.chart.amount'), data: kecamatan.map((k) => k.percentAmount ?? 0), backgroundColor: COLORS.amount }],
      },
      options: {
        indexAxis: 'y',
        plugins: { legend: { display: false }, title: { display: true, text: t('reportDoc.chart.kecamatan'), font: TITLE_FONT } },
        scales: { x: { min: 0, suggestedMax: 100, ticks: { font: FONT, callback: (v) => `${v}%` } }, y: { ticks: { font: FONT, autoSkip: false } } },
      },
    }),
    [kecamatan, unknownLabel, t],
  );
  const drawn = useRef(new Set<string>());
  const notify = useRef(onDrawn);
  notify.current = onDrawn;
  const chartDrawn = useCallback((id: string) => {
    drawn.current.add(id);
    if (drawn.current.size === CHARTS) notify.current();
  }, []);

  return (
    <div className="qr-charts">
      <PrintChart id="realisation-programs" config={programConfig} height={240} onDrawn={chartDrawn} />
      <PrintChart id="realisation-kecamatan" config={kecamatanConfig} height={kecamatanHeight} onDrawn={chartDrawn} />
    </div>
  );
}
