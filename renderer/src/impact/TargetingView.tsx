import { useEffect, useMemo, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { TargetingSummary } from '../../../shared/ipc/impact';
import { formatNumber, formatPercent } from '../../../shared/format';
import { call, errorText } from '../api';
import { ChartCanvas, type ChartHandle } from '../charts/ChartCanvas';
import { SaveChartButton } from '../charts/SaveChartButton';
import { useT } from '../i18n';
import { useApp } from '../stores/app';

/** Coverage of desil 1–4 families by each program, the poor no program reaches, and desil 6+ beneficiaries. */
export function TargetingView() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const [data, setData] = useState<TargetingSummary | null>(null);
  const [chart, setChart] = useState<ChartHandle | null>(null);

  useEffect(() => {
    call('impact.targeting', {})
      .then(setData)
      .catch((err) => notify('error', errorText(err)));
  }, [notify]);

  const config = useMemo<ChartConfiguration<'bar'> | null>(() => {
    if (!data) return null;
    const rows = data.kecamatan;
    const unknown = t('impact.kecamatanUnknown');
    return {
      type: 'bar',
      data: {
        labels: rows.map((k) => k.kecamatan ?? unknown),
        datasets: [
          { label: t('impact.targeting.poorCovered'), data: rows.map((k) => k.poorFamilies - k.poorUncovered), backgroundColor: '#0f766e' },
          { label: t('impact.targeting.poorUncovered'), data: rows.map((k) => k.poorUncovered), backgroundColor: '#be123c' },
          { label: t('impact.targeting.desil6Plus'), data: rows.map((k) => k.beneficiariesDesil6Plus), backgroundColor: '#b45309' },
        ],
      },
      options: {
        plugins: { title: { display: true, text: t('impact.targeting.chart') } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    };
  }, [data, t]);

  if (!data || !config) return <p className="muted">{t('app.loading')}</p>;
  return (
    <div className="impact-view">
      <p className="muted">{t('impact.targeting.intro')}</p>
      <div className="tiles">
        <div className="tile">
          <span className="tile-label">{t('impact.targeting.poorFamilies')}</span>
          <strong className="tile-value">{formatNumber(data.poorFamilies)}</strong>
        </div>
        <div className="tile" data-testid="targeting-uncovered">
          <span className="tile-label">{t('impact.targeting.poorUncovered')}</span>
          <strong className="tile-value">{formatNumber(data.poorUncovered)}</strong>
        </div>
      </div>
      <h3>{t('impact.targeting.byProgram')}</h3>
      <table className="table compact">
        <thead>
          <tr>
            <th>{t('impact.program')}</th>
            <th className="num">{t('impact.targeting.families')}</th>
            <th className="num">{t('impact.targeting.poor')}</th>
            <th className="num">{t('impact.targeting.coverage')}</th>
            <th className="num">{t('impact.targeting.desil6Plus')}</th>
            <th className="num">{t('impact.targeting.desilUnknown')}</th>
          </tr>
        </thead>
        <tbody>
          {data.programs.map((p) => (
            <tr key={p.programId}>
              <td>
                {p.code} — {p.name}
              </td>
              <td className="num">{formatNumber(p.families)}</td>
              <td className="num">{formatNumber(p.poor)}</td>
              <td className="num">{p.coveragePercent === null ? '—' : formatPercent(p.coveragePercent, 1)}</td>
              <td className="num">{formatNumber(p.desil6Plus)}</td>
              <td className="num">{formatNumber(p.desilUnknown)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="chart-card">
        <ChartCanvas config={config} label={t('impact.targeting.chart')} handle={setChart} />
        <SaveChartButton chart={chart} name="ketepatan-sasaran-kecamatan" />
      </div>
      <h3>{t('impact.targeting.byKecamatan')}</h3>
      <table className="table compact">
        <thead>
          <tr>
            <th>{t('impact.kecamatan')}</th>
            <th className="num">{t('impact.targeting.poorFamilies')}</th>
            <th className="num">{t('impact.targeting.poorUncovered')}</th>
            <th className="num">{t('impact.targeting.beneficiaries')}</th>
            <th className="num">{t('impact.targeting.desil6Plus')}</th>
          </tr>
        </thead>
        <tbody>
          {data.kecamatan.map((k) => (
            <tr key={k.kecamatanCode ?? ''}>
              <td>{k.kecamatan ?? t('impact.kecamatanUnknown')}</td>
              <td className="num">{formatNumber(k.poorFamilies)}</td>
              <td className="num">{formatNumber(k.poorUncovered)}</td>
              <td className="num">{formatNumber(k.beneficiaries)}</td>
              <td className="num">{formatNumber(k.beneficiariesDesil6Plus)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
