/** The benchmark's table: what was measured, the goal, the value, and PASS or MISS. */
export interface Line {
  what: string;
  goal: string;
  measured: string;
  /** null = reported for information, no goal. */
  pass: boolean | null;
}

export function renderTable(lines: readonly Line[]): string {
  const head: Line = { what: 'measurement', goal: 'goal', measured: 'measured', pass: null };
  const verdict = (l: Line) => (l === head ? 'result' : l.pass === null ? '' : l.pass ? 'PASS' : 'MISS');
  const widths = [
    Math.max(...[head, ...lines].map((l) => l.what.length)),
    Math.max(...[head, ...lines].map((l) => l.goal.length)),
    Math.max(...[head, ...lines].map((l) => l.measured.length)),
  ];
  const row = (l: Line) => `${l.what.padEnd(widths[0]!)}  ${l.goal.padEnd(widths[1]!)}  ${l.measured.padEnd(widths[2]!)}  ${verdict(l)}`.trimEnd();
  const rule = '-'.repeat(widths[0]! + widths[1]! + widths[2]! + 12);
  return [row(head), rule, ...lines.map(row)].join('\n');
}

export const int = (n: number) => Math.round(n).toLocaleString('en-US');
export const secs = (s: number) => `${s.toFixed(1)} s`;
export const ms = (v: number) => `${v.toFixed(1)} ms`;
export const mb = (v: number) => `${Math.round(v)} MB`;
