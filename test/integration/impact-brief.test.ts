import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/audit/service';
import { recordSurveyValues } from '../../electron/impact/welfare';
import { serviceContext } from '../../electron/ipc/types';
import { chromiumPrinter, findRendererDir } from '../../electron/reports/chromium/printer';
import type { Dialogs } from '../../electron/ipc/types';
import type { ImpactBrief, ImpactEstimate } from '../../shared/ipc/impact';
import type { SurveyWave } from '../../shared/domain/welfare';
import type { SeededRegister } from '../support/register-fixture';
import { call, tempApp, type TempApp } from '../support/temp-app';
import { FAMILIES, seedWaves } from '../support/welfare-fixture';

/**
 * The impact brief (impact.brief) over the welfare fixture, whose numbers are worked by hand in
 * test/support/welfare-fixture.ts (DiD 20.000, Welch SE 6.454,97), and its A4 PDF read back with
 * pdftotext, one page kept as PNG; then the quarterly report's PDF with the brief attached.
 */

const ARTIFACTS = join(process.cwd(), 'test-results', 'impact-brief');
const rendererDir = process.env.SIDAMPAK_TEST_RENDERER_DIR ?? findRendererDir();
const saveQueue: string[] = [];
const dialogs: Dialogs = { openFile: async () => null, saveFile: async () => saveQueue.shift() ?? null };

let app: TempApp;
let reg: SeededRegister;
beforeAll(async () => {
  if (rendererDir === null) throw new Error('dist/renderer is missing: build the renderer first (npm run build:renderer)');
  app = tempApp({ dialogs, printer: chromiumPrinter({ rendererDir }) });
  reg = await seedWaves(app);
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(() => app?.dispose());

const NAMES = FAMILIES.flatMap((f) => f.members.map((m) => m.name));
const IDENTITIES = FAMILIES.flatMap((f) => [f.family.kk, ...f.members.map((m) => m.nik)]);

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

function expectNoIdentity(text: string): void {
  expect(text).not.toMatch(/(?<!\d)\d{16}(?!\d)/);
  for (const value of IDENTITIES) expect(text).not.toContain(value);
  for (const name of NAMES) expect(text).not.toMatch(new RegExp(`${name}(?!\\d)`));
}

describe('impact.brief', () => {
  let brief: ImpactBrief;
  beforeAll(async () => {
    brief = await call<ImpactBrief>(app, 'impact.brief', { programId: reg.programs['PKH']!, from: 'BASELINE-2023', to: 'SUSULAN-2024', year: 2023 });
  });

  it('carries the letterhead profile, the regency, the program and the two waves', () => {
    expect(brief.regencyName).toBe('Kabupaten Sidoarjo');
    expect(brief.profile.officeName).toBe('Dinas Sosial Kabupaten Sidoarjo');
    expect(brief.program).toMatchObject({ code: 'PKH' });
    expect([brief.from?.code, brief.to?.code]).toEqual(['BASELINE-2023', 'SUSULAN-2024']);
    // The tempApp's clock: 30 September 2024.
    expect(brief.signedOn).toBe('2024-09-30');
  });

  it('has the hand-computed DiD and before/after of the one indicator measured in both waves', () => {
    expect(brief.estimates.map((e) => e.indicator.code)).toEqual(['KONSUMSI_KAPITA']);
    const [e] = brief.estimates;
    expect(e!.did.estimate).toBeCloseTo(20_000, 6);
    expect(e!.did.se).toBeCloseTo(6_454.972, 2);
    expect(e!.did.ci95!.low).toBeLessThan(0);
    expect(e!.did.warning).toBe('SMALL_GROUPS');
    expect(e!.verdict).toBe('inconclusive');
    expect(e!.did.treatment.n).toBe(3);
    expect(e!.did.comparison.n).toBe(3);
    expect(e!.excludedPartial).toBe(2);
    expect(e!.beforeAfter).toMatchObject({ causal: false, labelKey: 'impact.label.notCausal', n: 3 });
    expect(e!.beforeAfter.estimate).toBeCloseTo(30_000, 6);
  });

  it('compares the regency with the province: latest figures and the change between their two latest periods', () => {
    const { regency, province } = brief.poverty;
    // Reference data (DOMAIN.md): Sidoarjo has one annual figure; Jawa Timur Sep 2024 9,56 → Mar 2025 9,50.
    expect(regency).toMatchObject({ code: '35.15', latest: { period: '2024-03', p0: 4.53 }, previous: null, change: null });
    expect(province).toMatchObject({ code: '35', latest: { period: '2025-03', p0: 9.5 }, previous: { period: '2024-09', p0: 9.56 } });
    expect(province.change!.p0!.change).toBeCloseTo(-0.06, 9);
  });

  it("counts the year's graduations by category, and targeting's headline numbers", () => {
    // Family 9 graduated from PKH on 1 December 2023 (graduasi alamiah).
    expect(brief.graduation).toMatchObject({ year: 2023, total: 1, byCategory: [{ status: 'graduasi_alamiah', count: 1 }] });
    // Nine desil-2 families; families 7 (no program) and 9 (graduated) receive nothing now.
    expect(brief.targeting).toMatchObject({ poorFamilies: 9, poorUncovered: 2 });
    const pkh = brief.targeting.programs.find((p) => p.code === 'PKH')!;
    expect(pkh).toMatchObject({ families: 5, poor: 5 });
    expect(pkh.coveragePercent).toBeCloseTo(55.6, 1);
    expect(brief.desil).toBeNull();
  });

  it('holds aggregates only: no NIK, KK or name anywhere in the brief', () => {
    // The JSON holds floats with many digits, so only the fixture's own identities are looked for.
    const json = JSON.stringify(brief);
    for (const value of [...IDENTITIES, ...NAMES]) expect(json).not.toContain(value);
    expect(json).not.toMatch(/"(nik|kk|familyId|memberKey)"/i);
  });

  it('compares within desil or kecamatan when asked, as the estimate tab does; plain DiD by default', async () => {
    expect(brief.matchBy).toEqual([]);
    const request = { programId: reg.programs['PKH']!, from: 'BASELINE-2023', to: 'SUSULAN-2024' };
    const matched = await call<ImpactBrief>(app, 'impact.brief', { ...request, matchBy: ['desil'] });
    expect(matched.matchBy).toEqual(['desil']);
    const estimate = await call<ImpactEstimate>(app, 'impact.estimate', { ...request, indicator: 'KONSUMSI_KAPITA', matchBy: ['desil'] });
    expect(matched.estimates).toEqual([estimate]);
    expect(estimate.matchBy).toEqual(['desil']);
  });

  it('chooses sensible defaults: the program with the most families, the two latest waves, this year', async () => {
    const defaults = await call<ImpactBrief>(app, 'impact.brief', { programId: null, from: null, to: null });
    expect(defaults.program?.code).toBe('PKH');
    expect([defaults.from?.code, defaults.to?.code]).toEqual(['BASELINE-2023', 'SUSULAN-2024']);
    expect(defaults.graduation).toMatchObject({ year: 2024, total: 0 });
    expect(defaults.estimates[0]!.did.estimate).toBeCloseTo(20_000, 6);
  });
});

describe('impact brief PDF', () => {
  let file: string;
  let text: string;
  let pages: number;

  beforeAll(async () => {
    file = join(ARTIFACTS, 'ringkasan-dampak.pdf');
    saveQueue.push(file);
    const result = await call<{ path: string; pages: number }>(app, 'impact.saveBriefPdf', {
      programId: reg.programs['PKH']!,
      from: 'BASELINE-2023',
      to: 'SUSULAN-2024',
      year: 2023,
    });
    text = pdfText(file);
    pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    expect(result).toEqual({ path: file, pages });
  }, 90_000);

  it('is A4 with the letterhead, the title, the program and the waves', () => {
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    expect(text).toContain('PEMERINTAH KABUPATEN SIDOARJO');
    expect(text).toContain('DINAS SOSIAL KABUPATEN SIDOARJO');
    expect(text).toContain('RINGKASAN DAMPAK PROGRAM BANTUAN SOSIAL');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Survei awal 2023 (1 Juli 2023) sampai Survei susulan 2024 (1 Juli 2024)');
  });

  it('says the estimate in words with its interval, verdict, group sizes and honest labels', () => {
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Pengeluaran konsumsi per kapita per bulan naik 20.000 Rp/kapita/bulan lebih banyak pada penerima PKH dibanding pembanding; selang kepercayaan 95 %');
    expect(flat).toMatch(/selang kepercayaan 95 % -[\d.]+(,\d+)? sampai [\d.]+(,\d+)?; belum dapat dipastikan/);
    expect(flat).toContain('Penerima: 3 · pembanding: 3');
    expect(flat).toContain('Kelompok terlalu kecil');
    expect(flat).toContain('bukan bukti sebab-akibat');
    expect(flat).toContain('sahih bila kedua kelompok akan berubah sejajar');
    expect(flat).toContain('Jawa Timur: 9,50 % penduduk miskin pada Maret 2025.');
    expect(flat).toContain('Dari September 2024 ke Maret 2025: 9,56 % → 9,50 %, -0,06 poin.');
    expect(flat).toContain('Jumlah graduasi tahun 2023: 1.');
  });

  it('numbers every page "Halaman X dari Y" and ends with the signature', () => {
    for (let p = 1; p <= pages; p++) expect(text).toContain(`Halaman ${p} dari ${pages}`);
    const last = text.split('\f').filter((p) => p.trim() !== '').at(-1)!;
    expect(last).toContain('KEPALA DINAS SOSIAL KABUPATEN SIDOARJO');
    expect(last).toContain('NIP. 19680411 199303 1 009');
  });

  it('holds no NIK, KK or name', () => {
    expectNoIdentity(text);
  });

  it('renders its first page as PNG (test artifact) and is on the audit log', () => {
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, join(ARTIFACTS, 'ringkasan-halaman-1')]);
    expect(readFileSync(join(ARTIFACTS, 'ringkasan-halaman-1.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(listAudit(app.svc(), { entity: 'impact_brief', limit: 1 })[0]).toMatchObject({
      action: 'export',
      after: { format: 'pdf', file: 'ringkasan-dampak.pdf', pages, program: 'PKH', indicators: ['KONSUMSI_KAPITA'] },
    });
  });

  it('returns null and records nothing when the dialog is cancelled', async () => {
    const before = listAudit(app.svc(), { entity: 'impact_brief', limit: 50 }).length;
    expect(await call(app, 'impact.saveBriefPdf', { programId: null, from: null, to: null })).toBeNull();
    expect(listAudit(app.svc(), { entity: 'impact_brief', limit: 50 })).toHaveLength(before);
  });
});

describe('quarterly report PDF with the impact brief attached', () => {
  it("prints the report's sections, then the brief's pages, numbered as one document", async () => {
    const file = join(ARTIFACTS, 'laporan-dengan-ringkasan.pdf');
    saveQueue.push(file);
    const result = await call<{ path: string; pages: number }>(app, 'reports.savePdf', {
      period: '2024-Q3',
      programIds: null,
      impactBrief: { programId: null, from: null, to: null },
    });
    const text = pdfText(file);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('LAPORAN TRIWULAN PELAKSANAAN PROGRAM BANTUAN SOSIAL');
    expect(flat).toContain('6. Permasalahan dan Tindak Lanjut');
    expect(flat).toContain('RINGKASAN DAMPAK PROGRAM BANTUAN SOSIAL');
    expect(flat).toContain('naik 20.000 Rp/kapita/bulan lebih banyak pada penerima PKH');
    // The brief starts on a page of its own, after the report's section 6.
    const pageTexts = text.split('\f');
    const briefPage = pageTexts.findIndex((p) => p.includes('RINGKASAN DAMPAK'));
    const notesPage = pageTexts.findIndex((p) => p.includes('6. Permasalahan dan Tindak Lanjut'));
    expect(briefPage).toBeGreaterThan(notesPage);
    expect(pageTexts[briefPage]).not.toContain('6. Permasalahan');
    // An attached brief counts the graduations of the report's year.
    expect(flat).toContain('Graduasi Tahun 2024');
    for (let p = 1; p <= result.pages; p++) expect(text).toContain(`Halaman ${p} dari ${result.pages}`);
    expectNoIdentity(text);
    expect(listAudit(app.svc(), { entity: 'report', limit: 1 })[0]).toMatchObject({ after: { format: 'pdf', impactBrief: true } });
  }, 90_000);
});

// Last: it adds DESIL values to the fixture's waves.
describe('impact brief with DESIL measured', () => {
  it('adds desil movement when both waves measured DESIL', async () => {
    const svc = serviceContext(app.ctx);
    const waves = await call<SurveyWave[]>(app, 'impact.waves', {});
    const fam = (n: number) => reg.families[FAMILIES[n - 1]!.family.kk]!;
    const desil = (waveId: number, values: [number, number][]) =>
      recordSurveyValues(svc, waveId, values.map(([n, value]) => ({ familyId: fam(n), memberKey: 0, indicator: 'DESIL', value, observedOn: null })), null);
    // PKH families 1 (2 → 3), 2 (2 → 2), 3 (3 → 2); family 5 is not in PKH.
    desil(waves[0]!.id, [[1, 2], [2, 2], [3, 3], [5, 2]]);
    desil(waves[1]!.id, [[1, 3], [2, 2], [3, 2], [5, 4]]);
    const withDesil = await call<ImpactBrief>(app, 'impact.brief', { programId: reg.programs['PKH']!, from: null, to: null });
    expect(withDesil.desil!.transition).toMatchObject({ matched: 3, movedUp: 1, stayed: 1, movedDown: 1 });
    expect(withDesil.estimates.map((e) => e.indicator.code).sort()).toEqual(['DESIL', 'KONSUMSI_KAPITA']);
  });
});
