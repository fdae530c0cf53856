import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../shared/ipc/app';
import { formatDateTime } from '../../../shared/format';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useT, wordFor } from '../i18n';

/** The latest changes, who made them and to what: the audit trail a supervisor asks for. */
export function AuditPanel() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  useEffect(() => {
    call('audit.list', { limit: 50 }).then(setEntries, (err) => notify('error', errorText(err)));
  }, [notify]);
  return (
    <section className="card">
      <h2>{t('settings.audit')}</h2>
      <div className="scroll">
        <table className="table compact" aria-label={t('settings.audit')}>
          <thead>
            <tr>
              <th>{t('settings.audit.at')}</th>
              <th>{t('settings.audit.actor')}</th>
              <th>{t('settings.audit.action')}</th>
              <th>{t('settings.audit.entity')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTime(e.at)}</td>
                <td>{e.actor}</td>
                <td>{wordFor(t, 'audit.action.', e.action)}</td>
                <td>
                  {wordFor(t, 'audit.entity.', e.entity)} {auditLabel(e)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}


function auditLabel(e: AuditEntry): string {
  const after = e.after as { code?: unknown } | null;
  const before = e.before as { code?: unknown } | null;
  const code = after?.code ?? before?.code;
  return typeof code === 'string' ? code : e.entityId;
}
