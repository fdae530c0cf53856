import { describe, expect, it } from 'vitest';
import { countPdfPages } from '../../shared/domain/report-print';
import { componentGroups, kecamatanGroups, kecamatanPercentages, movementMatrix, programTable, provincialTable } from '../../shared/domain/report-tables';
import type { QuarterlyFigures } from '../../shared/domain/report';
import { docT } from '../../renderer/src/reports/document/text';
import { pageNumberContent } from '../../renderer/src/reports/document/page-style';
import { EXPECTED_TOTALS } from '../support/report-fixture';
import { sampleReport } from '../support/report-sample';

const ids = { PKH: 1, 'PKH-PLUS': 2, SEMBAKO: 3 };
const figures: QuarterlyFigures = sampleReport(ids).figures;

describe('report tables', () => {
  it('section 1: the programs in order and their sum with its own percentages', () => {
    const t = programTable(figures);
    expect(t.lines.map((l) => l.code)).toEqual(['PKH', 'PKH-PLUS', 'SEMBAKO']);
    expect(t.total).toMatchObject({ ...EXPECTED_TOTALS, allocationUnpriced: 1, percentKpm: 68.8, percentAmount: 84.8, label: null, source: null });
  });

  it('section 2: kecamatan by name per program, unknown last, with a sum per program', () => {
    const groups = kecamatanGroups(figures);
    expect(groups.map((g) => [g.programCode, g.lines.map((l) => l.label)])).toEqual([
      ['PKH', ['Sidoarjo', 'Sukodono', 'Waru']],
      ['PKH-PLUS', ['Sidoarjo', 'Waru', null]],
      ['SEMBAKO', ['Sidoarjo', 'Sukodono', 'Waru', null]],
    ]);
    expect(groups[0]!.total.realised).toEqual({ kpm: 5, amount: 4_850_000 });
  });

  it('section 3 and 5: components per program, provincial programs alone', () => {
    expect(componentGroups(figures)).toMatchObject([{ programCode: 'PKH', programName: 'Program Keluarga Harapan', totalPersons: 8 }]);
    expect(provincialTable(figures).lines.map((l) => l.code)).toEqual(['PKH-PLUS']);
    expect(provincialTable({ programs: [] }).total.percentKpm).toBeNull();
  });

  it('section 4: start, new, exits graduation first, other, end; every program a column', () => {
    const m = movementMatrix(figures);
    expect(m.programs.map((p) => p.programCode)).toEqual(['PKH', 'PKH-PLUS', 'SEMBAKO']);
    expect(m.rows.map((r) => [r.kind, r.label, r.values])).toEqual([
      ['start', null, [5, 4, 5]],
      ['added', null, [1, 0, 1]],
      ['exit', 'Graduasi alamiah', [1, 0, 0]],
      ['exit', 'Graduasi sejahtera mandiri', [0, 0, 1]],
      ['exit', 'Meninggal', [0, 0, 1]],
      ['exit', 'Pindah', [0, 0, 0]],
      ['exit', 'Pindah ke luar daerah', [0, 0, 1]],
      ['exit', 'Mengundurkan diri', [0, 1, 0]],
      ['exit', 'Tidak eligible', [0, 0, 0]],
      ['other', null, [-1, 0, 0]],
      ['end', null, [4, 3, 3]],
    ]);
  });

  it('chart: realisation per kecamatan over all programs', () => {
    // Sidoarjo: 900,000 + 500,000 + 0 of 1,200,000 + 1,000,000 + 1,200,000 = 41.18 %;
    // Sukodono: 2,700,000 + 1,200,000 of 1,725,000 + 1,800,000 = 110.64 %;
    // Waru: 1,250,000 + 500,000 + 600,000 of 600,000 + 500,000 + 600,000 = 138.24 %;
    // no kecamatan: 0 + 600,000 of 500,000 + 600,000 = 54.55 %.
    expect(kecamatanPercentages(figures)).toEqual([
      { label: 'Sidoarjo', percentAmount: 41.2 },
      { label: 'Sukodono', percentAmount: 110.6 },
      { label: 'Waru', percentAmount: 138.2 },
      { label: null, percentAmount: 54.5 },
    ]);
  });
});

describe('print helpers', () => {
  it('page numbers as CSS content from the catalogue', () => {
    expect(pageNumberContent(docT('id'))).toBe('"Halaman " counter(page) " dari " counter(pages)');
    expect(pageNumberContent(docT('en'))).toBe('"Page " counter(page) " of " counter(pages)');
  });

  it('counts the pages of a PDF, not its page tree', () => {
    const pdf = new TextEncoder().encode('1 0 obj <</Type /Pages /Count 2>> 2 0 obj <</Type /Page>> 3 0 obj <</Type/Page /Parent 1 0 R>>');
    expect(countPdfPages(pdf)).toBe(2);
  });
});
