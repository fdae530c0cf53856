import { formatNumber } from '../../../../shared/format';
import type { ComponentGroup, MovementMatrix } from '../../../../shared/domain/report-tables';
import type { DocT } from './text';

/** Section 3: persons and families per component, one block per program with components. */
export function ComponentsTable({ groups, t }: { groups: ComponentGroup[]; t: DocT }) {
  if (groups.length === 0) return <p className="qr-empty">{t('reportDoc.none')}</p>;
  return (
    <table className="qr-table">
      <thead>
        <tr>
          <th className="qr-no">{t('reportDoc.col.no')}</th>
          <th>{t('reportDoc.col.component')}</th>
          <th className="qr-num">{t('reportDoc.col.persons')}</th>
          <th className="qr-num">{t('reportDoc.col.families')}</th>
        </tr>
      </thead>
      {groups.map((g) => (
        <tbody key={g.programCode}>
          {groups.length > 1 && (
            <tr className="qr-group">
              <td colSpan={4}>
                {g.programName} ({g.programCode})
              </td>
            </tr>
          )}
          {g.rows.map((r, i) => (
            <tr key={r.componentCode}>
              <td className="qr-no">{i + 1}</td>
              <td>{r.componentName}</td>
              <td className="qr-num">{formatNumber(r.persons)}</td>
              <td className="qr-num">{formatNumber(r.families)}</td>
            </tr>
          ))}
          <tr className="qr-total">
            <td />
            <td>{t('reportDoc.total')}</td>
            <td className="qr-num">{formatNumber(g.totalPersons)}</td>
            <td />
          </tr>
        </tbody>
      ))}
    </table>
  );
}

/** Section 4: the quarter's movements with programs as columns (start + new − exits ± other = end). */
export function MovementsTable({ matrix, t }: { matrix: MovementMatrix; t: DocT }) {
  if (matrix.programs.length === 0) return <p className="qr-empty">{t('reportDoc.none')}</p>;
  const label = (row: MovementMatrix['rows'][number]) => {
    switch (row.kind) {
      case 'start':
        return t('reportDoc.movement.start');
      case 'added':
        return t('reportDoc.movement.added');
      case 'exit':
        return t('reportDoc.movement.exit', { label: row.label ?? '' });
      case 'other':
        return t('reportDoc.movement.other');
      case 'end':
        return t('reportDoc.movement.end');
    }
  };
  return (
    <table className="qr-table">
      <thead>
        <tr>
          <th>{t('reportDoc.col.description')}</th>
          {matrix.programs.map((p) => (
            <th key={p.programId} className="qr-num">
              {p.programCode}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row, i) => (
          <tr key={i} className={row.kind === 'start' || row.kind === 'end' ? 'qr-total' : row.kind === 'exit' ? 'qr-indent' : undefined}>
            <td>{label(row)}</td>
            {row.values.map((v, j) => (
              <td key={j} className="qr-num">
                {formatNumber(v)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Section 6: the office's own text, paragraphs as typed. */
export function NotesText({ text, t }: { text: string; t: DocT }) {
  const trimmed = text.trim();
  if (trimmed === '') return <p className="qr-empty">{t('reportDoc.noNotes')}</p>;
  return <div className="qr-notes">{trimmed}</div>;
}
