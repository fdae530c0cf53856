import type { SurveyCounts } from '../../../shared/domain/survey-import';
import { formatNumber } from '../../../shared/format';
import { useT } from '../i18n';

/** A survey file's values per indicator for its wave, and how many replace earlier values of that wave. */
export function SurveyCountsView({ counts }: { counts: SurveyCounts }) {
  const t = useT();
  const title = t('wizard.survey.title', { wave: counts.waveCode });
  return (
    <div>
      <h3>{title}</h3>
      <table className="table compact" aria-label={title}>
        <thead>
          <tr>
            <th>{t('wizard.survey.indicator')}</th>
            <th className="num">{t('wizard.survey.values')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(counts.byIndicator).map(([code, n]) => (
            <tr key={code} data-indicator={code}>
              <td className="code">{code}</td>
              <td className="num">{formatNumber(n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {counts.replaced > 0 ? <p className="notice">{t('wizard.survey.replaced', { count: formatNumber(counts.replaced) })}</p> : null}
    </div>
  );
}
