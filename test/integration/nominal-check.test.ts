import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NominalDifferences } from '../../shared/ipc/disbursements';
import { buildReportFixture, REPORT_KK, REPORT_PERIOD, type ReportFixture } from '../support/report-fixture';
import { call } from '../support/temp-app';

let fx: ReportFixture;
beforeEach(() => {
  fx = buildReportFixture();
});
afterEach(() => fx.dispose());

describe('list NOMINAL against the benefit rule', () => {
  it('shows the families whose list amount differs from what the rule gives for their components', async () => {
    const d = await call<NominalDifferences>(fx.app, 'disbursements.nominalDifferences', { programId: fx.programs['PKH']!, period: REPORT_PERIOD });
    // PKH's list has NOMINAL for F1 (725.000 = rule for SD+SMA), F2 (1.000.000; rule for AUD+SD is
    // 975.000) and F5 (600.000 = rule for LANSIA); F3 and F4 have no NOMINAL.
    expect(d).toMatchObject({ listed: 3, ruleUnknown: 0, count: 1, listTotal: 1_000_000, ruleTotal: 975_000 });
    expect(d.rows).toEqual([expect.objectContaining({ kk: REPORT_KK.F2, kecamatan: 'Sukodono', listNominal: 1_000_000, ruleNominal: 975_000 })]);

    const sembako = await call<NominalDifferences>(fx.app, 'disbursements.nominalDifferences', { programId: fx.programs['SEMBAKO']!, period: REPORT_PERIOD });
    expect(sembako).toMatchObject({ count: 0, rows: [] });
  });
});
