import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconciliationRows } from '../../electron/disbursements/reconciliation';
import { computeFigures } from '../../electron/reports/figures';
import { RECONCILIATION_LISTS } from '../../shared/domain/disbursements';
import { queryPlan, recordStatements, type RecordedStatement } from '../support/query-plans';
import { buildReportFixture, REPORT_PERIOD, type ReportFixture } from '../support/report-fixture';

let fx: ReportFixture;
beforeAll(() => {
  fx = buildReportFixture();
});
afterAll(() => fx.dispose());

const plans = (recorded: readonly RecordedStatement[]) => recorded.map((s) => ({ sql: s.sql, plan: queryPlan(fx.ctx.db, s) }));
const planOf = (recorded: readonly RecordedStatement[], pattern: RegExp) => {
  const found = plans(recorded).filter((p) => pattern.test(p.sql));
  expect(found.length, `no statement matches ${pattern}`).toBeGreaterThan(0);
  return found.flatMap((p) => p.plan);
};
/** A scan of a big table other than the one the figures deliberately read whole (enrollments e in in_period). */
const BIG_SCAN = /^SCAN (d|ep|h|f|disbursements|enrollment_periods|enrollment_status_history|families|members)\b/;

describe('query plans of the quarterly figures', () => {
  const recorded = () => recordStatements(fx.ctx.db, () => computeFigures(fx.ctx, REPORT_PERIOD));

  it('never scans the lines, the lists, the status history or the families', () => {
    for (const { sql, plan } of plans(recorded())) expect(plan.filter((l) => BIG_SCAN.test(l)), `${sql}\n${plan.join('\n')}`).toEqual([]);
  });

  it('groups the period lines from the covering index, the unmatched ones from their partial index', () => {
    const plan = planOf(recorded(), /FROM disbursements d INDEXED BY disbursements_period/);
    expect(plan).toContain('SEARCH d USING COVERING INDEX disbursements_period (period=?)');
    expect(plan).toContain('SEARCH d USING INDEX disbursements_unmatched (period=?)');
  });

  it('reads the list by period, and the status history only from the quarter on', () => {
    expect(planOf(recorded(), /FROM enrollment_periods ep/).some((l) => /^SEARCH ep USING INDEX enrollment_periods_period \(period=\?\)/.test(l))).toBe(true);
    const states = planOf(recorded(), /WITH\s+ch AS MATERIALIZED/);
    expect(states.some((l) => /SEARCH h USING COVERING INDEX enrollment_status_history_date \(status_date>\?\)/.test(l)), states.join('\n')).toBe(true);
    expect(states.some((l) => /SEARCH h USING COVERING INDEX enrollment_status_history_asof \(enrollment_id=\?\)/.test(l)), states.join('\n')).toBe(true);
    // The unchanged enrollments of the listed programs are counted from the program/status index.
    expect(states.some((l) => /SEARCH e USING COVERING INDEX enrollments_program_status \(program_id=\?/.test(l)), states.join('\n')).toBe(true);
  });
});

describe('query plans of the reconciliation lists', () => {
  for (const program of ['PKH', 'SEMBAKO'] as const) {
    it(`${program}: every list reaches the program's enrollments and lines through indexes`, () => {
      for (const list of RECONCILIATION_LISTS) {
        const recorded = recordStatements(fx.ctx.db, () =>
          reconciliationRows(fx.ctx, { programId: fx.programs[program]!, period: REPORT_PERIOD, list, offset: 0, limit: 50, fullNik: false }),
        );
        for (const { sql, plan } of plans(recorded)) {
          expect(plan.filter((l) => BIG_SCAN.test(l) || /^SCAN e\b/.test(l)), `${list}: ${sql}\n${plan.join('\n')}`).toEqual([]);
          // A per-row look-up of a KPM's lines must seek its enrollment, not walk the program's lines.
          plan.forEach((line, i) => {
            if (line.startsWith('CORRELATED') && /^SEARCH d\b/.test(plan[i + 1] ?? '')) expect(plan[i + 1], `${list}: ${sql}`).toMatch(/enrollment_id=\?/);
          });
        }
      }
    });
  }
});
