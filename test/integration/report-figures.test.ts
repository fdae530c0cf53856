import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeFigures } from '../../electron/reports/figures';
import type { QuarterlyFigures } from '../../shared/domain/report';
import { provincialPrograms } from '../../shared/domain/report';
import {
  buildReportFixture,
  EXPECTED_COMPONENTS,
  EXPECTED_KECAMATAN,
  EXPECTED_MOVEMENTS,
  EXPECTED_PROGRAMS,
  EXPECTED_TOTALS,
  REPORT_PERIOD,
  type ReportFixture,
} from '../support/report-fixture';

let fx: ReportFixture;
let figures: QuarterlyFigures;
beforeAll(() => {
  fx = buildReportFixture();
  figures = computeFigures(fx.ctx, REPORT_PERIOD);
});
afterAll(() => fx.dispose());

const withoutIds = <T extends { programId: number }>(rows: readonly T[]) => rows.map(({ programId: _id, ...rest }) => rest);

describe('quarterly figures of the fixture (hand-computed)', () => {
  it('section 1: allocation vs realisation per program', () => {
    expect(withoutIds(figures.programs)).toEqual(EXPECTED_PROGRAMS);
    for (const p of figures.programs) expect(p.programId).toBe(fx.programs[p.programCode]);
  });

  it('section 1 totals', () => {
    const sum = (pick: (p: QuarterlyFigures['programs'][number]) => { kpm: number; amount: number }) =>
      figures.programs.reduce((s, p) => ({ kpm: s.kpm + pick(p).kpm, amount: s.amount + pick(p).amount }), { kpm: 0, amount: 0 });
    expect({ allocation: sum((p) => p.allocation), realised: sum((p) => p.realised), failed: sum((p) => p.failed), returned: sum((p) => p.returned) }).toEqual(EXPECTED_TOTALS);
  });

  it('section 2: per kecamatan, the family without kecamatan last', () => {
    expect(withoutIds(figures.kecamatan)).toEqual(EXPECTED_KECAMATAN);
  });

  it('section 3: PKH components', () => {
    expect(withoutIds(figures.components)).toEqual(EXPECTED_COMPONENTS);
  });

  it('section 4: movements, start + added − exits + other = end', () => {
    expect(withoutIds(figures.movements)).toEqual(EXPECTED_MOVEMENTS);
    for (const m of figures.movements) {
      expect(m.start + m.added - m.exits.reduce((s, e) => s + e.count, 0) + m.other).toBe(m.end);
    }
  });

  it('section 5: the provincial programs', () => {
    expect(provincialPrograms(figures).map((p) => p.programCode)).toEqual(['PKH-PLUS']);
  });

  it('stamps the period and the computation time', () => {
    expect(figures.period).toBe(REPORT_PERIOD);
    expect(figures.computedAt).toBe(fx.ctx.now().toISOString());
  });
});
