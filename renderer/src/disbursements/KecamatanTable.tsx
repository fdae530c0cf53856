import { useEffect, useState } from 'react';
import type { KecamatanRealisation } from '../../../shared/domain/report';
import { call, errorText } from '../api';
import { useT } from '../i18n';
import { KpmCell, percentText } from './figures';

/** The program's figures per kecamatan (families without a kecamatan in their own row). */
export function KecamatanTable({ programId, period, revision }: { programId: number; period: string; revision: unknown }) {
  const t = useT();
  const [rows, setRows] = useState<KecamatanRealisation[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setRows(null);
    setError(null);
    call('disbursements.byKecamatan', { programId, period }).then(
      (r) => live && setRows(r),
      (err) => live && setError(errorText(err)),
    );
    return () => {
      live = false;
    };
  }, [programId, period, revision]);

  if (error) return <p className="notice warn" role="alert">{error}</p>;
  if (rows === null) return <p className="muted">{t('penyaluran.loading')}</p>;
  if (rows.length === 0) return <p className="muted">{t('penyaluran.kecamatan.empty')}</p>;
  return (
    <div className="scroll-x">
      <table className="table compact pny-figures" aria-label={t('penyaluran.kecamatan.title')}>
        <thead>
          <tr>
            <th>{t('penyaluran.col.kecamatan')}</th>
            <th className="num">{t('penyaluran.col.allocation')}</th>
            <th className="num">{t('penyaluran.col.realised')}</th>
            <th className="num">{t('penyaluran.col.failed')}</th>
            <th className="num">{t('penyaluran.col.returned')}</th>
            <th className="num">{t('penyaluran.col.percent')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((k) => (
            <tr key={k.kecamatanCode ?? 'unknown'} data-kecamatan={k.kecamatanCode ?? ''}>
              <th scope="row">{k.kecamatanName ?? t('penyaluran.kecamatan.unknown')}</th>
              <td className="num">
                <KpmCell value={k.allocation} />
              </td>
              <td className="num">
                <KpmCell value={k.realised} />
              </td>
              <td className="num">
                <KpmCell value={k.failed} />
              </td>
              <td className="num">
                <KpmCell value={k.returned} />
              </td>
              <td className="num">
                <span className="pny-kpm">{percentText(k.percentKpm)}</span>
                <span className="pny-rp">{percentText(k.percentAmount)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
