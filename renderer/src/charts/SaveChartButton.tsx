import { call, errorText } from '../api';
import { useT } from '../i18n';
import { useApp } from '../stores/app';
import type { ChartHandle } from './ChartCanvas';

/** Saves a chart as PNG through main's save dialog. */
export function SaveChartButton({ chart, name }: { chart: ChartHandle | null; name: string }) {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const save = async () => {
    const dataUrl = chart?.toPng();
    if (!dataUrl) return;
    try {
      const saved = await call('app.saveImage', { dataUrl, suggestedName: name });
      if (saved) notify('success', t('chart.saved', { path: saved.path }));
    } catch (err) {
      notify('error', errorText(err));
    }
  };
  return (
    <button type="button" className="secondary small" disabled={!chart} onClick={() => void save()}>
      {t('chart.savePng')}
    </button>
  );
}
