import { Fragment } from 'react';
import { formatNumber } from '../../../../shared/format';
import type { RealisationLine, RealisationTable as Table } from '../../../../shared/domain/report-tables';
import { percentText, type DocT } from './text';

/**
 * Allocation against realisation, two lines per program or kecamatan (KPM, then Rupiah) so that
 * eight columns fit A4 portrait with amounts in the billions.
 */
export function RealisationTable({ table, firstColumn, t, unknownLabel }: { table: Table; firstColumn: 'program' | 'kecamatan'; t: DocT; unknownLabel: string }) {
  return (
    <table className="qr-table qr-realisation">
      <colgroup>
        <col />
        <col className="qr-col-label" />
        <col className="qr-col-unit" />
        <col span={4} />
        <col className="qr-col-pct" />
      </colgroup>
      <thead>
        <tr>
          <th className="qr-no">{t('reportDoc.col.no')}</th>
          <th>{t(firstColumn === 'program' ? 'reportDoc.col.program' : 'reportDoc.col.kecamatan')}</th>
          <th>{t('reportDoc.col.unit')}</th>
          <th className="qr-num">{t('reportDoc.col.allocation')}</th>
          <th className="qr-num">{t('reportDoc.col.realised')}</th>
          <th className="qr-num">{t('reportDoc.col.failed')}</th>
          <th className="qr-num">{t('reportDoc.col.returned')}</th>
          <th className="qr-num">{t('reportDoc.col.percent')}</th>
        </tr>
      </thead>
      <tbody>
        {table.lines.map((line, i) => (
          <Lines key={`${line.code ?? ''}-${i}`} line={line} no={String(i + 1)} label={<LineLabel line={line} t={t} firstColumn={firstColumn} unknownLabel={unknownLabel} />} t={t} />
        ))}
      </tbody>
      {table.lines.length > 1 && (
        <tfoot>
          <Lines line={table.total} no="" label={<strong>{t('reportDoc.total')}</strong>} t={t} />
        </tfoot>
      )}
    </table>
  );
}

function LineLabel({ line, t, firstColumn, unknownLabel }: { line: RealisationLine; t: DocT; firstColumn: 'program' | 'kecamatan'; unknownLabel: string }) {
  if (firstColumn === 'kecamatan') return <>{line.label ?? unknownLabel}</>;
  return (
    <>
      {line.label} ({line.code})
      {line.source && <span className="qr-source">{t(`reportDoc.source.${line.source}` as const)}</span>}
    </>
  );
}

function Lines({ line, no, label, t }: { line: RealisationLine; no: string; label: React.ReactNode; t: DocT }) {
  return (
    <Fragment>
      <tr className="qr-first">
        <td className="qr-no" rowSpan={2}>
          {no}
        </td>
        <td rowSpan={2}>{label}</td>
        <td>{t('reportDoc.unit.kpm')}</td>
        <td className="qr-num">{formatNumber(line.allocation.kpm)}</td>
        <td className="qr-num">{formatNumber(line.realised.kpm)}</td>
        <td className="qr-num">{formatNumber(line.failed.kpm)}</td>
        <td className="qr-num">{formatNumber(line.returned.kpm)}</td>
        <td className="qr-num">{percentText(line.percentKpm)}</td>
      </tr>
      <tr className="qr-second">
        <td>{t('reportDoc.unit.rp')}</td>
        <td className="qr-num">{formatNumber(line.allocation.amount)}</td>
        <td className="qr-num">{formatNumber(line.realised.amount)}</td>
        <td className="qr-num">{formatNumber(line.failed.amount)}</td>
        <td className="qr-num">{formatNumber(line.returned.amount)}</td>
        <td className="qr-num">{percentText(line.percentAmount)}</td>
      </tr>
    </Fragment>
  );
}

/** The note under a table when some KPM have no Rupiah value (in-kind, components unknown). */
export function UnpricedNote({ table, t }: { table: Table; t: DocT }) {
  if (table.total.allocationUnpriced === 0) return null;
  return <p className="qr-note">{t('reportDoc.unpriced', { count: formatNumber(table.total.allocationUnpriced) })}</p>;
}
