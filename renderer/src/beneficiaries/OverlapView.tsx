import { useCallback, useEffect, useState } from 'react';
import type { OverlapMatrix } from '../../../shared/ipc/beneficiaries';
import { formatNumber } from '../../../shared/format';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useT } from '../i18n';

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${formatNumber(Math.round((part / whole) * 1000) / 10)}%`;
}

/** For each pair of active programs, how many families receive both (the diagonal: each program's families). */
export function OverlapView() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const [matrix, setMatrix] = useState<OverlapMatrix | null>(null);
  const load = useCallback(() => {
    setMatrix(null);
    call('beneficiaries.overlap', {}).then(setMatrix, (err) => notify('error', errorText(err)));
  }, [notify]);
  useEffect(load, [load]);

  if (!matrix) return <p className="muted">{t('beneficiaries.loading')}</p>;
  const { programs, counts } = matrix;
  const anyone = programs.some((_, i) => (counts[i]?.[i] ?? 0) > 0);
  return (
    <section className="card" aria-label={t('beneficiaries.overlap.title')}>
      <header className="page-header">
        <h2>{t('beneficiaries.overlap.title')}</h2>
        <button type="button" onClick={load}>
          {t('beneficiaries.overlap.refresh')}
        </button>
      </header>
      <p className="muted">{t('beneficiaries.overlap.intro')}</p>
      {!anyone ? (
        <p className="notice">{t('beneficiaries.overlap.empty')}</p>
      ) : (
        <div className="scroll-x">
          <table className="bn-matrix" aria-label={t('beneficiaries.overlap.title')}>
            <thead>
              <tr>
                <th scope="col">{t('beneficiaries.overlap.rowHeader')}</th>
                {programs.map((p) => (
                  <th key={p.id} scope="col" title={p.name}>
                    {p.code}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {programs.map((row, i) => {
                const own = counts[i]?.[i] ?? 0;
                return (
                  <tr key={row.id} data-program={row.code}>
                    <th scope="row" title={row.name}>
                      {row.code}
                    </th>
                    {programs.map((col, j) => {
                      const n = counts[i]?.[j] ?? 0;
                      const cls = i === j ? 'diag' : n === 0 ? 'zero' : undefined;
                      return (
                        <td
                          key={col.id}
                          className={cls}
                          data-col={col.code}
                          title={t('beneficiaries.overlap.cell', { count: formatNumber(n), percent: percent(n, own), program: row.code })}
                        >
                          {formatNumber(n)}
                          {i !== j && n > 0 ? <span className="pct">{percent(n, own)}</span> : null}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
