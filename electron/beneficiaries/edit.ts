import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { nameKey } from '../../shared/domain/names';
import { familyEditSchema, memberEditSchema, memberWarnings, type FamilyEdit, type MemberEdit } from '../../shared/domain/register-edit';
import type { SaveResult } from '../../shared/ipc/beneficiaries';
import { recordAudit } from '../audit/service';
import type { ServiceContext } from '../context';
import { familyDetail } from './detail';

/**
 * Edits by hand. Unlike RegisterWriter.upsert* (keyed by KK and NIK, where a null keeps the stored
 * value because a list may lack a column), an edit is keyed by row id: it can correct a wrong KK
 * or NIK and clear a field. Each edit is one transaction with its audit row (changed fields only).
 */

type Row = Record<string, unknown>;

const FAMILY_FIELDS: Record<keyof FamilyEdit, string> = {
  kk: 'kk',
  address: 'address',
  rt: 'rt',
  rw: 'rw',
  kecamatanCode: 'kecamatan_code',
  desaCode: 'desa_code',
  dtksId: 'dtks_id',
  desil: 'desil',
  desilAsOf: 'desil_as_of',
};

const MEMBER_FIELDS: Record<keyof MemberEdit, string> = {
  nik: 'nik',
  name: 'name',
  sex: 'sex',
  birthPlace: 'birth_place',
  birthDate: 'birth_date',
  relationship: 'relationship',
  motherName: 'mother_name',
  disability: 'disability',
  schoolLevel: 'school_level',
  isPengurus: 'is_pengurus',
};

/** Field → [before, after] for the fields whose value changes. */
function changedFields<T extends object>(stored: Row, next: T, columns: Record<keyof T, string>): { before: Row; after: Row } {
  const before: Row = {};
  const after: Row = {};
  for (const [field, column] of Object.entries(columns) as [string, string][]) {
    const value = (next as Row)[field];
    const storedValue = typeof value === 'boolean' ? stored[column] === 1 : stored[column];
    if ((storedValue ?? null) !== (value ?? null)) {
      before[field] = storedValue ?? null;
      after[field] = value ?? null;
    }
  }
  return { before, after };
}

/** A field problem the form can show next to the input, as the dispatcher reports schema failures. */
function fieldError(path: (string | number)[], message: string): z.ZodError {
  return new z.ZodError([{ code: 'custom', path, message, input: undefined }]);
}

function assertRegions(ctx: ServiceContext, edit: FamilyEdit): void {
  const region = ctx.db.prepare('SELECT parent_code AS parent, level FROM regions WHERE code = ?');
  if (edit.kecamatanCode !== null) {
    const kec = region.get(edit.kecamatanCode) as { parent: string; level: string } | undefined;
    if (kec?.level !== 'kecamatan') throw fieldError(['family', 'kecamatanCode'], 'region.unknown');
  }
  if (edit.desaCode !== null) {
    const desa = region.get(edit.desaCode) as { parent: string; level: string } | undefined;
    if (desa?.level !== 'desa' || desa.parent !== edit.kecamatanCode) throw fieldError(['family', 'desaCode'], 'region.unknown');
  }
}

export function updateFamily(ctx: ServiceContext, familyId: number, input: unknown): SaveResult {
  const edit = familyEditSchema.parse(input);
  assertRegions(ctx, edit);
  ctx.db.transaction(() => {
    const stored = ctx.db.prepare('SELECT * FROM families WHERE id = ?').get(familyId) as Row | undefined;
    if (!stored) throw new AppError('NOT_FOUND');
    const clash = ctx.db.prepare('SELECT id FROM families WHERE kk = ? AND id <> ?').get(edit.kk, familyId);
    if (clash) throw new AppError('KK_TAKEN', { kk: edit.kk });
    const { before, after } = changedFields(stored, edit, FAMILY_FIELDS);
    if (Object.keys(after).length === 0) return;
    ctx.db
      .prepare(
        `UPDATE families SET kk = :kk, address = :address, rt = :rt, rw = :rw, kecamatan_code = :kecamatanCode,
           desa_code = :desaCode, dtks_id = :dtksId, desil = :desil, desil_as_of = :desilAsOf, updated_at = :now
         WHERE id = :id`,
      )
      .run({ ...edit, id: familyId, now: ctx.now().toISOString() });
    recordAudit(ctx, { action: 'update', entity: 'family', entityId: familyId, before: { kk: stored.kk, ...before }, after });
  })();
  return { detail: familyDetail(ctx, familyId), warnings: [] };
}

export function updateMember(ctx: ServiceContext, memberId: number, input: unknown): SaveResult {
  const edit = memberEditSchema.parse(input);
  let familyId = 0;
  ctx.db.transaction(() => {
    const stored = ctx.db.prepare('SELECT * FROM members WHERE id = ?').get(memberId) as Row | undefined;
    if (!stored) throw new AppError('NOT_FOUND');
    familyId = stored.family_id as number;
    const clash = ctx.db.prepare('SELECT id FROM members WHERE nik = ? AND id <> ?').get(edit.nik, memberId);
    if (clash) throw new AppError('NIK_TAKEN', { nik: edit.nik });
    const { before, after } = changedFields(stored, edit, MEMBER_FIELDS);
    if (Object.keys(after).length === 0) return;
    const now = ctx.now().toISOString();
    if (edit.isPengurus && stored.is_pengurus !== 1) demoteCurrentPengurus(ctx, familyId, now);
    ctx.db
      .prepare(
        `UPDATE members SET nik = :nik, name = :name, name_key = :nameKey, sex = :sex, birth_place = :birthPlace,
           birth_date = :birthDate, relationship = :relationship, mother_name = :motherName, disability = :disability,
           school_level = :schoolLevel, is_pengurus = :isPengurus, updated_at = :now
         WHERE id = :id`,
      )
      .run({ ...edit, nameKey: nameKey(edit.name), isPengurus: edit.isPengurus ? 1 : 0, id: memberId, now });
    recordAudit(ctx, {
      action: 'update',
      entity: 'member',
      entityId: memberId,
      before: { nik: stored.nik, name: stored.name, ...before },
      after,
    });
  })();
  return { detail: familyDetail(ctx, familyId), warnings: memberWarnings(edit) };
}

/** One pengurus per family (a partial UNIQUE index): the one there was steps down, on the record. */
function demoteCurrentPengurus(ctx: ServiceContext, familyId: number, now: string): void {
  const current = ctx.db.prepare('SELECT id, nik, name FROM members WHERE family_id = ? AND is_pengurus = 1').get(familyId) as
    | { id: number; nik: string; name: string }
    | undefined;
  if (!current) return;
  ctx.db.prepare('UPDATE members SET is_pengurus = 0, updated_at = ? WHERE id = ?').run(now, current.id);
  recordAudit(ctx, {
    action: 'update',
    entity: 'member',
    entityId: current.id,
    before: { nik: current.nik, name: current.name, isPengurus: true },
    after: { isPengurus: false },
  });
}
