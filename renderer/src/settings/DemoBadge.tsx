import { useEffect } from 'react';
import { formatNumber } from '../../../shared/format';
import { useApp } from '../stores/app';
import { useT } from '../i18n';
import { useDemoStatus } from './demoStatus';

/** "Data contoh" in the shell while the register holds demo rows, so nobody mistakes them for real. */
export function DemoBadge() {
  const t = useT();
  const revision = useApp((s) => s.revision);
  const setupComplete = useApp((s) => s.status?.setupComplete ?? false);
  const { status, refresh } = useDemoStatus();
  useEffect(() => {
    // A restored backup (revision) may hold other data than before.
    if (setupComplete) void refresh();
  }, [refresh, revision, setupComplete]);
  if (!status || status.families === 0) return null;
  return (
    <span className="badge warn" role="status" style={{ alignSelf: 'flex-start' }} title={t('demo.badgeTitle', { families: formatNumber(status.families) })}>
      {t('app.demoMarker')}
    </span>
  );
}
