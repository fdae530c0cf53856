import type { DisbursementCounts } from '../../../shared/domain/disbursement-import';
import { DISBURSEMENT_STATUSES } from '../../../shared/domain/disbursements';
import { periodText } from '../../../shared/domain/period';
import { formatNumber, formatRupiah } from '../../../shared/format';
import { useT } from '../i18n';

/** A disbursement list's lines: matched or not enrolled, and KPM and Rupiah per status; with the reasons a commit would be refused. */
export function DisbursementCountsView({ counts, period }: { counts: DisbursementCounts; period: string | null }) {
  const t = useT();
  return (
    <div>
      <h3>{t('wizard.disbursement.title', { period: periodText(period) })}</h3>
      <div className="counts" aria-label={t('wizard.disbursement.title', { period: periodText(period) })}>
        <div className="count">
          <span>{t('wizard.disbursement.lines')}</span>
          <strong>{formatNumber(counts.lines)}</strong>
        </div>
        <div className="count">
          <span>{t('wizard.disbursement.matched')}</span>
          <strong>{formatNumber(counts.matched)}</strong>
        </div>
        <div className={`count ${counts.notEnrolled > 0 ? 'warn' : ''}`}>
          <span>{t('wizard.disbursement.notEnrolled')}</span>
          <strong>{formatNumber(counts.notEnrolled)}</strong>
        </div>
      </div>
      <table className="table compact" aria-label={t('wizard.disbursement.status')}>
        <thead>
          <tr>
            <th>{t('wizard.disbursement.status')}</th>
            <th className="num">{t('wizard.disbursement.kpm')}</th>
            <th className="num">{t('wizard.disbursement.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {DISBURSEMENT_STATUSES.map((status) => (
            <tr key={status} data-status={status}>
              <td>{t(`wizard.disbursement.status.${status}`)}</td>
              <td className="num">{formatNumber(counts.byStatus[status].kpm)}</td>
              <td className="num">{formatRupiah(counts.byStatus[status].amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {counts.periodClosed ? (
        <p className="notice warn" role="alert">
          {t('wizard.disbursement.periodClosed', { period: periodText(period) })}
        </p>
      ) : null}
      {counts.alreadyImported ? (
        <p className="notice warn" role="alert">
          {t('wizard.disbursement.alreadyImported', {
            lines: formatNumber(counts.alreadyImported.lines),
            batch: counts.alreadyImported.batchId,
            file: counts.alreadyImported.fileName,
          })}
        </p>
      ) : null}
    </div>
  );
}
