import type { ImportIssue } from '../../../shared/domain/imports';
import { formatNumber } from '../../../shared/format';
import { useT } from '../i18n';

/** Problems by row, as the clerk will find them in Excel (1-based sheet rows). */
export function IssuesTable({ issues, total }: { issues: ImportIssue[]; total: number }) {
  const t = useT();
  if (total === 0) return <p className="muted">{t('wizard.noIssues')}</p>;
  return (
    <div>
      <h3>{t('wizard.issues')}</h3>
      {total > issues.length ? <p className="muted">{t('wizard.issuesMore', { shown: formatNumber(issues.length), total: formatNumber(total) })}</p> : null}
      <div className="scroll">
        <table className="table compact" aria-label={t('wizard.issues')}>
          <thead>
            <tr>
              <th>{t('wizard.issue.row')}</th>
              <th>{t('wizard.issue.column')}</th>
              <th>{t('wizard.issue.code')}</th>
              <th>{t('wizard.issue.message')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, i) => (
              <tr key={`${issue.row}-${issue.code}-${i}`} data-row={issue.row} data-code={issue.code}>
                <td>{issue.row}</td>
                <td>{issue.column ?? '—'}</td>
                <td className={`code sev-${issue.severity}`} title={t(`wizard.severity.${issue.severity}`)}>
                  {issue.code}
                </td>
                <td>{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
