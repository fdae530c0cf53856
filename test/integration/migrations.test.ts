import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '../../electron/db/app-database';
import { migrate, needsMigration } from '../../electron/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../electron/db/migrations';
import { openDatabase, schemaVersion, type Db } from '../../electron/db/open';
import { listAudit } from '../../electron/audit/service';
import { createProgram, getProgram, listPrograms } from '../../electron/programs/service';
import { seedCatalogue } from '../../electron/programs/seed';
import { listKecamatan } from '../../electron/regions/service';
import { completeSetup, readOfficeSettings } from '../../electron/settings/service';
import { AppError } from '../../shared/errors';
import { columnNames, tableNames, tableRows } from '../support/db-snapshot';
import { findStatement, queryPlan, recordStatements } from '../support/query-plans';
import { SIDOARJO_PROFILE, tempApp } from '../support/temp-app';

let dir: string;
let db: Db | null;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sidampak-migrations-'));
  db = null;
});
afterEach(() => {
  if (db?.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

function freshDb(name = 'sidampak.db'): Db {
  db = openDatabase(join(dir, name));
  return db;
}

const T0 = '2024-09-30T08:00:00.000Z';

/**
 * Representative rows for the tables each migration creates, written in that version's own
 * schema. A new migration must add its entry here: the test below refuses a version without one.
 */
const ROWS_BY_VERSION: Record<number, (db: Db) => void> = {
  1: (db) => {
    const setting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    setting.run('regency', JSON.stringify({ code: '35.15', name: 'Kabupaten Sidoarjo', provinceName: 'Jawa Timur' }));
    setting.run('office_profile', JSON.stringify({ ...SIDOARJO_PROFILE, headNip: '196804111993031009' }));
    setting.run('locale', JSON.stringify('id'));
    db.prepare(
      `INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json, batch_id)
       VALUES (?, 'penguji', 'update', 'setting', 'locale', '"en"', '"id"', NULL)`,
    ).run(T0);
    const region = db.prepare('INSERT INTO regions (code, parent_code, level, name) VALUES (?, ?, ?, ?)');
    region.run('35.15.08', '35.15', 'kecamatan', 'Sidoarjo');
    region.run('35.15.08.2001', '35.15.08', 'desa', 'Lebo');
    region.run('35.15.08.2002', '35.15.08', 'desa', 'Suko');
  },
  2: (db) => {
    const program = db.prepare(
      `INSERT INTO programs (id, code, name, description, level, funding_source, parent_id, benefit_kind, flat_unit,
         per_person, max_components, in_kind_note, frequency, active_from, active_to, desil_min, desil_max,
         uncertain_note, is_active, created_at, updated_at)
       VALUES (:id, :code, :name, '', :level, :funding, :parent, :kind, :unit, 0, :max, '', :frequency,
         '2019-01-01', NULL, :dmin, :dmax, '', :active, :t, :t)`,
    );
    program.run({ id: 1, code: 'PKH', name: 'Program Keluarga Harapan', level: 'pusat', funding: 'APBN', parent: null, kind: 'components', unit: null, max: 4, frequency: 'tahap', dmin: 1, dmax: 4, active: 1, t: T0 });
    program.run({ id: 2, code: 'PKH-SDA', name: 'PKH Daerah Sidoarjo', level: 'kabkota', funding: 'APBD_KABKOTA', parent: 1, kind: 'components', unit: null, max: 4, frequency: 'tahap', dmin: 1, dmax: 3, active: 0, t: T0 });
    program.run({ id: 3, code: 'SEMBAKO', name: 'Program Sembako', level: 'pusat', funding: 'APBN', parent: null, kind: 'flat', unit: 'month', max: null, frequency: 'monthly', dmin: 1, dmax: 5, active: 1, t: T0 });
    const component = db.prepare('INSERT INTO program_components (program_id, code, name, sort) VALUES (?, ?, ?, ?)');
    component.run(1, 'AUD', 'Anak usia dini', 0);
    component.run(1, 'SD', 'Anak SD', 1);
    component.run(2, 'AUD', 'Anak usia dini', 0);
    const amount = db.prepare('INSERT INTO program_amounts (program_id, component_code, valid_from, amount) VALUES (?, ?, ?, ?)');
    amount.run(1, 'AUD', '2019-01-01', 2_400_000);
    amount.run(1, 'AUD', '2020-04-01', 3_000_000);
    amount.run(1, 'SD', '2019-01-01', 900_000);
    amount.run(2, 'AUD', '2024-01-01', 3_200_000);
    amount.run(3, '', '2019-01-01', 150_000);
    amount.run(3, '', '2020-04-01', 200_000);
    db.prepare('INSERT INTO program_quotas (program_id, kecamatan_code, quota) VALUES (?, ?, ?)').run(2, '35.15.08', 120);
  },
  3: (db) => {
    db.prepare(
      `INSERT INTO import_batches (id, kind, program_id, period, file_name, sheet, header_row, mapping_json, rows_total,
         imported, updated, skipped, rejected, actor, at)
       VALUES (1, 'register', 1, '2024-Q3', 'fc-pkh-tahap3.xlsx', 'Data', 4, '{"NIK":"nik"}', 2, 1, 0, 0, 1, 'penguji', ?)`,
    ).run(T0);
    db.prepare(
      `INSERT INTO families (id, kk, address, rt, rw, kecamatan_code, desa_code, dtks_id, desil, desil_as_of, created_at, updated_at)
       VALUES (1, '3515081234560001', 'Dusun Krajan', '005', '002', '35.15.08', '35.15.08.2001', 'DTKS-1', 2, '2024-06-30', ?, ?)`,
    ).run(T0, T0);
    db.prepare(
      `INSERT INTO members (id, family_id, nik, name, name_key, sex, birth_date, relationship, is_pengurus, created_at, updated_at)
       VALUES (1, 1, '3515144508680002', 'Siti Aminah', 'SITI AMINAH', 'P', '1968-08-05', 'Istri', 1, ?, ?)`,
    ).run(T0, T0);
    db.prepare(
      `INSERT INTO enrollments (id, program_id, family_id, member_key, status, status_date, enrolled_on, batch_id, created_at, updated_at)
       VALUES (1, 1, 1, 0, 'aktif', '2024-07-01', '2024-07-01', 1, ?, ?)`,
    ).run(T0, T0);
    db.prepare(
      `INSERT INTO enrollment_status_history (enrollment_id, status, status_date, reason, actor, at, batch_id)
       VALUES (1, 'aktif', '2024-07-01', 'Impor FC tahap III', 'penguji', ?, 1)`,
    ).run(T0);
    db.prepare(
      `INSERT INTO enrollment_periods (enrollment_id, period, nominal, components_json, batch_id)
       VALUES (1, '2024-Q3', 750000, '{"AUD":1}', 1)`,
    ).run();
    db.prepare(`INSERT INTO import_changes (batch_id, seq, table_name, row_key, op, before_json) VALUES (1, 1, 'families', '{"id":1}', 'insert', NULL)`).run();
    db.prepare(
      `INSERT INTO mapping_profiles (name, kind, signature, mapping_json, created_at, updated_at)
       VALUES ('FC PKH SIKS-NG', 'register', 'NO|NIK|NAMA', '{"NIK":"nik"}', ?, ?)`,
    ).run(T0, T0);
  },
  4: (db) => {
    db.prepare(
      `INSERT INTO import_batches (id, kind, program_id, period, file_name, rows_total, imported, actor, at)
       VALUES (2, 'disbursement', 1, '2024-Q3', 'salur-pkh-tahap3.xlsx', 1, 1, 'penguji', ?)`,
    ).run(T0);
    db.prepare(
      `INSERT INTO disbursements (batch_id, program_id, period, enrollment_id, kk, nik, name, kecamatan_code, status, amount, paid_on, reason, sheet_row)
       VALUES (2, 1, '2024-Q3', 1, '3515081234560001', '3515144508680002', 'Siti Aminah', '35.15.08', 'tersalur', 750000, '2024-08-20', '', 5)`,
    ).run();
    db.prepare(
      `INSERT INTO disbursement_totals (program_id, period, kecamatan_code, kpm_paid, amount_paid, kpm_failed, amount_failed, note, actor, at)
       VALUES (3, '2024-Q3', '35.15.08', 120, 72000000, 2, 1200000, 'Rekap PT Pos', 'penguji', ?)`,
    ).run(T0);
    db.prepare(
      `INSERT INTO period_closures (period, closed_at, closed_by, snapshot_json) VALUES ('2024-Q3', ?, 'penguji', '{"period":"2024-Q3"}')`,
    ).run(T0);
    db.prepare(`INSERT INTO report_notes (period, text, updated_at, updated_by) VALUES ('2024-Q3', 'Dua KPM retur.', ?, 'penguji')`).run(T0);
  },
  5: (db) => {
    db.prepare(
      `INSERT INTO import_batches (id, kind, program_id, period, file_name, rows_total, imported, actor, at)
       VALUES (3, 'statistics', NULL, NULL, 'kemiskinan-kecamatan.xlsx', 1, 1, 'penguji', ?)`,
    ).run(T0);
    db.prepare(
      `INSERT INTO poverty_stats (area_code, area_level, area_name, period, p0, poor, poverty_line, p1, p2, source, batch_id)
       VALUES ('35.15.08', 'kecamatan', 'Sidoarjo', '2024-03', 3.1, 6500, 612000, 0.41, 0.08, 'import', 3)`,
    ).run();
  },
  6: (db) => {
    db.prepare(
      `INSERT INTO indicators (code, name, unit, better, level, created_at) VALUES ('KUNJUNGAN_POSYANDU', 'Kunjungan posyandu', 'kali', 'up', 'member', ?)`,
    ).run(T0);
    db.prepare(
      `INSERT INTO survey_waves (id, code, name, kind, held_on, created_at, created_by) VALUES (1, 'BASELINE-2023', 'Survei awal 2023', 'baseline', '2023-07-01', ?, 'penguji')`,
    ).run(T0);
    db.prepare(`INSERT INTO survey_values (wave_id, indicator_code, family_id, member_key, value, observed_on) VALUES (1, 'KONSUMSI_KAPITA', 1, 0, 512000, '2023-07-12')`).run();
  },
};

/** Tables that hold rows only inside a transaction (an import's deferred FTS marker). */
const EMPTY_AT_REST = new Set(['members_fts_deferred']);

describe('schema migrations', () => {
  it('migrates an empty database to the latest version, once', () => {
    const d = freshDb();
    expect(schemaVersion(d)).toBe(0);
    expect(migrate(d)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(schemaVersion(d)).toBe(LATEST_SCHEMA_VERSION);
    expect(needsMigration(d)).toBe(false);
    expect(tableNames(d)).toEqual(
      expect.arrayContaining(['settings', 'audit_log', 'regions', 'programs', 'program_components', 'program_amounts', 'program_quotas']),
    );
    expect(migrate(d)).toEqual([]);
    expect(d.pragma('foreign_key_check')).toEqual([]);
  });

  it('has representative rows for every migration', () => {
    expect(Object.keys(ROWS_BY_VERSION).map(Number)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  for (let from = 0; from < LATEST_SCHEMA_VERSION; from++) {
    it(`keeps the data of a version ${from} database when migrating to ${LATEST_SCHEMA_VERSION}`, () => {
      const d = freshDb();
      expect(migrate(d, from)).toEqual(MIGRATIONS.filter((m) => m.version <= from).map((m) => m.version));
      expect(schemaVersion(d)).toBe(from);
      for (let v = 1; v <= from; v++) ROWS_BY_VERSION[v]!(d);

      const tables = tableNames(d);
      const before = Object.fromEntries(tables.map((t) => [t, { columns: columnNames(d, t), rows: tableRows(d, t) }]));
      for (const t of tables) {
        if (!EMPTY_AT_REST.has(t)) expect(before[t]!.rows.length, `fixture rows for ${t}`).toBeGreaterThan(0);
      }

      expect(migrate(d)).toEqual(MIGRATIONS.filter((m) => m.version > from).map((m) => m.version));
      expect(schemaVersion(d)).toBe(LATEST_SCHEMA_VERSION);
      for (const t of tables) {
        // Columns a later migration adds are not compared; every old column must keep its values.
        expect(tableRows(d, t, before[t]!.columns), `rows of ${t}`).toEqual(before[t]!.rows);
      }
      expect(d.pragma('foreign_key_check')).toEqual([]);
      expect(d.pragma('integrity_check', { simple: true })).toBe('ok');

      // The services of the latest version read what the old version stored.
      for (let v = from + 1; v <= LATEST_SCHEMA_VERSION; v++) ROWS_BY_VERSION[v]!(d);
      const ctx = { db: d, actor: 'penguji', now: () => new Date(T0) };
      expect(readOfficeSettings(ctx).regencyName).toBe('Kabupaten Sidoarjo');
      expect(listKecamatan(ctx)).toEqual([{ code: '35.15.08', name: 'Sidoarjo', villageCount: 2 }]);
      expect(listAudit(ctx, { entity: 'setting', limit: 5 }).map((a) => a.after)).toEqual(['id']);
      const variant = getProgram(ctx, 2);
      expect(variant.parentCode).toBe('PKH');
      expect(variant.quotas).toEqual([{ kecamatanCode: '35.15.08', quota: 120 }]);
      const sembako = getProgram(ctx, 3).benefit;
      expect(sembako).toEqual({
        kind: 'flat',
        unit: 'month',
        perPerson: false,
        amounts: [
          { validFrom: '2019-01-01', amount: 150_000 },
          { validFrom: '2020-04-01', amount: 200_000 },
        ],
      });
    });
  }

  it('rolls a failing migration back and stays at the last good version', () => {
    const d = freshDb();
    migrate(d, 1);
    ROWS_BY_VERSION[1]!(d);
    const broken: Migration = {
      version: 2,
      name: 'broken',
      sql: `
        CREATE TABLE half_done (x INTEGER);
        INSERT INTO settings (key, value) VALUES ('half', '"done"');
        INSERT INTO no_such_table VALUES (1);
      `,
    };
    expect(() => migrate(d, LATEST_SCHEMA_VERSION, [MIGRATIONS[0]!, broken])).toThrow(/no such table/);
    expect(schemaVersion(d)).toBe(1);
    expect(tableNames(d)).not.toContain('half_done');
    expect(d.prepare("SELECT 1 FROM settings WHERE key = 'half'").get()).toBeUndefined();
    expect(tableRows(d, 'regions').length).toBe(3);

    // A later successful run picks up where the failure left off.
    expect(migrate(d)).toEqual(MIGRATIONS.filter((m) => m.version > 1).map((m) => m.version));
    expect(schemaVersion(d)).toBe(LATEST_SCHEMA_VERSION);
  });

  it('stops at the version before a failure in the middle of several migrations', () => {
    const d = freshDb();
    const broken: Migration = { version: LATEST_SCHEMA_VERSION + 1, name: 'broken', sql: 'CREATE TABLE later (x); SELECT nonsense FROM nowhere;' };
    expect(() => migrate(d, LATEST_SCHEMA_VERSION + 1, [...MIGRATIONS, broken])).toThrow();
    expect(schemaVersion(d)).toBe(LATEST_SCHEMA_VERSION);
    expect(tableNames(d)).not.toContain('later');
  });

  it('refuses a database from a newer Sidampak with DATABASE_NEWER and leaves it untouched', () => {
    const file = join(dir, 'newer.db');
    const d = openDatabase(file);
    migrate(d);
    d.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    d.exec("INSERT INTO settings (key, value) VALUES ('future', '1')");
    d.close();

    let err: unknown;
    try {
      AppDatabase.open({ file, backupDir: join(dir, 'backups') });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('DATABASE_NEWER');
    expect((err as AppError).params).toEqual({ found: LATEST_SCHEMA_VERSION + 1, supported: LATEST_SCHEMA_VERSION });

    const check = openDatabase(file, { readonly: true });
    expect(schemaVersion(check)).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(check.prepare("SELECT value FROM settings WHERE key = 'future'").get()).toEqual({ value: '1' });
    check.close();
    expect(existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')) : []).toEqual([]);

    const direct = openDatabase(file);
    db = direct;
    expect(() => migrate(direct)).toThrowError(/DATABASE_NEWER/);
  });
});

describe('query plans of the hot queries', () => {
  function searchesOnly(plan: string[], index: string, allowedScans: string[] = []): void {
    expect(plan.some((line) => line.includes(`USING INDEX ${index}`) || line.includes(`USING COVERING INDEX ${index}`)), plan.join('\n')).toBe(true);
    expect(plan.filter((line) => /^SCAN /.test(line) && !allowedScans.includes(line)), plan.join('\n')).toEqual([]);
  }

  it('looks a program up by code through the unique index', () => {
    const app = tempApp();
    try {
      completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
      const recorded = recordStatements(app.ctx.database.db, () => {
        createProgram(app.svc(), { ...seedCatalogue().find((p) => p.code === 'PKH')!, code: 'PKH-SDA' });
      });
      const byCode = findStatement(recorded, /FROM programs WHERE code = \?/);
      expect(byCode.params).toEqual(['PKH-SDA']);
      searchesOnly(queryPlan(app.ctx.database.db, byCode), 'sqlite_autoindex_programs_1');
    } finally {
      app.dispose();
    }
  });

  it('reads the audit trail of one record through audit_log_entity', () => {
    const app = tempApp();
    try {
      completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
      const pkh = listPrograms(app.svc(), { includeInactive: true }).find((p) => p.code === 'PKH')!;
      let entries: ReturnType<typeof listAudit> = [];
      const recorded = recordStatements(app.ctx.database.db, () => {
        entries = listAudit(app.svc(), { entity: 'program', entityId: String(pkh.id), limit: 10 });
      });
      expect(entries.map((e) => e.action)).toEqual(['create']);
      const plan = queryPlan(app.ctx.database.db, findStatement(recorded, /FROM audit_log/));
      searchesOnly(plan, 'audit_log_entity');
      // The index already returns one record's rows in id order: no sort step.
      expect(plan.join('\n')).not.toContain('TEMP B-TREE');

      const byEntity = recordStatements(app.ctx.database.db, () => {
        listAudit(app.svc(), { entity: 'setting', limit: 10 });
      });
      searchesOnly(queryPlan(app.ctx.database.db, findStatement(byEntity, /FROM audit_log/)), 'audit_log_entity');
    } finally {
      app.dispose();
    }
  });

  it('counts the villages of each kecamatan through regions_parent', () => {
    const app = tempApp();
    try {
      completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
      let kecamatan: ReturnType<typeof listKecamatan> = [];
      const recorded = recordStatements(app.ctx.database.db, () => {
        kecamatan = listKecamatan(app.svc());
      });
      expect(kecamatan.length).toBe(18);
      const plan = queryPlan(app.ctx.database.db, findStatement(recorded, /FROM regions/));
      // The outer pass reads every kecamatan of the one regency stored (a few dozen rows) by
      // design; the per-kecamatan village lookup is the part that must not scan.
      searchesOnly(plan, 'regions_parent', ['SCAN k']);
      expect(plan).toContain('SEARCH d USING COVERING INDEX regions_parent (parent_code=?)');
    } finally {
      app.dispose();
    }
  });
});
