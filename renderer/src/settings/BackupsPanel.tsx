import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/ipc/backups';
import { isMessageKey } from '../../../shared/i18n';
import { formatBytes, formatDateTime } from '../../../shared/format';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useT } from '../i18n';
import { ConfirmDialog } from '../shell/ConfirmDialog';

export function BackupsPanel() {
  const t = useT();
  const { notify, databaseReplaced } = useApp();
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [restoring, setRestoring] = useState<string | null>(null);

  const refresh = useCallback(() => call('backups.list', {}).then(setBackups, (err) => notify('error', errorText(err))), [notify]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const backupNow = async () => {
    try {
      const info = await call('backups.create', {});
      notify('success', t('settings.backupCreated', { file: info.fileName }));
      await refresh();
    } catch (err) {
      notify('error', errorText(err));
    }
  };
  const restore = async (fileName: string) => {
    setRestoring(null);
    try {
      const status = await call('backups.restore', { fileName });
      notify('success', t('settings.restored', { file: fileName }));
      // The restored database may differ in everything: every page reloads from it.
      databaseReplaced(status);
    } catch (err) {
      notify('error', errorText(err));
    }
  };
  const reasonText = (reason: string) => {
    const key = `backupReason.${reason}`;
    return isMessageKey(key) ? t(key) : reason;
  };

  return (
    <section className="card">
      <h2>{t('settings.backups')}</h2>
      <p className="muted">{t('settings.backupsIntro')}</p>
      <div className="actions left">
        <button type="button" onClick={() => void backupNow()}>
          {t('settings.backupNow')}
        </button>
      </div>
      {backups.length === 0 ? (
        <p className="muted">{t('settings.noBackups')}</p>
      ) : (
        <table className="table compact" aria-label={t('settings.backups')}>
          <thead>
            <tr>
              <th>{t('settings.backup.at')}</th>
              <th>{t('settings.backup.reason')}</th>
              <th>{t('settings.backup.size')}</th>
              <th>{t('settings.backup.file')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.fileName}>
                <td>{formatDateTime(b.createdAt)}</td>
                <td>{reasonText(b.reason)}</td>
                <td>{formatBytes(b.sizeBytes)}</td>
                <td className="code">{b.fileName}</td>
                <td>
                  <button type="button" onClick={() => setRestoring(b.fileName)}>
                    {t('settings.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restoring ? (
        <ConfirmDialog text={t('settings.confirmRestore', { file: restoring })} onCancel={() => setRestoring(null)} onConfirm={() => void restore(restoring)} />
      ) : null}
    </section>
  );
}
