import { useEffect, useMemo, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { ProgramSummary } from '../../../shared/domain/programs';
import type { Indicator, SurveyWave } from '../../../shared/domain/welfare';
import type { ImpactEstimate } from '../../../shared/ipc/impact';
import { formatNumber } from '../../../shared/format';
import type { MessageKey } from '../../../shared/i18n';
import { call, errorText } from '../api';
import { ChartCanvas, type ChartHandle } from '../charts/ChartCanvas';
import { SaveChartButton } from '../charts/SaveChartButton';
import { useT } from '../i18n';
import { useApp } from '../stores/app';
import { SelectField } from '../shell/SelectField';
import { programOptions, waveOptions } from './options';
import { BriefActions } from './brief/BriefActions';

type Match = 'desil' | 'kecamatan';

const interval = (ci: { low: number; high: number } | null) => (ci ? `${formatNumber(ci.low)} s.d. ${formatNumber(ci.high)}` : '—');

/** Before/after and difference-in-differences of one indicator between two survey waves. */
export function EstimateView({ programs, indicators, waves }: { programs: ProgramSummary[]; indicators: Indicator[]; waves: SurveyWave[] }) {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const measured = indicators.filter((i) => waves.some((w) => (w.values[i.code] ?? 0) > 0));
  const [indicator, setIndicator] = useState(measured[0]?.code ?? '');
  const [programId, setProgramId] = useState<number | null>(programs[0]?.id ?? null);
  const [from, setFrom] = useState<number | null>(waves[0]?.id ?? null);
  const [to, setTo] = useState<number | null>(waves[waves.length - 1]?.id ?? null);
  const [matchBy, setMatchBy] = useState<Match[]>([]);
  const [estimate, setEstimate] = useState<ImpactEstimate | null>(null);
  const [meansChart, setMeansChart] = useState<ChartHandle | null>(null);
  const [ciChart, setCiChart] = useState<ChartHandle | null>(null);

  useEffect(() => {
    setEstimate(null);
    if (!indicator || programId === null || from === null || to === null || from === to) return;
    call('impact.estimate', { indicator, programId, from, to, matchBy })
      .then(setEstimate)
      .catch((err) => notify('error', errorText(err)));
  }, [indicator, programId, from, to, matchBy, notify]);

  const meansConfig = useMemo<ChartConfiguration<'line'> | null>(() => {
    if (!estimate) return null;
    const { treatment, comparison } = estimate.did;
    return {
      type: 'line',
      data: {
        labels: [estimate.from.name, estimate.to.name],
        datasets: [
          { label: t('impact.estimate.treatment'), data: [treatment.meanBefore, treatment.meanAfter], borderColor: '#0f766e', backgroundColor: '#0f766e' },
          { label: t('impact.estimate.comparison'), data: [comparison.meanBefore, comparison.meanAfter], borderColor: '#b45309', backgroundColor: '#b45309' },
        ],
      },
      options: { plugins: { title: { display: true, text: t('impact.estimate.meansChart', { indicator: estimate.indicator.name }) } } },
    };
  }, [estimate, t]);

  const ciConfig = useMemo<ChartConfiguration<'bar'> | null>(() => {
    if (!estimate) return null;
    const rows = [
      { label: t('impact.estimate.beforeAfter'), estimate: estimate.beforeAfter.estimate, ci: estimate.beforeAfter.ci95 },
      { label: t('impact.estimate.did'), estimate: estimate.did.estimate, ci: estimate.did.ci95 },
    ];
    return {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.label),
        datasets: [
          {
            // Floating bars from the interval's low to high end: the whiskers.
            label: t('impact.estimate.interval'),
            data: rows.map((r) => (r.ci ? [r.ci.low, r.ci.high] : null)) as unknown as number[],
            backgroundColor: 'rgba(15, 118, 110, 0.25)',
            borderColor: '#0f766e',
            borderWidth: 1,
            barPercentage: 0.25,
          },
          {
            type: 'line' as const,
            label: t('impact.estimate.point'),
            data: rows.map((r) => r.estimate),
            showLine: false,
            pointRadius: 6,
            pointStyle: 'rectRot',
            borderColor: '#134e4a',
            backgroundColor: '#134e4a',
          } as never,
        ],
      },
      options: {
        plugins: { title: { display: true, text: t('impact.estimate.ciChart', { unit: estimate.indicator.unit }) } },
        scales: { y: { title: { display: true, text: estimate.indicator.unit } } },
      },
    };
  }, [estimate, t]);

  if (waves.length < 2 || measured.length === 0) return <p className="notice">{t('impact.estimate.needWaves')}</p>;
  const toggle = (m: Match) => setMatchBy((list) => (list.includes(m) ? list.filter((x) => x !== m) : [...list, m]));
  const did = estimate?.did;
  return (
    <div className="impact-view">
      <div className="toolbar estimate-form">
        <SelectField
          id="estimate-indicator"
          label={t('impact.estimate.indicator')}
          value={indicator || null}
          options={measured.map((i) => ({ value: i.code, label: i.name }))}
          onChange={(v) => setIndicator(v ?? '')}
        />
        <SelectField<number> id="estimate-program" label={t('impact.program')} value={programId} options={programOptions(programs)} onChange={setProgramId} />
        <SelectField<number> id="estimate-from" label={t('impact.estimate.fromWave')} value={from} options={waveOptions(waves)} onChange={setFrom} />
        <SelectField<number> id="estimate-to" label={t('impact.estimate.toWave')} value={to} options={waveOptions(waves)} onChange={setTo} />
        <label className="check">
          <input type="checkbox" checked={matchBy.includes('desil')} onChange={() => toggle('desil')} /> {t('impact.estimate.matchDesil')}
        </label>
        <label className="check">
          <input type="checkbox" checked={matchBy.includes('kecamatan')} onChange={() => toggle('kecamatan')} /> {t('impact.estimate.matchKecamatan')}
        </label>
      </div>
      <BriefActions request={programId !== null && from !== null && to !== null && from !== to ? { programId, from, to, matchBy } : null} />
      {!estimate || !did || !meansConfig || !ciConfig ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          <div className="estimate-result" data-testid="estimate-did">
            <h3>{t('impact.estimate.did')}</h3>
            <p className="estimate-number">
              {did.estimate === null ? '—' : formatNumber(did.estimate)} <small>{estimate.indicator.unit}</small>
            </p>
            <p>{t('impact.estimate.ciLine', { ci: interval(did.ci95), se: did.se === null ? '—' : formatNumber(did.se) })}</p>
            <p>
              {t('impact.estimate.groups', {
                treatment: formatNumber(did.treatment.n),
                comparison: formatNumber(did.comparison.n),
                partial: formatNumber(estimate.excludedPartial),
              })}
            </p>
            <p className={`verdict verdict-${estimate.verdict}`}>{t(`impact.verdict.${estimate.verdict}` satisfies MessageKey)}</p>
            {did.warning ? <p className="badge warn">{t(`impact.warning.${did.warning}` satisfies MessageKey)}</p> : null}
            <p className="muted">{t(did.labelKey)}</p>
          </div>
          <div className="estimate-result" data-testid="estimate-before-after">
            <h3>{t('impact.estimate.beforeAfter')}</h3>
            <p className="estimate-number">
              {estimate.beforeAfter.estimate === null ? '—' : formatNumber(estimate.beforeAfter.estimate)} <small>{estimate.indicator.unit}</small>
            </p>
            <p>{t('impact.estimate.ciLine', { ci: interval(estimate.beforeAfter.ci95), se: estimate.beforeAfter.se === null ? '—' : formatNumber(estimate.beforeAfter.se) })}</p>
            <p className="badge warn">{t(estimate.beforeAfter.labelKey)}</p>
          </div>
          <div className="chart-card" data-testid="estimate-means-chart">
            <ChartCanvas config={meansConfig} label={t('impact.estimate.meansChart', { indicator: estimate.indicator.name })} handle={setMeansChart} />
            <SaveChartButton chart={meansChart} name="dampak-rata-rata-kelompok" />
          </div>
          <div className="chart-card" data-testid="estimate-ci-chart">
            <ChartCanvas config={ciConfig} label={t('impact.estimate.ciChart', { unit: estimate.indicator.unit })} handle={setCiChart} />
            <SaveChartButton chart={ciChart} name="dampak-selang-kepercayaan" />
          </div>
        </>
      )}
    </div>
  );
}
