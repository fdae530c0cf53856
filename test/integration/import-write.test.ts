import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitParsed, type ParsedList } from '../../electron/imports/write';
import { findBlocker, undoBatch, listBatches } from '../../electron/imports/batches';
import { matchRows } from '../../electron/imports/match';
import { importProgram } from '../../electron/imports/program';
import { completeSetup } from '../../electron/settings/service';
import { updateFamily } from '../../electron/beneficiaries/edit';
import { isAppError } from '../../shared/errors';
import type { ParsedRow } from '../../shared/domain/imports';
import { rowCount } from '../support/db-snapshot';
import { registerDump } from '../support/register-dump';
import { kkOf, nikOf, parsedList, row, rows } from '../support/parsed-rows';
import { SIDOARJO_PROFILE, tempApp, type TempApp } from '../support/temp-app';
import { thrownCode } from '../support/app-errors';

let app: TempApp;
beforeEach(() => {
  app = tempApp();
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
});
afterEach(() => app.dispose());

const programId = (code: string) => (app.svc().db.prepare('SELECT id FROM programs WHERE code = ?').get(code) as { id: number }).id;

function commit(list: ParsedList, code = 'PKH', period: string | null = null, options: Parameters<typeof commitParsed>[3] = { dryRun: false }) {
  return commitParsed(app.svc(), { programId: programId(code), period }, list, options);
}

/** The editable fields of a stored family, as the Penerima form sends them. */
function familyEditOf(familyId: number): Record<string, unknown> {
  const f = app.svc().db.prepare('SELECT * FROM families WHERE id = ?').get(familyId) as Record<string, unknown>;
  return { kk: f.kk, address: f.address, rt: f.rt, rw: f.rw, kecamatanCode: f.kecamatan_code, desaCode: f.desa_code, dtksId: f.dtks_id, desil: f.desil, desilAsOf: f.desil_as_of };
}

/** A family of three (pengurus, husband, child) per n, as SIKS lists have them: one row per member. */
function familyRows(n: number): ParsedRow[] {
  const kk = kkOf(n);
  return [
    row(n * 10 + 1, { kk }),
    row(n * 10 + 2, { kk, member: { name: `Moch. Sholeh ${n}`, sex: 'L', isPengurus: false, relationship: 'Kepala Keluarga' } }),
    row(n * 10 + 3, { kk, member: { name: `Anak ${n}`, isPengurus: false, relationship: 'Anak', birthDate: '2015-01-01' } }),
  ];
}

describe('import commit', () => {
  it('writes nothing on a dry run and predicts what the commit then does', () => {
    const db = app.svc().db;
    const before = registerDump(db);
    const list = parsedList(rows(20));
    const dry = commit(list, 'PKH', null, { dryRun: true });
    expect(dry).toMatchObject({ batchId: null, rows: 20, imported: 20, updated: 0, skipped: 0, rejected: 0 });
    expect(registerDump(db)).toEqual(before);
    expect(rowCount(db, 'import_batches')).toBe(0);

    const done = commit(list);
    expect(done).toMatchObject({ imported: 20, updated: 0, skipped: 0 });
    expect(typeof done.batchId).toBe('number');
    expect(rowCount(db, 'families')).toBe(20);
    expect(rowCount(db, 'members')).toBe(20);
    expect(rowCount(db, 'enrollments')).toBe(20);
  });

  it('writes one batch with its audit entry, history with reason and actor, and re-imports without duplicates', () => {
    const db = app.svc().db;
    const list = parsedList([...familyRows(1), ...familyRows(2), ...familyRows(3)], { rowsSeen: 10, rejected: [{}] });
    const first = commit(list);
    expect(first).toMatchObject({ rows: 10, imported: 9, updated: 0, skipped: 0, rejected: 1 });
    expect(rowCount(db, 'families')).toBe(3);
    expect(rowCount(db, 'members')).toBe(9);
    expect(db.prepare('SELECT count(*) AS n FROM enrollments WHERE member_key = 0').get()).toEqual({ n: 3 });

    const batches = listBatches(app.svc(), 10);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ id: first.batchId, kind: 'register', programCode: 'PKH', fileName: 'fc-pkh.xlsx', actor: 'penguji', imported: 9, rejected: 1 });
    const batchRow = db.prepare('SELECT sheet, header_row, mapping_json, rows_total FROM import_batches').get();
    expect(batchRow).toEqual({ sheet: 'Data', header_row: 3, mapping_json: JSON.stringify(list.mapping), rows_total: 10 });
    const audit = db.prepare("SELECT actor, after_json, batch_id FROM audit_log WHERE action = 'import' AND entity = 'batch'").all() as { after_json: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after_json)).toMatchObject({ program: 'PKH', imported: 9, updated: 0, skipped: 0, rejected: 1, rows: 10 });
    const history = db.prepare('SELECT DISTINCT status, status_date, reason, actor FROM enrollment_status_history').all();
    expect(history).toEqual([{ status: 'aktif', status_date: '2024-09-30', reason: 'Impor daftar fc-pkh.xlsx', actor: 'penguji' }]);

    const again = commit(list);
    expect(again).toMatchObject({ imported: 0, updated: 0, skipped: 9 });
    expect(rowCount(db, 'families')).toBe(3);
    expect(rowCount(db, 'members')).toBe(9);
    expect(rowCount(db, 'enrollments')).toBe(3);
    expect(rowCount(db, 'enrollment_status_history')).toBe(3);
    expect(listBatches(app.svc(), 10)).toHaveLength(2);

    // One family moved house, one member's name corrected: those rows are updates, the rest skipped.
    const changed = parsedList([
      ...familyRows(1).map((r) => ({ ...r, family: { ...r.family, address: 'Dusun Baru' } })),
      ...familyRows(2).map((r, i) => (i === 2 ? { ...r, member: { ...r.member, name: 'Anak Kedua' } } : r)),
      ...familyRows(3),
    ]);
    const prediction = commit(changed, 'PKH', null, { dryRun: true });
    const third = commit(changed);
    // The family's first row carries the address change; its other rows find it already done.
    expect(third).toMatchObject({ imported: 0, updated: 2, skipped: 7 });
    expect(prediction).toMatchObject({ imported: third.imported, updated: third.updated, skipped: third.skipped });
    expect(db.prepare('SELECT address FROM families WHERE kk = ?').get(kkOf(1))).toEqual({ address: 'Dusun Baru' });
  });

  it('predicts the writer exactly: pengurus changes, moves between families, statuses, tahap amounts', () => {
    const db = app.svc().db;
    const base = [...familyRows(1), ...familyRows(2), ...rows(5, (n) => row(100 + n))].map((r) => ({ ...r, nominal: 750_000, components: { AUD: 1 } }));
    commit(parsedList(base), 'PKH', '2024-Q2');
    const variants: ParsedRow[][] = [
      // the husband becomes pengurus (the wife is demoted), listed after her
      base.map((r) => (r.member.nik === nikOf(12) ? { ...r, member: { ...r.member, isPengurus: true } } : r)),
      // the same, listed before her: he demotes her, then her row (still marked) takes it back
      [base[1]!, base[0]!, ...base.slice(2)].map((r) => (r.member.nik === nikOf(12) ? { ...r, member: { ...r.member, isPengurus: true } } : r)),
      // the husband becomes pengurus listed before her, and her row, no longer marked, renames her:
      // the row the commit read of her in bulk is stale once he has demoted her
      [base[1]!, base[0]!, ...base.slice(2)].map((r) =>
        r.member.nik === nikOf(12)
          ? { ...r, member: { ...r.member, isPengurus: true } }
          : r.member.nik === nikOf(11)
            ? { ...r, member: { ...r.member, isPengurus: false, name: 'Siti Aminah Binti Sholeh' } }
            : r,
      ),
      // the two families' rows interleaved, the first family's RT changed on each of its rows: its
      // later rows find the family as its first row left it
      [base[0]!, base[3]!, base[1]!, base[4]!, base[2]!, base[5]!, ...base.slice(6)].map((r) =>
        r.family.kk === kkOf(1) ? { ...r, family: { ...r.family, rt: '009' } } : r,
      ),
      // a child moves to a new KK, a status from the list, a new amount
      base.map((r) =>
        r.member.nik === nikOf(13)
          ? { ...r, family: { ...r.family, kk: kkOf(9999) } }
          : r.member.nik === nikOf(101)
            ? { ...r, status: 'ditangguhkan' }
            : r.member.nik === nikOf(102)
              ? { ...r, nominal: 1_500_000, components: { AUD: 2 } }
              : r,
      ),
      // a list that lacks optional columns keeps what the register knows
      base.map((r) => ({ ...r, family: { ...r.family, rt: null, desil: null }, member: { ...r.member, birthPlace: null } })),
    ];
    for (const variant of variants) {
      for (const period of ['2024-Q2', '2024-Q3', null]) {
        const list = parsedList(variant);
        const program = importProgram(app.svc(), programId('PKH'));
        const match = matchRows(app.svc(), program, list.rows, { period, locale: 'id', headers: list.headers, mapping: list.mapping });
        const dump = registerDump(db);
        const dry = commit(list, 'PKH', period, { dryRun: true });
        expect(registerDump(db)).toEqual(dump);
        const done = commit(list, 'PKH', period);
        expect({ new: done.imported, updated: done.updated, unchanged: done.skipped }).toEqual(match.counts);
        expect(dry).toMatchObject({ imported: done.imported, updated: done.updated, skipped: done.skipped });
        // Undo it again so each variant starts from the same register.
        undoBatch(app.svc(), done.batchId!);
        expect(registerDump(db)).toEqual(dump);
      }
    }
  });

  it('undo restores the register exactly, keeps the audit entries, and refuses a second undo', () => {
    const db = app.svc().db;
    commit(parsedList([...familyRows(1), ...familyRows(2)]), 'PKH', '2024-Q2');
    const before = registerDump(db);
    const auditBefore = rowCount(db, 'audit_log');

    const list = parsedList([
      ...familyRows(1).map((r) => ({ ...r, family: { ...r.family, desil: 5 }, nominal: 600_000 })),
      ...familyRows(3),
      row(500, { status: 'graduasi_alamiah' }),
    ]);
    const done = commit(list, 'PKH', '2024-Q3');
    expect(done.imported).toBeGreaterThan(0);
    expect(registerDump(db)).not.toEqual(before);

    const undone = undoBatch(app.svc(), done.batchId!);
    expect(undone).toMatchObject({ id: done.batchId, undoneBy: 'penguji' });
    expect(undone.undoneAt).not.toBeNull();
    expect(registerDump(db)).toEqual(before);
    db.prepare("INSERT INTO members_fts (members_fts) VALUES ('integrity-check')").run();
    const search = db.prepare("SELECT count(*) AS n FROM members_fts WHERE members_fts MATCH 'ANAK'").get();
    expect(search).toEqual({ n: 2 });
    // The import's audit entry stays, and the undo adds its own.
    expect(rowCount(db, 'audit_log')).toBe(auditBefore + 2);
    expect(db.prepare("SELECT entity_id FROM audit_log WHERE action = 'undo'").all()).toEqual([{ entity_id: String(done.batchId) }]);

    expect(thrownCode(() => undoBatch(app.svc(), done.batchId!))).toBe('BATCH_ALREADY_UNDONE');
    expect(thrownCode(() => undoBatch(app.svc(), 999))).toBe('NOT_FOUND');
  });

  it('refuses to undo a batch a later batch built on, until that one is undone', () => {
    const db = app.svc().db;
    const empty = registerDump(db);
    const first = commit(parsedList(familyRows(1)));
    const afterFirst = registerDump(db);
    // The later list corrects a name the first one wrote.
    const second = commit(parsedList(familyRows(1).map((r, i) => (i === 0 ? { ...r, member: { ...r.member, name: 'Siti Aminah Rev' } } : r))));
    expect(second.updated).toBe(1);
    expect(thrownCode(() => undoBatch(app.svc(), first.batchId!))).toBe('BATCH_UNDO_BLOCKED');
    try {
      undoBatch(app.svc(), first.batchId!);
    } catch (err) {
      expect(isAppError(err) && err.params).toEqual({ batch: first.batchId, by: `impor #${second.batchId}` });
    }
    undoBatch(app.svc(), second.batchId!);
    expect(registerDump(db)).toEqual(afterFirst);
    undoBatch(app.svc(), first.batchId!);
    expect(registerDump(db)).toEqual(empty);
  });

  it('refuses to undo a batch whose family or member was corrected by hand afterwards', () => {
    const first = commit(parsedList(familyRows(1)));
    const familyId = (app.svc().db.prepare('SELECT id FROM families WHERE kk = ?').get(kkOf(1)) as { id: number }).id;
    expect(findBlocker(app.svc(), first.batchId!)).toBeUndefined();
    updateFamily(app.svc(), familyId, { ...familyEditOf(familyId), address: 'Jl. Mawar 3 (dikoreksi petugas)' });
    expect(findBlocker(app.svc(), first.batchId!)).toBeNull();
    expect(thrownCode(() => undoBatch(app.svc(), first.batchId!))).toBe('BATCH_UNDO_BLOCKED');
    expect((app.svc().db.prepare('SELECT address FROM families WHERE id = ?').get(familyId) as { address: string }).address).toBe(
      'Jl. Mawar 3 (dikoreksi petugas)',
    );
  });

  it('refuses to undo a batch whose family later got a member or enrollment from another batch', () => {
    const first = commit(parsedList(familyRows(1).slice(0, 1)));
    const second = commit(parsedList(familyRows(1).slice(1)));
    expect(second.imported).toBe(2);
    expect(thrownCode(() => undoBatch(app.svc(), first.batchId!))).toBe('BATCH_UNDO_BLOCKED');
    undoBatch(app.svc(), second.batchId!);

    const sembako = commit(parsedList(familyRows(1).slice(0, 1)), 'SEMBAKO');
    expect(sembako).toMatchObject({ imported: 0, updated: 1 });
    expect(thrownCode(() => undoBatch(app.svc(), first.batchId!))).toBe('BATCH_UNDO_BLOCKED');
    undoBatch(app.svc(), sembako.batchId!);

    // The same list again, now as a tahap's list: only a period row is new, on the first batch's enrollment.
    const tahap = commit(parsedList(familyRows(1).slice(0, 1)), 'PKH', '2024-Q3');
    expect(tahap).toMatchObject({ imported: 0, updated: 1 });
    expect(findBlocker(app.svc(), first.batchId!)).toBe(tahap.batchId);
    undoBatch(app.svc(), tahap.batchId!);
    expect(findBlocker(app.svc(), first.batchId!)).toBeUndefined();
    expect(undoBatch(app.svc(), first.batchId!).undoneAt).not.toBeNull();
  });

  it('a cancel mid-way leaves nothing behind', () => {
    const db = app.svc().db;
    commit(parsedList(rows(5)));
    const before = registerDump(db);
    const batchesBefore = rowCount(db, 'import_batches');
    const controller = new AbortController();
    const seen: number[] = [];
    const code = thrownCode(() =>
      commit(parsedList(rows(400)), 'PKH', '2024-Q3', {
        dryRun: false,
        signal: controller.signal,
        onProgress: (p) => {
          seen.push(p.done);
          if (p.total > 0 && p.done >= p.total / 2) controller.abort();
        },
      }),
    );
    expect(code).toBe('IMPORT_CANCELLED');
    expect(Math.max(...seen)).toBeGreaterThanOrEqual(200);
    expect(Math.max(...seen)).toBeLessThan(400);
    expect(registerDump(db)).toEqual(before);
    expect(rowCount(db, 'import_batches')).toBe(batchesBefore);
  });

  it('reports progress about every 1 %', () => {
    const reports: number[] = [];
    commit(parsedList(rows(1000)), 'PKH', null, { dryRun: false, onProgress: (p) => p.label.startsWith('Menyimpan') && reports.push(p.done) });
    expect(reports[0]).toBe(0);
    expect(reports.at(-1)).toBe(1000);
    expect(reports.length).toBe(101);
  });

  it('enrolls members, not families, in a per-person program', () => {
    const db = app.svc().db;
    const done = commit(parsedList([...familyRows(1), ...familyRows(2)]), 'PBI-JK', '2024-Q3');
    expect(done.imported).toBe(6);
    const enrolled = db
      .prepare(
        `SELECT count(*) AS n, count(DISTINCT e.member_key) AS members, sum(m.family_id = e.family_id) AS same_family
         FROM enrollments e JOIN members m ON m.id = e.member_key WHERE e.program_id = ?`,
      )
      .get(programId('PBI-JK'));
    expect(enrolled).toEqual({ n: 6, members: 6, same_family: 6 });
    expect(rowCount(db, 'enrollment_periods')).toBe(6);
    expect(commit(parsedList([...familyRows(1), ...familyRows(2)]), 'PBI-JK', '2024-Q3')).toMatchObject({ imported: 0, updated: 0, skipped: 6 });
  });

  it('keeps the tahap amount and component counts with the enrollment for the period', () => {
    const db = app.svc().db;
    commit(parsedList([row(1, { nominal: 1_500_000, components: { AUD: 1, SD: 3 } })]), 'PKH', '2024-Q3');
    expect(db.prepare('SELECT period, nominal, components_json FROM enrollment_periods').get()).toEqual({
      period: '2024-Q3',
      nominal: 1_500_000,
      components_json: JSON.stringify({ AUD: 1, SD: 3 }),
    });
    expect(db.prepare('SELECT enrolled_on, status_date FROM enrollments').get()).toEqual({ enrolled_on: '2024-07-01', status_date: '2024-07-01' });
  });

  it('refuses a status the lookup table does not know, writing nothing', () => {
    const before = registerDump(app.svc().db);
    expect(thrownCode(() => commit(parsedList([row(1, { status: 'hilang' })])))).toBe('STATUS_UNKNOWN');
    expect(registerDump(app.svc().db)).toEqual(before);
  });
});
