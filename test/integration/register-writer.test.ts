import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RegisterWriter } from '../../electron/beneficiaries/writer';
import { revertBatchChanges } from '../../electron/beneficiaries/undo';
import { completeSetup } from '../../electron/settings/service';
import type { FamilyRecord, MemberRecord } from '../../shared/domain/register';
import { tableRows } from '../support/db-snapshot';
import { SIDOARJO_PROFILE, tempApp, type TempApp } from '../support/temp-app';

let app: TempApp;
beforeEach(() => {
  app = tempApp();
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
});
afterEach(() => app.dispose());

const family = (kk: string, over: Partial<FamilyRecord> = {}): FamilyRecord => ({
  kk, address: 'Dusun Krajan', rt: '005', rw: '002', kecamatanCode: '35.15.14', desaCode: null, dtksId: null, desil: 2, desilAsOf: '2024-06-30', ...over,
});
const member = (nik: string, name: string, over: Partial<MemberRecord> = {}): MemberRecord => ({
  nik, name, sex: 'P', birthPlace: null, birthDate: null, relationship: null, motherName: null, disability: null, schoolLevel: null, isPengurus: false, ...over,
});

function newBatch(): number {
  return Number(
    app.svc().db.prepare(`INSERT INTO import_batches (kind, file_name, actor, at) VALUES ('register', 'x.xlsx', 'penguji', '2024-09-30')`).run().lastInsertRowid,
  );
}

const REGISTER_TABLES = ['families', 'members', 'enrollments', 'enrollment_status_history', 'enrollment_periods'];

function snapshotTables(db: TempApp['ctx']['database']['db'], tables: string[]) {
  return Object.fromEntries(tables.map((t) => [t, tableRows(db, t)]));
}

describe('register writer', () => {
  it('inserts, updates only what changed, keeps known values a list lacks, and undoes a batch exactly', () => {
    const ctx = app.svc();
    const pkh = (ctx.db.prepare("SELECT id FROM programs WHERE code = 'PKH'").get() as { id: number }).id;
    ctx.db.transaction(() => {
      const w = new RegisterWriter(ctx, newBatch());
      const f = w.upsertFamily(family('3515140101100001'));
      w.upsertMember(f.id, member('3515144508680002', 'Siti Aminah', { isPengurus: true, birthDate: '1968-08-05' }));
      const e = w.enroll({ programId: pkh, familyId: f.id, status: 'aktif', date: '2024-07-01', reason: 'FC tahap II' });
      w.setPeriod(e.id, '2024-Q2', 750_000, { AUD: 1 });
    })();
    const before = snapshotTables(ctx.db, REGISTER_TABLES);

    const batch = newBatch();
    ctx.db.transaction(() => {
      const w = new RegisterWriter(ctx, batch);
      const f = w.upsertFamily(family('3515140101100001', { desil: 3, rt: null }));
      expect(f.op).toBe('update');
      expect(w.upsertFamily(family('3515140101100001', { desil: 3 })).op).toBe('unchanged');
      // A new pengurus takes over; the old one is demoted in the same batch.
      expect(w.upsertMember(f.id, member('3515140303900001', 'Moch. Sholeh', { sex: 'L', isPengurus: true })).op).toBe('insert');
      expect(w.upsertMember(f.id, member('3515144508680002', 'Siti Aminah')).op).toBe('unchanged');
      const e = w.enroll({ programId: pkh, familyId: f.id, status: 'graduasi_sejahtera_mandiri', date: '2024-09-30', reason: 'Ekonomi membaik' });
      expect(e.op).toBe('update');
      expect(w.setPeriod(e.id, '2024-Q3', 600_000, null)).toBe('insert');
    })();

    const fam = ctx.db.prepare("SELECT desil, rt FROM families WHERE kk = '3515140101100001'").get();
    expect(fam).toEqual({ desil: 3, rt: '005' });
    const pengurus = ctx.db.prepare('SELECT nik FROM members WHERE is_pengurus = 1').all();
    expect(pengurus).toEqual([{ nik: '3515140303900001' }]);
    const found = ctx.db.prepare("SELECT m.name FROM members_fts JOIN members m ON m.id = members_fts.rowid WHERE members_fts MATCH 'MUHAMAD'").all();
    expect(found).toEqual([{ name: 'Moch. Sholeh' }]);
    const history = ctx.db.prepare('SELECT status FROM enrollment_status_history ORDER BY id').all();
    expect(history).toEqual([{ status: 'aktif' }, { status: 'graduasi_sejahtera_mandiri' }]);

    ctx.db.transaction(() => revertBatchChanges(ctx, batch))();
    expect(snapshotTables(ctx.db, REGISTER_TABLES)).toEqual(before);
    const ftsAfterUndo = ctx.db.prepare("SELECT count(*) AS n FROM members_fts WHERE members_fts MATCH 'MUHAMAD'").get();
    expect(ftsAfterUndo).toEqual({ n: 0 });
  });

  it('moves a pengurus to a family that has one without breaking the one-pengurus rule, and keeps a known address', () => {
    const ctx = app.svc();
    ctx.db.transaction(() => {
      const w = new RegisterWriter(ctx, null);
      const a = w.upsertFamily(family('3515140101100001', { address: 'Jl. Mawar 3' }));
      const b = w.upsertFamily(family('3515140202110002'));
      w.upsertMember(a.id, member('3515144508680002', 'Siti Aminah', { isPengurus: true }));
      w.upsertMember(b.id, member('3515145203750001', 'Sumiati', { isPengurus: true }));
      // A later list puts Siti in family B without marking her pengurus, and carries no address.
      expect(w.upsertMember(b.id, member('3515144508680002', 'Siti Aminah')).op).toBe('update');
      expect(w.upsertFamily(family('3515140101100001', { address: '' })).op).toBe('unchanged');
    })();
    const rows = ctx.db.prepare('SELECT m.nik, m.is_pengurus, f.kk FROM members m JOIN families f ON f.id = m.family_id ORDER BY m.nik').all();
    expect(rows).toEqual([
      { nik: '3515144508680002', is_pengurus: 0, kk: '3515140202110002' },
      { nik: '3515145203750001', is_pengurus: 1, kk: '3515140202110002' },
    ]);
    expect(ctx.db.prepare("SELECT address FROM families WHERE kk = '3515140101100001'").get()).toEqual({ address: 'Jl. Mawar 3' });
  });
});
