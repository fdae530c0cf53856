import { useEffect, useMemo, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { ProgramSummary } from '../../../shared/domain/programs';
import type { SurveyWave } from '../../../shared/domain/welfare';
import type { DesilMovement } from '../../../shared/ipc/impact';
import { formatNumber } from '../../../shared/format';
import { call, errorText } from '../api';
import { ChartCanvas, type ChartHandle } from '../charts/ChartCanvas';
import { SaveChartButton } from '../charts/SaveChartButton';
import { useT } from '../i18n';
import { useApp } from '../stores/app';
import { SelectField } from '../shell/SelectField';
import { programOptions, waveOptions } from './options';

/** The desil transition matrix of a program's families between two DTSEN snapshots, as a heat map. */
export function DesilView({ programs, waves }: { programs: ProgramSummary[]; waves: SurveyWave[] }) {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const withDesil = waves.filter((w) => (w.values['DESIL'] ?? 0) > 0);
  const [programId, setProgramId] = useState<number | null>(null);
  const [from, setFrom] = useState<number | null>(withDesil[0]?.id ?? null);
  const [to, setTo] = useState<number | null>(withDesil[withDesil.length - 1]?.id ?? null);
  const [data, setData] = useState<DesilMovement | null>(null);
  const [chart, setChart] = useState<ChartHandle | null>(null);

  useEffect(() => {
    setData(null);
    if (from === null || to === null || from === to) return;
    call('impact.desilMovement', { programId, from, to })
      .then(setData)
      .catch((err) => notify('error', errorText(err)));
  }, [programId, from, to, notify]);

  const config = useMemo<ChartConfiguration<'scatter'> | null>(() => {
    if (!data) return null;
    const counts = data.transition.counts;
    const max = Math.max(1, ...counts.flat());
    const cells = counts.flatMap((row, i) => row.map((n, j) => ({ x: j + 1, y: i + 1, n }))).filter((c) => c.n > 0);
    return {
      type: 'scatter',
      data: {
        datasets: [
          {
            label: t('impact.desil.families'),
            data: cells.map((c) => ({ x: c.x, y: c.y })),
            pointStyle: 'rect',
            pointRadius: 14,
            pointHoverRadius: 14,
            // Darker = more families: the heat map's one scale.
            backgroundColor: cells.map((c) => `rgba(15, 118, 110, ${0.15 + (0.85 * c.n) / max})`),
            borderColor: '#134e4a',
          },
        ],
      },
      options: {
        plugins: {
          title: { display: true, text: t('impact.desil.chart') },
          legend: { display: false },
          tooltip: { callbacks: { label: (item) => t('impact.desil.cell', { from: item.parsed.y ?? 0, to: item.parsed.x ?? 0, n: cells[item.dataIndex]?.n ?? 0 }) } },
        },
        scales: {
          x: { min: 0.5, max: 10.5, ticks: { stepSize: 1 }, title: { display: true, text: data.to.name } },
          y: { min: 0.5, max: 10.5, ticks: { stepSize: 1 }, title: { display: true, text: data.from.name } },
        },
      },
    };
  }, [data, t]);

  if (withDesil.length < 2) return <p className="notice">{t('impact.desil.needWaves')}</p>;
  return (
    <div className="impact-view">
      <div className="toolbar estimate-form">
        <SelectField<number>
          id="desil-program"
          label={t('impact.program')}
          value={programId}
          options={programOptions(programs)}
          emptyLabel={t('impact.allPrograms')}
          onChange={setProgramId}
        />
        <SelectField<number> id="desil-from" label={t('impact.estimate.fromWave')} value={from} options={waveOptions(withDesil)} onChange={setFrom} />
        <SelectField<number> id="desil-to" label={t('impact.estimate.toWave')} value={to} options={waveOptions(withDesil)} onChange={setTo} />
      </div>
      {!data || !config ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          <div className="tiles" data-testid="desil-summary">
            <div className="tile">
              <span className="tile-label">{t('impact.desil.up')}</span>
              <strong className="tile-value">{formatNumber(data.transition.movedUp)}</strong>
            </div>
            <div className="tile">
              <span className="tile-label">{t('impact.desil.stayed')}</span>
              <strong className="tile-value">{formatNumber(data.transition.stayed)}</strong>
            </div>
            <div className="tile">
              <span className="tile-label">{t('impact.desil.down')}</span>
              <strong className="tile-value">{formatNumber(data.transition.movedDown)}</strong>
            </div>
          </div>
          <p className="muted">
            {t('impact.desil.missing', { missingTo: formatNumber(data.transition.missingInTo), missingFrom: formatNumber(data.transition.missingInFrom) })}
          </p>
          <div className="chart-card" data-testid="desil-chart">
            <ChartCanvas config={config} label={t('impact.desil.chart')} height={420} handle={setChart} />
            <SaveChartButton chart={chart} name="pergerakan-desil" />
          </div>
        </>
      )}
    </div>
  );
}
