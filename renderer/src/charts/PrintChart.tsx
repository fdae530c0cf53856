import { useEffect, useRef } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { Chart } from './chart';

/** Canvas width in CSS pixels: the A4 text width at 96 dpi, drawn at 3× so the PDF stays sharp. */
export const PRINT_CHART_WIDTH = 660;
export const PRINT_FONT = { family: "Arial, 'Liberation Sans', Helvetica, sans-serif", size: 10 };

/**
 * One chart of a printed document, drawn by chart.js without animation (drawing is finished when
 * the constructor returns), then reported with `onDrawn(id)` so the document knows when it may print.
 * The config is memoised by the caller: it is drawn again only when it changes.
 */
export function PrintChart({ id, config, height, onDrawn }: { id: string; config: ChartConfiguration; height: number; onDrawn(id: string): void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawnCallback = useRef(onDrawn);
  drawnCallback.current = onDrawn;
  useEffect(() => {
    const chart = new Chart(canvas.current!, {
      ...config,
      options: { ...config.options, animation: false, responsive: false, devicePixelRatio: 3, events: [] },
    } as ChartConfiguration);
    drawnCallback.current(id);
    return () => chart.destroy();
  }, [id, config]);
  return <canvas ref={canvas} width={PRINT_CHART_WIDTH} height={height} data-chart={id} />;
}
