import type { KpmAmount, RealisationSource } from '../../shared/domain/disbursements';
import type { ProgramLevel } from '../../shared/domain/programs';
import type { ComponentCounts } from '../../shared/domain/register';
import {
  percentOf,
  type ComponentCount,
  type KecamatanRealisation,
  type MovementExit,
  type ProgramMovement,
  type ProgramRealisation,
  type QuarterlyFigures,
} from '../../shared/domain/report';
import type { ServiceContext } from '../context';
import { benefitsOf, Pricer, quarterBounds } from '../disbursements/allocation';
import {
  kecamatanNames,
  lineRealisation,
  listAllocation,
  manualRealisation,
  quarterStates,
  statuses,
  type ListAllocationRow,
  type QuarterStateRow,
  type StatusRow,
} from './figures-queries';

/**
 * The quarterly report's figures for a period, live from the register and the disbursement lines
 * (a closed period's report reads its snapshot instead: electron/disbursements/closures.ts).
 * Every program with KPM allocated, a realisation, or a movement in the quarter is included.
 */

interface Cell {
  allocation: KpmAmount;
  allocationUnpriced: number;
  realised: KpmAmount;
  failed: KpmAmount;
  returned: KpmAmount;
}

const zero = (): KpmAmount => ({ kpm: 0, amount: 0 });
const emptyCell = (): Cell => ({ allocation: zero(), allocationUnpriced: 0, realised: zero(), failed: zero(), returned: zero() });
const add = (to: KpmAmount, kpm: number, amount: number) => {
  to.kpm += kpm;
  to.amount += amount;
};

interface ProgramInfo {
  id: number;
  code: string;
  name: string;
  level: ProgramLevel;
  benefitKind: 'components' | 'flat' | 'in_kind';
}

export function computeFigures(ctx: ServiceContext, period: string): QuarterlyFigures {
  const q = quarterBounds(period);
  const db = ctx.db;
  const programs = new Map(
    (
      db.prepare('SELECT id, code, name, level, benefit_kind AS benefitKind FROM programs ORDER BY code').all() as ProgramInfo[]
    ).map((p) => [p.id, p]),
  );

  // Allocation: the lists first; programs without a list for the period by their active enrollments.
  const listRows = listAllocation(db, q);
  const listed = [...new Set(listRows.map((r) => r.programId))];
  const stateRows = quarterStates(db, q, listed);
  const activeRows = stateRows.filter((r) => r.kind === 'a');
  const pricer = new Pricer(benefitsOf(ctx, new Set([...listed, ...activeRows.map((r) => r.programId)])), period);

  const cells = new Map<number, Map<string | null, Cell>>();
  const cell = (programId: number, kecamatan: string | null): Cell => {
    let byKec = cells.get(programId);
    if (!byKec) cells.set(programId, (byKec = new Map()));
    let c = byKec.get(kecamatan);
    if (!c) byKec.set(kecamatan, (c = emptyCell()));
    return c;
  };

  for (const r of listRows) {
    const c = cell(r.programId, r.kecamatanCode);
    if (r.priced) {
      add(c.allocation, r.n, r.amount);
      continue;
    }
    const amount = pricer.price(r.programId, r.componentsJson);
    if (amount === null) {
      c.allocation.kpm += r.n;
      c.allocationUnpriced += r.n;
    } else add(c.allocation, r.n, amount * r.n);
  }
  for (const r of activeRows) {
    const c = cell(r.programId, r.kecamatanCode);
    const amount = pricer.price(r.programId, null);
    if (amount === null) {
      c.allocation.kpm += r.n;
      c.allocationUnpriced += r.n;
    } else add(c.allocation, r.n, amount * r.n);
  }

  // Realisation: the lines where a program has any for the period, else the hand-entered totals.
  const sources = new Map<number, RealisationSource>();
  for (const r of lineRealisation(db, q)) {
    sources.set(r.programId, 'lines');
    const c = cell(r.programId, r.kecamatanCode);
    add(r.status === 'tersalur' ? c.realised : r.status === 'gagal' ? c.failed : c.returned, r.kpm, r.amount);
  }
  for (const r of manualRealisation(db, q)) {
    if (sources.get(r.programId) === 'lines') continue;
    sources.set(r.programId, 'manual');
    const c = cell(r.programId, r.kecamatanCode);
    add(c.realised, r.kpmPaid, r.amountPaid);
    add(c.failed, r.kpmFailed, r.amountFailed);
  }

  const movements = computeMovements(ctx, stateRows);
  const included = [...programs.values()].filter((p) => cells.has(p.id) || movements.has(p.id));
  const names = kecamatanNames(db);

  const programRows: ProgramRealisation[] = [];
  const kecamatanRows: KecamatanRealisation[] = [];
  for (const p of included) {
    const source = sources.get(p.id) ?? 'none';
    const total = emptyCell();
    const byKec = [...(cells.get(p.id) ?? new Map<string | null, Cell>()).entries()].map(([code, c]) => ({
      code,
      name: code === null ? null : (names.get(code) ?? code),
      c,
    }));
    byKec.sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name, 'id') || a.code!.localeCompare(b.code!)));
    for (const { code, name, c } of byKec) {
      add(total.allocation, c.allocation.kpm, c.allocation.amount);
      total.allocationUnpriced += c.allocationUnpriced;
      add(total.realised, c.realised.kpm, c.realised.amount);
      add(total.failed, c.failed.kpm, c.failed.amount);
      add(total.returned, c.returned.kpm, c.returned.amount);
      kecamatanRows.push({ programId: p.id, programCode: p.code, kecamatanCode: code, kecamatanName: name, ...withPercent(c), source });
    }
    programRows.push({ programId: p.id, programCode: p.code, programName: p.name, level: p.level, ...withPercent(total), source });
  }

  return {
    period,
    computedAt: ctx.now().toISOString(),
    programs: programRows,
    kecamatan: kecamatanRows,
    components: computeComponents(ctx, included, listRows),
    movements: included.map((p) => movements.get(p.id) ?? emptyMovement(p, statuses(db))),
  };
}

function withPercent(c: Cell) {
  return { ...c, percentKpm: percentOf(c.realised.kpm, c.allocation.kpm), percentAmount: percentOf(c.realised.amount, c.allocation.amount) };
}

/** PKH-style components over the period's list: persons per component, and families with at least one. */
function computeComponents(ctx: ServiceContext, included: readonly ProgramInfo[], listRows: readonly ListAllocationRow[]): ComponentCount[] {
  const out: ComponentCount[] = [];
  const withList = new Set(listRows.map((r) => r.programId));
  const targets = included.filter((p) => p.benefitKind === 'components' && withList.has(p.id));
  const benefits = benefitsOf(ctx, targets.map((p) => p.id));
  for (const p of targets) {
    const benefit = benefits.get(p.id)!;
    const known = benefit.kind === 'components' ? benefit.components : [];
    const counts = new Map<string, { persons: number; families: number }>(known.map((c) => [c.code, { persons: 0, families: 0 }]));
    for (const r of listRows) {
      if (r.programId !== p.id || r.componentsJson === null) continue;
      for (const [code, n] of Object.entries(JSON.parse(r.componentsJson) as ComponentCounts)) {
        if (!(n > 0)) continue;
        let c = counts.get(code);
        if (!c) counts.set(code, (c = { persons: 0, families: 0 }));
        c.persons += n * r.n;
        c.families += r.n;
      }
    }
    for (const [code, c] of counts) {
      const name = known.find((k) => k.code === code)?.name ?? code;
      out.push({ programId: p.id, programCode: p.code, componentCode: code, componentName: name, ...c });
    }
  }
  return out;
}

function emptyMovement(p: ProgramInfo, statusRows: readonly StatusRow[]): ProgramMovement {
  return { programId: p.id, programCode: p.code, start: 0, added: 0, exits: exitList(statusRows, new Map()), other: 0, end: 0 };
}

function exitList(statusRows: readonly StatusRow[], counts: Map<string, number>): MovementExit[] {
  return statusRows
    .filter((s) => s.exitKind !== null)
    .map((s) => ({ status: s.code, label: s.label, exitKind: s.exitKind!, count: counts.get(s.code) ?? 0 }));
}

/**
 * Movements in the quarter per program (only programs with any): start = active the day before the
 * first day; end = active on the last day; added = enrolled within and active at some time in it;
 * exits = left within by an exit status (enrollment_statuses.exit_kind, so the office's own exit
 * statuses count) after being active; other = what else moved the count (suspended, active again),
 * so that start + added − exits + other = end holds by construction.
 */
function computeMovements(ctx: ServiceContext, stateRows: readonly QuarterStateRow[]): Map<number, ProgramMovement> {
  const db = ctx.db;
  const statusRows = statuses(db);
  const byCode = new Map(statusRows.map((s) => [s.code, s]));
  const active = (code: string | null) => (code === null ? false : byCode.get(code)?.countsAsActive === 1);
  const acc = new Map<number, { start: number; end: number; added: number; exits: Map<string, number> }>();
  const of = (programId: number) => {
    let a = acc.get(programId);
    if (!a) acc.set(programId, (a = { start: 0, end: 0, added: 0, exits: new Map() }));
    return a;
  };
  for (const r of stateRows) {
    // Active from before the quarter to its end (status unchanged since): in both counts.
    if (r.kind === 'u' || (r.kind === 'a' && r.changed === 0)) {
      const a = of(r.programId);
      a.start += r.n;
      a.end += r.n;
      continue;
    }
    if (r.kind !== 'c') continue;
    const wasActive = active(r.atStart);
    const touched = wasActive || r.becameActive === 1;
    if (!touched && !active(r.atEnd)) continue;
    const a = of(r.programId);
    if (wasActive) a.start += r.n;
    if (active(r.atEnd)) a.end += r.n;
    if (r.enrolledIn === 1 && r.becameActive === 1) a.added += r.n;
    const exit = r.atEnd === null ? undefined : byCode.get(r.atEnd);
    if (touched && r.endChanged === 1 && exit?.exitKind) a.exits.set(exit.code, (a.exits.get(exit.code) ?? 0) + r.n);
  }
  const programs = new Map(
    (db.prepare('SELECT id, code FROM programs').all() as { id: number; code: string }[]).map((p) => [p.id, p.code]),
  );
  const out = new Map<number, ProgramMovement>();
  for (const [programId, a] of acc) {
    const exits = exitList(statusRows, a.exits);
    const exited = exits.reduce((sum, e) => sum + e.count, 0);
    if (a.start === 0 && a.end === 0 && a.added === 0 && exited === 0) continue;
    out.set(programId, {
      programId,
      programCode: programs.get(programId) ?? String(programId),
      start: a.start,
      added: a.added,
      exits,
      other: a.end - a.start - a.added + exited,
      end: a.end,
    });
  }
  return out;
}
