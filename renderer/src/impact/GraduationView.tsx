import { useEffect, useMemo, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { ProgramSummary } from '../../../shared/domain/programs';
import type { GraduationSummary } from '../../../shared/ipc/impact';
import { formatNumber, formatPercent } from '../../../shared/format';
import { call, errorText } from '../api';
import { ChartCanvas, type ChartHandle } from '../charts/ChartCanvas';
import { SaveChartButton } from '../charts/SaveChartButton';
import { useT } from '../i18n';
import { useApp } from '../stores/app';
import { SelectField } from '../shell/SelectField';
import { programOptions } from './options';

const CATEGORY_COLORS = ['#0f766e', '#65a30d', '#b45309', '#7c3aed', '#be123c'];

/** Graduations per year, kecamatan and category; months in the program before graduating; re-entry. */
export function GraduationView({ programs }: { programs: ProgramSummary[] }) {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const [programId, setProgramId] = useState<number | null>(null);
  const [data, setData] = useState<GraduationSummary | null>(null);
  const [chart, setChart] = useState<ChartHandle | null>(null);

  useEffect(() => {
    call('impact.graduation', { programId })
      .then(setData)
      .catch((err) => notify('error', errorText(err)));
  }, [programId, notify]);

  const config = useMemo<ChartConfiguration<'bar'> | null>(() => {
    if (!data) return null;
    const years = [...new Set(data.counts.map((c) => c.year))].sort();
    const categories = [...new Map(data.counts.map((c) => [c.status, c.label])).entries()];
    return {
      type: 'bar',
      data: {
        labels: years.map(String),
        datasets: categories.map(([status, label], i) => ({
          label,
          data: years.map((y) => data.counts.filter((c) => c.year === y && c.status === status).reduce((s, c) => s + c.count, 0)),
          backgroundColor: CATEGORY_COLORS[i % CATEGORY_COLORS.length],
          maxBarThickness: 56,
        })),
      },
      options: {
        plugins: { title: { display: true, text: t('impact.graduation.chart') } },
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      },
    };
  }, [data, t]);

  return (
    <div className="impact-view">
      <div className="toolbar estimate-form">
        <SelectField<number>
          id="graduation-program"
          label={t('impact.program')}
          value={programId}
          options={programOptions(programs)}
          emptyLabel={t('impact.allPrograms')}
          onChange={setProgramId}
        />
      </div>
      {!data || !config ? (
        <p className="muted">{t('app.loading')}</p>
      ) : data.time.graduations === 0 ? (
        <p className="muted">{t('impact.graduation.none')}</p>
      ) : (
        <>
          <div className="tiles">
            <div className="tile">
              <span className="tile-label">{t('impact.graduation.total')}</span>
              <strong className="tile-value">{formatNumber(data.time.graduations)}</strong>
            </div>
            <div className="tile">
              <span className="tile-label">{t('impact.graduation.median')}</span>
              <strong className="tile-value">{t('impact.graduation.months', { months: formatNumber(data.time.medianMonths ?? 0) })}</strong>
              <small>{t('impact.graduation.mean', { months: formatNumber(data.time.meanMonths ?? 0) })}</small>
            </div>
            <div className="tile" data-testid="graduation-reentry">
              <span className="tile-label">{t('impact.graduation.reentry')}</span>
              <strong className="tile-value">{data.reentry.percent === null ? '—' : formatPercent(data.reentry.percent, 1)}</strong>
              <small>{t('impact.graduation.reentryOf', { reentered: formatNumber(data.reentry.reentered), families: formatNumber(data.reentry.graduatedFamilies) })}</small>
            </div>
          </div>
          <div className="chart-card">
            <ChartCanvas config={config} label={t('impact.graduation.chart')} handle={setChart} />
            <SaveChartButton chart={chart} name="graduasi-per-tahun" />
          </div>
          <h3>{t('impact.graduation.byYears')}</h3>
          <table className="table compact">
            <tbody>
              {data.time.byYears.map((b) => (
                <tr key={b.fromYears}>
                  <td>
                    {b.toYears === null
                      ? t('impact.graduation.yearsAtLeast', { from: b.fromYears })
                      : t('impact.graduation.yearsBetween', { from: b.fromYears, to: b.toYears })}
                  </td>
                  <td className="num">{formatNumber(b.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('impact.graduation.table')}</h3>
          <table className="table compact" data-testid="graduation-table">
            <thead>
              <tr>
                <th>{t('impact.year')}</th>
                <th>{t('impact.kecamatan')}</th>
                <th>{t('impact.graduation.category')}</th>
                <th className="num">{t('impact.count')}</th>
              </tr>
            </thead>
            <tbody>
              {data.counts.map((c) => (
                <tr key={`${c.year}:${c.kecamatanCode ?? ''}:${c.status}`}>
                  <td>{c.year}</td>
                  <td>{c.kecamatan ?? t('impact.kecamatanUnknown')}</td>
                  <td>{c.label}</td>
                  <td className="num">{formatNumber(c.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
