import type { FamilyRecord, MemberRecord } from '../../shared/domain/register';

/**
 * How an incoming record merges into a stored row: the one rule set behind the register writer
 * and the import preview (which replays it in memory to predict a commit without writing).
 */
export type Row = Record<string, unknown>;

/** Columns a write may change; `id`, keys and `created_at` stay as they are. */
export const FAMILY_COLUMNS = ['address', 'rt', 'rw', 'kecamatan_code', 'desa_code', 'dtks_id', 'desil', 'desil_as_of'] as const;
export const MEMBER_COLUMNS = [
  'family_id', 'name', 'name_key', 'sex', 'birth_place', 'birth_date', 'relationship', 'mother_name',
  'disability', 'school_level', 'is_pengurus',
] as const;

export function familyRow(rec: FamilyRecord): Row {
  return {
    // A list without an address column gives '': unknown, not a new empty address.
    address: rec.address === '' ? null : rec.address,
    rt: rec.rt,
    rw: rec.rw,
    kecamatan_code: rec.kecamatanCode,
    desa_code: rec.desaCode,
    dtks_id: rec.dtksId,
    desil: rec.desil,
    desil_as_of: rec.desilAsOf,
  };
}

/** `nameKey` is passed in so callers that fold lazily (the preview) can skip it for new rows. */
export function memberRow(familyId: number, rec: MemberRecord, nameKey: string | undefined): Row {
  return {
    family_id: familyId,
    name: rec.name,
    name_key: nameKey,
    sex: rec.sex,
    birth_place: rec.birthPlace,
    birth_date: rec.birthDate,
    relationship: rec.relationship,
    mother_name: rec.motherName,
    disability: rec.disability,
    school_level: rec.schoolLevel,
    is_pengurus: rec.isPengurus ? 1 : 0,
  };
}

/**
 * The pengurus flag an update writes. A list that does not mark the pengurus keeps the register's
 * (null = keep), except when the member moves to another family: they cannot stay the account
 * holder of a family they left, and the new family may already have one.
 */
export function incomingPengurus(existingFamilyId: unknown, familyId: number, isPengurus: boolean): 1 | 0 | null {
  if (isPengurus) return 1;
  return existingFamilyId !== familyId ? 0 : null;
}

/** Incoming values win, except nulls: a column the list did not carry keeps the stored value. */
export function mergeKnown(existing: Row, incoming: Row, columns: readonly string[]): Row {
  const merged: Row = { ...existing };
  for (const c of columns) merged[c] = incoming[c] === null || incoming[c] === undefined ? (existing[c] ?? null) : incoming[c];
  return merged;
}

export function differs(before: Row, after: Row, columns: readonly string[]): boolean {
  return columns.some((c) => (before[c] ?? null) !== (after[c] ?? null));
}
