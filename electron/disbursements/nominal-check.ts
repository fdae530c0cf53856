import type { NominalDifferences } from '../../shared/ipc/disbursements';
import type { ServiceContext } from '../context';
import { benefitsOf, Pricer } from './allocation';

/** Rows listed on screen; the counts and sums cover every row of the list. */
const SHOWN = 200;

interface ListRow {
  enrollmentId: number;
  nominal: number;
  components: string | null;
  kk: string;
  name: string | null;
  kecamatan: string | null;
}

/**
 * A period's list carries the tahap amount (NOMINAL) the ministry paid out, and that amount is the
 * family's allocation. Where it differs from what the program's benefit rule gives for the same
 * components, the office should know: a changed rule the register does not have yet, or an error.
 */
export function nominalDifferences(ctx: ServiceContext, programId: number, period: string): NominalDifferences {
  const rows = ctx.db
    .prepare(
      `SELECT ep.enrollment_id AS enrollmentId, ep.nominal AS nominal, ep.components_json AS components, f.kk AS kk,
              (SELECT m.name FROM members m WHERE m.family_id = f.id ORDER BY m.is_pengurus DESC, m.id LIMIT 1) AS name,
              r.name AS kecamatan
       FROM enrollments e
       JOIN enrollment_periods ep ON ep.enrollment_id = e.id AND ep.period = :period
       JOIN families f ON f.id = e.family_id
       LEFT JOIN regions r ON r.code = f.kecamatan_code
       WHERE e.program_id = :programId AND ep.nominal IS NOT NULL
       ORDER BY r.name, f.kk`,
    )
    .all({ programId, period }) as ListRow[];
  const pricer = new Pricer(benefitsOf(ctx, [programId]), period);
  let listed = 0;
  let ruleUnknown = 0;
  let listTotal = 0;
  let ruleTotal = 0;
  const differing: NominalDifferences['rows'] = [];
  let count = 0;
  for (const row of rows) {
    listed++;
    const rule = pricer.price(programId, row.components);
    if (rule === null) {
      ruleUnknown++;
      continue;
    }
    if (rule === row.nominal) continue;
    count++;
    listTotal += row.nominal;
    ruleTotal += rule;
    if (differing.length < SHOWN) differing.push({ enrollmentId: row.enrollmentId, kk: row.kk, name: row.name ?? '', kecamatan: row.kecamatan, listNominal: row.nominal, ruleNominal: rule });
  }
  return { listed, ruleUnknown, count, listTotal, ruleTotal, rows: differing };
}
