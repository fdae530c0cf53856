import { useEffect, useState } from 'react';
import type { NominalDifferences } from '../../../shared/ipc/disbursements';
import { formatNumber, formatRupiah, formatSigned } from '../../../shared/format';
import { call, errorText } from '../api';
import { useT } from '../i18n';

/** The period list's NOMINAL against the program's benefit rule: which families differ, and by how much. */
export function NominalCheck({ programId, period, revision }: { programId: number; period: string; revision: unknown }) {
  const t = useT();
  const [data, setData] = useState<NominalDifferences | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setData(null);
    setError(null);
    call('disbursements.nominalDifferences', { programId, period }).then(
      (d) => live && setData(d),
      (err) => live && setError(errorText(err)),
    );
    return () => {
      live = false;
    };
  }, [programId, period, revision]);

  if (error) return <p className="notice warn" role="alert">{error}</p>;
  if (data === null) return <p className="muted">{t('penyaluran.loading')}</p>;
  if (data.listed === 0) return <p className="muted">{t('penyaluran.nominal.noList')}</p>;
  return (
    <div data-testid="nominal-check">
      <p>
        {t('penyaluran.nominal.summary', {
          listed: formatNumber(data.listed),
          count: formatNumber(data.count),
          difference: formatRupiah(data.listTotal - data.ruleTotal),
        })}
      </p>
      {data.ruleUnknown > 0 ? <p className="muted">{t('penyaluran.nominal.ruleUnknown', { count: formatNumber(data.ruleUnknown) })}</p> : null}
      {data.count > 0 ? (
        <div className="scroll-x">
          <table className="table compact">
            <thead>
              <tr>
                <th>{t('penyaluran.recon.col.kk')}</th>
                <th>{t('penyaluran.recon.col.name')}</th>
                <th>{t('penyaluran.col.kecamatan')}</th>
                <th className="num">{t('penyaluran.nominal.list')}</th>
                <th className="num">{t('penyaluran.nominal.rule')}</th>
                <th className="num">{t('penyaluran.nominal.difference')}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.enrollmentId}>
                  <td className="code">{r.kk}</td>
                  <td>{r.name}</td>
                  <td>{r.kecamatan ?? t('penyaluran.kecamatan.unknown')}</td>
                  <td className="num">{formatRupiah(r.listNominal)}</td>
                  <td className="num">{formatRupiah(r.ruleNominal)}</td>
                  <td className="num">{formatSigned(r.listNominal - r.ruleNominal, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.count > data.rows.length ? <p className="muted">{t('penyaluran.nominal.more', { count: formatNumber(data.count - data.rows.length) })}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
