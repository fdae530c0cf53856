import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatDateTime, formatNumber } from '../../../../shared/format';
import type { ImpactBrief } from '../../../../shared/ipc/impact';
import { Letterhead } from '../../reports/document/Letterhead';
import { Signature } from '../../reports/document/Signature';
import { percentText, type DocT } from '../../reports/document/text';
import { estimateChartConfig, povertyChartConfig } from './charts';
import { PrintChart } from '../../charts/PrintChart';
import { beforeAfterSentence, estimateSentence, groupsSentence, meansSentence, povertySentences, wavesLine } from './sentences';
import './brief.css';

/**
 * The impact brief's pages: letterhead, title, poverty (regency against province), one block per
 * indicator (plain sentence, interval, verdict, group sizes, honest labels, chart), graduation,
 * targeting, desil movement, signature. Rendered alone (ImpactBriefDocument) or after section 6 of
 * the quarterly report. `onDrawn` fires once every chart is drawn. Aggregates only.
 */
export function ImpactBriefBody({ brief, t, onDrawn }: { brief: ImpactBrief; t: DocT; onDrawn(): void }) {
  const povertyChart = useMemo(() => povertyChartConfig(brief, t), [brief, t]);
  const estimateCharts = useMemo(() => brief.estimates.map((e) => estimateChartConfig(e, t)), [brief, t]);
  const expected = (povertyChart ? 1 : 0) + estimateCharts.length;
  const [drawn, setDrawn] = useState<ReadonlySet<string>>(new Set());
  const chartDrawn = useCallback((id: string) => setDrawn((s) => (s.has(id) ? s : new Set([...s, id]))), []);
  useEffect(() => {
    if (drawn.size >= expected) onDrawn();
  }, [drawn, expected, onDrawn]);

  const waves = wavesLine(brief, t);
  const graduationYear = brief.graduation.year;
  return (
    <div className="ib-body">
      <Letterhead profile={brief.profile} regencyName={brief.regencyName} t={t} />
      <div className="qr-title">
        <h1>{t('impactBrief.title')}</h1>
        {brief.program && <h2>{`${brief.program.name} (${brief.program.code})`.toUpperCase()}</h2>}
        <h2>{brief.regencyName.toUpperCase()}</h2>
      </div>
      <p className="qr-status">
        {waves ?? t('impactBrief.noWaves')}
        <br />
        {t('impactBrief.computed', { date: formatDateTime(brief.computedAt) })}
      </p>

      <section className="qr-section">
        <h3>{t('impactBrief.section.poverty')}</h3>
        {[brief.poverty.regency, brief.poverty.province].map((area) => (
          <p key={area.code} className="ib-line">
            {povertySentences(area, t).join(' ')}
          </p>
        ))}
        {povertyChart && (
          <div className="ib-chart">
            <PrintChart id="poverty-p0" config={povertyChart} height={220} onDrawn={chartDrawn} />
          </div>
        )}
      </section>

      <section className="qr-section">
        <h3>{t('impactBrief.section.estimates')}</h3>
        {brief.program === null ? <p className="qr-empty">{t('impactBrief.noProgram')}</p> : null}
        {brief.program !== null && brief.estimates.length === 0 ? <p className="qr-empty">{t('impactBrief.noWaves')}</p> : null}
        {brief.estimates.length > 0 && brief.matchBy.length > 0 ? (
          <p className="ib-line" data-testid="brief-matched">
            {t('impactBrief.matched', { by: brief.matchBy.map((m) => t(`impactBrief.matchedBy.${m}`)).join(t('impactBrief.matchedBy.and')) })}
          </p>
        ) : null}
        {brief.estimates.map((e, i) => {
          const means = meansSentence(e, t);
          const ba = beforeAfterSentence(e, t);
          return (
            <div key={e.indicator.code} className="ib-estimate" data-indicator={e.indicator.code}>
              <h4>{e.indicator.name}</h4>
              <p className={`ib-sentence ib-verdict-${e.verdict}`}>
                {e.did.warning === 'SMALL_GROUPS' ? <strong>{t('impactBrief.estimate.caution')} </strong> : null}
                {estimateSentence(e, t)}
              </p>
              {e.did.warning ? <p className="ib-warning">{t(`impact.warning.${e.did.warning}`)}</p> : null}
              <p className="ib-line">
                {groupsSentence(e, t)} {means} {t(`impactBrief.estimate.better.${e.indicator.better}`)}
              </p>
              <p className="ib-label">{t(e.did.labelKey)}</p>
              {ba && (
                <p className="ib-line">
                  {ba} <em>{t(e.beforeAfter.labelKey)}</em>
                </p>
              )}
              <div className="ib-chart">
                <PrintChart id={`estimate-${e.indicator.code}`} config={estimateCharts[i]!} height={170} onDrawn={chartDrawn} />
              </div>
            </div>
          );
        })}
        <p className="qr-note">{t('impactBrief.method')}</p>
      </section>

      <section className="qr-section">
        <h3>{t('impactBrief.section.graduation', { year: graduationYear })}</h3>
        <p className="ib-line">
          {brief.graduation.total === 0
            ? t('impactBrief.graduation.none', { year: graduationYear })
            : `${t('impactBrief.graduation.total', { year: graduationYear, count: formatNumber(brief.graduation.total) })} ${brief.graduation.byCategory
                .map((c) => t('impactBrief.graduation.category', { label: c.label, count: formatNumber(c.count) }))
                .join('; ')}.`}
        </p>
        {brief.graduation.reentry.graduatedFamilies > 0 && (
          <p className="ib-line">
            {t('impactBrief.graduation.reentry', {
              graduated: formatNumber(brief.graduation.reentry.graduatedFamilies),
              reentered: formatNumber(brief.graduation.reentry.reentered),
              percent: percentText(brief.graduation.reentry.percent),
            })}
          </p>
        )}
      </section>

      <section className="qr-section">
        <h3>{t('impactBrief.section.targeting')}</h3>
        <p className="ib-line">
          {t('impactBrief.targeting.headline', { poor: formatNumber(brief.targeting.poorFamilies), uncovered: formatNumber(brief.targeting.poorUncovered) })}
        </p>
        {brief.targeting.programs.length > 0 && (
          <table className="qr-table ib-targeting">
            <thead>
              <tr>
                <th>{t('impactBrief.col.program')}</th>
                <th className="qr-num">{t('impactBrief.col.families')}</th>
                <th className="qr-num">{t('impactBrief.col.poor')}</th>
                <th className="qr-num">{t('impactBrief.col.coverage')}</th>
                <th className="qr-num">{t('impactBrief.col.desil6')}</th>
              </tr>
            </thead>
            <tbody>
              {brief.targeting.programs.map((p) => (
                <tr key={p.programId}>
                  <td>
                    {p.name} ({p.code})
                  </td>
                  <td className="qr-num">{formatNumber(p.families)}</td>
                  <td className="qr-num">{formatNumber(p.poor)}</td>
                  <td className="qr-num">{percentText(p.coveragePercent)}</td>
                  <td className="qr-num">{formatNumber(p.desil6Plus)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="qr-note">{t('impactBrief.targeting.note')}</p>
      </section>

      {brief.desil && (
        <section className="qr-section">
          <h3>{t('impactBrief.section.desil')}</h3>
          <p className="ib-line">
            {t('impactBrief.desil.summary', {
              matched: formatNumber(brief.desil.transition.matched),
              up: formatNumber(brief.desil.transition.movedUp),
              stayed: formatNumber(brief.desil.transition.stayed),
              down: formatNumber(brief.desil.transition.movedDown),
            })}{' '}
            {brief.desil.transition.missingInTo > 0 ? t('impactBrief.desil.missing', { missing: formatNumber(brief.desil.transition.missingInTo) }) : null}
          </p>
        </section>
      )}

      <p className="qr-note">{t('impactBrief.aggregatesOnly')}</p>
      <Signature profile={brief.profile} signedOn={brief.signedOn} t={t} />
    </div>
  );
}
