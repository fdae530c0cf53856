/** Where the command line writes. The process's streams in use; a buffer in tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}

/** Two columns (a term and its explanation) aligned on the widest term. */
export function twoColumns(rows: readonly (readonly [string, string])[], indent = 2): string[] {
  const left = Math.max(0, ...rows.map(([term]) => width(term)));
  return rows.map(([term, text]) => `${' '.repeat(indent)}${pad(term, left)}   ${text}`.trimEnd());
}

/** A plain-text table: header, a rule, then the rows, each column as wide as its widest cell. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) => cells.map((c, i) => pad(c, widths[i]!)).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
