import { createHash } from 'node:crypto';
import { matchHeader, normalizeHeader, type HeaderMatch } from '../../shared/domain/import-aliases';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField, type ListKind } from '../../shared/domain/imports';
import { AppError } from '../../shared/errors';
import type { MappingProfile } from '../../shared/ipc/imports';
import { recordAudit } from '../audit/service';
import type { ServiceContext } from '../context';

/** Profiles are per kind of list (ListKind); the beneficiary register import is 'register'. */
export const REGISTER_PROFILE_KIND: ListKind = 'register';

/**
 * Fields a column can be mapped to. `indicator` only marks a survey file's value columns for header
 * detection: which indicator a column holds is read from its header, never from the mapping.
 */
const MAPPABLE_FIELDS = IMPORT_FIELDS.filter((f) => f !== 'indicator');

/** The saveProfile contract caps a signature at this length, and a column index at 500. */
const MAX_SIGNATURE = 4000;
const MAX_COLUMNS = 501;

/**
 * Each field → the column whose header names it, from the alias table. When two columns name one
 * field, the more specific spelling wins (the table's order), then the leftmost column.
 */
export function autoMap(matches: readonly (HeaderMatch | null)[]): ColumnMapping {
  const best = new Map<ImportField, { column: number; rank: number }>();
  matches.forEach((m, column) => {
    if (!m) return;
    const current = best.get(m.field);
    if (!current || m.rank < current.rank) best.set(m.field, { column, rank: m.rank });
  });
  const mapping: ColumnMapping = {};
  for (const field of MAPPABLE_FIELDS) {
    const hit = best.get(field);
    if (hit) mapping[field] = hit.column;
  }
  return mapping;
}

/**
 * The file's shape: its normalised header cells joined. Lists from one source (one bank, one
 * SIKS-NG export) share it across periods, so a mapping saved once is found again.
 */
export function shapeSignature(headers: readonly string[]): string {
  const signature = headers.map(normalizeHeader).join('|');
  return signature.length <= MAX_SIGNATURE ? signature : `sha256:${createHash('sha256').update(signature).digest('hex')}`;
}

/** Keeps known fields whose column the header has (the contract allows indexes up to 500). */
export function sanitizeMapping(mapping: Partial<Record<string, unknown>>, columnCount: number): ColumnMapping {
  const clean: ColumnMapping = {};
  for (const field of MAPPABLE_FIELDS) {
    const column = mapping[field];
    if (typeof column === 'number' && Number.isInteger(column) && column >= 0 && column < columnCount) clean[field] = column;
  }
  return clean;
}

/** Is the row's person the family's pengurus? Yes when the list's NIK or name column says PENGURUS. */
export function mapsPengurus(headers: readonly string[], mapping: ColumnMapping): boolean {
  const says = (column: number | undefined) => column !== undefined && matchHeader(headers[column] ?? '')?.pengurus === true;
  return says(mapping.nik) || says(mapping.name);
}

interface ProfileRow {
  id: number;
  name: string;
  signature: string;
  mapping_json: string;
}

function toProfile(row: ProfileRow): MappingProfile {
  return { id: row.id, name: row.name, signature: row.signature, mapping: sanitizeMapping(JSON.parse(row.mapping_json) as Record<string, unknown>, MAX_COLUMNS) };
}

/** The most recently saved profile for this file shape, if any. */
export function findProfile(ctx: Pick<ServiceContext, 'db'>, signature: string, kind: ListKind = REGISTER_PROFILE_KIND): MappingProfile | null {
  const row = ctx.db
    .prepare('SELECT id, name, signature, mapping_json FROM mapping_profiles WHERE kind = ? AND signature = ? ORDER BY updated_at DESC, id DESC LIMIT 1')
    .get(kind, signature) as ProfileRow | undefined;
  return row ? toProfile(row) : null;
}

export function listProfiles(ctx: Pick<ServiceContext, 'db'>, kind: ListKind = REGISTER_PROFILE_KIND): MappingProfile[] {
  return (
    ctx.db
      .prepare('SELECT id, name, signature, mapping_json FROM mapping_profiles WHERE kind = ? ORDER BY name')
      .all(kind) as ProfileRow[]
  ).map(toProfile);
}

/** Saves (or replaces, by name) a mapping profile; audited like every user change. */
export function saveProfile(ctx: ServiceContext, input: { name: string; signature: string; mapping: ColumnMapping; kind?: ListKind }): MappingProfile {
  const kind = input.kind ?? REGISTER_PROFILE_KIND;
  const mapping = sanitizeMapping(input.mapping, MAX_COLUMNS);
  if (Object.keys(mapping).length === 0) throw new AppError('VALIDATION_FAILED');
  return ctx.db.transaction(() => {
    const before = ctx.db.prepare('SELECT id, name, signature, mapping_json FROM mapping_profiles WHERE name = ?').get(input.name) as ProfileRow | undefined;
    const now = ctx.now().toISOString();
    const json = JSON.stringify(mapping);
    let id: number;
    if (before) {
      id = before.id;
      ctx.db
        .prepare('UPDATE mapping_profiles SET kind = ?, signature = ?, mapping_json = ?, updated_at = ? WHERE id = ?')
        .run(kind, input.signature, json, now, id);
    } else {
      id = Number(
        ctx.db
          .prepare('INSERT INTO mapping_profiles (name, kind, signature, mapping_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
          .run(input.name, kind, input.signature, json, now, now).lastInsertRowid,
      );
    }
    const saved: MappingProfile = { id, name: input.name, signature: input.signature, mapping };
    recordAudit(ctx, {
      action: before ? 'update' : 'create',
      entity: 'mapping_profile',
      entityId: id,
      before: before ? toProfile(before) : null,
      after: saved,
    });
    return saved;
  })();
}
