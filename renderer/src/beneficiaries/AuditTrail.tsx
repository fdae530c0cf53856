import type { AuditEntry } from '../../../shared/ipc/app';
import { periodText } from '../../../shared/domain/period';
import type { FamilyDetail, StatusInfo } from '../../../shared/ipc/beneficiaries';
import { formatDate, formatDateTime } from '../../../shared/format';
import { isIsoDate } from '../../../shared/domain/dates';
import { useT, type T } from '../i18n';
import { statusLabel, wordFor } from './labels';

type Values = Record<string, unknown>;

function valueText(t: T, statuses: readonly StatusInfo[], field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (field === 'status') return statusLabel(statuses, String(value));
  if (typeof value === 'string' && isIsoDate(value)) return formatDate(value);
  return String(value);
}

/** What an entry changed, field by field: `RT: 005 → 007`. */
function changes(t: T, statuses: readonly StatusInfo[], e: AuditEntry): string[] {
  const before = (e.before ?? {}) as Values;
  const after = (e.after ?? {}) as Values;
  return Object.keys(after)
    .filter((field) => field !== 'reason')
    .map((field) =>
      t('beneficiaries.detail.change', {
        field: wordFor(t, 'beneficiaries.field.', field),
        before: valueText(t, statuses, field, before[field]),
        after: valueText(t, statuses, field, after[field]),
      }),
    )
    .concat(typeof after.reason === 'string' ? [`${t('beneficiaries.detail.reason')}: ${after.reason}`] : []);
}

/** Which family record an entry is about: the member's name, the program of an enrollment. */
function subject(detail: FamilyDetail, e: AuditEntry): string {
  const id = Number(e.entityId);
  if (e.entity === 'member') {
    const before = (e.before ?? {}) as Values;
    return detail.members.find((m) => m.id === id)?.name ?? String(before.name ?? e.entityId);
  }
  if (e.entity === 'enrollment') return detail.enrollments.find((x) => x.id === id)?.programCode ?? e.entityId;
  return detail.family.kk;
}

/** The family's change history: edits and status changes by hand, and the imports that wrote it. */
export function AuditTrail({ detail, statuses }: { detail: FamilyDetail; statuses: readonly StatusInfo[] }) {
  const t = useT();
  return (
    <section className="card" aria-label={t('beneficiaries.detail.audit')}>
      <h3>{t('beneficiaries.detail.audit')}</h3>
      {detail.audit.length === 0 ? (
        <p className="muted">{t('beneficiaries.detail.noAudit')}</p>
      ) : (
        <table className="table compact" aria-label={t('beneficiaries.detail.audit')}>
          <thead>
            <tr>
              <th>{t('settings.audit.at')}</th>
              <th>{t('settings.audit.actor')}</th>
              <th>{t('settings.audit.action')}</th>
              <th>{t('settings.audit.entity')}</th>
              <th>{t('beneficiaries.detail.audit')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.audit.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTime(e.at)}</td>
                <td>{e.actor}</td>
                <td>{wordFor(t, 'audit.action.', e.action)}</td>
                <td>
                  {wordFor(t, 'audit.entity.', e.entity)} · {subject(detail, e)}
                </td>
                <td>
                  <ul className="bn-changes">
                    {changes(t, statuses, e).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {detail.imports.length > 0 ? (
        <>
          <h4>{t('beneficiaries.detail.imports')}</h4>
          <ul className="bn-imports">
            {detail.imports.map((b) => (
              <li key={b.batchId}>
                {t('beneficiaries.detail.importLine', {
                  batch: b.batchId,
                  file: b.fileName,
                  program: b.programCode ?? '',
                  period: b.period ? `, ${periodText(b.period)}` : '',
                  at: formatDateTime(b.at),
                  actor: b.actor,
                })}
                {b.undoneAt ? ` (${t('beneficiaries.detail.importUndone', { at: formatDateTime(b.undoneAt) })})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
