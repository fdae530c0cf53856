import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Title } from 'chart.js';
import type { RealisationTable } from '../../../../shared/domain/report-tables';
import type { DocT } from './text';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title);

/** Canvas size in CSS pixels: the A4 text width at 96 dpi, drawn at 3× so the PDF stays sharp. */
const WIDTH = 660;
const PIXEL_RATIO = 3;
const FONT = { family: "Arial, 'Liberation Sans', Helvetica, sans-serif", size: 10 };
const COLORS = { kpm: '#7fb3b3', amount: '#0a5050' };

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
  const programCanvas = useRef<HTMLCanvasElement>(null);
  const kecamatanCanvas = useRef<HTMLCanvasElement>(null);
  const kecamatanHeight = Math.max(120, 50 + kecamatan.length * 18);

  useEffect(() => {
    const common = {
      animation: false as const,
      responsive: false,
      devicePixelRatio: PIXEL_RATIO,
      events: [],
    };
    const charts = [
      new Chart(programCanvas.current!, {
        type: 'bar',
        data: {
          labels: programs.lines.map((l) => l.code ?? ''),
          datasets: [
            { label: t('reportDoc.chart.kpm'), data: programs.lines.map((l) => l.percentKpm ?? 0), backgroundColor: COLORS.kpm },
            { label: t('reportDoc.chart.amount'), data: programs.lines.map((l) => l.percentAmount ?? 0), backgroundColor: COLORS.amount },
          ],
        },
        options: {
          ...common,
          font: FONT,
          plugins: { legend: { position: 'bottom', labels: { font: FONT } }, title: { display: true, text: t('reportDoc.chart.programs'), font: { ...FONT, size: 11, weight: 'bold' } } },
          scales: { y: { min: 0, suggestedMax: 100, ticks: { font: FONT, callback: (v) => `${v}%` } }, x: { ticks: { font: FONT } } },
        },
      }),
      new Chart(kecamatanCanvas.current!, {
        type: 'bar',
        data: {
          labels: kecamatan.map((k) => k.label ?? unknownLabel),
          datasets: [{ label: t('reportDoc.chart.amount'), data: kecamatan.map((k) => k.percentAmount ?? 0), backgroundColor: COLORS.amount }],
        },
        options: {
          ...common,
          indexAxis: 'y',
          plugins: { legend: { display: false }, title: { display: true, text: t('reportDoc.chart.kecamatan'), font: { ...FONT, size: 11, weight: 'bold' } } },
          scales: { x: { min: 0, suggestedMax: 100, ticks: { font: FONT, callback: (v) => `${v}%` } }, y: { ticks: { font: FONT, autoSkip: false } } },
        },
      }),
    ];
    onDrawn();
    return () => charts.forEach((c) => c.destroy());
    // Redrawn only when the figures change: the caller memoises them; onDrawn is only a notification.
  }, [programs, kecamatan, unknownLabel, t]);

  return (
    <div className="qr-charts">
      <canvas ref={programCanvas} width={WIDTH} height={240} />
      <canvas ref={kecamatanCanvas} width={WIDTH} height={kecamatanHeight} />
    </div>
  );
}
