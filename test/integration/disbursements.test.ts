import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECONCILIATION_LISTS } from '../../shared/domain/disbursements';
import type { KecamatanRealisation, QuarterlyFigures } from '../../shared/domain/report';
import type { ClosureInfo, DisbursementOverview, ManualTotal, ReconciliationPage } from '../../shared/ipc/disbursements';
import type { QuarterlyReport, ReportNotes } from '../../shared/ipc/reports';
import { listAudit } from '../../electron/audit/service';
import { writeFamilies } from '../support/register-fixture';
import {
  buildReportFixture,
  EXPECTED_KECAMATAN,
  EXPECTED_PROGRAMS,
  EXPECTED_RECONCILIATION,
  KEC_SIDOARJO,
  KEC_SUKODONO,
  REPORT_KK,
  REPORT_PERIOD,
  REPORT_REGENCY_NAME,
  type ReportFixture,
} from '../support/report-fixture';
import { call, SIDOARJO_PROFILE, tempApp } from '../support/temp-app';

let fx: ReportFixture;
let saveAnswers: (string | null)[];
beforeEach(() => {
  saveAnswers = [];
  fx = buildReportFixture(tempApp({ dialogs: { openFile: async () => null, saveFile: async () => saveAnswers.shift() ?? null } }));
});
afterEach(() => fx.dispose());

async function failure(channel: string, input: unknown): Promise<{ code: string; message: string }> {
  const reply = await fx.app.dispatch(channel, input, { senderUrl: null });
  if (reply.ok) throw new Error(`${channel} succeeded`);
  return { code: reply.code, message: reply.message };
}

const strip = <T extends { programId: number }>(rows: readonly T[]) => rows.map(({ programId: _id, ...rest }) => rest);

describe('reconciliation lists', () => {
  for (const program of ['PKH', 'SEMBAKO', 'PKH-PLUS'] as const) {
    for (const list of RECONCILIATION_LISTS) {
      it(`${program}: ${list}`, async () => {
        const page = await call<ReconciliationPage>(fx.app, 'disbursements.reconciliation', {
          programId: fx.programs[program], period: REPORT_PERIOD, list, offset: 0, limit: 100,
        });
        const expected = EXPECTED_RECONCILIATION[program]![list];
        expect(page.total).toBe(expected.length);
        expect(
          page.rows.map((r) => ({ kk: r.kk, disbursementId: r.disbursementId, enrollmentId: r.enrollmentId, amountPaid: r.amountPaid, amountAllocated: r.amountAllocated, lines: r.lines })),
        ).toEqual(
          expected.map((e) => ({
            kk: e.kk,
            disbursementId: e.line === null ? null : fx.lines[e.line],
            enrollmentId: e.family === null ? null : fx.enrollments[`${e.family}:${program}`],
            amountPaid: e.amountPaid,
            amountAllocated: e.amountAllocated,
            lines: e.lines,
          })),
        );
        for (const r of page.rows) expect(r.nik).toMatch(/^\d{4}\*{10}\d{2}$/);
      });
    }
  }

  it('shows names, kecamatan names and the failed line status of an unpaid KPM', async () => {
    const page = await call<ReconciliationPage>(fx.app, 'disbursements.reconciliation', {
      programId: fx.programs.PKH, period: REPORT_PERIOD, list: 'enrolledNotPaid', offset: 0, limit: 10,
    });
    expect(page.rows.map((r) => [r.name, r.kecamatan, r.status, r.nik])).toEqual([
      ['Yuliana Permatasari', 'Sidoarjo', 'gagal', '3515**********04'],
      ['Paimin Sastrodiharjo', 'Waru', 'retur', '3515**********06'],
    ]);
  });

  it('pages: total stays, rows move', async () => {
    const args = { programId: fx.programs.SEMBAKO, period: REPORT_PERIOD, list: 'enrolledNotPaid' as const };
    const first = await call<ReconciliationPage>(fx.app, 'disbursements.reconciliation', { ...args, offset: 0, limit: 2 });
    const second = await call<ReconciliationPage>(fx.app, 'disbursements.reconciliation', { ...args, offset: 2, limit: 2 });
    expect([first.total, second.total]).toEqual([3, 3]);
    expect([...first.rows, ...second.rows].map((r) => r.kk)).toEqual([REPORT_KK.F3, REPORT_KK.F4, REPORT_KK.F8]);
    const past = await call<ReconciliationPage>(fx.app, 'disbursements.reconciliation', { ...args, offset: 10, limit: 2 });
    expect(past).toEqual({ list: 'enrolledNotPaid', total: 3, rows: [] });
  });

  it('exports a list as xlsx: title, frozen header, autofilter, A4, NIK/KK as text; full NIK only when asked, audited', async () => {
    const masked = join(fx.app.dir, 'masked.xlsx');
    const full = join(fx.app.dir, 'full.xlsx');
    saveAnswers.push(masked, full);
    const base = { programId: fx.programs.PKH, period: REPORT_PERIOD, list: 'paidNotEnrolled' as const };
    expect(await call(fx.app, 'disbursements.exportReconciliation', { ...base, fullNik: false })).toEqual({ path: masked, rows: 2 });
    expect(await call(fx.app, 'disbursements.exportReconciliation', { ...base, fullNik: true })).toEqual({ path: full, rows: 2 });

    const read = async (file: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      return wb.worksheets[0]!;
    };
    const ws = await read(masked);
    expect(String(ws.getCell('A1').value)).toContain('Tersalur tetapi tidak terdaftar');
    expect(String(ws.getCell('A1').value)).toContain('Tahap III 2024');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.autoFilter).toBe('A3:J3');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
    expect((ws.getRow(3).values as unknown[]).slice(1, 4)).toEqual(['No', 'No. KK', 'NIK']);
    expect(ws.getCell('B4').value).toBe(REPORT_KK.F7);
    expect(ws.getCell('B4').numFmt).toBe('@');
    expect(ws.getCell('C4').value).toBe('3515**********08');
    expect(ws.getCell('G4').value).toBe(500_000);
    expect(ws.getCell('B5').value).toBe(REPORT_KK.UNMATCHED);

    const wsFull = await read(full);
    expect(wsFull.getCell('C4').value).toBe('3515180101880008');
    expect(wsFull.getCell('C4').numFmt).toBe('@');

    const audit = listAudit(fx.ctx, { entity: 'reconciliation', limit: 10 });
    expect(audit.map((a) => a.action)).toEqual(['export_full_nik', 'export']);
    expect(audit[0]!.entityId).toBe(`PKH:${REPORT_PERIOD}:paidNotEnrolled`);
  });

  it('returns null and writes nothing when the save dialog is cancelled', async () => {
    expect(await call(fx.app, 'disbursements.exportReconciliation', { programId: fx.programs.PKH, period: REPORT_PERIOD, list: 'paidTwice', fullNik: true })).toBeNull();
    expect(listAudit(fx.ctx, { entity: 'reconciliation', limit: 10 })).toEqual([]);
  });
});

describe('overview and per-kecamatan rows', () => {
  it('gives every program of the period, and one program per kecamatan', async () => {
    const overview = await call<DisbursementOverview>(fx.app, 'disbursements.overview', { period: REPORT_PERIOD });
    expect(overview.closure).toBeNull();
    expect(strip(overview.programs)).toEqual(EXPECTED_PROGRAMS);
    for (const code of ['PKH', 'SEMBAKO', 'PKH-PLUS']) {
      const rows = await call<KecamatanRealisation[]>(fx.app, 'disbursements.byKecamatan', { programId: fx.programs[code], period: REPORT_PERIOD });
      expect(strip(rows)).toEqual(EXPECTED_KECAMATAN.filter((k) => k.programCode === code));
    }
  });
});

describe('hand-entered kecamatan totals', () => {
  it('lists, replaces and audits the totals of a program period', async () => {
    const programId = fx.programs['PKH-PLUS'];
    const before = await call<ManualTotal[]>(fx.app, 'disbursements.totals', { programId, period: REPORT_PERIOD });
    expect(before.map((t) => [t.kecamatan, t.kpmPaid, t.amountPaid])).toEqual([
      ['Sidoarjo', 1, 500_000],
      ['Waru', 1, 500_000],
    ]);
    const saved = await call<ManualTotal[]>(fx.app, 'disbursements.saveTotals', {
      programId, period: REPORT_PERIOD,
      rows: [{ kecamatanCode: KEC_SIDOARJO, kpmPaid: 2, amountPaid: 1_000_000, kpmFailed: 0, amountFailed: 0, note: 'Susulan' }],
    });
    expect(saved).toEqual([
      { kecamatanCode: KEC_SIDOARJO, kecamatan: 'Sidoarjo', kpmPaid: 2, amountPaid: 1_000_000, kpmFailed: 0, amountFailed: 0, note: 'Susulan', actor: 'penguji', at: fx.ctx.now().toISOString() },
    ]);
    const overview = await call<DisbursementOverview>(fx.app, 'disbursements.overview', { period: REPORT_PERIOD });
    expect(overview.programs.find((p) => p.programCode === 'PKH-PLUS')).toMatchObject({ source: 'manual', realised: { kpm: 2, amount: 1_000_000 }, failed: { kpm: 0, amount: 0 } });

    const [entry] = listAudit(fx.ctx, { entity: 'disbursement_totals', limit: 5 });
    expect(entry).toMatchObject({ action: 'save_totals', entityId: `${programId}:${REPORT_PERIOD}` });
    expect((entry!.before as unknown[]).length).toBe(2);
    expect(entry!.after).toEqual([{ kecamatanCode: KEC_SIDOARJO, kpmPaid: 2, amountPaid: 1_000_000, kpmFailed: 0, amountFailed: 0, note: 'Susulan' }]);
  });

  it('refuses a kecamatan outside the office regency with a coded error', async () => {
    const f = await failure('disbursements.saveTotals', {
      programId: fx.programs['PKH-PLUS'], period: REPORT_PERIOD,
      rows: [{ kecamatanCode: '35.78.01', kpmPaid: 1, amountPaid: 1, kpmFailed: 0, amountFailed: 0, note: '' }],
    });
    expect(f.code).toBe('KECAMATAN_NOT_IN_REGENCY');
    expect(f.message).toContain('35.78.01');
    expect(listAudit(fx.ctx, { entity: 'disbursement_totals', limit: 5 })).toEqual([]);
  });

  it('lines win over totals: a program with lines ignores its hand totals', async () => {
    await call(fx.app, 'disbursements.saveTotals', {
      programId: fx.programs.PKH, period: REPORT_PERIOD,
      rows: [{ kecamatanCode: KEC_SUKODONO, kpmPaid: 99, amountPaid: 99_000_000, kpmFailed: 0, amountFailed: 0, note: '' }],
    });
    const overview = await call<DisbursementOverview>(fx.app, 'disbursements.overview', { period: REPORT_PERIOD });
    expect(strip(overview.programs)).toEqual(EXPECTED_PROGRAMS);
  });
});

describe('quarter close', () => {
  it('freezes the figures: changes after closing do not move the report; reopening goes live again', async () => {
    const closure = await call<ClosureInfo>(fx.app, 'disbursements.closePeriod', { period: REPORT_PERIOD });
    expect(closure).toMatchObject({ period: REPORT_PERIOD, closedBy: 'penguji', reopenedAt: null });

    // Data changes that bypass the lock (a new family enrolled, a line deleted): the snapshot holds.
    writeFamilies(fx.ctx, [{
      family: { kk: '3515140505990020', kecamatanCode: KEC_SUKODONO },
      members: [{ nik: '3515140505990021', name: 'Keluarga Baru', isPengurus: true }],
      enrollments: [{ program: 'SEMBAKO', statuses: [{ status: 'aktif', date: '2024-08-01', reason: 'Baru' }] }],
    }], fx.register);
    fx.ctx.db.prepare('DELETE FROM disbursements WHERE id = ?').run(fx.lines['SEMBAKO:F1']);

    const report = await call<QuarterlyReport>(fx.app, 'reports.quarterly', { period: REPORT_PERIOD, programIds: null });
    expect(report.closure?.id).toBe(closure.id);
    expect(strip(report.figures.programs)).toEqual(EXPECTED_PROGRAMS);
    expect(strip(report.figures.kecamatan)).toEqual(EXPECTED_KECAMATAN);
    const overview = await call<DisbursementOverview>(fx.app, 'disbursements.overview', { period: REPORT_PERIOD });
    expect(overview.closure?.id).toBe(closure.id);
    expect(strip(overview.programs)).toEqual(EXPECTED_PROGRAMS);

    const reopened = await call<ClosureInfo>(fx.app, 'disbursements.reopenPeriod', { period: REPORT_PERIOD, reason: 'Data susulan dari bank' });
    expect(reopened).toMatchObject({ id: closure.id, reopenedBy: 'penguji', reopenReason: 'Data susulan dari bank' });
    const live = await call<QuarterlyReport>(fx.app, 'reports.quarterly', { period: REPORT_PERIOD, programIds: null });
    expect(live.closure).toBeNull();
    const sembako = live.figures.programs.find((p) => p.programCode === 'SEMBAKO')!;
    expect(sembako.allocation).toEqual({ kpm: 8, amount: 4_800_000 });
    expect(sembako.realised).toEqual({ kpm: 3, amount: 1_800_000 });

    const history = await call<ClosureInfo[]>(fx.app, 'disbursements.closures', { period: REPORT_PERIOD });
    expect(history).toHaveLength(1);
    const again = await call<ClosureInfo>(fx.app, 'disbursements.closePeriod', { period: REPORT_PERIOD });
    expect(again.id).not.toBe(closure.id);
    expect((await call<ClosureInfo[]>(fx.app, 'disbursements.closures', { period: null })).map((c) => c.id)).toEqual([again.id, closure.id]);

    const audit = listAudit(fx.ctx, { entity: 'period', entityId: REPORT_PERIOD, limit: 10 });
    expect(audit.map((a) => a.action)).toEqual(['close', 'reopen', 'close']);
    expect(audit[1]!.after).toEqual({ reason: 'Data susulan dari bank' });
  });

  it('stores the figures as the snapshot', async () => {
    await call(fx.app, 'disbursements.closePeriod', { period: REPORT_PERIOD });
    const json = fx.ctx.db.prepare('SELECT snapshot_json FROM period_closures WHERE period = ?').pluck().get(REPORT_PERIOD) as string;
    const snapshot = JSON.parse(json) as QuarterlyFigures;
    expect(snapshot.period).toBe(REPORT_PERIOD);
    expect(strip(snapshot.programs)).toEqual(EXPECTED_PROGRAMS);
    // Aggregates only: no NIK, KK or name in the frozen figures.
    expect(json).not.toMatch(/\d{16}/);
    expect(json).not.toContain('Suminah');
  });

  it('refuses while closed: hand totals (PERIOD_CLOSED), a second close; notes stay editable', async () => {
    await call(fx.app, 'disbursements.closePeriod', { period: REPORT_PERIOD });
    const totals = await failure('disbursements.saveTotals', { programId: fx.programs['PKH-PLUS'], period: REPORT_PERIOD, rows: [] });
    expect(totals.code).toBe('PERIOD_CLOSED');
    expect(totals.message).toContain('Tahap III 2024');
    expect((await failure('disbursements.closePeriod', { period: REPORT_PERIOD })).code).toBe('PERIOD_ALREADY_CLOSED');
    expect(fx.ctx.db.prepare('SELECT count(*) FROM disbursement_totals').pluck().get()).toBe(2);

    const notes = await call<ReportNotes>(fx.app, 'reports.saveNotes', { period: REPORT_PERIOD, text: 'Dua KPM belum menerima; sudah dikoordinasikan dengan bank.' });
    expect(notes).toMatchObject({ text: 'Dua KPM belum menerima; sudah dikoordinasikan dengan bank.', updatedBy: 'penguji' });
  });

  it('refuses to reopen a period that is not closed', async () => {
    expect((await failure('disbursements.reopenPeriod', { period: REPORT_PERIOD, reason: 'Tidak perlu' })).code).toBe('PERIOD_NOT_CLOSED');
    expect((await failure('disbursements.reopenPeriod', { period: REPORT_PERIOD, reason: '' })).code).toBe('VALIDATION_FAILED');
  });
});

describe('reports.quarterly and notes', () => {
  it('assembles profile, regency, figures, notes and the signature date', async () => {
    const report = await call<QuarterlyReport>(fx.app, 'reports.quarterly', { period: REPORT_PERIOD, programIds: null });
    expect(report.profile).toMatchObject({ officeName: SIDOARJO_PROFILE.officeName, headName: SIDOARJO_PROFILE.headName, headNip: '196804111993031009' });
    expect(report.regencyName).toBe(REPORT_REGENCY_NAME);
    expect(report.signedOn).toBe('2024-09-30');
    expect(report.notes).toEqual({ period: REPORT_PERIOD, text: '', updatedAt: null, updatedBy: null });
    expect(strip(report.figures.programs)).toEqual(EXPECTED_PROGRAMS);

    fx.app.setNow(new Date('2024-08-15T10:00:00'));
    expect((await call<QuarterlyReport>(fx.app, 'reports.quarterly', { period: REPORT_PERIOD, programIds: null })).signedOn).toBe('2024-08-15');
  });

  it('narrows every section to the chosen programs', async () => {
    const report = await call<QuarterlyReport>(fx.app, 'reports.quarterly', { period: REPORT_PERIOD, programIds: [fx.programs['PKH-PLUS']] });
    expect(report.figures.programs.map((p) => p.programCode)).toEqual(['PKH-PLUS']);
    expect(new Set(report.figures.kecamatan.map((k) => k.programCode))).toEqual(new Set(['PKH-PLUS']));
    expect(report.figures.components).toEqual([]);
    expect(report.figures.movements.map((m) => m.programCode)).toEqual(['PKH-PLUS']);
  });

  it('saves notes with the audit trail; an empty quarter has no programs', async () => {
    await call(fx.app, 'reports.saveNotes', { period: REPORT_PERIOD, text: 'Catatan pertama' });
    const saved = await call<ReportNotes>(fx.app, 'reports.saveNotes', { period: REPORT_PERIOD, text: 'Catatan kedua' });
    expect(await call(fx.app, 'reports.notes', { period: REPORT_PERIOD })).toEqual(saved);
    const audit = listAudit(fx.ctx, { entity: 'report_notes', limit: 5 });
    expect(audit.map((a) => [a.action, a.before, a.after])).toEqual([
      ['save', { text: 'Catatan pertama' }, { text: 'Catatan kedua' }],
      ['save', null, { text: 'Catatan pertama' }],
    ]);
    const empty = await call<QuarterlyReport>(fx.app, 'reports.quarterly', { period: '2019-Q1', programIds: null });
    expect(empty.figures.programs).toEqual([]);
  });
});
