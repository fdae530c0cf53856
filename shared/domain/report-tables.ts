import type { KpmAmount } from './disbursements';
import { percentOf, provincialPrograms, type MovementExit, type ProgramRealisation, type QuarterlyFigures } from './report';

/**
 * The tables of the quarterly report, derived from its figures once for every output: the printed
 * document (renderer) and the workbook (main) show the same rows, totals and order.
 */

export interface RealisationLine {
  /** Program name, or kecamatan name (null: the family has no kecamatan). */
  label: string | null;
  code: string | null;
  allocation: KpmAmount;
  realised: KpmAmount;
  failed: KpmAmount;
  returned: KpmAmount;
  percentKpm: number | null;
  percentAmount: number | null;
  allocationUnpriced: number;
  source: ProgramRealisation['source'] | null;
}

export interface RealisationTable {
  lines: RealisationLine[];
  total: RealisationLine;
}

const zero = (): KpmAmount => ({ kpm: 0, amount: 0 });
const add = (a: KpmAmount, b: KpmAmount): KpmAmount => ({ kpm: a.kpm + b.kpm, amount: a.amount + b.amount });

function totalOf(lines: readonly RealisationLine[]): RealisationLine {
  let allocation = zero();
  let realised = zero();
  let failed = zero();
  let returned = zero();
  let allocationUnpriced = 0;
  for (const l of lines) {
    allocation = add(allocation, l.allocation);
    realised = add(realised, l.realised);
    failed = add(failed, l.failed);
    returned = add(returned, l.returned);
    allocationUnpriced += l.allocationUnpriced;
  }
  return {
    label: null,
    code: null,
    allocation,
    realised,
    failed,
    returned,
    percentKpm: percentOf(realised.kpm, allocation.kpm),
    percentAmount: percentOf(realised.amount, allocation.amount),
    allocationUnpriced,
    source: null,
  };
}

function programLine(p: ProgramRealisation): RealisationLine {
  return {
    label: p.programName,
    code: p.programCode,
    allocation: p.allocation,
    realised: p.realised,
    failed: p.failed,
    returned: p.returned,
    percentKpm: p.percentKpm,
    percentAmount: p.percentAmount,
    allocationUnpriced: p.allocationUnpriced,
    source: p.source,
  };
}

/** Section 1: one line per program, in the figures' order, and their sum. */
export function programTable(figures: Pick<QuarterlyFigures, 'programs'>): RealisationTable {
  const lines = figures.programs.map(programLine);
  return { lines, total: totalOf(lines) };
}

/** Section 5: the provincial programs (PKH Plus, ASPD, …) alone. */
export function provincialTable(figures: Pick<QuarterlyFigures, 'programs'>): RealisationTable {
  const lines = provincialPrograms(figures).map(programLine);
  return { lines, total: totalOf(lines) };
}

export interface KecamatanGroup extends RealisationTable {
  programId: number;
  programCode: string;
  programName: string;
}

/** Section 2: per program (in section 1's order), its kecamatan by name, "unknown" last. */
export function kecamatanGroups(figures: Pick<QuarterlyFigures, 'programs' | 'kecamatan'>): KecamatanGroup[] {
  return figures.programs
    .map((p) => {
      const rows = figures.kecamatan
        .filter((k) => k.programId === p.programId)
        .sort((a, b) => byName(a.kecamatanName, b.kecamatanName));
      const lines: RealisationLine[] = rows.map((k) => ({
        label: k.kecamatanName,
        code: k.kecamatanCode,
        allocation: k.allocation,
        realised: k.realised,
        failed: k.failed,
        returned: k.returned,
        percentKpm: k.percentKpm,
        percentAmount: k.percentAmount,
        allocationUnpriced: k.allocationUnpriced,
        source: k.source,
      }));
      return { programId: p.programId, programCode: p.programCode, programName: p.programName, lines, total: totalOf(lines) };
    })
    .filter((g) => g.lines.length > 0);
}

function byName(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b, 'id');
}

export interface ComponentGroup {
  programCode: string;
  programName: string;
  rows: { componentCode: string; componentName: string; persons: number; families: number }[];
  totalPersons: number;
}

/** Section 3: the component counts per program (PKH and any program with components). */
export function componentGroups(figures: Pick<QuarterlyFigures, 'programs' | 'components'>): ComponentGroup[] {
  const codes = [...new Set(figures.components.map((c) => c.programId))];
  return codes.map((programId) => {
    const rows = figures.components.filter((c) => c.programId === programId);
    const program = figures.programs.find((p) => p.programId === programId);
    return {
      programCode: rows[0]!.programCode,
      programName: program?.programName ?? rows[0]!.programCode,
      rows: rows.map((c) => ({ componentCode: c.componentCode, componentName: c.componentName, persons: c.persons, families: c.families })),
      totalPersons: rows.reduce((s, c) => s + c.persons, 0),
    };
  });
}

export type MovementRowKind = 'start' | 'added' | 'exit' | 'other' | 'end';

export interface MovementRow {
  kind: MovementRowKind;
  /** The exit status's label (kind 'exit' only). */
  label: string | null;
  exitKind: MovementExit['exitKind'] | null;
  /** One value per program column. */
  values: number[];
}

export interface MovementMatrix {
  programs: { programId: number; programCode: string }[];
  rows: MovementRow[];
}

const EXIT_ORDER: readonly MovementExit['exitKind'][] = ['graduation', 'death', 'moved', 'withdrawn', 'ineligible'];

/**
 * Section 4 as a matrix: programs as columns; rows start, new, each exit status (graduation
 * categories first, then died, moved, withdrawn, ineligible), other changes, end.
 */
export function movementMatrix(figures: Pick<QuarterlyFigures, 'movements'>): MovementMatrix {
  const movements = figures.movements;
  const exits = new Map<string, { label: string; exitKind: MovementExit['exitKind'] }>();
  for (const m of movements) for (const e of m.exits) if (!exits.has(e.status)) exits.set(e.status, { label: e.label, exitKind: e.exitKind });
  const exitStatuses = [...exits.entries()].sort(
    ([a, x], [b, y]) => EXIT_ORDER.indexOf(x.exitKind) - EXIT_ORDER.indexOf(y.exitKind) || x.label.localeCompare(y.label, 'id') || a.localeCompare(b),
  );
  const rows: MovementRow[] = [
    { kind: 'start', label: null, exitKind: null, values: movements.map((m) => m.start) },
    { kind: 'added', label: null, exitKind: null, values: movements.map((m) => m.added) },
    ...exitStatuses.map(([status, info]) => ({
      kind: 'exit' as const,
      label: info.label,
      exitKind: info.exitKind,
      values: movements.map((m) => m.exits.find((e) => e.status === status)?.count ?? 0),
    })),
    { kind: 'other', label: null, exitKind: null, values: movements.map((m) => m.other) },
    { kind: 'end', label: null, exitKind: null, values: movements.map((m) => m.end) },
  ];
  return { programs: movements.map((m) => ({ programId: m.programId, programCode: m.programCode })), rows };
}

/** Chart data: realisation per kecamatan over all reported programs (Rupiah), by name. */
export function kecamatanPercentages(figures: Pick<QuarterlyFigures, 'kecamatan'>): { label: string | null; percentAmount: number | null }[] {
  const byCode = new Map<string, { label: string | null; allocation: number; realised: number }>();
  for (const k of figures.kecamatan) {
    const key = k.kecamatanCode ?? '';
    const entry = byCode.get(key) ?? { label: k.kecamatanName, allocation: 0, realised: 0 };
    entry.allocation += k.allocation.amount;
    entry.realised += k.realised.amount;
    byCode.set(key, entry);
  }
  return [...byCode.values()]
    .sort((a, b) => byName(a.label, b.label))
    .map((e) => ({ label: e.label, percentAmount: percentOf(e.realised, e.allocation) }));
}
