import type { OverlapMatrix } from '../../shared/ipc/beneficiaries';
import type { ServiceContext } from '../context';

/**
 * Cross-program overlap over all active programs: how many families receive both of each pair.
 * "Receive" = an enrollment whose status counts as active; a per-person enrollment counts for the
 * family. One pass: the distinct (program, family) pairs, joined with themselves on the family.
 */
export function overlapMatrix(ctx: Pick<ServiceContext, 'db'>): OverlapMatrix {
  const programs = ctx.db
    .prepare('SELECT id, code, name FROM programs WHERE is_active = 1 ORDER BY code')
    .all() as { id: number; code: string; name: string }[];
  const index = new Map(programs.map((p, i) => [p.id, i]));
  const counts = programs.map(() => programs.map(() => 0));
  const pairs = ctx.db
    .prepare(
      `WITH receiving AS (
         SELECT DISTINCT e.program_id, e.family_id
         FROM enrollments e
         JOIN enrollment_statuses s ON s.code = e.status AND s.counts_as_active = 1
         JOIN programs p ON p.id = e.program_id AND p.is_active = 1)
       SELECT a.program_id AS a, b.program_id AS b, count(*) AS n
       FROM receiving a JOIN receiving b ON b.family_id = a.family_id
       GROUP BY a.program_id, b.program_id`,
    )
    .all() as { a: number; b: number; n: number }[];
  for (const p of pairs) {
    const i = index.get(p.a);
    const j = index.get(p.b);
    if (i !== undefined && j !== undefined) counts[i]![j] = p.n;
  }
  return { programs, counts };
}
