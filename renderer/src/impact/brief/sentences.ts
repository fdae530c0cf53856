import { povertyPeriodLabel } from '../../../../shared/domain/poverty';
import { formatDate, formatNumber, formatPercent, formatSigned } from '../../../../shared/format';
import type { BriefPovertyArea, ImpactBrief, ImpactEstimate } from '../../../../shared/ipc/impact';
import type { DocT } from '../../reports/document/text';

/**
 * The brief's plain-language sentences, one per figure, so that a head of office can read the
 * page aloud: what changed, how sure the data are, and what may (not) be concluded.
 */

const interval = (ci: { low: number; high: number } | null, t: DocT) =>
  ci ? t('impactBrief.estimate.ci', { low: formatNumber(ci.low), high: formatNumber(ci.high) }) : t('impactBrief.estimate.noCi');

/** "Pengeluaran … naik 20.000 Rp/kapita/bulan lebih banyak pada penerima PKH dibanding pembanding; selang …; belum dapat dipastikan (…)." */
export function estimateSentence(e: ImpactEstimate, t: DocT): string {
  const d = e.did.estimate;
  if (d === null) return t('impactBrief.estimate.none', { indicator: e.indicator.name });
  const params = { indicator: e.indicator.name, value: formatNumber(Math.abs(d)), unit: e.indicator.unit, program: e.program.code };
  const change = t(d > 0 ? 'impactBrief.estimate.up' : d < 0 ? 'impactBrief.estimate.down' : 'impactBrief.estimate.same', params);
  return `${change}; ${interval(e.did.ci95, t)}; ${t(`impactBrief.verdict.${e.verdict}`)}.`;
}

export function groupsSentence(e: ImpactEstimate, t: DocT): string {
  return t('impactBrief.estimate.groups', {
    treatment: formatNumber(e.did.treatment.n),
    comparison: formatNumber(e.did.comparison.n),
    partial: formatNumber(e.excludedPartial),
  });
}

export function meansSentence(e: ImpactEstimate, t: DocT): string | null {
  const { treatment: tr, comparison: c } = e.did;
  if (tr.meanBefore === null || tr.meanAfter === null || c.meanBefore === null || c.meanAfter === null) return null;
  return t('impactBrief.estimate.means', {
    tBefore: formatNumber(tr.meanBefore),
    tAfter: formatNumber(tr.meanAfter),
    cBefore: formatNumber(c.meanBefore),
    cAfter: formatNumber(c.meanAfter),
  });
}

export function beforeAfterSentence(e: ImpactEstimate, t: DocT): string | null {
  const ba = e.beforeAfter;
  if (ba.estimate === null) return null;
  return t('impactBrief.estimate.beforeAfter', { change: formatSigned(ba.estimate), unit: e.indicator.unit, ci: interval(ba.ci95, t), n: formatNumber(ba.n) });
}

/** "Jawa Timur: 9,50 % penduduk miskin pada Maret 2025." and the change from the period before. */
export function povertySentences(area: BriefPovertyArea, t: DocT): string[] {
  const latest = area.latest;
  if (latest === null || latest.p0 === null) return [t('impactBrief.poverty.none', { area: area.name })];
  const params = { area: area.name, p0: formatPercent(latest.p0), period: povertyPeriodLabel(latest.period) };
  const lines = [latest.poor === null ? t('impactBrief.poverty.latest', params) : t('impactBrief.poverty.latestPoor', { ...params, poor: formatNumber(latest.poor) })];
  const p0 = area.change?.p0;
  if (p0 && area.previous) {
    lines.push(
      t('impactBrief.poverty.change', {
        fromPeriod: povertyPeriodLabel(area.previous.period),
        toPeriod: povertyPeriodLabel(latest.period),
        from: formatPercent(p0.from),
        to: formatPercent(p0.to),
        change: formatSigned(p0.change),
      }),
    );
  }
  return lines;
}

export function wavesLine(brief: ImpactBrief, t: DocT): string | null {
  if (brief.from === null || brief.to === null) return null;
  return t('impactBrief.waves', { from: brief.from.name, fromDate: formatDate(brief.from.heldOn), to: brief.to.name, toDate: formatDate(brief.to.heldOn) });
}
