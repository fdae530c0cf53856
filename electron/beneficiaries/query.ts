import { variantCompletions } from '../../shared/domain/names';
import { ftsNameQuery, nikPrefixRange, parseRegisterSearch, type RegisterQuery } from '../../shared/domain/register-query';

export interface KeysStatement {
  sql: string;
  params: Record<string, string | number>;
}

/**
 * The SQL that lists a view's member ids in display order. Which table drives matters with
 * 1,000,000 members, so the shape is chosen here rather than left to the planner:
 * - a search (NIK, No. KK, name) is the most selective thing a clerk types: it drives through its
 *   own index (the UNIQUE nik/kk indexes, or members_fts), fixed by CROSS JOIN, and the program
 *   becomes a per-row EXISTS on the enrollments' UNIQUE (program_id, family_id, member_key) index;
 * - otherwise a chosen program joins its enrollments (the planner picks between the program's
 *   index and the region/desil indexes of families);
 * - otherwise families and their members.
 * A name search also matches the key of a variant its words begin to spell ("Moham" → MUHAMAD).
 * Order: a name search by the folded name (a sort of the hits: members_fts yields them by id),
 * a NIK prefix by NIK, everything else by No. KK (whose first six digits are the kecamatan that
 * issued it), members of one family together.
 */
export function keysStatement(query: RegisterQuery): KeysStatement {
  const params: Record<string, string | number> = {};
  const where: string[] = [];
  const search = parseRegisterSearch(query.search);
  const programId = query.programId;
  // A name or NIK-prefix search reaches families only for a filter on them: for the thousands of
  // hits of a common name, that join cost as much again as reading the hits themselves.
  const familyFilter = query.kecamatanCode !== null || query.desaCode !== null || query.desilMin !== null || query.desilMax !== null;
  const familiesIfFiltered = familyFilter ? ' CROSS JOIN families f ON f.id = m.family_id' : '';

  // Conditions on one enrollment `alias` of the member (status, component of its latest period).
  const enrollmentConditions = (alias: string): string[] => {
    const c: string[] = [];
    if (query.status !== null) {
      params.status = query.status;
      c.push(`${alias}.status = :status`);
    }
    if (query.component !== null) {
      params.componentPath = `$.${query.component}`;
      c.push(
        `(SELECT json_extract(ep.components_json, :componentPath) FROM enrollment_periods ep
          WHERE ep.enrollment_id = ${alias}.id ORDER BY ep.period DESC LIMIT 1) > 0`,
      );
    }
    return c;
  };
  const coveredBy = (alias: string) => `${alias}.family_id = m.family_id AND ${alias}.member_key IN (0, m.id)`;

  let from: string;
  let order = 'f.kk, m.id';
  if (search.kind !== 'none') {
    if (search.kind === 'name') {
      params.fts = nameMatch(search.tokens);
      from = `members_fts CROSS JOIN members m ON m.id = members_fts.rowid${familiesIfFiltered}`;
      where.push('members_fts MATCH :fts');
      order = 'm.name_key, m.id';
    } else if (search.kind === 'nikPrefix') {
      const range = nikPrefixRange(search.prefix);
      params.nikFrom = range.from;
      params.nikTo = range.to;
      from = `members m${familiesIfFiltered}`;
      where.push('m.nik >= :nikFrom AND m.nik < :nikTo');
      order = 'm.nik';
    } else {
      params.digits = search.digits;
      // A handful of rows, kept in No. KK order (a 16-digit number can be both a NIK and a KK).
      from = 'members m CROSS JOIN families f ON f.id = m.family_id';
      where.push(
        `m.id IN (SELECT id FROM members WHERE nik = :digits
                  UNION SELECT id FROM members WHERE family_id = (SELECT id FROM families WHERE kk = :digits))`,
      );
    }
    if (programId !== null) {
      params.programId = programId;
      const conditions = ['e.program_id = :programId', coveredBy('e'), ...enrollmentConditions('e')];
      where.push(`EXISTS (SELECT 1 FROM enrollments e WHERE ${conditions.join(' AND ')})`);
    }
  } else if (programId !== null) {
    params.programId = programId;
    from = `enrollments e JOIN members m ON ${coveredBy('e')} JOIN families f ON f.id = e.family_id`;
    where.push('e.program_id = :programId', ...enrollmentConditions('e'));
  } else {
    from = 'families f JOIN members m ON m.family_id = f.id';
  }
  if (programId === null && (query.status !== null || query.component !== null)) {
    where.push(`EXISTS (SELECT 1 FROM enrollments e WHERE ${[coveredBy('e'), ...enrollmentConditions('e')].join(' AND ')})`);
  }

  // A desa code starts with its kecamatan's: giving both lets families_region use its two columns.
  const kecamatan = query.desaCode !== null ? query.desaCode.slice(0, 8) : query.kecamatanCode;
  if (kecamatan !== null) {
    params.kecamatan = kecamatan;
    where.push('f.kecamatan_code = :kecamatan');
  }
  if (query.desaCode !== null) {
    params.desa = query.desaCode;
    where.push('f.desa_code = :desa');
  }
  if (query.desilMin !== null) {
    params.desilMin = query.desilMin;
    where.push('f.desil >= :desilMin');
  }
  if (query.desilMax !== null) {
    params.desilMax = query.desilMax;
    where.push('f.desil <= :desilMax');
  }
  if (query.pengurusOnly) where.push('m.is_pengurus = 1');

  const sql = `SELECT m.id FROM ${from}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order}`;
  return { sql, params };
}

/** Every word as a prefix, a half-typed variant spelling ("Moham") also as the key it folds to. */
function nameMatch(tokens: readonly string[]): string {
  return tokens
    .map((token) => {
      const completions = variantCompletions(token);
      if (completions.length === 0) return ftsNameQuery([token]);
      return `(${[token, ...completions].map((t) => ftsNameQuery([t])).join(' OR ')})`;
    })
    .join(' AND ');
}
