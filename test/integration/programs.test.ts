import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { amountOn, programToInput, type ProgramInput } from '../../shared/domain/programs';
import { seedCatalogue } from '../../electron/programs/seed';
import {
  createProgram,
  getProgram,
  getProgramDetail,
  listPrograms,
  setProgramActive,
  updateProgram,
} from '../../electron/programs/service';
import { completeSetup } from '../../electron/settings/service';
import { listAudit } from '../../electron/audit/service';
import { AppError } from '../../shared/errors';
import { SIDOARJO_PROFILE, tempApp, type TempApp } from '../support/temp-app';

let app: TempApp;
beforeEach(() => {
  app = tempApp();
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
});
afterEach(() => app.dispose());

function pkh(): ProgramInput {
  return seedCatalogue().find((p) => p.code === 'PKH')!;
}

function codeOf(err: unknown): string {
  return err instanceof AppError ? err.code : String(err);
}

describe('program register', () => {
  it('seeds the DOMAIN.md catalogue with dated PKH amounts', () => {
    const codes = listPrograms(app.svc(), { includeInactive: true }).map((p) => p.code);
    expect(codes.sort()).toEqual(['ASPD', 'ATENSI', 'BLT-DD', 'PBI-JK', 'PKH', 'PKH-PLUS', 'RUTILAHU', 'SEMBAKO']);
    const id = listPrograms(app.svc(), { includeInactive: true }).find((p) => p.code === 'PKH')!.id;
    const program = getProgram(app.svc(), id);
    expect(program.benefit.kind).toBe('components');
    if (program.benefit.kind !== 'components') return;
    const aud = program.benefit.components.find((c) => c.code === 'AUD')!;
    expect(amountOn(aud.amounts, '2019-06-30')).toBe(2_400_000);
    expect(amountOn(aud.amounts, '2020-03-31')).toBe(2_400_000);
    expect(amountOn(aud.amounts, '2020-04-01')).toBe(3_000_000);
    const ham = program.benefit.components.find((c) => c.code === 'HAM')!;
    expect(amountOn(ham.amounts, '2023-12-31')).toBeNull();
    expect(amountOn(ham.amounts, '2024-07-01')).toBe(10_800_000);
    expect(program.desilMin).toBe(1);
    expect(program.desilMax).toBe(4);
  });

  it('creates, edits and deactivates a program, auditing each change with before and after', () => {
    const base = pkh();
    const created = createProgram(app.svc(), {
      ...base,
      code: 'PKH-SDA',
      name: 'PKH Daerah Sidoarjo',
      level: 'kabkota',
      fundingSource: 'APBD_KABKOTA',
      parentId: listPrograms(app.svc(), { includeInactive: true }).find((p) => p.code === 'PKH')!.id,
    });
    const id = created.program.id;
    expect(created.parent?.code).toBe('PKH');
    expect(created.changesFromParent.map((c) => c.field)).toEqual(['level', 'fundingSource']);

    const benefit = created.program.benefit;
    if (benefit.kind !== 'components') throw new Error('expected components');
    const changed = updateProgram(app.svc(), id, {
      ...programToInput(created.program),
      benefit: {
        ...benefit,
        components: benefit.components.map((c) =>
          c.code === 'LANSIA' ? { ...c, amounts: [...c.amounts, { validFrom: '2024-01-01', amount: 3_000_000 }] } : c,
        ),
      },
    });
    const lansia = changed.changesFromParent.find((c) => c.field === 'component.LANSIA');
    expect(lansia?.parentValue).toContain('Rp2.400.000 (2019-01-01)');
    expect(lansia?.value).toContain('Rp3.000.000 (2024-01-01)');

    setProgramActive(app.svc(), id, false);
    expect(listPrograms(app.svc(), { includeInactive: false }).some((p) => p.id === id)).toBe(false);
    expect(listPrograms(app.svc(), { includeInactive: true }).find((p) => p.id === id)?.isActive).toBe(false);

    const audit = listAudit(app.svc(), { entity: 'program', entityId: String(id), limit: 10 });
    expect(audit.map((a) => a.action)).toEqual(['deactivate', 'update', 'create']);
    expect(audit.every((a) => a.actor === 'penguji')).toBe(true);
    expect(audit[2]!.before).toBeNull();
    expect((audit[2]!.after as { code: string }).code).toBe('PKH-SDA');
    expect((audit[1]!.before as { updatedAt: string }).updatedAt).toBeDefined();
    expect(audit[0]!.before).toEqual({ code: 'PKH-SDA', isActive: true });
    expect(audit[0]!.after).toEqual({ code: 'PKH-SDA', isActive: false });
  });

  it('refuses a duplicate code without writing anything', () => {
    const before = listAudit(app.svc(), { limit: 500 }).length;
    expect(() => createProgram(app.svc(), { ...pkh(), code: 'pkh' })).toThrowError(/PROGRAM_CODE_TAKEN/);
    const sembako = listPrograms(app.svc(), { includeInactive: true }).find((p) => p.code === 'SEMBAKO')!;
    expect(() => updateProgram(app.svc(), sembako.id, { ...programToInput(getProgram(app.svc(), sembako.id)), code: 'PKH' })).toThrowError(
      /PROGRAM_CODE_TAKEN/,
    );
    expect(listAudit(app.svc(), { limit: 500 }).length).toBe(before);
    expect(getProgram(app.svc(), sembako.id).code).toBe('SEMBAKO');
  });

  it('refuses parent cycles and an unknown parent', () => {
    const pkhId = listPrograms(app.svc(), { includeInactive: true }).find((p) => p.code === 'PKH')!.id;
    const child = createProgram(app.svc(), { ...pkh(), code: 'PKH-A', parentId: pkhId }).program;
    const grandchild = createProgram(app.svc(), { ...pkh(), code: 'PKH-B', parentId: child.id }).program;
    const parent = programToInput(getProgram(app.svc(), pkhId));
    let err: unknown;
    try {
      updateProgram(app.svc(), pkhId, { ...parent, parentId: grandchild.id });
    } catch (e) {
      err = e;
    }
    expect(codeOf(err)).toBe('PROGRAM_PARENT_INVALID');
    expect(() => updateProgram(app.svc(), child.id, { ...programToInput(child), parentId: child.id })).toThrowError(/PROGRAM_PARENT_INVALID/);
    expect(() => createProgram(app.svc(), { ...pkh(), code: 'PKH-C', parentId: 9999 })).toThrowError(/PROGRAM_PARENT_INVALID/);
    expect(getProgram(app.svc(), pkhId).parentId).toBeNull();
    const detail = getProgramDetail(app.svc(), pkhId);
    expect(detail.variants.map((v) => v.code)).toEqual(['PKH-A']);
  });

  it('keeps a parent active while it has active variants', () => {
    const pkhId = listPrograms(app.svc(), { includeInactive: true }).find((p) => p.code === 'PKH')!.id;
    const child = createProgram(app.svc(), { ...pkh(), code: 'PKH-A', parentId: pkhId }).program;
    expect(() => setProgramActive(app.svc(), pkhId, false)).toThrowError(/PROGRAM_HAS_ACTIVE_VARIANTS/);
    setProgramActive(app.svc(), child.id, false);
    expect(setProgramActive(app.svc(), pkhId, false).program.isActive).toBe(false);
  });

  it('stores flat amounts, quotas per kecamatan and in-kind programs', () => {
    const created = createProgram(app.svc(), {
      code: 'SEMBAKO-SDA',
      name: 'Sembako Daerah',
      description: '',
      level: 'kabkota',
      fundingSource: 'APBD_KABKOTA',
      parentId: null,
      benefit: { kind: 'flat', unit: 'tahap', perPerson: false, amounts: [{ validFrom: '2024-01-01', amount: 450_000 }] },
      frequency: 'tahap',
      activeFrom: '2024-01-01',
      activeTo: '2024-12-31',
      desilMin: 1,
      desilMax: 3,
      uncertainNote: '',
      quotas: [
        { kecamatanCode: '35.15.08', quota: 120 },
        { kecamatanCode: '35.15.01', quota: 80 },
      ],
    }).program;
    expect(created.quotas).toEqual([
      { kecamatanCode: '35.15.01', quota: 80 },
      { kecamatanCode: '35.15.08', quota: 120 },
    ]);
    expect(created.benefit).toEqual({ kind: 'flat', unit: 'tahap', perPerson: false, amounts: [{ validFrom: '2024-01-01', amount: 450_000 }] });
    const atensi = listPrograms(app.svc(), { includeInactive: true }).find((p) => p.code === 'ATENSI')!;
    expect(getProgram(app.svc(), atensi.id).benefit.kind).toBe('in_kind');
  });

  it('rejects invalid programs with the shared validator', () => {
    expect(() => createProgram(app.svc(), { ...pkh(), code: 'X', desilMin: 5, desilMax: 2 })).toThrow();
    expect(() => createProgram(app.svc(), { ...pkh(), code: 'PKH-Z', activeFrom: '2024-02-30' })).toThrow();
  });
});
