import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRendererDir, chromiumPrinter } from '../../electron/reports/chromium/printer';
import { writeReportPdf, writeReportWorkbook } from '../../electron/reports/outputs';
import { HEADER_ROW, signatureRow } from '../../electron/reports/workbook';
import type { Dialogs } from '../../electron/ipc/types';
import type { QuarterlyReport } from '../../shared/ipc/reports';
import { listAudit } from '../../electron/audit/service';
import { buildReportFixture, EXPECTED_PROGRAMS, EXPECTED_TOTALS, REPORT_KKS, REPORT_NAMES, REPORT_NIKS, type ReportFixture } from '../support/report-fixture';
import { sampleReport } from '../support/report-sample';
import { call, tempApp } from '../support/temp-app';

/**
 * The report's outputs from the fixture's hand-computed figures: the A4 PDF of the print layout
 * (Debian's Chromium through playwright-core, as the CLI prints it) read back with pdftotext, one
 * page as PNG for a person to look at, and the workbook read back cell by cell. Neither may hold
 * a NIK, a KK or a member's name.
 */

const ARTIFACTS = join(process.cwd(), 'test-results', 'report-outputs');
const rendererDir = process.env.SIDAMPAK_TEST_RENDERER_DIR ?? findRendererDir();

let fixture: ReportFixture;
let dir: string;
const saveQueue: string[] = [];
const dialogs: Dialogs = { openFile: async () => null, saveFile: async () => saveQueue.shift() ?? null };

beforeAll(() => {
  if (rendererDir === null) throw new Error('dist/renderer is missing: build the renderer first (npm run build:renderer)');
  dir = mkdtempSync(join(tmpdir(), 'sidampak-report-out-'));
  fixture = buildReportFixture(tempApp({ dialogs, printer: chromiumPrinter({ rendererDir }) }));
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(() => {
  fixture?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

/** Every identity of the fixture (NIK, KK, member names) that must never reach the report. */
function expectNoIdentity(text: string): void {
  expect(text).not.toMatch(/(?<!\d)\d{16}(?!\d)/);
  for (const value of [...REPORT_NIKS, ...REPORT_KKS, ...REPORT_NAMES]) expect(text).not.toContain(value);
}

describe('report PDF', () => {
  let report: QuarterlyReport;
  let file: string;
  let text: string;
  let pages: number;

  beforeAll(async () => {
    report = sampleReport(fixture.programs);
    file = join(ARTIFACTS, 'laporan-triwulan.pdf');
    const result = await writeReportPdf(fixture.app.ctx, report, file);
    text = pdfText(file);
    pages = pdfPages(file);
    expect(result).toEqual({ path: file, pages });
  }, 60_000);

  it('is A4 with the period in words, the letterhead and the provisional mark', () => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    expect(text).toContain('TRIWULAN III TAHUN 2024');
    expect(text).toContain('PEMERINTAH KABUPATEN SIDOARJO');
    expect(text).toContain('DINAS SOSIAL KABUPATEN SIDOARJO');
    expect(text).toContain('Jl. Raya Candi No. 1, Sidoarjo');
    expect(text).toContain('Angka sementara');
    // The emblem of the kop surat is the first page's only image (the charts come later).
    const images = execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', file], { encoding: 'utf8' });
    expect(images.trim().split('\n').slice(2)).toHaveLength(1);
  });

  it('numbers every page "Halaman X dari Y"', () => {
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Halaman ${page} dari ${pages}`);
    // pdftotext separates pages with a form feed: each page carries its own number.
    text.split('\f').filter((p) => p.trim() !== '').forEach((p, i) => expect(p).toContain(`Halaman ${i + 1} dari ${pages}`));
  });

  it('shows every program line and the totals, id-ID formatted', () => {
    const rows = text.split('\n');
    const rowWith = (...parts: string[]) => rows.find((r) => parts.every((p) => r.includes(p)));
    for (const p of EXPECTED_PROGRAMS) {
      expect(text).toContain(`(${p.programCode})`.slice(0, 5));
      const amounts = [p.allocation.amount, p.realised.amount].map((n) => n.toLocaleString('id-ID'));
      expect(rowWith('Rp', ...amounts), `${p.programCode} Rupiah line`).toBeDefined();
    }
    const totalRp = rowWith(
      'Rp',
      EXPECTED_TOTALS.allocation.amount.toLocaleString('id-ID'),
      EXPECTED_TOTALS.realised.amount.toLocaleString('id-ID'),
      EXPECTED_TOTALS.failed.amount.toLocaleString('id-ID'),
      EXPECTED_TOTALS.returned.amount.toLocaleString('id-ID'),
    );
    expect(totalRp).toMatch(/84,8%/);
    expect(rowWith('Jumlah', 'KPM', ` ${EXPECTED_TOTALS.allocation.kpm} `, ` ${EXPECTED_TOTALS.realised.kpm} `)).toMatch(/68,8%/);
    expect(text).toContain('137,6%');
    expect(text).toContain('1 KPM tanpa nilai rupiah');
    expect(text).toContain('Tidak diketahui');
    expect(text).toContain('Keluar: Graduasi alamiah');
    expect(text).toContain('Dua KPM di Kecamatan Waru belum menerima.');
  });

  it('ends with the signature block: place and date, title, name, rank, NIP', () => {
    const last = text.split('\f').filter((p) => p.trim() !== '').at(-1)!;
    expect(last).toContain('Sidoarjo, 30 September 2024');
    expect(last).toContain('KEPALA DINAS SOSIAL KABUPATEN SIDOARJO');
    expect(last).toContain('Drs. Bambang Setiawan, M.Si.');
    expect(last).toContain('Pembina Utama Muda (IV/c)');
    expect(last).toContain('NIP. 19680411 199303 1 009');
  });

  it('holds no NIK, KK or name', () => {
    expectNoIdentity(text);
  });

  it('renders its first page as PNG (test artifact)', () => {
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, join(ARTIFACTS, 'laporan-halaman-1')]);
    const png = readFileSync(join(ARTIFACTS, 'laporan-halaman-1.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('is on the audit log', () => {
    const entries = listAudit(fixture.ctx, { entity: 'report', limit: 10 });
    expect(entries[0]).toMatchObject({ action: 'export', entityId: '2024-Q3', after: { format: 'pdf', file: 'laporan-triwulan.pdf', pages } });
  });

  it('says final and when, once the period is closed', async () => {
    const closed = sampleReport(fixture.programs, {
      closure: { id: 1, period: '2024-Q3', closedAt: '2024-10-05T07:05:00.000Z', closedBy: 'operator', reopenedAt: null, reopenedBy: null, reopenReason: null },
    });
    const closedFile = join(dir, 'final.pdf');
    await writeReportPdf(fixture.app.ctx, closed, closedFile);
    const closedText = pdfText(closedFile).replace(/\s+/g, ' ');
    expect(closedText).toContain('Angka final: periode ditutup pada 5 Oktober 2024');
    expect(closedText).toContain('oleh operator');
    expect(closedText).not.toContain('Angka sementara');
  }, 60_000);
});

describe('report workbook', () => {
  let wb: ExcelJS.Workbook;
  const file = () => join(dir, 'laporan.xlsx');

  beforeAll(async () => {
    await writeReportWorkbook(fixture.app.ctx, sampleReport(fixture.programs), file());
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file());
  });

  it('has a sheet per section', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['1 Per Program', '2 Per Kecamatan', '3 Komponen PKH', '4 Mutasi', '5 Program Provinsi', '6 Catatan']);
  });

  it('puts the letterhead on top, freezes the header and prints A4 fitted to the width', () => {
    for (const ws of wb.worksheets) {
      expect(ws.getCell(1, 1).value).toBe('PEMERINTAH KABUPATEN SIDOARJO');
      expect(ws.getCell(2, 1).value).toBe('DINAS SOSIAL KABUPATEN SIDOARJO');
      expect(ws.getCell(6, 1).value).toBe('TRIWULAN III TAHUN 2024 · KABUPATEN SIDOARJO');
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.getImages()).toHaveLength(1);
    }
  });

  it('writes section 1 as numbers with Rupiah and percent formats, and the sum row', () => {
    const ws = wb.getWorksheet('1 Per Program')!;
    expect(ws.getRow(HEADER_ROW).values).toEqual([
      undefined, 'No', 'Kode', 'Program', 'Alokasi (KPM)', 'Alokasi (Rp)', 'Realisasi (KPM)', 'Realisasi (Rp)', 'Gagal (KPM)', 'Gagal (Rp)',
      'Retur (KPM)', 'Retur (Rp)', '% Realisasi KPM', '% Realisasi Rp', 'KPM tanpa nilai', 'Sumber data',
    ]);
    EXPECTED_PROGRAMS.forEach((p, i) => {
      const row = ws.getRow(HEADER_ROW + 1 + i);
      expect(row.values).toEqual([
        undefined, i + 1, p.programCode, p.programName, p.allocation.kpm, p.allocation.amount, p.realised.kpm, p.realised.amount,
        p.failed.kpm, p.failed.amount, p.returned.kpm, p.returned.amount, expect.any(Number), expect.any(Number), p.allocationUnpriced,
        p.source === 'lines' ? 'sumber: daftar salur bank/PT Pos' : 'sumber: rekap per kecamatan',
      ]);
      // Percent cells hold fractions: 57.1 % is 0.571 under the 0.0% format.
      expect(row.getCell(12).value).toBeCloseTo(p.percentKpm! / 100, 9);
      expect(row.getCell(13).value).toBeCloseTo(p.percentAmount! / 100, 9);
      expect(row.getCell(5).numFmt).toBe('"Rp"#,##0');
      expect(row.getCell(4).numFmt).toBe('#,##0');
      expect(row.getCell(12).numFmt).toBe('0.0%');
    });
    const total = ws.getRow(HEADER_ROW + 1 + EXPECTED_PROGRAMS.length);
    expect(total.getCell(3).value).toBe('Jumlah');
    expect([4, 5, 6, 7, 8, 9, 10, 11].map((c) => total.getCell(c).value)).toEqual([
      EXPECTED_TOTALS.allocation.kpm, EXPECTED_TOTALS.allocation.amount, EXPECTED_TOTALS.realised.kpm, EXPECTED_TOTALS.realised.amount,
      EXPECTED_TOTALS.failed.kpm, EXPECTED_TOTALS.failed.amount, EXPECTED_TOTALS.returned.kpm, EXPECTED_TOTALS.returned.amount,
    ]);
    expect(total.font?.bold).toBe(true);
  });

  it('ends every sheet with the signature block', () => {
    const ws = wb.getWorksheet('1 Per Program')!;
    const start = signatureRow(EXPECTED_PROGRAMS.length + 1);
    const col = ws.getRow(HEADER_ROW).cellCount - Math.ceil(ws.getRow(HEADER_ROW).cellCount / 3) + 1;
    expect(ws.getCell(start, col).value).toBe('Sidoarjo, 30 September 2024');
    expect(ws.getCell(start + 1, col).value).toBe('KEPALA DINAS SOSIAL KABUPATEN SIDOARJO');
    expect(ws.getCell(start + 5, col).value).toBe('Drs. Bambang Setiawan, M.Si.');
    expect(ws.getCell(start + 5, col).font?.underline).toBe(true);
    expect(ws.getCell(start + 7, col).value).toBe('NIP. 19680411 199303 1 009');
  });

  it('writes kecamatan, components, movements, provincial programs and notes', () => {
    const kec = wb.getWorksheet('2 Per Kecamatan')!;
    expect(kec.getRow(HEADER_ROW + 1).values).toEqual(expect.arrayContaining([1, 'PKH', 'Sidoarjo', 2, 1_200_000, 1, 900_000]));
    const comp = wb.getWorksheet('3 Komponen PKH')!;
    expect(comp.getRow(HEADER_ROW + 3).values).toEqual([undefined, 3, 'PKH', 'Anak sekolah SD/sederajat', 4, 3]);
    const move = wb.getWorksheet('4 Mutasi')!;
    expect(move.getRow(HEADER_ROW).values).toEqual([undefined, 'Uraian', 'PKH', 'PKH-PLUS', 'SEMBAKO']);
    expect(move.getRow(HEADER_ROW + 1).values).toEqual([undefined, 'Aktif pada awal triwulan', 5, 4, 5]);
    const lastMove = move.getRow(HEADER_ROW + 2 + 7 + 2);
    expect(lastMove.values).toEqual([undefined, 'Aktif pada akhir triwulan', 4, 3, 3]);
    const prov = wb.getWorksheet('5 Program Provinsi')!;
    expect(prov.getRow(HEADER_ROW + 1).getCell(2).value).toBe('PKH-PLUS');
    expect(prov.getRow(HEADER_ROW + 1).getCell(5).value).toBe(2_000_000);
    // One provincial program: no sum row under it.
    expect(prov.getRow(HEADER_ROW + 2).getCell(3).value).toBeNull();
    const notes = wb.getWorksheet('6 Catatan')!;
    expect(notes.getCell(HEADER_ROW + 1, 1).value).toBe('Dua KPM di Kecamatan Waru belum menerima.');
    expect(notes.getCell(HEADER_ROW + 2, 1).value).toBe('Tindak lanjut: verifikasi rekening bersama bank.');
  });

  it('holds no NIK, KK or name in any cell', () => {
    const cells: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expectNoIdentity(cells.join('\n'));
  });
});

describe('BNBA annex', () => {
  async function annex(fullNik: boolean) {
    const path = join(dir, fullNik ? 'bnba-full.xlsx' : 'bnba.xlsx');
    saveQueue.push(path);
    const result = await call<{ path: string; rows: number }>(fixture.app, 'reports.saveAnnex', { programId: fixture.programs.PKH, period: '2024-Q3', fullNik });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return { result, ws: wb.worksheets[0]! };
  }

  it('lists the period list by kecamatan with masked NIK, allocation and disbursement status', async () => {
    const { result, ws } = await annex(false);
    expect(result.rows).toBe(5);
    expect(ws.getRow(3).values).toEqual([undefined, 'No', 'NIK', 'No. KK', 'Nama', 'Alamat', 'RT', 'RW', 'Desa/kelurahan', 'Kecamatan', 'Alokasi (Rp)', 'Status Penyaluran', 'Tersalur (Rp)']);
    const rows = [4, 5, 6, 7, 8].map((r) => ws.getRow(r));
    expect(rows.map((r) => r.getCell(4).value)).toEqual(['Yuliana Permatasari', 'Sukardi Wiryo', 'Kartini Rahayu', 'Suminah Wulandari', 'Paimin Sastrodiharjo']);
    expect(rows.map((r) => r.getCell(2).value)).toEqual(['3515**********04', '3515**********05', '3515**********03', '3515**********01', '3515**********06']);
    expect(rows.map((r) => r.getCell(9).value)).toEqual(['Sidoarjo', 'Sidoarjo', 'Sukodono', 'Sukodono', 'Waru']);
    expect(rows.map((r) => r.getCell(10).value ?? null)).toEqual([1_200_000, null, 1_000_000, 725_000, 600_000]);
    expect(rows.map((r) => r.getCell(11).value)).toEqual(['Gagal', 'Tersalur', 'Tersalur', 'Tersalur', 'Retur']);
    expect(rows.map((r) => r.getCell(12).value ?? null)).toEqual([null, 900_000, 2_000_000, 700_000, null]);
    expect(rows[0]!.getCell(3).value).toBe(REPORT_KKS[2]);
    expect(listAudit(fixture.ctx, { entity: 'report_annex', limit: 1 })[0]).toMatchObject({ action: 'export', after: { rows: 5, fullNik: false } });
  });

  it('without a list: the KPM active in the quarter, priced by the rule', async () => {
    const path = join(dir, 'bnba-sembako.xlsx');
    saveQueue.push(path);
    const result = await call<{ rows: number }>(fixture.app, 'reports.saveAnnex', { programId: fixture.programs.SEMBAKO, period: '2024-Q3', fullNik: false });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0]!;
    expect(result.rows).toBe(7);
    const rows = [4, 5, 6, 7, 8, 9, 10].map((r) => ws.getRow(r));
    expect(rows.map((r) => r.getCell(4).value)).toEqual([
      'Yuliana Permatasari', 'Sukardi Wiryo', 'Kartini Rahayu', 'Suminah Wulandari', 'Endang Sulistyowati', 'Hartono Gunawan', 'Marsinah Tukiyem',
    ]);
    expect(rows.map((r) => r.getCell(10).value)).toEqual(Array(7).fill(600_000));
    expect(rows.map((r) => r.getCell(11).value)).toEqual(['Belum ada data', 'Gagal', 'Tersalur', 'Tersalur', 'Belum ada data', 'Tersalur', 'Tersalur']);
    expect(ws.getRow(11).getCell(2).value ?? null).toBeNull();
  });

  it('writes full NIK only when asked, under its own audit action', async () => {
    const { ws } = await annex(true);
    expect(ws.getRow(4).getCell(2).value).toBe('3515085506900004');
    expect(listAudit(fixture.ctx, { entity: 'report_annex', limit: 1 })[0]).toMatchObject({ action: 'export_full_nik', after: { fullNik: true } });
  });
});

describe('reports.savePdf and reports.saveExcel (the channels, over the fixture register)', () => {
  const request = { period: '2024-Q3', programIds: null };

  it('prints the figures reports.quarterly computes, to the file the user picked', async () => {
    const path = join(dir, 'channel.pdf');
    saveQueue.push(path);
    const result = await call<{ path: string; pages: number }>(fixture.app, 'reports.savePdf', request);
    expect(result).toEqual({ path, pages: pdfPages(path) });
    const text = pdfText(path);
    const totals = [EXPECTED_TOTALS.allocation.amount, EXPECTED_TOTALS.realised.amount, EXPECTED_TOTALS.failed.amount, EXPECTED_TOTALS.returned.amount];
    expect(text.split('\n').some((row) => totals.every((n) => row.includes(n.toLocaleString('id-ID'))))).toBe(true);
    expect(text).toContain('TRIWULAN III TAHUN 2024');
    expect(text).toContain(`Halaman ${result.pages} dari ${result.pages}`);
    expectNoIdentity(text);
  }, 60_000);

  it('writes the workbook of the chosen programs only', async () => {
    const path = join(dir, 'channel.xlsx');
    saveQueue.push(path);
    const result = await call<{ path: string }>(fixture.app, 'reports.saveExcel', { period: '2024-Q3', programIds: [fixture.programs['PKH-PLUS']!] });
    expect(result).toEqual({ path });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('1 Per Program')!;
    expect([2, 4, 5, 6, 7].map((c) => ws.getRow(HEADER_ROW + 1).getCell(c).value)).toEqual(['PKH-PLUS', 4, 2_000_000, 2, 1_000_000]);
    expect(ws.getRow(HEADER_ROW + 2).getCell(2).value).toBeNull();
    expect(listAudit(fixture.ctx, { entity: 'report', limit: 1 })[0]).toMatchObject({ after: { format: 'xlsx', programs: ['PKH-PLUS'] } });
  });

  it('returns null and writes nothing when the dialog is cancelled', async () => {
    const before = listAudit(fixture.ctx, { entity: 'report', limit: 50 }).length;
    expect(await call(fixture.app, 'reports.saveExcel', request)).toBeNull();
    expect(await call(fixture.app, 'reports.savePdf', request)).toBeNull();
    expect(listAudit(fixture.ctx, { entity: 'report', limit: 50 })).toHaveLength(before);
  });
});
