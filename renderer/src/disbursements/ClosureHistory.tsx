import type { ClosureInfo } from '../../../shared/ipc/disbursements';
import { formatDateTime } from '../../../shared/format';
import { useT } from '../i18n';

/** Every close and reopen of the period, newest first: who froze the figures, who reopened them and why. */
export function ClosureHistory({ closures }: { closures: ClosureInfo[] }) {
  const t = useT();
  return (
    <section className="card">
      <h2>{t('penyaluran.history.title')}</h2>
      {closures.length === 0 ? (
        <p className="muted">{t('penyaluran.history.empty')}</p>
      ) : (
        <table className="table compact" aria-label={t('penyaluran.history.title')}>
          <thead>
            <tr>
              <th>{t('penyaluran.history.closed')}</th>
              <th>{t('penyaluran.history.reopened')}</th>
              <th>{t('penyaluran.history.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {closures.map((c) => (
              <tr key={c.id}>
                <td>{t('penyaluran.history.by', { at: formatDateTime(c.closedAt), actor: c.closedBy })}</td>
                <td>
                  {c.reopenedAt ? (
                    t('penyaluran.history.by', { at: formatDateTime(c.reopenedAt), actor: c.reopenedBy ?? '' })
                  ) : (
                    <span className="badge ok">{t('penyaluran.history.current')}</span>
                  )}
                </td>
                <td>{c.reopenReason ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
