import { useEffect, useRef } from 'react';
import type { ChartConfiguration, ChartType } from 'chart.js';
import { Chart } from './chart';

export interface ChartHandle {
  /** The chart as a PNG data URL (white background, as it prints). */
  toPng(): string | null;
}

// Charts are saved and printed on paper: paint a white background instead of transparency.
const whiteBackground = {
  id: 'whiteBackground',
  beforeDraw(chart: Chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/**
 * One chart.js chart on a canvas. Animation is off: the chart is complete on the first frame, so
 * a printout, a PNG export or a screenshot never catches it half drawn.
 */
export function ChartCanvas<T extends ChartType>({
  config,
  label,
  height = 280,
  handle,
}: {
  config: ChartConfiguration<T>;
  /** Accessible name: what the chart shows. */
  label: string;
  height?: number;
  handle?: (h: ChartHandle | null) => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      ...config,
      options: { ...config.options, animation: false, responsive: true, maintainAspectRatio: false },
      plugins: [...(config.plugins ?? []), whiteBackground],
    } as ChartConfiguration<T>);
    let live = true;
    handle?.({ toPng: () => (live ? chart.toBase64Image('image/png') : null) });
    return () => {
      live = false;
      handle?.(null);
      chart.destroy();
    };
  }, [config, handle]);
  // The plotted series, readable without the canvas: tests check them, and so can a screen reader's user.
  const series = JSON.stringify(config.data.datasets.map((d) => ({ label: d.label ?? '', data: d.data })));
  return (
    <div className="chart-box" style={{ height }} data-series={series}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
