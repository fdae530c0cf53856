import { useEffect, useState } from 'react';
import type { ProgramSummary } from '../../../shared/domain/programs';
import type { BackupInfo } from '../../../shared/ipc/backups';
import type { OfficeSettings } from '../../../shared/ipc/settings';
import type { Kecamatan } from '../../../shared/domain/regions';
import { formatDateTime, formatNumber } from '../../../shared/format';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useT } from '../i18n';

/** Key figures that exist today; register, disbursement and impact figures join as those areas are built. */
export function HomePage() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const [data, setData] = useState<{ programs: ProgramSummary[]; settings: OfficeSettings; kecamatan: Kecamatan[]; backups: BackupInfo[] } | null>(null);

  useEffect(() => {
    Promise.all([call('programs.list', { includeInactive: true }), call('settings.get', {}), call('regions.kecamatan', {}), call('backups.list', {})])
      .then(([programs, settings, kecamatan, backups]) => setData({ programs, settings, kecamatan, backups }))
      .catch((err) => notify('error', errorText(err)));
  }, [notify]);

  if (!data) return <section className="page">{t('app.loading')}</section>;
  const active = data.programs.filter((p) => p.isActive).length;
  const lastBackup = data.backups[0];
  return (
    <section className="page">
      <h1>{t('home.title')}</h1>
      <p>{t('home.welcome', { office: data.settings.profile.officeName })}</p>
      <div className="tiles">
        <div className="tile">
          <span className="tile-label">{t('home.programsActive')}</span>
          <strong className="tile-value">{formatNumber(active)}</strong>
          <small>{t('home.programsTotal', { count: formatNumber(data.programs.length) })}</small>
        </div>
        <div className="tile">
          <span className="tile-label">{t('home.regency')}</span>
          <strong className="tile-value small">{data.settings.regencyName}</strong>
          <small>
            {data.settings.provinceName} · {t('home.kecamatanCount', { count: formatNumber(data.kecamatan.length) })}
          </small>
        </div>
        <div className="tile">
          <span className="tile-label">{t('home.lastBackup')}</span>
          <strong className="tile-value small">{lastBackup ? formatDateTime(lastBackup.createdAt) : t('home.noBackup')}</strong>
        </div>
      </div>
      <p className="notice">{t('home.nextSteps')}</p>
    </section>
  );
}
