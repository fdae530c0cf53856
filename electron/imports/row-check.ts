import type { ColumnMapping, ImportField, ImportIssue, ImportIssueCode } from '../../shared/domain/imports';
import type { Locale } from '../../shared/domain/office';
import type { ErrorParams } from '../../shared/errors';
import { translate, type MessageKey } from '../../shared/i18n';
import type { CellValue, SheetRow } from './cell-value';
import type { RowOutcome } from './validate';

/** Header text per mapped field, as the file spells it: what an issue's `column` names. */
export type ColumnNames = Partial<Record<ImportField, string | null>>;

export function columnNames(mapping: ColumnMapping, headers: readonly string[]): ColumnNames {
  const names: ColumnNames = {};
  for (const [field, index] of Object.entries(mapping) as [ImportField, number][]) names[field] = headers[index] || null;
  return names;
}

/**
 * The checks of one sheet row, whatever kind of list it belongs to: its mapped cells, the issues
 * found (in the office's language, named by the file's own column headers), and the rejection
 * that lists the errors as the error workbook's KETERANGAN.
 */
export class RowCheck {
  readonly issues: ImportIssue[] = [];
  failed = false;

  constructor(
    private readonly source: SheetRow,
    private readonly setup: { mapping: ColumnMapping; locale: Locale },
    private readonly columns: ColumnNames,
  ) {}

  readonly cell = (field: ImportField): CellValue | undefined => {
    const index = this.setup.mapping[field];
    return index === undefined ? undefined : this.source.cells[index];
  };

  /** An issue on a mapped field's column (null: the row as a whole). */
  readonly report = (severity: ImportIssue['severity'], code: ImportIssueCode, field: ImportField | null, key: MessageKey, params: ErrorParams = {}): void => {
    this.reportAt(severity, code, field ? (this.columns[field] ?? null) : null, key, params);
  };

  /** An issue on a column named by its header (one the mapping does not know, such as an indicator's). */
  readonly reportAt = (severity: ImportIssue['severity'], code: ImportIssueCode, column: string | null, key: MessageKey, params: ErrorParams = {}): void => {
    this.issues.push({ row: this.source.row, column, code, severity, message: translate(this.setup.locale, key, params) });
    if (severity === 'error') this.failed = true;
  };

  /** The row refused, with its errors as the reasons. */
  rejected<T>(): RowOutcome<T> {
    const reasons = this.issues.filter((i) => i.severity === 'error').map((i) => i.message);
    return { parsed: null, rejected: { row: this.source.row, cells: this.source.cells, reasons }, issues: this.issues };
  }
}
