import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/ipc/backups';
import type { KeyFigures } from '../../../shared/ipc/impact';
import type { OfficeSettings } from '../../../shared/ipc/settings';
import type { Kecamatan } from '../../../shared/domain/regions';
import { periodText } from '../../../shared/domain/period';
import { povertyPeriodLabel } from '../../../shared/domain/poverty';
import { formatDateTime, formatNumber, formatPercent, formatRupiah } from '../../../shared/format';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useT } from '../i18n';

/** Programs shown by name on Beranda; the rest are summed in one line. */
const PROGRAMS_SHOWN = 5;

/** Beranda: the office's key figures at a glance. */
export function HomePage() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const go = useApp((s) => s.go);
  const [data, setData] = useState<{ settings: OfficeSettings; figures: KeyFigures; kecamatan: Kecamatan[]; backups: BackupInfo[] } | null>(null);

  useEffect(() => {
    Promise.all([call('settings.get', {}), call('impact.keyFigures', {}), call('regions.kecamatan', {}), call('backups.list', {})])
      .then(([settings, figures, kecamatan, backups]) => setData({ settings, figures, kecamatan, backups }))
      .catch((err) => notify('error', errorText(err)));
  }, [notify]);

  if (!data) return <section className="page">{t('app.loading')}</section>;
  const { figures } = data;
  const lastBackup = data.backups[0];
  const shown = figures.programs.slice(0, PROGRAMS_SHOWN);
  const others = figures.programs.slice(PROGRAMS_SHOWN);
  const p0 = figures.latestP0;
  return (
    <section className="page">
      <h1>{t('home.title')}</h1>
      <p>{t('home.welcome', { office: data.settings.profile.officeName })}</p>
      <div className="tiles">
        <div className="tile" data-testid="home-programs">
          <span className="tile-label">{t('home.familiesPerProgram')}</span>
          {figures.programs.length === 0 ? (
            <small>{t('home.noBeneficiaries')}</small>
          ) : (
            <table className="tile-table">
              <tbody>
                {shown.map((p) => (
                  <tr key={p.programId}>
                    <td title={p.name}>{p.code}</td>
                    <td className="num">{formatNumber(p.families)}</td>
                  </tr>
                ))}
                {others.length > 0 ? (
                  <tr>
                    <td>{t('home.otherPrograms', { count: others.length })}</td>
                    <td className="num">{formatNumber(others.reduce((sum, p) => sum + p.families, 0))}</td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          )}
        </div>
        <button type="button" className="tile tile-link" data-testid="home-realisation" onClick={() => go('disbursements')}>
          <span className="tile-label">{t('home.realisation', { period: figures.realisation ? periodText(figures.realisation.period) : '' })}</span>
          {figures.realisation ? (
            <>
              <strong className="tile-value">{figures.realisation.percent === null ? '—' : formatPercent(figures.realisation.percent, 1)}</strong>
              <small>{t('home.realisationOf', { realised: formatRupiah(figures.realisation.realised), allocated: formatRupiah(figures.realisation.allocated) })}</small>
            </>
          ) : (
            <small>{t('home.noRealisation')}</small>
          )}
        </button>
        <button type="button" className="tile tile-link" data-testid="home-graduations" onClick={() => go('impact')}>
          <span className="tile-label">{t('home.graduations', { year: figures.graduationsThisYear.year })}</span>
          <strong className="tile-value">{formatNumber(figures.graduationsThisYear.count)}</strong>
        </button>
        <button type="button" className="tile tile-link" data-testid="home-p0" onClick={() => go('impact')}>
          <span className="tile-label">{t('home.p0', { regency: data.settings.regencyName })}</span>
          {p0.regency?.p0 != null ? (
            <>
              <strong className="tile-value">{formatPercent(p0.regency.p0)}</strong>
              <small>{povertyPeriodLabel(p0.regency.period)}</small>
            </>
          ) : (
            <small>{t('home.noP0')}</small>
          )}
          {p0.province?.p0 != null ? (
            <small>{t('home.p0Province', { province: p0.province.areaName, p0: formatPercent(p0.province.p0), period: povertyPeriodLabel(p0.province.period) })}</small>
          ) : null}
        </button>
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
    </section>
  );
}
