import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBlocker } from '../../electron/imports/batches';
import { comparePeriod } from '../../electron/imports/compare';
import { unitKey } from '../../electron/imports/units';
import { recordExits } from '../../electron/imports/exits';
import { matchRows } from '../../electron/imports/match';
import { importProgram } from '../../electron/imports/program';
import { commitParsed, type ParsedList } from '../../electron/imports/write';
import { completeSetup } from '../../electron/settings/service';
import { isAppError } from '../../shared/errors';
import type { ParsedRow } from '../../shared/domain/imports';
import { queryPlan, recordStatements } from '../support/query-plans';
import { kkOf, parsedList, row, rows } from '../support/parsed-rows';
import { call, SIDOARJO_PROFILE, tempApp, type TempApp } from '../support/temp-app';

let app: TempApp;
beforeEach(() => {
  app = tempApp();
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
});
afterEach(() => app.dispose());

const programId = (code: string) => (app.svc().db.prepare('SELECT id FROM programs WHERE code = ?').get(code) as { id: number }).id;
const program = (code: string) => importProgram(app.svc(), programId(code));

/** A list's side of the period comparison: its KKs. */
const familiesOf = (rows: readonly ParsedRow[]) => new Set(rows.map((r) => unitKey(r, false)));

function commit(list: ParsedList, code = 'PKH', period: string | null = null) {
  return commitParsed(app.svc(), { programId: programId(code), period }, list, { dryRun: false });
}

function match(list: ParsedList, code: string, period: string | null) {
  return matchRows(app.svc(), program(code), list.rows, { period, locale: 'id', headers: list.headers, mapping: list.mapping });
}

describe('register matching warnings', () => {
  it('warns about families already in this program and in other programs, naming them', () => {
    commit(parsedList(rows(3)), 'PKH');
    commit(parsedList([row(2), row(3)]), 'SEMBAKO');
    commit(parsedList([row(3)]), 'BLT-DD');
    const list = parsedList([row(1), row(2), row(3), row(4)]);

    const sembako = match(list, 'SEMBAKO', null);
    const byRow = sembako.warnings.map((w) => [w.row, w.column, w.code, w.severity, w.message]);
    expect(byRow).toEqual([
      [4, 'NO KK', 'IN_OTHER_PROGRAM', 'warning', 'Keluarga ini juga terdaftar aktif di program lain: PKH.'],
      [5, 'NO KK', 'ALREADY_ENROLLED', 'warning', 'Keluarga ini sudah terdaftar aktif di program SEMBAKO.'],
      [5, 'NO KK', 'IN_OTHER_PROGRAM', 'warning', 'Keluarga ini juga terdaftar aktif di program lain: PKH.'],
      [6, 'NO KK', 'ALREADY_ENROLLED', 'warning', 'Keluarga ini sudah terdaftar aktif di program SEMBAKO.'],
      [6, 'NO KK', 'IN_OTHER_PROGRAM', 'warning', 'Keluarga ini juga terdaftar aktif di program lain: BLT-DD, PKH.'],
    ]);
    expect(sembako.counts).toEqual({ new: 1, updated: 1, unchanged: 2 });

    // An exit status is not an active enrollment.
    const enrollment = app.svc().db.prepare('SELECT e.id FROM enrollments e JOIN families f ON f.id = e.family_id WHERE f.kk = ? AND e.program_id = ?').get(kkOf(3), programId('BLT-DD')) as { id: number };
    recordExits(app.svc(), [{ enrollmentId: enrollment.id, status: 'graduasi_sejahtera_mandiri', date: '2024-09-01', reason: 'Ekonomi membaik' }]);
    const after = match(list, 'SEMBAKO', null).warnings.filter((w) => w.row === 6 && w.code === 'IN_OTHER_PROGRAM');
    expect(after.map((w) => w.message)).toEqual(['Keluarga ini juga terdaftar aktif di program lain: PKH.']);
  });

  it('warns once per family, and a period list does not warn about continuing families', () => {
    const family = (n: number) => [row(n * 10 + 1, { kk: kkOf(n) }), row(n * 10 + 2, { kk: kkOf(n), member: { isPengurus: false } })];
    commit(parsedList([...family(1), ...family(2)]), 'PKH', '2024-Q2');
    const list = parsedList([...family(1), ...family(2)]);
    expect(match(list, 'PKH', null).warnings.map((w) => [w.row, w.code])).toEqual([
      [14, 'ALREADY_ENROLLED'],
      [24, 'ALREADY_ENROLLED'],
    ]);
    expect(match(list, 'PKH', '2024-Q3').warnings).toEqual([]);
  });

  it('compares the tahap amount with the program rule (PKH components, flat monthly amounts)', () => {
    const list = parsedList([
      row(1, { nominal: 975_000, components: { AUD: 1, SD: 1 } }),
      row(2, { nominal: 900_000, components: { AUD: 1, SD: 1 } }),
      // five components: more than PKH pays, so the rule cannot say which
      row(3, { nominal: 100_000, components: { SD: 5 } }),
      row(4, { nominal: null, components: { AUD: 1 } }),
    ]);
    const pkh = match(list, 'PKH', '2024-Q3').warnings;
    expect(pkh.map((w) => [w.row, w.column, w.code, w.message])).toEqual([
      [5, 'NOMINAL', 'NOMINAL_DIFFERS', 'Nominal Rp900.000 berbeda dengan ketentuan program PKH untuk tahap ini (Rp975.000).'],
    ]);
    const sembako = parsedList([row(1, { nominal: 600_000 }), row(2, { nominal: 450_000 })]);
    expect(match(sembako, 'SEMBAKO', '2024-Q3').warnings.map((w) => [w.row, w.code])).toEqual([[5, 'NOMINAL_DIFFERS']]);
    // 2019: Rp150,000 a month.
    expect(match(sembako, 'SEMBAKO', '2019-Q3').warnings.map((w) => [w.row, w.code])).toEqual([[4, 'NOMINAL_DIFFERS']]);
  });

  it('per-person programs: enrollment of the person, other programs of the person or the family', () => {
    commit(parsedList([row(1, { kk: kkOf(1) }), row(2, { kk: kkOf(1), member: { isPengurus: false } })]), 'PKH');
    commit(parsedList([row(2, { kk: kkOf(1), member: { isPengurus: false } })]), 'PBI-JK');
    const list = parsedList([row(1, { kk: kkOf(1) }), row(2, { kk: kkOf(1), member: { isPengurus: false } })]);
    const warnings = match(list, 'PBI-JK', null).warnings.map((w) => [w.row, w.column, w.code, w.message]);
    expect(warnings).toEqual([
      [4, 'NIK', 'IN_OTHER_PROGRAM', 'Orang ini atau keluarganya juga terdaftar aktif di program lain: PKH.'],
      [5, 'NIK', 'ALREADY_ENROLLED', 'Orang ini sudah terdaftar aktif di program PBI-JK.'],
      [5, 'NIK', 'IN_OTHER_PROGRAM', 'Orang ini atau keluarganya juga terdaftar aktif di program lain: PKH.'],
    ]);
  });
});

describe('period comparison and exits', () => {
  it('lists new, continuing and gone families against the previous tahap, and records exits with date, reason and actor', async () => {
    const db = app.svc().db;
    const q2 = [row(1), row(2, { family: { kecamatanCode: '35.15.18' } }), row(3), row(4)];
    commit(parsedList(q2), 'PKH', '2024-Q2');
    // Another program's list of the same tahap is not this program's previous list.
    commit(parsedList([row(7)]), 'SEMBAKO', '2024-Q2');
    const q3: ParsedRow[] = [row(3), row(4), row(5), row(6)];
    const comparison = comparePeriod(app.svc(), program('PKH'), '2024-Q3', familiesOf(q3));
    const kecamatan = (code: string) => (db.prepare('SELECT name FROM regions WHERE code = ?').get(code) as { name: string }).name;
    expect(comparison).not.toBeNull();
    expect(comparison!.previousPeriod).toBe('2024-Q2');
    expect(comparison!.newFamilies).toBe(2);
    expect(comparison!.continuing).toBe(2);
    expect(comparison!.gone.map((g) => [g.kk, g.name, g.kecamatan])).toEqual(
      [
        [kkOf(1), 'Siti Aminah 1', kecamatan('35.15.14')],
        [kkOf(2), 'Siti Aminah 2', kecamatan('35.15.18')],
      ].sort((a, b) => a[2]!.localeCompare(b[2]!, 'id')),
    );
    // No list before 2024-Q2: nothing to compare with.
    expect(comparePeriod(app.svc(), program('PKH'), '2024-Q2', familiesOf(q2))).toBeNull();

    commit(parsedList(q3), 'PKH', '2024-Q3');
    app.setNow(new Date('2024-10-02T09:00:00'));
    const exits = comparison!.gone.map((g, i) => ({
      enrollmentId: g.enrollmentId,
      status: i === 0 ? 'graduasi_sejahtera_mandiri' : 'pindah',
      date: '2024-09-30',
      reason: i === 0 ? 'Penghasilan di atas UMK' : 'Pindah ke Surabaya',
    }));
    expect(await call(app, 'imports.recordExits', { exits })).toEqual({ updated: 2 });
    const history = db
      .prepare(
        `SELECT h.enrollment_id AS enrollmentId, h.status, h.status_date AS date, h.reason, h.actor, h.at, h.batch_id
         FROM enrollment_status_history h WHERE h.reason <> 'Impor daftar fc-pkh.xlsx' ORDER BY h.id`,
      )
      .all();
    expect(history).toEqual(exits.map((e) => ({ ...e, actor: 'penguji', at: new Date('2024-10-02T09:00:00').toISOString(), batch_id: null })));
    const statuses = db.prepare('SELECT id, status, status_date FROM enrollments WHERE id IN (?, ?) ORDER BY id').all(exits[0]!.enrollmentId, exits[1]!.enrollmentId);
    expect(statuses).toHaveLength(2);
    const audit = db.prepare("SELECT entity_id, before_json, after_json FROM audit_log WHERE action = 'status' AND entity = 'enrollment' ORDER BY id").all() as { before_json: string; after_json: string }[];
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[0]!.before_json)).toEqual({ status: 'aktif', statusDate: '2024-04-01' });

    // Once they have an exit status they are no longer offered.
    expect(comparePeriod(app.svc(), program('PKH'), '2024-Q3', familiesOf(q3))!.gone).toEqual([]);
    // A later tahap skips an office's missing list and compares with the last one there is.
    expect(comparePeriod(app.svc(), program('PKH'), '2025-Q1', familiesOf([row(3)]))).toMatchObject({ previousPeriod: '2024-Q3', newFamilies: 0, continuing: 1 });
  });

  it('recordExits refuses an unknown status or enrollment and changes nothing', async () => {
    commit(parsedList([row(1)]), 'PKH', '2024-Q2');
    const id = (app.svc().db.prepare('SELECT id FROM enrollments').get() as { id: number }).id;
    const reply = await app.dispatch('imports.recordExits', { exits: [{ enrollmentId: id, status: 'pindah', date: '2024-09-30', reason: '' }, { enrollmentId: id, status: 'hilang', date: '2024-09-30', reason: '' }] }, { senderUrl: null });
    expect(reply).toMatchObject({ ok: false, code: 'STATUS_UNKNOWN' });
    const missing = await app.dispatch('imports.recordExits', { exits: [{ enrollmentId: 9999, status: 'pindah', date: '2024-09-30', reason: '' }] }, { senderUrl: null });
    expect(missing).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(app.svc().db.prepare('SELECT status FROM enrollments').get()).toEqual({ status: 'aktif' });
    expect(app.svc().db.prepare('SELECT count(*) AS n FROM enrollment_status_history').get()).toEqual({ n: 1 });
  });

  it('an exit recorded by hand blocks undoing the batch that enrolled the family', async () => {
    const first = commit(parsedList([row(1)]), 'PKH', '2024-Q2');
    const id = (app.svc().db.prepare('SELECT id FROM enrollments').get() as { id: number }).id;
    await call(app, 'imports.recordExits', { exits: [{ enrollmentId: id, status: 'meninggal', date: '2024-08-17', reason: 'Akta kematian' }] });
    const reply = await app.dispatch('imports.undo', { batchId: first.batchId }, { senderUrl: null });
    expect(reply).toMatchObject({ ok: false, code: 'BATCH_UNDO_BLOCKED' });
    expect(!reply.ok && reply.message).toContain('perubahan status di luar impor');
  });
});

describe('imports channels', () => {
  it('lists batches newest first and undoes through the dispatcher', async () => {
    const a = commit(parsedList(rows(2)), 'PKH', '2024-Q3');
    const b = commit(parsedList([row(9)]), 'SEMBAKO');
    const list = await call<{ id: number; programCode: string; period: string | null; undoneAt: string | null }[]>(app, 'imports.batches', { limit: 10 });
    expect(list.map((x) => [x.id, x.programCode, x.period, x.undoneAt])).toEqual([
      [b.batchId, 'SEMBAKO', null, null],
      [a.batchId, 'PKH', '2024-Q3', null],
    ]);
    const undone = await call<{ undoneAt: string | null }>(app, 'imports.undo', { batchId: b.batchId });
    expect(undone.undoneAt).toBe(new Date('2024-09-30T08:00:00').toISOString());
    const again = await app.dispatch('imports.undo', { batchId: b.batchId }, { senderUrl: null });
    expect(again).toMatchObject({ ok: false, code: 'BATCH_ALREADY_UNDONE', message: `Impor #${b.batchId} sudah dibatalkan sebelumnya.` });
  });
});

describe('query plans', () => {
  it('matching, comparison and the undo checks use indexes, not table scans', () => {
    const db = app.svc().db;
    commit(parsedList(rows(50, (n) => row(n, { nominal: 750_000, components: { AUD: 1 } }))), 'PKH', '2024-Q2');
    const first = commit(parsedList(rows(60)), 'PKH', '2024-Q3');
    const list = parsedList(rows(60, (n) => row(n + 10)));
    const recorded = recordStatements(db, () => {
      match(list, 'PKH', '2024-Q3');
      comparePeriod(app.svc(), program('PKH'), '2024-Q3', familiesOf(list.rows));
      findBlocker(app.svc(), first.batchId!);
    });
    const hot = recorded.filter((r) => /FROM (families|members|enrollments|enrollment_periods|import_changes|enrollment_status_history)\b/.test(r.sql));
    expect(hot.some((r) => r.sql.includes("LEFT JOIN regions"))).toBe(true);
    expect(hot.length).toBeGreaterThanOrEqual(11);
    for (const statement of hot) {
      const plan = queryPlan(db, statement);
      const scans = plan.filter((line) => /^SCAN (families|members|enrollments|enrollment_periods|import_changes|enrollment_status_history|e|f|m|ep|h|later|c)\b/.test(line));
      expect({ sql: statement.sql, scans }).toEqual({ sql: statement.sql, scans: [] });
    }
  });
});

it('refuses an unknown program with NOT_FOUND', () => {
  let code: string | null = null;
  try {
    importProgram(app.svc(), 9999);
  } catch (err) {
    code = isAppError(err) ? err.code : null;
  }
  expect(code).toBe('NOT_FOUND');
});
