import { useEffect, useState } from 'react';
import { RECONCILIATION_LISTS, type ReconciliationList } from '../../../shared/domain/disbursements';
import type { ReconciliationPage } from '../../../shared/ipc/disbursements';
import { formatNumber, formatRupiah } from '../../../shared/format';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useDisbursements } from '../stores/disbursements';
import { useT } from '../i18n';

const PAGE_SIZE = 50;

function money(value: number | null): string {
  return value === null ? '—' : formatRupiah(value);
}

/**
 * The four reconciliation lists of a program's tahap, a page at a time, each exportable to a
 * workbook. NIK is masked on screen; the export writes full NIK only when asked (audited in main).
 */
export function ReconciliationView({ programId, period, hasLines, revision }: { programId: number; period: string; hasLines: boolean; revision: unknown }) {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const list = useDisbursements((s) => s.list);
  const setList = useDisbursements((s) => s.setList);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<ReconciliationPage | null>(null);
  const [counts, setCounts] = useState<Partial<Record<ReconciliationList, number>>>({});
  const [error, setError] = useState<string | null>(null);
  const [fullNik, setFullNik] = useState(false);
  const [exporting, setExporting] = useState(false);

  // The size of every list, for the tab labels.
  useEffect(() => {
    let live = true;
    setCounts({});
    for (const l of RECONCILIATION_LISTS) {
      call('disbursements.reconciliation', { programId, period, list: l, offset: 0, limit: 1 }).then(
        (r) => live && setCounts((c) => ({ ...c, [l]: r.total })),
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
  }, [programId, period, revision]);

  useEffect(() => {
    let live = true;
    setError(null);
    call('disbursements.reconciliation', { programId, period, list, offset, limit: PAGE_SIZE }).then(
      (r) => live && setPage(r),
      (err) => {
        if (!live) return;
        setPage(null);
        setError(errorText(err));
      },
    );
    return () => {
      live = false;
    };
  }, [programId, period, list, offset, revision]);

  const exportList = async () => {
    setExporting(true);
    try {
      const result = await call('disbursements.exportReconciliation', { programId, period, list, fullNik });
      if (result === null) notify('success', t('penyaluran.recon.exportCancelled'));
      else notify('success', t('penyaluran.recon.exported', { path: result.path, rows: formatNumber(result.rows) }));
    } catch (err) {
      notify('error', errorText(err));
    } finally {
      setExporting(false);
    }
  };

  const rows = page && page.list === list ? page.rows : [];
  const total = page && page.list === list ? page.total : null;
  return (
    <div className="pny-recon">
      {!hasLines ? <p className="notice">{t('penyaluran.recon.noLines')}</p> : null}
      <div className="pny-subtabs" role="tablist" aria-label={t('penyaluran.recon.title')}>
        {RECONCILIATION_LISTS.map((l) => (
          <button key={l} type="button" role="tab" aria-selected={l === list} onClick={() => {
              setOffset(0);
              setList(l);
            }}>
            {t(`penyaluran.recon.${l}`)}
            <span className="badge">{counts[l] === undefined ? '…' : formatNumber(counts[l])}</span>
          </button>
        ))}
      </div>
      <p className="muted">{t(`penyaluran.recon.${list}.hint`)}</p>
      <div className="pny-bar">
        <span className="pny-count">{total === null ? t('penyaluran.loading') : t('penyaluran.recon.range', { from: formatNumber(total === 0 ? 0 : offset + 1), to: formatNumber(Math.min(offset + PAGE_SIZE, total)), total: formatNumber(total) })}</span>
        <div className="pny-export">
          <label className="check">
            <input type="checkbox" checked={fullNik} disabled={exporting} onChange={(e) => setFullNik(e.target.checked)} />
            {t('penyaluran.recon.fullNik')}
          </label>
          <button type="button" className="primary" disabled={exporting || !total} onClick={() => void exportList()}>
            {exporting ? t('penyaluran.recon.exporting') : t('penyaluran.recon.export')}
          </button>
        </div>
      </div>
      {fullNik ? (
        <p className="notice warn" role="alert">
          {t('penyaluran.recon.fullNikWarning')}
        </p>
      ) : null}
      {error ? (
        <p className="notice warn" role="alert">
          {error}
        </p>
      ) : total === 0 ? (
        <p className="muted">{t('penyaluran.recon.empty')}</p>
      ) : (
        <div className="scroll-x">
          <table className="table compact" aria-label={t(`penyaluran.recon.${list}`)}>
            <thead>
              <tr>
                <th>{t('penyaluran.recon.col.row')}</th>
                <th>{t('penyaluran.recon.col.nik')}</th>
                <th>{t('penyaluran.recon.col.kk')}</th>
                <th>{t('penyaluran.recon.col.name')}</th>
                <th>{t('penyaluran.col.kecamatan')}</th>
                <th>{t('penyaluran.recon.col.status')}</th>
                <th className="num">{t('penyaluran.recon.col.paid')}</th>
                <th className="num">{t('penyaluran.recon.col.allocated')}</th>
                {list === 'paidTwice' ? <th className="num">{t('penyaluran.recon.col.lines')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={`${r.disbursementId ?? 'e'}-${r.enrollmentId ?? 'n'}-${i}`}>
                  <td>{r.sheetRow ?? '—'}</td>
                  <td className="code">{r.nik ?? '—'}</td>
                  <td className="code">{r.kk ?? '—'}</td>
                  <td>{r.name}</td>
                  <td>{r.kecamatan ?? '—'}</td>
                  <td>{r.status ? t(`penyaluran.status.${r.status}`) : '—'}</td>
                  <td className="num">{money(r.amountPaid)}</td>
                  <td className="num">{money(r.amountAllocated)}</td>
                  {list === 'paidTwice' ? <td className="num">{formatNumber(r.lines)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total !== null && total > PAGE_SIZE ? (
        <div className="actions">
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            {t('penyaluran.recon.prev')}
          </button>
          <button type="button" disabled={offset + PAGE_SIZE >= total} onClick={() => setOffset(offset + PAGE_SIZE)}>
            {t('penyaluran.recon.next')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
