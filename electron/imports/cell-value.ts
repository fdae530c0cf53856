/**
 * Rows of a workbook as the file holds them, cell types kept: a NIK typed as a number stays a
 * number (that is how a lost 16th digit is recognised), a date cell is a Date, text is text.
 * Rich text, formula results and hyperlinks are flattened to their shown value.
 */
export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** 1-based row number as Excel shows it. */
  row: number;
  /** 0-based by column (A = 0); missing cells are null. */
  cells: CellValue[];
}

/** A cell as it is shown: formula → its result, rich text → its text, an error → `#N/A` etc. */
export function flatten(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
      return value === '' ? null : value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'boolean':
      return value;
    case 'object': {
      if (value instanceof Date) return value;
      const v = value as Record<string, unknown>;
      if (Array.isArray(v.richText)) {
        const text = (v.richText as { text?: string | null }[]).map((r) => r.text ?? '').join('');
        return text === '' ? null : text;
      }
      if ('formula' in v || 'sharedFormula' in v) return flatten(v.result);
      if ('text' in v && 'hyperlink' in v) return flatten(v.text);
      if (typeof v.error === 'string') return v.error;
      return null;
    }
    default:
      return null;
  }
}
