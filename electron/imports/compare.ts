import { formatPeriodCode, parsePeriod, previousPeriod } from '../../shared/domain/period';
import type { GoneFamily, PeriodComparison } from '../../shared/ipc/imports';
import type { ServiceContext } from '../context';
import type { ImportProgram } from './program';
import { lookupChunked } from './register-lookup';

/** How far back a tahap list looks for the program's previous list (an office may skip importing one). */
const LOOK_BACK_PERIODS = 4;

/** The latest period before `period` for which the program has a list, or null. */
export function previousListPeriod(ctx: ServiceContext, programId: number, period: string): string | null {
  let p = parsePeriod(period);
  if (p === null) return null;
  const exists = ctx.db.prepare(
    `SELECT 1 FROM enrollment_periods ep JOIN enrollments e ON e.id = ep.enrollment_id
     WHERE ep.period = ? AND e.program_id = ? LIMIT 1`,
  );
  for (let i = 0; i < LOOK_BACK_PERIODS; i++) {
    p = previousPeriod(p);
    const code = formatPeriodCode(p);
    if (exists.get(code, programId)) return code;
  }
  return null;
}

interface PreviousEntry {
  id: number;
  kk: string;
  nik: string | null;
  exited: number;
}

/**
 * A tahap's list against the program's previous list: who is new, who continues, and who is gone.
 * Gone families (persons, for per-person programs) that have not been given an exit status yet are
 * listed with their KK, pengurus name and kecamatan, so the clerk can record why they left.
 */
/** `incoming`: the list's unit keys (KK, or NIK for per-person programs; RegisterMatch.unitKeys). */
export function comparePeriod(ctx: ServiceContext, program: ImportProgram, period: string, incoming: ReadonlySet<string>): PeriodComparison | null {
  const previous = previousListPeriod(ctx, program.id, period);
  if (previous === null) return null;
  const entries = ctx.db
    .prepare(
      `SELECT e.id, f.kk, m.nik, s.exit_kind IS NOT NULL AS exited
       FROM enrollment_periods ep
       JOIN enrollments e ON e.id = ep.enrollment_id
       JOIN families f ON f.id = e.family_id
       JOIN enrollment_statuses s ON s.code = e.status
       LEFT JOIN members m ON m.id = e.member_key
       WHERE ep.period = ? AND e.program_id = ?`,
    )
    .all(previous, program.id) as PreviousEntry[];
  const keyOf = (e: PreviousEntry) => (program.perPerson ? (e.nik ?? '') : e.kk);
  const previousKeys = new Set(entries.map(keyOf));
  let newFamilies = 0;
  for (const key of incoming) if (!previousKeys.has(key)) newFamilies++;
  const goneIds = entries.filter((e) => !incoming.has(keyOf(e)) && e.exited === 0).map((e) => e.id);
  return { previousPeriod: previous, newFamilies, continuing: incoming.size - newFamilies, gone: goneDetails(ctx, goneIds) };
}

function goneDetails(ctx: ServiceContext, enrollmentIds: number[]): GoneFamily[] {
  const gone = lookupChunked<GoneFamily>(
    ctx.db,
    `SELECT e.id AS enrollmentId, f.kk,
       coalesce(
         (SELECT name FROM members WHERE id = e.member_key),
         (SELECT name FROM members WHERE family_id = f.id ORDER BY is_pengurus DESC, id LIMIT 1),
         ''
       ) AS name,
       r.name AS kecamatan
     FROM enrollments e
     JOIN families f ON f.id = e.family_id
     LEFT JOIN regions r ON r.code = f.kecamatan_code
     WHERE e.id IN (SELECT value FROM json_each(?))`,
    enrollmentIds,
  );
  return gone.sort((a, b) => (a.kecamatan ?? '').localeCompare(b.kecamatan ?? '', 'id') || a.name.localeCompare(b.name, 'id') || a.kk.localeCompare(b.kk));
}
