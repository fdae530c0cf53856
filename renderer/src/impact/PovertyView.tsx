import { useEffect, useMemo, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { PovertyRecord } from '../../../shared/domain/poverty';
import { povertyPeriodLabel } from '../../../shared/domain/poverty';
import type { PovertyComparison, PovertyOverview } from '../../../shared/ipc/impact';
import { formatNumber, formatPercent, formatSigned } from '../../../shared/format';
import { roundTo } from '../../../shared/domain/impact/poverty-change';
import { call, errorText } from '../api';
import { ChartCanvas, type ChartHandle } from '../charts/ChartCanvas';
import { SaveChartButton } from '../charts/SaveChartButton';
import { useT } from '../i18n';
import { useApp } from '../stores/app';
import { useImportWizard } from '../stores/imports';
import { SelectField } from '../shell/SelectField';

const REGENCY_COLOR = '#0f766e';
const PROVINCE_COLOR = '#b45309';

function byPeriod(series: PovertyRecord[], periods: string[], value: (r: PovertyRecord) => number | null): (number | null)[] {
  const map = new Map(series.map((r) => [r.period, value(r)]));
  return periods.map((p) => map.get(p) ?? null);
}

/**
 * One figure of the regency against its province over the same periods. With a title for the
 * province's axis, the province is plotted on its own axis on the right.
 */
function seriesChart(
  data: PovertyOverview,
  periods: string[],
  value: (r: PovertyRecord) => number | null,
  title: string,
  axes: { regency: string; province: string | null },
): ChartConfiguration<'line'> {
  const ownAxis = axes.province !== null;
  return {
    type: 'line',
    data: {
      labels: periods.map(povertyPeriodLabel),
      datasets: [
        { label: data.regency.name, data: byPeriod(data.regency.series, periods, value), borderColor: REGENCY_COLOR, backgroundColor: REGENCY_COLOR, spanGaps: true, yAxisID: 'y' },
        {
          label: data.province.name,
          data: byPeriod(data.province.series, periods, value),
          borderColor: PROVINCE_COLOR,
          backgroundColor: PROVINCE_COLOR,
          spanGaps: true,
          yAxisID: ownAxis ? 'y1' : 'y',
        },
      ],
    },
    options: {
      plugins: { title: { display: true, text: title } },
      scales: {
        y: { title: { display: true, text: axes.regency }, beginAtZero: true },
        ...(ownAxis ? { y1: { position: 'right' as const, title: { display: true, text: axes.province ?? '' }, beginAtZero: true, grid: { drawOnChartArea: false } } } : {}),
      },
    },
  };
}

/** P0 and the number of poor over time, the regency against its province, and the change between two periods. */
export function PovertyView() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const [data, setData] = useState<PovertyOverview | null>(null);
  const [p0Chart, setP0Chart] = useState<ChartHandle | null>(null);
  const [poorChart, setPoorChart] = useState<ChartHandle | null>(null);

  useEffect(() => {
    call('impact.poverty', {})
      .then(setData)
      .catch((err) => notify('error', errorText(err)));
  }, [notify]);

  const periods = useMemo(
    () => (data ? [...new Set([...data.regency.series, ...data.province.series].map((r) => r.period))].sort() : []),
    [data],
  );

  const p0Config = useMemo(
    () => (data ? seriesChart(data, periods, (r) => r.p0, t('impact.poverty.p0Chart'), { regency: '%', province: null }) : null),
    [data, periods, t],
  );
  // People: the province counts millions, the regency tens of thousands, so each has its own axis.
  const poorConfig = useMemo(
    () =>
      data
        ? seriesChart(data, periods, (r) => r.poor, t('impact.poverty.poorChart'), {
            regency: t('impact.poverty.poorAxis', { area: data.regency.name }),
            province: t('impact.poverty.poorAxis', { area: data.province.name }),
          })
        : null,
    [data, periods, t],
  );

  if (!data || !p0Config || !poorConfig) return <p className="muted">{t('app.loading')}</p>;
  return (
    <div className="impact-view">
      <p className="muted">{t('impact.poverty.intro')}</p>
      <div className="actions left">
        {/* BPS tables go through the Impor page's wizard (kind 'statistics': no program, no tahap). */}
        <button type="button" onClick={() => useImportWizard.getState().begin({ kind: 'statistics', programId: null, period: null })}>
          {t('impact.poverty.import')}
        </button>
      </div>
      <div className="chart-card" data-testid="poverty-p0-chart">
        <ChartCanvas config={p0Config} label={t('impact.poverty.p0Chart')} handle={setP0Chart} />
        <SaveChartButton chart={p0Chart} name="kemiskinan-p0" />
      </div>
      <div className="chart-card" data-testid="poverty-poor-chart">
        <ChartCanvas config={poorConfig} label={t('impact.poverty.poorChart')} handle={setPoorChart} />
        <SaveChartButton chart={poorChart} name="kemiskinan-jumlah-penduduk-miskin" />
      </div>
      <PovertyTable title={data.regency.name} series={data.regency.series} />
      <PovertyTable title={data.province.name} series={data.province.series} />
      {data.kecamatan.length > 0 ? <PovertyTable title={t('impact.poverty.kecamatan')} series={data.kecamatan} byArea /> : null}
      <PovertyChange areas={[data.regency, data.province]} />
    </div>
  );
}

function PovertyTable({ title, series, byArea = false }: { title: string; series: PovertyRecord[]; byArea?: boolean }) {
  const t = useT();
  return (
    <section>
      <h3>{title}</h3>
      {series.length === 0 ? (
        <p className="muted">{t('impact.poverty.none')}</p>
      ) : (
        <table className="table compact">
          <thead>
            <tr>
              <th>{byArea ? t('impact.poverty.area') : t('impact.poverty.period')}</th>
              {byArea ? <th>{t('impact.poverty.period')}</th> : null}
              <th className="num">P0</th>
              <th className="num">{t('impact.poverty.poor')}</th>
              <th className="num">{t('impact.poverty.line')}</th>
              <th className="num">P1</th>
              <th className="num">P2</th>
              <th>{t('impact.poverty.source')}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((r) => (
              <tr key={`${r.areaCode}:${r.period}`}>
                {byArea ? <td>{r.areaName}</td> : null}
                <td>{povertyPeriodLabel(r.period)}</td>
                <td className="num">{r.p0 === null ? '—' : formatPercent(r.p0)}</td>
                <td className="num">{r.poor === null ? '—' : formatNumber(r.poor)}</td>
                <td className="num">{r.povertyLine === null ? '—' : formatNumber(r.povertyLine)}</td>
                <td className="num">{r.p1 === null ? '—' : formatNumber(r.p1)}</td>
                <td className="num">{r.p2 === null ? '—' : formatNumber(r.p2)}</td>
                <td>{t(r.source === 'reference' ? 'impact.poverty.sourceReference' : 'impact.poverty.sourceImport')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function PovertyChange({ areas }: { areas: { code: string; name: string; series: PovertyRecord[] }[] }) {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const withData = areas.filter((a) => a.series.length >= 2);
  const [areaCode, setAreaCode] = useState(withData[0]?.code ?? '');
  const area = withData.find((a) => a.code === areaCode) ?? withData[0];
  const periods = area?.series.map((r) => r.period) ?? [];
  const [from, setFrom] = useState(periods[periods.length - 2] ?? '');
  const [to, setTo] = useState(periods[periods.length - 1] ?? '');
  const [result, setResult] = useState<PovertyComparison | null>(null);

  useEffect(() => {
    setResult(null);
    if (!area || !from || !to || from === to) return;
    call('impact.povertyChange', { areaCode: area.code, from, to })
      .then(setResult)
      .catch((err) => notify('error', errorText(err)));
  }, [area, from, to, notify]);

  if (!area) return null;
  const periodOptions = periods.map((p) => ({ value: p, label: povertyPeriodLabel(p) }));
  const p0 = result?.change.p0;
  const poor = result?.change.poor;
  return (
    <section className="poverty-change">
      <h3>{t('impact.poverty.changeTitle')}</h3>
      <div className="toolbar estimate-form">
        <SelectField
          id="poverty-area"
          label={t('impact.poverty.area')}
          value={area.code}
          options={withData.map((a) => ({ value: a.code, label: a.name }))}
          onChange={(v) => setAreaCode(v ?? '')}
        />
        <SelectField id="poverty-from" label={t('impact.poverty.from')} value={from || null} options={periodOptions} onChange={(v) => setFrom(v ?? '')} />
        <SelectField id="poverty-to" label={t('impact.poverty.to')} value={to || null} options={periodOptions} onChange={(v) => setTo(v ?? '')} />
      </div>
      {p0 ? (
        <p data-testid="poverty-change-p0">
          {t('impact.poverty.changeP0', {
            from: formatPercent(p0.from),
            to: formatPercent(p0.to),
            change: formatSigned(roundTo(p0.change, 2)),
          })}
        </p>
      ) : null}
      {poor ? (
        <p data-testid="poverty-change-poor">
          {t('impact.poverty.changePoor', {
            from: formatNumber(poor.from),
            to: formatNumber(poor.to),
            change: formatSigned(poor.change, 0),
            relative: poor.relative === null ? '—' : formatSigned(roundTo(poor.relative * 100, 1), 1),
          })}
        </p>
      ) : null}
    </section>
  );
}
