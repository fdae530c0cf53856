import type { ProgramRealisation } from '../../../shared/domain/report';
import { formatNumber } from '../../../shared/format';
import { useT } from '../i18n';
import { KpmCell, percentText, SourceBadge } from './figures';

/** Allocation against realisation of every program in the period; a row opens the program's detail. */
export function OverviewTable({ programs, selected, onOpen }: { programs: ProgramRealisation[]; selected: number | null; onOpen(programId: number): void }) {
  const t = useT();
  if (programs.length === 0) return <p className="muted">{t('penyaluran.overview.empty')}</p>;
  return (
    <div className="scroll-x">
      <table className="table pny-figures" aria-label={t('penyaluran.overview.title')}>
        <thead>
          <tr>
            <th>{t('penyaluran.col.program')}</th>
            <th className="num">{t('penyaluran.col.allocation')}</th>
            <th className="num">{t('penyaluran.col.realised')}</th>
            <th className="num">{t('penyaluran.col.failed')}</th>
            <th className="num">{t('penyaluran.col.returned')}</th>
            <th className="num">{t('penyaluran.col.percent')}</th>
            <th>{t('penyaluran.col.source')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {programs.map((p) => (
            <tr key={p.programId} data-program={p.programCode} className={p.programId === selected ? 'selected' : undefined}>
              <th scope="row">
                <span className="code">{p.programCode}</span>
                <small className="pny-sub">{p.programName}</small>
              </th>
              <td className="num">
                <KpmCell value={p.allocation} />
                {p.allocationUnpriced > 0 ? (
                  <small className="pny-note" title={t('penyaluran.overview.unpricedHint')}>
                    {t('penyaluran.overview.unpriced', { count: formatNumber(p.allocationUnpriced) })}
                  </small>
                ) : null}
              </td>
              <td className="num">
                <KpmCell value={p.realised} />
              </td>
              <td className="num">
                <KpmCell value={p.failed} />
              </td>
              <td className="num">
                <KpmCell value={p.returned} />
              </td>
              <td className="num">
                <span className="pny-kpm">{percentText(p.percentKpm)}</span>
                <span className="pny-rp">{percentText(p.percentAmount)}</span>
              </td>
              <td>
                <SourceBadge t={t} source={p.source} />
              </td>
              <td>
                <button type="button" aria-label={t('penyaluran.overview.openFor', { program: p.programCode })} onClick={() => onOpen(p.programId)}>
                  {t('penyaluran.overview.open')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted pny-legend">{t('penyaluran.overview.legend')}</p>
    </div>
  );
}
