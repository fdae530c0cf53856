import type { QuarterlyReport } from '../../shared/ipc/reports';
import type { QuarterlyFigures } from '../../shared/domain/report';
import {
  EXPECTED_COMPONENTS,
  EXPECTED_KECAMATAN,
  EXPECTED_MOVEMENTS,
  EXPECTED_PROGRAMS,
  REPORT_PERIOD,
  REPORT_REGENCY_NAME,
} from './report-fixture';
import { SIDOARJO_PROFILE } from './temp-app';

/** A 40×44 red oval as PNG: stands in for the regency's emblem on the letterhead. */
export const TEST_EMBLEM =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACgAAAAsCAIAAACYDW0sAAAAkElEQVR4nO3YzQ3AIAgGUEdx/ym6WXto0hjlp1UEGjAcDc+b8JXT6JRPt49a6RKGWW/iBQw8Qb7kKXhRpW0UFlEJG4YFVcwGYHEVtHt4kzraRU3tbAewgtra1rCa+tgxYWX1roQTTjjhhP8Bx/sWLeF4w17IgV7BbiE32+ImeyScJQKCNtbcZeqzwrM9zZK9CwWW6fPwzeaFAAAAAElFTkSuQmCC';

/**
 * The report fixture's hand-computed figures as a QuarterlyReport: what `reports.quarterly` must
 * return for it, so the outputs can be checked against the same EXPECTED_* numbers.
 */
export function sampleReport(programIds: Record<string, number>, overrides: Partial<QuarterlyReport> = {}): QuarterlyReport {
  const id = (code: string) => programIds[code]!;
  const figures: QuarterlyFigures = {
    period: REPORT_PERIOD,
    computedAt: '2024-10-02T03:00:00.000Z',
    programs: EXPECTED_PROGRAMS.map((p) => ({ ...p, programId: id(p.programCode) })),
    kecamatan: EXPECTED_KECAMATAN.map((k) => ({ ...k, programId: id(k.programCode) })),
    components: EXPECTED_COMPONENTS.map((c) => ({ ...c, programId: id(c.programCode) })),
    movements: EXPECTED_MOVEMENTS.map((m) => ({
      programId: id(m.programCode),
      programCode: m.programCode,
      start: m.start,
      added: m.added,
      exits: m.exits.map((e) => ({ status: e.status, label: e.label, exitKind: e.exitKind, count: e.count })),
      other: m.other,
      end: m.end,
    })),
  };
  return {
    request: { period: REPORT_PERIOD, programIds: null },
    profile: { ...SIDOARJO_PROFILE, emblem: TEST_EMBLEM, headNip: SIDOARJO_PROFILE.headNip.replace(/\s/g, '') },
    regencyName: REPORT_REGENCY_NAME,
    figures,
    closure: null,
    notes: { period: REPORT_PERIOD, text: 'Dua KPM di Kecamatan Waru belum menerima.\nTindak lanjut: verifikasi rekening bersama bank.', updatedAt: null, updatedBy: null },
    signedOn: '2024-09-30',
    ...overrides,
  };
}
