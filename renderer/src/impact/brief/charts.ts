import type { ChartConfiguration } from 'chart.js';
import { povertyPeriodLabel } from '../../../../shared/domain/poverty';
import type { ImpactBrief, ImpactEstimate } from '../../../../shared/ipc/impact';
import type { DocT } from '../../reports/document/text';
import { PRINT_FONT } from '../../charts/PrintChart';

const COLORS = { regency: '#0a5050', province: '#b45309', interval: 'rgba(10, 80, 80, 0.25)', point: '#0a5050' };
const titleFont = { ...PRINT_FONT, size: 11, weight: 'bold' as const };

/** P0 of the regency against the province on one time axis (BPS periods; the regency's are annual). */
export function povertyChartConfig(brief: ImpactBrief, t: DocT): ChartConfiguration<'line'> | null {
  const { regency, province } = brief.poverty;
  const periods = [...new Set([...regency.series, ...province.series].filter((r) => r.p0 !== null).map((r) => r.period))].sort();
  if (periods.length === 0) return null;
  const values = (series: typeof regency.series) => periods.map((p) => series.find((r) => r.period === p)?.p0 ?? null);
  return {
    type: 'line',
    data: {
      labels: periods.map(povertyPeriodLabel),
      datasets: [
        { label: regency.name, data: values(regency.series), borderColor: COLORS.regency, backgroundColor: COLORS.regency, spanGaps: true, pointRadius: 3 },
        { label: province.name, data: values(province.series), borderColor: COLORS.province, backgroundColor: COLORS.province, spanGaps: true, pointRadius: 3 },
      ],
    },
    options: {
      font: PRINT_FONT,
      plugins: { legend: { position: 'bottom', labels: { font: PRINT_FONT } }, title: { display: true, text: t('impactBrief.chart.p0'), font: titleFont } },
      scales: { y: { min: 0, ticks: { font: PRINT_FONT } }, x: { ticks: { font: PRINT_FONT, maxRotation: 60, autoSkip: false } } },
    },
  };
}

/**
 * Before/after and DiD of one indicator as points with their 95 % interval as whiskers (a
 * floating bar from the low to the high end), with the zero line drawn dark: an interval that
 * crosses it is the picture of "belum dapat dipastikan".
 */
export function estimateChartConfig(e: ImpactEstimate, t: DocT): ChartConfiguration {
  const rows = [
    { label: t('impact.estimate.beforeAfter'), estimate: e.beforeAfter.estimate, ci: e.beforeAfter.ci95 },
    { label: t('impact.estimate.did'), estimate: e.did.estimate, ci: e.did.ci95 },
  ];
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        {
          label: t('impactBrief.chart.interval'),
          data: rows.map((r) => (r.ci ? [r.ci.low, r.ci.high] : null)) as unknown as number[],
          backgroundColor: COLORS.interval,
          borderColor: COLORS.point,
          borderWidth: 1,
          barPercentage: 0.2,
        },
        {
          type: 'line' as const,
          label: t('impactBrief.chart.point'),
          data: rows.map((r) => r.estimate),
          showLine: false,
          pointRadius: 5,
          pointStyle: 'rectRot',
          borderColor: COLORS.point,
          backgroundColor: COLORS.point,
        } as never,
      ],
    },
    options: {
      indexAxis: 'x',
      plugins: {
        legend: { position: 'bottom', labels: { font: PRINT_FONT } },
        title: { display: true, text: t('impactBrief.chart.estimate', { indicator: e.indicator.name, unit: e.indicator.unit }), font: titleFont },
      },
      scales: {
        x: { ticks: { font: PRINT_FONT } },
        y: {
          ticks: { font: PRINT_FONT },
          grid: { color: (ctx) => (ctx.tick.value === 0 ? '#333' : '#ddd'), lineWidth: (ctx) => (ctx.tick.value === 0 ? 1.2 : 0.6) },
        },
      },
    },
  };
}
