import { AppError } from '../../shared/errors';
import {
  changesFromParent,
  programInputSchema,
  type Benefit,
  type DatedAmount,
  type Program,
  type ProgramInput,
  type ProgramSummary,
} from '../../shared/domain/programs';
import type { ProgramDetail } from '../../shared/ipc/programs';
import { recordAudit } from '../audit/service';
import type { ServiceContext } from '../context';

interface ProgramRow {
  id: number;
  code: string;
  name: string;
  description: string;
  level: Program['level'];
  funding_source: Program['fundingSource'];
  parent_id: number | null;
  parent_code: string | null;
  benefit_kind: Benefit['kind'];
  flat_unit: 'month' | 'tahap' | 'year' | 'once' | null;
  per_person: number;
  max_components: number | null;
  in_kind_note: string;
  frequency: Program['frequency'];
  active_from: string;
  active_to: string | null;
  desil_min: number | null;
  desil_max: number | null;
  uncertain_note: string;
  is_active: number;
  created_at: string;
  updated_at: string;
}

const SELECT_PROGRAM = `
  SELECT p.*, parent.code AS parent_code
  FROM programs p LEFT JOIN programs parent ON parent.id = p.parent_id`;

function amountsOf(ctx: ServiceContext, programId: number, componentCode: string): DatedAmount[] {
  return ctx.db
    .prepare(
      `SELECT valid_from AS validFrom, amount FROM program_amounts
       WHERE program_id = ? AND component_code = ? ORDER BY valid_from`,
    )
    .all(programId, componentCode) as DatedAmount[];
}

function benefitOf(ctx: ServiceContext, row: ProgramRow): Benefit {
  if (row.benefit_kind === 'in_kind') return { kind: 'in_kind', note: row.in_kind_note };
  if (row.benefit_kind === 'flat') {
    return { kind: 'flat', unit: row.flat_unit!, perPerson: row.per_person === 1, amounts: amountsOf(ctx, row.id, '') };
  }
  const components = ctx.db
    .prepare('SELECT code, name FROM program_components WHERE program_id = ? ORDER BY sort')
    .all(row.id) as { code: string; name: string }[];
  return {
    kind: 'components',
    maxComponents: row.max_components,
    components: components.map((c) => ({ ...c, amounts: amountsOf(ctx, row.id, c.code) })),
  };
}

function toProgram(ctx: ServiceContext, row: ProgramRow): Program {
  const quotas = ctx.db
    .prepare('SELECT kecamatan_code AS kecamatanCode, quota FROM program_quotas WHERE program_id = ? ORDER BY kecamatan_code')
    .all(row.id) as Program['quotas'];
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    level: row.level,
    fundingSource: row.funding_source,
    parentId: row.parent_id,
    parentCode: row.parent_code,
    benefit: benefitOf(ctx, row),
    frequency: row.frequency,
    activeFrom: row.active_from,
    activeTo: row.active_to,
    desilMin: row.desil_min,
    desilMax: row.desil_max,
    uncertainNote: row.uncertain_note,
    quotas,
    isActive: row.is_active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function findRow(ctx: ServiceContext, id: number): ProgramRow {
  const row = ctx.db.prepare(`${SELECT_PROGRAM} WHERE p.id = ?`).get(id) as ProgramRow | undefined;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function getProgram(ctx: ServiceContext, id: number): Program {
  return toProgram(ctx, findRow(ctx, id));
}

export function listPrograms(ctx: ServiceContext, options: { includeInactive: boolean }): ProgramSummary[] {
  const rows = ctx.db
    .prepare(`${SELECT_PROGRAM} WHERE (:all = 1 OR p.is_active = 1) ORDER BY coalesce(parent.code, p.code), p.parent_id IS NOT NULL, p.code`)
    .all({ all: options.includeInactive ? 1 : 0 }) as ProgramRow[];
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    level: r.level,
    fundingSource: r.funding_source,
    parentId: r.parent_id,
    parentCode: r.parent_code,
    benefitKind: r.benefit_kind,
    frequency: r.frequency,
    desilMin: r.desil_min,
    desilMax: r.desil_max,
    isActive: r.is_active === 1,
    uncertainNote: r.uncertain_note,
  }));
}

export function getProgramDetail(ctx: ServiceContext, id: number): ProgramDetail {
  const program = getProgram(ctx, id);
  const parent = program.parentId === null ? null : getProgram(ctx, program.parentId);
  const variants = ctx.db
    .prepare('SELECT id, code, name, is_active AS isActive FROM programs WHERE parent_id = ? ORDER BY code')
    .all(id) as { id: number; code: string; name: string; isActive: number }[];
  return {
    program,
    parent: parent && { id: parent.id, code: parent.code, name: parent.name },
    changesFromParent: parent ? changesFromParent(program, parent) : [],
    variants: variants.map((v) => ({ ...v, isActive: v.isActive === 1 })),
  };
}

function assertCodeFree(ctx: ServiceContext, code: string, exceptId: number | null): void {
  const clash = ctx.db.prepare('SELECT id FROM programs WHERE code = ?').get(code) as { id: number } | undefined;
  if (clash && clash.id !== exceptId) throw new AppError('PROGRAM_CODE_TAKEN', { code });
}

/** A parent must exist, and must not be the program itself or one of its descendants. */
function assertParentValid(ctx: ServiceContext, parentId: number | null, selfId: number | null): void {
  if (parentId === null) return;
  if (!ctx.db.prepare('SELECT 1 FROM programs WHERE id = ?').get(parentId)) throw new AppError('PROGRAM_PARENT_INVALID');
  if (selfId === null) return;
  const ancestors = ctx.db
    .prepare(
      `WITH RECURSIVE up(id) AS (SELECT ? UNION SELECT p.parent_id FROM programs p JOIN up ON p.id = up.id WHERE p.parent_id IS NOT NULL)
       SELECT id FROM up`,
    )
    .all(parentId) as { id: number }[];
  if (ancestors.some((a) => a.id === selfId)) throw new AppError('PROGRAM_PARENT_INVALID');
}

function writeChildren(ctx: ServiceContext, id: number, p: ProgramInput): void {
  for (const table of ['program_components', 'program_amounts', 'program_quotas']) {
    ctx.db.prepare(`DELETE FROM ${table} WHERE program_id = ?`).run(id);
  }
  const amount = ctx.db.prepare(
    'INSERT INTO program_amounts (program_id, component_code, valid_from, amount) VALUES (?, ?, ?, ?)',
  );
  if (p.benefit.kind === 'flat') {
    for (const a of p.benefit.amounts) amount.run(id, '', a.validFrom, a.amount);
  } else if (p.benefit.kind === 'components') {
    const component = ctx.db.prepare('INSERT INTO program_components (program_id, code, name, sort) VALUES (?, ?, ?, ?)');
    p.benefit.components.forEach((c, i) => {
      component.run(id, c.code, c.name, i);
      for (const a of c.amounts) amount.run(id, c.code, a.validFrom, a.amount);
    });
  }
  const quota = ctx.db.prepare('INSERT INTO program_quotas (program_id, kecamatan_code, quota) VALUES (?, ?, ?)');
  for (const q of p.quotas) quota.run(id, q.kecamatanCode, q.quota);
}

function scalarColumns(p: ProgramInput) {
  return {
    code: p.code,
    name: p.name,
    description: p.description,
    level: p.level,
    funding_source: p.fundingSource,
    parent_id: p.parentId,
    benefit_kind: p.benefit.kind,
    flat_unit: p.benefit.kind === 'flat' ? p.benefit.unit : null,
    per_person: p.benefit.kind === 'flat' && p.benefit.perPerson ? 1 : 0,
    max_components: p.benefit.kind === 'components' ? p.benefit.maxComponents : null,
    in_kind_note: p.benefit.kind === 'in_kind' ? p.benefit.note : '',
    frequency: p.frequency,
    active_from: p.activeFrom,
    active_to: p.activeTo,
    desil_min: p.desilMin,
    desil_max: p.desilMax,
    uncertain_note: p.uncertainNote,
  };
}

export function createProgram(ctx: ServiceContext, raw: ProgramInput): ProgramDetail {
  const input = programInputSchema.parse(raw);
  return ctx.db.transaction(() => {
    assertCodeFree(ctx, input.code, null);
    assertParentValid(ctx, input.parentId, null);
    const now = ctx.now().toISOString();
    const { lastInsertRowid } = ctx.db
      .prepare(
        `INSERT INTO programs (code, name, description, level, funding_source, parent_id, benefit_kind, flat_unit,
           per_person, max_components, in_kind_note, frequency, active_from, active_to, desil_min, desil_max,
           uncertain_note, is_active, created_at, updated_at)
         VALUES (:code, :name, :description, :level, :funding_source, :parent_id, :benefit_kind, :flat_unit,
           :per_person, :max_components, :in_kind_note, :frequency, :active_from, :active_to, :desil_min, :desil_max,
           :uncertain_note, 1, :now, :now)`,
      )
      .run({ ...scalarColumns(input), now });
    const id = Number(lastInsertRowid);
    writeChildren(ctx, id, input);
    const created = getProgram(ctx, id);
    recordAudit(ctx, { action: 'create', entity: 'program', entityId: id, before: null, after: created });
    return getProgramDetail(ctx, id);
  })();
}

export function updateProgram(ctx: ServiceContext, id: number, raw: ProgramInput): ProgramDetail {
  const input = programInputSchema.parse(raw);
  return ctx.db.transaction(() => {
    const before = getProgram(ctx, id);
    assertCodeFree(ctx, input.code, id);
    assertParentValid(ctx, input.parentId, id);
    ctx.db
      .prepare(
        `UPDATE programs SET code = :code, name = :name, description = :description, level = :level,
           funding_source = :funding_source, parent_id = :parent_id, benefit_kind = :benefit_kind,
           flat_unit = :flat_unit, per_person = :per_person, max_components = :max_components,
           in_kind_note = :in_kind_note, frequency = :frequency, active_from = :active_from,
           active_to = :active_to, desil_min = :desil_min, desil_max = :desil_max,
           uncertain_note = :uncertain_note, updated_at = :now
         WHERE id = :id`,
      )
      .run({ ...scalarColumns(input), now: ctx.now().toISOString(), id });
    writeChildren(ctx, id, input);
    recordAudit(ctx, { action: 'update', entity: 'program', entityId: id, before, after: getProgram(ctx, id) });
    return getProgramDetail(ctx, id);
  })();
}

/** Deactivation keeps the program and its history; a parent with active variants cannot go first. */
export function setProgramActive(ctx: ServiceContext, id: number, active: boolean): ProgramDetail {
  return ctx.db.transaction(() => {
    const before = getProgram(ctx, id);
    if (before.isActive === active) return getProgramDetail(ctx, id);
    if (!active) {
      const variants = ctx.db
        .prepare('SELECT code FROM programs WHERE parent_id = ? AND is_active = 1 ORDER BY code')
        .all(id) as { code: string }[];
      if (variants.length > 0) {
        throw new AppError('PROGRAM_HAS_ACTIVE_VARIANTS', { code: before.code, variants: variants.map((v) => v.code).join(', ') });
      }
    }
    ctx.db
      .prepare('UPDATE programs SET is_active = ?, updated_at = ? WHERE id = ?')
      .run(active ? 1 : 0, ctx.now().toISOString(), id);
    recordAudit(ctx, {
      action: active ? 'activate' : 'deactivate',
      entity: 'program',
      entityId: id,
      before: { code: before.code, isActive: before.isActive },
      after: { code: before.code, isActive: active },
    });
    return getProgramDetail(ctx, id);
  })();
}
