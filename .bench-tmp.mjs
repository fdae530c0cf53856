// ../../tmp/pbench/bench2.ts
import ExcelJS4 from "exceljs";

// test/support/temp-app.ts
import { mkdtempSync, rmSync as rmSync3 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join4 } from "node:path";

// electron/app/create.ts
import { userInfo } from "node:os";

// electron/db/app-database.ts
import { copyFileSync, existsSync as existsSync2, rmSync } from "node:fs";
import { join as join2 } from "node:path";
import Database2 from "better-sqlite3";

// shared/errors.ts
var AppError = class extends Error {
  code;
  params;
  details;
  constructor(code, params = {}, details) {
    super(`${code}${Object.keys(params).length ? " " + JSON.stringify(params) : ""}`);
    this.name = "AppError";
    this.code = code;
    this.params = params;
    this.details = details;
  }
};
function isAppError(err) {
  return err instanceof AppError;
}

// electron/backups/files.ts
import { existsSync, readdirSync, statSync, unlinkSync, mkdirSync } from "node:fs";
import { join } from "node:path";
var BACKUPS_KEPT = 7;
var NAME = /^sidampak-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d+))?-([a-z]+)\.db$/;
function stamp(now) {
  const p = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
}
function createBackup(db, dir, reason, now = /* @__PURE__ */ new Date()) {
  mkdirSync(dir, { recursive: true });
  let fileName = `sidampak-${stamp(now)}-${reason}.db`;
  for (let n = 2; existsSync(join(dir, fileName)); n++) fileName = `sidampak-${stamp(now)}-${n}-${reason}.db`;
  db.prepare("VACUUM INTO ?").run(join(dir, fileName));
  return describe(dir, fileName);
}
function describe(dir, fileName) {
  const m = NAME.exec(fileName);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, , reason] = m;
  const createdAt = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)).toISOString();
  return { fileName, createdAt, reason, sizeBytes: statSync(join(dir, fileName)).size };
}
function listBackups(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((f) => describe(dir, f)).filter((b) => b !== null).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
}
function pruneBackups(dir, keep = BACKUPS_KEPT) {
  const removed = listBackups(dir).slice(keep).map((b) => b.fileName);
  for (const f of removed) unlinkSync(join(dir, f));
  return removed;
}
function hasBackupOn(dir, now) {
  const day = stamp(now).slice(0, 8);
  return listBackups(dir).some((b) => b.fileName.slice("sidampak-".length, "sidampak-".length + 8) === day);
}

// electron/db/migrations/001-core.ts
var migration001 = {
  version: 1,
  name: "core",
  sql: `
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL CHECK (json_valid(value))
    ) STRICT;

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
      after_json TEXT CHECK (after_json IS NULL OR json_valid(after_json)),
      batch_id INTEGER
    ) STRICT;
    CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);

    CREATE TABLE regions (
      code TEXT PRIMARY KEY,
      parent_code TEXT NOT NULL,
      level TEXT NOT NULL CHECK (level IN ('kecamatan', 'desa')),
      name TEXT NOT NULL
    ) STRICT;
    CREATE INDEX regions_parent ON regions (parent_code, name);
  `
};

// electron/db/migrations/002-programs.ts
var migration002 = {
  version: 2,
  name: "programs",
  sql: `
    CREATE TABLE programs (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE CHECK (NOT code GLOB '*[^A-Z0-9-]*' AND length(code) BETWEEN 2 AND 20),
      name TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      level TEXT NOT NULL CHECK (level IN ('pusat', 'provinsi', 'kabkota', 'desa')),
      funding_source TEXT NOT NULL CHECK (funding_source IN
        ('APBN', 'APBD_PROV', 'APBD_KABKOTA', 'DANA_DESA', 'DAK', 'CSR', 'BAZNAS', 'LAINNYA')),
      parent_id INTEGER REFERENCES programs (id),
      benefit_kind TEXT NOT NULL CHECK (benefit_kind IN ('components', 'flat', 'in_kind')),
      flat_unit TEXT CHECK (flat_unit IN ('month', 'tahap', 'year', 'once')),
      per_person INTEGER NOT NULL DEFAULT 0 CHECK (per_person IN (0, 1)),
      max_components INTEGER,
      in_kind_note TEXT NOT NULL DEFAULT '',
      frequency TEXT NOT NULL CHECK (frequency IN ('monthly', 'tahap', 'yearly', 'once', 'case')),
      active_from TEXT NOT NULL,
      active_to TEXT,
      desil_min INTEGER CHECK (desil_min BETWEEN 1 AND 10),
      desil_max INTEGER CHECK (desil_max BETWEEN 1 AND 10),
      uncertain_note TEXT NOT NULL DEFAULT '',
      is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (parent_id IS NULL OR parent_id <> id),
      CHECK (active_to IS NULL OR active_to >= active_from),
      CHECK ((benefit_kind = 'flat') = (flat_unit IS NOT NULL))
    ) STRICT;
    CREATE INDEX programs_parent ON programs (parent_id);

    CREATE TABLE program_components (
      program_id INTEGER NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
      code TEXT NOT NULL,
      name TEXT NOT NULL,
      sort INTEGER NOT NULL,
      PRIMARY KEY (program_id, code)
    ) STRICT, WITHOUT ROWID;

    -- component_code '' is the flat amount of a non-component program.
    CREATE TABLE program_amounts (
      program_id INTEGER NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
      component_code TEXT NOT NULL,
      valid_from TEXT NOT NULL,
      amount INTEGER NOT NULL CHECK (amount >= 0),
      PRIMARY KEY (program_id, component_code, valid_from)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE program_quotas (
      program_id INTEGER NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
      kecamatan_code TEXT NOT NULL,
      quota INTEGER NOT NULL CHECK (quota >= 0),
      PRIMARY KEY (program_id, kecamatan_code)
    ) STRICT, WITHOUT ROWID;
  `
};

// electron/db/migrations/003-register.ts
var migration003 = {
  version: 3,
  name: "register",
  sql: `
    CREATE TABLE families (
      id INTEGER PRIMARY KEY,
      kk TEXT NOT NULL UNIQUE CHECK (length(kk) = 16 AND NOT kk GLOB '*[^0-9]*'),
      address TEXT NOT NULL DEFAULT '',
      rt TEXT CHECK (rt IS NULL OR (length(rt) = 3 AND NOT rt GLOB '*[^0-9]*')),
      rw TEXT CHECK (rw IS NULL OR (length(rw) = 3 AND NOT rw GLOB '*[^0-9]*')),
      kecamatan_code TEXT,
      desa_code TEXT,
      dtks_id TEXT,
      desil INTEGER CHECK (desil BETWEEN 1 AND 10),
      desil_as_of TEXT,
      is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX families_region ON families (kecamatan_code, desa_code);
    CREATE INDEX families_desil ON families (desil);
    -- Demo rows ("Data contoh"): counted for the shell's badge and removed in one step. Partial, so
    -- a real register pays nothing and the count does not scan a million rows.
    CREATE INDEX families_demo ON families (id) WHERE is_demo = 1;

    CREATE TABLE members (
      id INTEGER PRIMARY KEY,
      family_id INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,
      nik TEXT NOT NULL UNIQUE CHECK (length(nik) = 16 AND NOT nik GLOB '*[^0-9]*'),
      name TEXT NOT NULL,
      -- Name folded for search (shared/domain/names.ts): "Moch." and "Muhammad" meet here.
      name_key TEXT NOT NULL,
      sex TEXT CHECK (sex IN ('L', 'P')),
      birth_place TEXT,
      birth_date TEXT,
      relationship TEXT,
      mother_name TEXT,
      disability TEXT,
      school_level TEXT,
      is_pengurus INTEGER NOT NULL DEFAULT 0 CHECK (is_pengurus IN (0, 1)),
      is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX members_family ON members (family_id);
    CREATE UNIQUE INDEX members_one_pengurus ON members (family_id) WHERE is_pengurus = 1;
    CREATE INDEX members_demo ON members (family_id) WHERE is_demo = 1;

    CREATE VIRTUAL TABLE members_fts USING fts5 (
      name_key, content = 'members', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    );
    CREATE TRIGGER members_fts_insert AFTER INSERT ON members BEGIN
      INSERT INTO members_fts (rowid, name_key) VALUES (new.id, new.name_key);
    END;
    CREATE TRIGGER members_fts_delete AFTER DELETE ON members BEGIN
      INSERT INTO members_fts (members_fts, rowid, name_key) VALUES ('delete', old.id, old.name_key);
    END;
    CREATE TRIGGER members_fts_update AFTER UPDATE OF name_key ON members BEGIN
      INSERT INTO members_fts (members_fts, rowid, name_key) VALUES ('delete', old.id, old.name_key);
      INSERT INTO members_fts (rowid, name_key) VALUES (new.id, new.name_key);
    END;

    -- No official code list exists: a lookup table the office can extend.
    CREATE TABLE enrollment_statuses (
      code TEXT PRIMARY KEY,
      label TEXT NOT NULL,
      counts_as_active INTEGER NOT NULL CHECK (counts_as_active IN (0, 1)),
      exit_kind TEXT CHECK (exit_kind IN ('graduation', 'death', 'moved', 'withdrawn', 'ineligible')),
      sort INTEGER NOT NULL
    ) STRICT;
    INSERT INTO enrollment_statuses (code, label, counts_as_active, exit_kind, sort) VALUES
      ('aktif', 'Aktif', 1, NULL, 1),
      ('ditangguhkan', 'Ditangguhkan', 0, NULL, 2),
      ('graduasi_alamiah', 'Graduasi alamiah', 0, 'graduation', 3),
      ('graduasi_sejahtera_mandiri', 'Graduasi sejahtera mandiri', 0, 'graduation', 4),
      ('meninggal', 'Meninggal', 0, 'death', 5),
      ('pindah', 'Pindah', 0, 'moved', 6),
      ('mengundurkan_diri', 'Mengundurkan diri', 0, 'withdrawn', 7),
      ('tidak_eligible', 'Tidak eligible', 0, 'ineligible', 8);

    CREATE TABLE import_batches (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('register', 'disbursement', 'survey', 'statistics')),
      program_id INTEGER REFERENCES programs (id),
      period TEXT CHECK (period IS NULL OR period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
      file_name TEXT NOT NULL,
      sheet TEXT,
      header_row INTEGER,
      mapping_json TEXT CHECK (mapping_json IS NULL OR json_valid(mapping_json)),
      rows_total INTEGER NOT NULL DEFAULT 0,
      imported INTEGER NOT NULL DEFAULT 0,
      updated INTEGER NOT NULL DEFAULT 0,
      skipped INTEGER NOT NULL DEFAULT 0,
      rejected INTEGER NOT NULL DEFAULT 0,
      actor TEXT NOT NULL,
      at TEXT NOT NULL,
      undone_at TEXT,
      undone_by TEXT
    ) STRICT;

    -- What a batch changed, in order: undo deletes its inserts and puts back the before-images.
    CREATE TABLE import_changes (
      batch_id INTEGER NOT NULL REFERENCES import_batches (id),
      seq INTEGER NOT NULL,
      table_name TEXT NOT NULL,
      -- The changed row's primary key as JSON ({"id": 7} or {"enrollment_id": 7, "period": "2024-Q3"}).
      row_key TEXT NOT NULL CHECK (json_valid(row_key)),
      op TEXT NOT NULL CHECK (op IN ('insert', 'update')),
      before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
      PRIMARY KEY (batch_id, seq)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE enrollments (
      id INTEGER PRIMARY KEY,
      program_id INTEGER NOT NULL REFERENCES programs (id),
      family_id INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,
      -- Per-person programs (PBI-JK) enroll a member; 0 means the whole family.
      member_key INTEGER NOT NULL DEFAULT 0,
      status TEXT NOT NULL REFERENCES enrollment_statuses (code),
      status_date TEXT NOT NULL,
      enrolled_on TEXT NOT NULL,
      batch_id INTEGER REFERENCES import_batches (id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (program_id, family_id, member_key)
    ) STRICT;
    CREATE INDEX enrollments_family ON enrollments (family_id);
    CREATE INDEX enrollments_program_status ON enrollments (program_id, status);

    CREATE TABLE enrollment_status_history (
      id INTEGER PRIMARY KEY,
      enrollment_id INTEGER NOT NULL REFERENCES enrollments (id) ON DELETE CASCADE,
      status TEXT NOT NULL REFERENCES enrollment_statuses (code),
      status_date TEXT NOT NULL,
      reason TEXT NOT NULL DEFAULT '',
      actor TEXT NOT NULL,
      at TEXT NOT NULL,
      batch_id INTEGER REFERENCES import_batches (id)
    ) STRICT;
    CREATE INDEX enrollment_status_history_enrollment ON enrollment_status_history (enrollment_id, id);

    -- Membership of a period's list (a tahap's Final Closing), with the tahap amount and PKH components.
    CREATE TABLE enrollment_periods (
      enrollment_id INTEGER NOT NULL REFERENCES enrollments (id) ON DELETE CASCADE,
      period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
      nominal INTEGER CHECK (nominal IS NULL OR nominal >= 0),
      components_json TEXT CHECK (components_json IS NULL OR json_valid(components_json)),
      batch_id INTEGER REFERENCES import_batches (id),
      PRIMARY KEY (enrollment_id, period)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX enrollment_periods_period ON enrollment_periods (period, enrollment_id);

    CREATE TABLE mapping_profiles (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL,
      -- Normalised header cells of the file shape this mapping was made for.
      signature TEXT NOT NULL,
      mapping_json TEXT NOT NULL CHECK (json_valid(mapping_json)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX mapping_profiles_signature ON mapping_profiles (kind, signature);
  `
};

// electron/db/migrations/index.ts
var MIGRATIONS = [migration001, migration002, migration003];
var LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

// electron/db/open.ts
import Database from "better-sqlite3";
import { mkdirSync as mkdirSync2 } from "node:fs";
import { dirname } from "node:path";
function openDatabase(file2, options = {}) {
  if (!options.readonly) mkdirSync2(dirname(file2), { recursive: true });
  const db = new Database(file2, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  db.pragma("synchronous = NORMAL");
  return db;
}
function schemaVersion(db) {
  return db.pragma("user_version", { simple: true });
}

// electron/db/migrate.ts
function migrate(db, target = LATEST_SCHEMA_VERSION, migrations = MIGRATIONS) {
  const current = schemaVersion(db);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new AppError("DATABASE_NEWER", { found: current, supported: LATEST_SCHEMA_VERSION });
  }
  const applied = [];
  for (const m of migrations) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
function needsMigration(db) {
  return schemaVersion(db) < LATEST_SCHEMA_VERSION;
}

// electron/db/app-database.ts
var AppDatabase = class _AppDatabase {
  file;
  backupDir;
  now;
  current;
  constructor(options, db) {
    this.file = options.file;
    this.backupDir = options.backupDir;
    this.now = options.now ?? (() => /* @__PURE__ */ new Date());
    this.current = db;
  }
  /** Start-up: back up before a migration and once a day (existing databases only), migrate, prune. */
  static open(options) {
    const existed = existsSync2(options.file);
    const db = openDatabase(options.file);
    const handle = new _AppDatabase(options, db);
    try {
      handle.startUp(existed);
    } catch (err) {
      db.close();
      throw err;
    }
    return handle;
  }
  startUp(existed) {
    const db = this.current;
    const now = this.now();
    if (existed && schemaVersion(db) > 0 && needsMigration(db)) {
      createBackup(db, this.backupDir, "premigration", now);
    }
    migrate(db);
    if (existed && !hasBackupOn(this.backupDir, now)) createBackup(db, this.backupDir, "daily", now);
    pruneBackups(this.backupDir);
  }
  get db() {
    return this.current;
  }
  backupNow() {
    const info = createBackup(this.current, this.backupDir, "manual", this.now());
    pruneBackups(this.backupDir);
    return info;
  }
  listBackups() {
    return listBackups(this.backupDir);
  }
  /** Replaces the database with a backup, after checking it and backing up the current one. */
  restore(fileName) {
    const source = join2(this.backupDir, fileName);
    if (!listBackups(this.backupDir).some((b) => b.fileName === fileName)) {
      throw new AppError("BACKUP_NOT_FOUND", { file: fileName });
    }
    assertSidampakDatabase(source, fileName);
    createBackup(this.current, this.backupDir, "prerestore", this.now());
    this.current.close();
    for (const suffix of ["-wal", "-shm"]) rmSync(this.file + suffix, { force: true });
    copyFileSync(source, this.file);
    this.current = openDatabase(this.file);
    migrate(this.current);
    pruneBackups(this.backupDir);
  }
  close() {
    if (this.current.open) this.current.close();
  }
};
function assertSidampakDatabase(file2, fileName) {
  let probe = null;
  let version = 0;
  try {
    probe = new Database2(file2, { readonly: true, fileMustExist: true });
    const ok = probe.pragma("quick_check", { simple: true }) === "ok";
    const hasSettings = probe.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").get();
    version = schemaVersion(probe);
    if (!ok || !hasSettings || version < 1) throw new Error("not ours");
  } catch {
    throw new AppError("BACKUP_INVALID", { file: fileName });
  } finally {
    probe?.close();
  }
  if (version > LATEST_SCHEMA_VERSION) {
    throw new AppError("DATABASE_NEWER", { found: version, supported: LATEST_SCHEMA_VERSION });
  }
}

// electron/ipc/dispatcher.ts
import { z as z15 } from "zod";

// shared/i18n/areas/beneficiaries.ts
var beneficiariesId = {
  "beneficiaries.title": "Penerima (KPM)",
  "beneficiaries.tab.register": "Register penerima",
  "beneficiaries.tab.overlap": "Irisan antarprogram",
  "beneficiaries.allPrograms": "Semua program",
  "beneficiaries.program": "Program",
  "beneficiaries.search": "Cari NIK, No. KK, atau nama",
  "beneficiaries.searchPlaceholder": "contoh: 3515144508680002, 351514, atau Moch. Sholeh",
  "beneficiaries.search.identity": "Mencari NIK atau No. KK {digits}",
  "beneficiaries.search.nikPrefix": "Mencari NIK yang diawali {prefix}",
  "beneficiaries.search.name": "Mencari nama (ejaan lain ikut ditemukan): {tokens}",
  "beneficiaries.filter.kecamatan": "Kecamatan",
  "beneficiaries.filter.desa": "Desa/kelurahan",
  "beneficiaries.filter.status": "Status kepesertaan",
  "beneficiaries.filter.desilMin": "Desil dari",
  "beneficiaries.filter.desilMax": "Desil sampai",
  "beneficiaries.filter.component": "Komponen",
  "beneficiaries.filter.pengurusOnly": "Hanya pengurus (satu baris per KPM)",
  "beneficiaries.filter.any": "\u2014 semua \u2014",
  "beneficiaries.filter.reset": "Hapus filter",
  "beneficiaries.count": "{count} orang",
  "beneficiaries.loading": "Memuat\u2026",
  "beneficiaries.empty": "Tidak ada penerima yang cocok dengan pencarian dan filter ini.",
  "beneficiaries.emptyRegister": "Register penerima masih kosong. Impor daftar penerima dari menu Impor, atau muat data contoh di Pengaturan.",
  "beneficiaries.openHint": "Klik baris (atau tekan Enter) untuk membuka rincian keluarga.",
  "beneficiaries.pengurus": "Pengurus",
  "beneficiaries.demo": "Data contoh",
  "beneficiaries.noProgram": "Tidak terdaftar di program",
  "beneficiaries.wholeFamily": "Seluruh keluarga",
  "beneficiaries.col.no": "No.",
  "beneficiaries.col.nik": "NIK",
  "beneficiaries.col.name": "Nama",
  "beneficiaries.col.pengurus": "Pengurus",
  "beneficiaries.col.relationship": "Hubungan keluarga",
  "beneficiaries.col.sex": "L/P",
  "beneficiaries.col.birthPlace": "Tempat lahir",
  "beneficiaries.col.birthDate": "Tanggal lahir",
  "beneficiaries.col.kk": "No. KK",
  "beneficiaries.col.address": "Alamat",
  "beneficiaries.col.rt": "RT",
  "beneficiaries.col.rw": "RW",
  "beneficiaries.col.desa": "Desa/kelurahan",
  "beneficiaries.col.kecamatan": "Kecamatan",
  "beneficiaries.col.region": "Wilayah",
  "beneficiaries.col.desil": "Desil",
  "beneficiaries.col.programs": "Program (status)",
  "beneficiaries.col.status": "Status",
  "beneficiaries.col.statusDate": "Tanggal status",
  "beneficiaries.col.period": "Periode",
  "beneficiaries.col.nominal": "Nominal tahap",
  "beneficiaries.col.components": "Komponen",
  "beneficiaries.col.motherName": "Nama ibu kandung",
  "beneficiaries.col.disability": "Disabilitas",
  "beneficiaries.col.schoolLevel": "Jenjang sekolah",
  "beneficiaries.col.actions": "Tindakan",
  "beneficiaries.detail.back": "\u2190 Kembali ke daftar",
  "beneficiaries.detail.title": "KPM No. KK {kk}",
  "beneficiaries.detail.receiving": "Menerima saat ini",
  "beneficiaries.detail.receivingNone": "Tidak menerima program apa pun saat ini",
  "beneficiaries.detail.family": "Data keluarga",
  "beneficiaries.detail.members": "Anggota keluarga ({count})",
  "beneficiaries.detail.enrollments": "Kepesertaan program",
  "beneficiaries.detail.noEnrollments": "Keluarga ini belum terdaftar di program mana pun.",
  "beneficiaries.detail.history": "Riwayat status",
  "beneficiaries.detail.audit": "Riwayat perubahan",
  "beneficiaries.detail.noAudit": "Belum ada perubahan manual pada keluarga ini.",
  "beneficiaries.detail.imports": "Impor yang mengenai keluarga ini",
  "beneficiaries.detail.importLine": "Impor #{batch}: {file} ({program}{period}), {at} oleh {actor}",
  "beneficiaries.detail.importUndone": "dibatalkan {at}",
  "beneficiaries.detail.coverage": "Untuk",
  "beneficiaries.detail.since": "Sejak",
  "beneficiaries.detail.enrolledOn": "Terdaftar",
  "beneficiaries.detail.latestPeriod": "Periode terakhir",
  "beneficiaries.detail.reason": "Alasan",
  "beneficiaries.detail.by": "Oleh",
  "beneficiaries.detail.recordedAt": "Dicatat",
  "beneficiaries.detail.viaImport": "impor #{batch}",
  "beneficiaries.detail.address": "Alamat",
  "beneficiaries.detail.rtRw": "RT/RW",
  "beneficiaries.detail.dtksId": "ID DTKS/DTSEN",
  "beneficiaries.detail.desilAsOf": "per {date}",
  "beneficiaries.detail.updatedAt": "Terakhir diubah",
  "beneficiaries.detail.change": "{field}: {before} \u2192 {after}",
  "beneficiaries.edit.family": "Ubah data keluarga",
  "beneficiaries.edit.member": "Ubah",
  "beneficiaries.edit.memberTitle": "Ubah data anggota: {name}",
  "beneficiaries.edit.familyTitle": "Ubah data keluarga",
  "beneficiaries.edit.isPengurus": "Pengurus (pemegang rekening/kartu)",
  "beneficiaries.edit.sexNone": "\u2014 tidak diketahui \u2014",
  "beneficiaries.edit.regionNone": "\u2014 belum diisi \u2014",
  "beneficiaries.edit.saved": "Perubahan tersimpan.",
  "beneficiaries.edit.noChange": "Tidak ada yang berubah.",
  "beneficiaries.edit.warning.NIK_BIRTHDATE_MISMATCH": "Perhatian: tanggal lahir tidak sama dengan tanggal lahir dalam NIK. Data tetap tersimpan; periksa dokumen kependudukannya.",
  "beneficiaries.edit.warning.NIK_SEX_MISMATCH": "Perhatian: jenis kelamin tidak sesuai dengan NIK (tanggal lahir perempuan +40). Data tetap tersimpan; periksa dokumen kependudukannya.",
  "beneficiaries.sex.L": "Laki-laki",
  "beneficiaries.sex.P": "Perempuan",
  "beneficiaries.status.change": "Ubah status",
  "beneficiaries.status.title": "Ubah status {program}",
  "beneficiaries.status.current": "Status sekarang: {status} sejak {date}",
  "beneficiaries.status.new": "Status baru",
  "beneficiaries.status.date": "Tanggal berlaku",
  "beneficiaries.status.reason": "Alasan (wajib)",
  "beneficiaries.status.reasonHint": "Contoh: ekonomi membaik, pendapatan di atas UMK, meninggal dunia (akta kematian no. \u2026).",
  "beneficiaries.status.save": "Simpan status",
  "beneficiaries.status.saved": "Status {program} diubah menjadi {status}.",
  "beneficiaries.status.addToggle": "Status lain belum ada? Tambahkan",
  "beneficiaries.status.addTitle": "Tambah status ke daftar",
  "beneficiaries.status.label": "Nama status",
  "beneficiaries.status.countsAsActive": "Masih dihitung sebagai penerima aktif",
  "beneficiaries.status.exitKind": "Jenis keluar",
  "beneficiaries.status.exitNone": "\u2014 bukan status keluar \u2014",
  "beneficiaries.status.add": "Tambah status",
  "beneficiaries.status.added": 'Status "{label}" ditambahkan.',
  "beneficiaries.exitKind.graduation": "Graduasi",
  "beneficiaries.exitKind.death": "Meninggal",
  "beneficiaries.exitKind.moved": "Pindah",
  "beneficiaries.exitKind.withdrawn": "Mengundurkan diri",
  "beneficiaries.exitKind.ineligible": "Tidak memenuhi syarat",
  "beneficiaries.overlap.title": "Irisan antarprogram",
  "beneficiaries.overlap.intro": "Jumlah KPM yang menerima dua program sekaligus (status yang dihitung aktif). Diagonal: jumlah KPM penerima program itu. Persentase dihitung terhadap KPM program pada baris.",
  "beneficiaries.overlap.rowHeader": "KPM program \u2193 juga menerima \u2192",
  "beneficiaries.overlap.cell": "{count} KPM ({percent} dari {program})",
  "beneficiaries.overlap.empty": "Belum ada KPM aktif di program mana pun.",
  "beneficiaries.overlap.refresh": "Muat ulang",
  "beneficiaries.export.button": "Ekspor ke Excel",
  "beneficiaries.export.fullNik": "NIK lengkap",
  "beneficiaries.export.fullNikWarning": "Berkas akan memuat NIK lengkap. Pilihan ini dicatat di riwayat perubahan. Jangan kirim daftar dengan NIK lengkap ke luar kantor tanpa dasar yang jelas; laporan ke provinsi cukup memakai NIK tersamar.",
  "beneficiaries.export.maskedNote": "NIK ditulis tersamar (contoh: 3515**********02).",
  "beneficiaries.export.running": "Mengekspor {done} dari {total} baris\u2026",
  "beneficiaries.export.cancel": "Batalkan ekspor",
  "beneficiaries.export.done": "Berkas {file} tersimpan ({rows} baris).",
  "beneficiaries.export.cancelled": "Ekspor dibatalkan; tidak ada berkas yang disimpan.",
  "beneficiaries.export.dialog": "Simpan daftar penerima",
  "beneficiaries.export.dialogFilter": "Buku kerja Excel",
  "beneficiaries.export.fileStem": "Penerima",
  "beneficiaries.export.allStem": "SEMUA",
  "beneficiaries.export.sheet": "Penerima",
  "beneficiaries.export.progress": "Mengekspor daftar penerima",
  "beneficiaries.export.title": "Daftar Penerima {program} \xB7 Periode {period} \xB7 {office}",
  "beneficiaries.export.subtitle": "Keadaan per {date} \xB7 {filters} \xB7 {count} orang \xB7 {nik}",
  "beneficiaries.export.nikMasked": "NIK disamarkan",
  "beneficiaries.export.nikFull": "NIK LENGKAP \u2014 RAHASIA",
  "beneficiaries.export.footer": "&LSidampak&RHalaman &P dari &N",
  "beneficiaries.export.filter.none": "tanpa filter",
  "beneficiaries.export.filter.kecamatan": "Kecamatan {name}",
  "beneficiaries.export.filter.desa": "Desa/Kel. {name}",
  "beneficiaries.export.filter.status": "status {name}",
  "beneficiaries.export.filter.desil": "desil {from}\u2013{to}",
  "beneficiaries.export.filter.component": "komponen {code} pada periode terakhir",
  "beneficiaries.export.filter.search": 'pencarian "{text}"',
  "beneficiaries.export.filter.pengurus": "hanya pengurus",
  "audit.action.status": "Ubah status",
  "audit.action.export": "Ekspor daftar (NIK tersamar)",
  "audit.action.export_full_nik": "Ekspor daftar dengan NIK lengkap",
  "audit.entity.family": "Keluarga",
  "audit.entity.member": "Anggota",
  "audit.entity.enrollment": "Kepesertaan",
  "audit.entity.enrollment_status": "Daftar status",
  "audit.entity.register": "Register penerima",
  "beneficiaries.field.kk": "No. KK",
  "beneficiaries.field.address": "Alamat",
  "beneficiaries.field.rt": "RT",
  "beneficiaries.field.rw": "RW",
  "beneficiaries.field.kecamatanCode": "Kecamatan",
  "beneficiaries.field.desaCode": "Desa/kelurahan",
  "beneficiaries.field.dtksId": "ID DTKS/DTSEN",
  "beneficiaries.field.desil": "Desil",
  "beneficiaries.field.desilAsOf": "Desil per tanggal",
  "beneficiaries.field.nik": "NIK",
  "beneficiaries.field.name": "Nama",
  "beneficiaries.field.sex": "Jenis kelamin",
  "beneficiaries.field.birthPlace": "Tempat lahir",
  "beneficiaries.field.birthDate": "Tanggal lahir",
  "beneficiaries.field.relationship": "Hubungan keluarga",
  "beneficiaries.field.motherName": "Nama ibu kandung",
  "beneficiaries.field.disability": "Disabilitas",
  "beneficiaries.field.schoolLevel": "Jenjang sekolah",
  "beneficiaries.field.isPengurus": "Pengurus",
  "beneficiaries.field.status": "Status",
  "beneficiaries.field.statusDate": "Tanggal status",
  "beneficiaries.field.reason": "Alasan",
  "validation.nik.NIK_INVALID_LENGTH": "NIK harus tepat 16 digit.",
  "validation.nik.NIK_NOT_NUMERIC": "NIK hanya boleh berisi angka.",
  "validation.nik.NIK_PRECISION_LOST": "NIK ini tampak seperti angka Excel yang kehilangan digit ke-16 (misalnya 3.51514E+15). Ketik ulang dari dokumen aslinya.",
  "validation.nik.NIK_BAD_DATE": "NIK tidak sah: periksa kode provinsi, tanggal lahir (HHBBTT, tanggal +40 untuk perempuan), dan nomor urutnya.",
  "validation.kk.KK_INVALID": "No. KK harus tepat 16 digit angka.",
  "validation.kk.KK_PRECISION_LOST": "No. KK ini tampak seperti angka Excel yang kehilangan digit ke-16. Ketik ulang dari kartu keluarga.",
  "validation.rtrw.invalid": "Isi dengan angka, paling banyak 3 digit (contoh: 5 atau 005).",
  "validation.region.desaOutside": "Desa/kelurahan harus berada di kecamatan yang dipilih.",
  "validation.region.unknown": "Wilayah ini tidak ada di kabupaten/kota kantor.",
  "validation.desil.dateWithout": "Isi desil bila tanggal desil diisi.",
  "validation.date.future": "Tanggal tidak boleh setelah hari ini.",
  "validation.status.activeExit": "Status yang masih dihitung aktif tidak dapat menjadi status keluar.",
  "validation.status.label": "Nama status harus memuat huruf atau angka.",
  "error.NIK_TAKEN": "NIK {nik} sudah terdaftar untuk orang lain di register. Periksa kembali NIK-nya; satu NIK hanya untuk satu orang.",
  "error.KK_TAKEN": "No. KK {kk} sudah dipakai keluarga lain di register. Periksa kembali nomornya.",
  "error.STATUS_TAKEN": 'Status "{label}" sudah ada di daftar status.',
  "error.EXPORT_WRITE_FAILED": "Berkas {file} tidak dapat ditulis. Pastikan berkas tidak sedang dibuka di Excel dan folder tujuannya dapat ditulisi, lalu coba lagi."
};
var beneficiariesEn = {
  "beneficiaries.title": "Beneficiaries (KPM)",
  "beneficiaries.tab.register": "Beneficiary register",
  "beneficiaries.tab.overlap": "Cross-program overlap",
  "beneficiaries.allPrograms": "All programs",
  "beneficiaries.program": "Program",
  "beneficiaries.search": "Search NIK, KK number or name",
  "beneficiaries.searchPlaceholder": "e.g. 3515144508680002, 351514, or Moch. Sholeh",
  "beneficiaries.search.identity": "Looking up NIK or KK number {digits}",
  "beneficiaries.search.nikPrefix": "Looking up NIKs starting with {prefix}",
  "beneficiaries.search.name": "Searching names (other spellings included): {tokens}",
  "beneficiaries.filter.kecamatan": "Kecamatan",
  "beneficiaries.filter.desa": "Desa/kelurahan",
  "beneficiaries.filter.status": "Enrollment status",
  "beneficiaries.filter.desilMin": "Desil from",
  "beneficiaries.filter.desilMax": "Desil to",
  "beneficiaries.filter.component": "Component",
  "beneficiaries.filter.pengurusOnly": "Account holders only (one row per KPM)",
  "beneficiaries.filter.any": "\u2014 all \u2014",
  "beneficiaries.filter.reset": "Clear filters",
  "beneficiaries.count": "{count} people",
  "beneficiaries.loading": "Loading\u2026",
  "beneficiaries.empty": "No beneficiaries match this search and these filters.",
  "beneficiaries.emptyRegister": "The beneficiary register is empty. Import a beneficiary list under Import, or load the demo data under Settings.",
  "beneficiaries.openHint": "Click a row (or press Enter) to open the family details.",
  "beneficiaries.pengurus": "Account holder",
  "beneficiaries.demo": "Demo data",
  "beneficiaries.noProgram": "Not enrolled in any program",
  "beneficiaries.wholeFamily": "Whole family",
  "beneficiaries.col.no": "No.",
  "beneficiaries.col.nik": "NIK",
  "beneficiaries.col.name": "Name",
  "beneficiaries.col.pengurus": "Account holder",
  "beneficiaries.col.relationship": "Relationship",
  "beneficiaries.col.sex": "Sex",
  "beneficiaries.col.birthPlace": "Place of birth",
  "beneficiaries.col.birthDate": "Date of birth",
  "beneficiaries.col.kk": "KK number",
  "beneficiaries.col.address": "Address",
  "beneficiaries.col.rt": "RT",
  "beneficiaries.col.rw": "RW",
  "beneficiaries.col.desa": "Desa/kelurahan",
  "beneficiaries.col.kecamatan": "Kecamatan",
  "beneficiaries.col.region": "Area",
  "beneficiaries.col.desil": "Desil",
  "beneficiaries.col.programs": "Programs (status)",
  "beneficiaries.col.status": "Status",
  "beneficiaries.col.statusDate": "Status date",
  "beneficiaries.col.period": "Period",
  "beneficiaries.col.nominal": "Tahap amount",
  "beneficiaries.col.components": "Components",
  "beneficiaries.col.motherName": "Mother's maiden name",
  "beneficiaries.col.disability": "Disability",
  "beneficiaries.col.schoolLevel": "School level",
  "beneficiaries.col.actions": "Actions",
  "beneficiaries.detail.back": "\u2190 Back to the list",
  "beneficiaries.detail.title": "KPM, KK number {kk}",
  "beneficiaries.detail.receiving": "Receiving now",
  "beneficiaries.detail.receivingNone": "Not receiving any program now",
  "beneficiaries.detail.family": "Family",
  "beneficiaries.detail.members": "Family members ({count})",
  "beneficiaries.detail.enrollments": "Program enrollments",
  "beneficiaries.detail.noEnrollments": "This family is not enrolled in any program yet.",
  "beneficiaries.detail.history": "Status history",
  "beneficiaries.detail.audit": "Change history",
  "beneficiaries.detail.noAudit": "No manual changes to this family yet.",
  "beneficiaries.detail.imports": "Imports that touched this family",
  "beneficiaries.detail.importLine": "Import #{batch}: {file} ({program}{period}), {at} by {actor}",
  "beneficiaries.detail.importUndone": "undone {at}",
  "beneficiaries.detail.coverage": "For",
  "beneficiaries.detail.since": "Since",
  "beneficiaries.detail.enrolledOn": "Enrolled",
  "beneficiaries.detail.latestPeriod": "Latest period",
  "beneficiaries.detail.reason": "Reason",
  "beneficiaries.detail.by": "By",
  "beneficiaries.detail.recordedAt": "Recorded",
  "beneficiaries.detail.viaImport": "import #{batch}",
  "beneficiaries.detail.address": "Address",
  "beneficiaries.detail.rtRw": "RT/RW",
  "beneficiaries.detail.dtksId": "DTKS/DTSEN ID",
  "beneficiaries.detail.desilAsOf": "as of {date}",
  "beneficiaries.detail.updatedAt": "Last changed",
  "beneficiaries.detail.change": "{field}: {before} \u2192 {after}",
  "beneficiaries.edit.family": "Edit family",
  "beneficiaries.edit.member": "Edit",
  "beneficiaries.edit.memberTitle": "Edit member: {name}",
  "beneficiaries.edit.familyTitle": "Edit family",
  "beneficiaries.edit.isPengurus": "Account holder (holds the account/card)",
  "beneficiaries.edit.sexNone": "\u2014 unknown \u2014",
  "beneficiaries.edit.regionNone": "\u2014 not set \u2014",
  "beneficiaries.edit.saved": "Changes saved.",
  "beneficiaries.edit.noChange": "Nothing changed.",
  "beneficiaries.edit.warning.NIK_BIRTHDATE_MISMATCH": "Note: the date of birth differs from the one in the NIK. Saved anyway; check the civil registry documents.",
  "beneficiaries.edit.warning.NIK_SEX_MISMATCH": "Note: the sex does not match the NIK (women have day +40). Saved anyway; check the civil registry documents.",
  "beneficiaries.sex.L": "Male",
  "beneficiaries.sex.P": "Female",
  "beneficiaries.status.change": "Change status",
  "beneficiaries.status.title": "Change {program} status",
  "beneficiaries.status.current": "Current status: {status} since {date}",
  "beneficiaries.status.new": "New status",
  "beneficiaries.status.date": "Effective date",
  "beneficiaries.status.reason": "Reason (required)",
  "beneficiaries.status.reasonHint": "E.g. economy improved, income above the regional minimum wage, died (death certificate no. \u2026).",
  "beneficiaries.status.save": "Save status",
  "beneficiaries.status.saved": "{program} status changed to {status}.",
  "beneficiaries.status.addToggle": "Status missing? Add it",
  "beneficiaries.status.addTitle": "Add a status to the list",
  "beneficiaries.status.label": "Status name",
  "beneficiaries.status.countsAsActive": "Still counts as an active beneficiary",
  "beneficiaries.status.exitKind": "Kind of exit",
  "beneficiaries.status.exitNone": "\u2014 not an exit status \u2014",
  "beneficiaries.status.add": "Add status",
  "beneficiaries.status.added": 'Status "{label}" added.',
  "beneficiaries.exitKind.graduation": "Graduation",
  "beneficiaries.exitKind.death": "Death",
  "beneficiaries.exitKind.moved": "Moved",
  "beneficiaries.exitKind.withdrawn": "Withdrew",
  "beneficiaries.exitKind.ineligible": "Not eligible",
  "beneficiaries.overlap.title": "Cross-program overlap",
  "beneficiaries.overlap.intro": "Families (KPM) receiving both programs (a status that counts as active). Diagonal: families receiving that program. Percentages are of the row program's families.",
  "beneficiaries.overlap.rowHeader": "KPM of program \u2193 also receive \u2192",
  "beneficiaries.overlap.cell": "{count} KPM ({percent} of {program})",
  "beneficiaries.overlap.empty": "No active beneficiaries in any program yet.",
  "beneficiaries.overlap.refresh": "Reload",
  "beneficiaries.export.button": "Export to Excel",
  "beneficiaries.export.fullNik": "Full NIK",
  "beneficiaries.export.fullNikWarning": "The file will contain full NIKs. This choice is recorded in the change history. Do not send lists with full NIKs outside the office without a clear basis; reports to the province only need masked NIKs.",
  "beneficiaries.export.maskedNote": "NIKs are masked (e.g. 3515**********02).",
  "beneficiaries.export.running": "Exporting {done} of {total} rows\u2026",
  "beneficiaries.export.cancel": "Cancel export",
  "beneficiaries.export.done": "File {file} saved ({rows} rows).",
  "beneficiaries.export.cancelled": "Export cancelled; no file was saved.",
  "beneficiaries.export.dialog": "Save the beneficiary list",
  "beneficiaries.export.dialogFilter": "Excel workbook",
  "beneficiaries.export.fileStem": "Beneficiaries",
  "beneficiaries.export.allStem": "ALL",
  "beneficiaries.export.sheet": "Beneficiaries",
  "beneficiaries.export.progress": "Exporting the beneficiary list",
  "beneficiaries.export.title": "Beneficiaries of {program} \xB7 Period {period} \xB7 {office}",
  "beneficiaries.export.subtitle": "As of {date} \xB7 {filters} \xB7 {count} people \xB7 {nik}",
  "beneficiaries.export.nikMasked": "NIK masked",
  "beneficiaries.export.nikFull": "FULL NIK \u2014 CONFIDENTIAL",
  "beneficiaries.export.footer": "&LSidampak&RPage &P of &N",
  "beneficiaries.export.filter.none": "no filters",
  "beneficiaries.export.filter.kecamatan": "Kecamatan {name}",
  "beneficiaries.export.filter.desa": "Desa/Kel. {name}",
  "beneficiaries.export.filter.status": "status {name}",
  "beneficiaries.export.filter.desil": "desil {from}\u2013{to}",
  "beneficiaries.export.filter.component": "component {code} in the latest period",
  "beneficiaries.export.filter.search": 'search "{text}"',
  "beneficiaries.export.filter.pengurus": "account holders only",
  "audit.action.status": "Status change",
  "audit.action.export": "List export (masked NIK)",
  "audit.action.export_full_nik": "List export with full NIK",
  "audit.entity.family": "Family",
  "audit.entity.member": "Member",
  "audit.entity.enrollment": "Enrollment",
  "audit.entity.enrollment_status": "Status list",
  "audit.entity.register": "Beneficiary register",
  "beneficiaries.field.kk": "KK number",
  "beneficiaries.field.address": "Address",
  "beneficiaries.field.rt": "RT",
  "beneficiaries.field.rw": "RW",
  "beneficiaries.field.kecamatanCode": "Kecamatan",
  "beneficiaries.field.desaCode": "Desa/kelurahan",
  "beneficiaries.field.dtksId": "DTKS/DTSEN ID",
  "beneficiaries.field.desil": "Desil",
  "beneficiaries.field.desilAsOf": "Desil as of",
  "beneficiaries.field.nik": "NIK",
  "beneficiaries.field.name": "Name",
  "beneficiaries.field.sex": "Sex",
  "beneficiaries.field.birthPlace": "Place of birth",
  "beneficiaries.field.birthDate": "Date of birth",
  "beneficiaries.field.relationship": "Relationship",
  "beneficiaries.field.motherName": "Mother's maiden name",
  "beneficiaries.field.disability": "Disability",
  "beneficiaries.field.schoolLevel": "School level",
  "beneficiaries.field.isPengurus": "Account holder",
  "beneficiaries.field.status": "Status",
  "beneficiaries.field.statusDate": "Status date",
  "beneficiaries.field.reason": "Reason",
  "validation.nik.NIK_INVALID_LENGTH": "A NIK has exactly 16 digits.",
  "validation.nik.NIK_NOT_NUMERIC": "A NIK holds digits only.",
  "validation.nik.NIK_PRECISION_LOST": "This NIK looks like an Excel number that lost its 16th digit (e.g. 3.51514E+15). Type it again from the original document.",
  "validation.nik.NIK_BAD_DATE": "Invalid NIK: check the province code, the birth date (DDMMYY, day +40 for women) and the serial.",
  "validation.kk.KK_INVALID": "A KK number has exactly 16 digits.",
  "validation.kk.KK_PRECISION_LOST": "This KK number looks like an Excel number that lost its 16th digit. Type it again from the family card.",
  "validation.rtrw.invalid": "Digits only, at most 3 (e.g. 5 or 005).",
  "validation.region.desaOutside": "The desa/kelurahan must lie in the chosen kecamatan.",
  "validation.region.unknown": "This area is not in the office's kabupaten/kota.",
  "validation.desil.dateWithout": "Fill in the desil when its date is given.",
  "validation.date.future": "The date cannot be after today.",
  "validation.status.activeExit": "A status that still counts as active cannot be an exit status.",
  "validation.status.label": "The status name must contain letters or digits.",
  "error.NIK_TAKEN": "NIK {nik} is already registered for someone else. Check the NIK; one NIK belongs to one person.",
  "error.KK_TAKEN": "KK number {kk} is already used by another family in the register. Check the number.",
  "error.STATUS_TAKEN": 'Status "{label}" is already in the status list.',
  "error.EXPORT_WRITE_FAILED": "File {file} could not be written. Make sure it is not open in Excel and the folder is writable, then try again."
};

// shared/i18n/areas/imports.ts
var importsId = {
  // register matching (write side)
  "imports.issue.ALREADY_ENROLLED": "Keluarga ini sudah terdaftar aktif di program {program}.",
  "imports.issue.ALREADY_ENROLLED.person": "Orang ini sudah terdaftar aktif di program {program}.",
  "imports.issue.IN_OTHER_PROGRAM": "Keluarga ini juga terdaftar aktif di program lain: {programs}.",
  "imports.issue.IN_OTHER_PROGRAM.person": "Orang ini atau keluarganya juga terdaftar aktif di program lain: {programs}.",
  "imports.issue.NOMINAL_DIFFERS": "Nominal {nominal} berbeda dengan ketentuan program {program} untuk tahap ini ({rule}).",
  "imports.progress.reading": "Membaca berkas\u2026",
  "imports.progress.matching": "Mencocokkan dengan data penerima\u2026",
  "imports.progress.writing": "Menyimpan data penerima\u2026",
  "imports.enrollReason": "Impor daftar {file}",
  "imports.undo.byBatch": "impor #{batch}",
  "imports.undo.byManual": "perubahan status di luar impor",
  // end register matching (write side)
  // parse and validate (read side)
  "imports.issue.NIK_INVALID_LENGTH": 'NIK harus 16 digit; di sini {length} digit ("{value}"). NIK yang kurang atau lebih digit tidak diperbaiki otomatis: periksa dokumen sumbernya.',
  "imports.issue.NIK_NOT_NUMERIC": 'NIK hanya boleh berisi angka: "{value}".',
  "imports.issue.NIK_PRECISION_LOST": 'NIK tersimpan sebagai angka di Excel sehingga digit ke-16 hilang ("{value}"). Nilai aslinya tidak dapat dipulihkan: minta berkas dikirim ulang dengan kolom NIK berformat teks.',
  "imports.issue.NIK_BAD_DATE": 'NIK "{value}" tidak sah: kode provinsi, tanggal lahir (HHBBTT, tanggal +40 untuk perempuan), atau nomor urutnya salah.',
  "imports.issue.NIK_DUPLICATE_IN_FILE": "NIK {nik} sudah ada di baris {first}; baris ini tidak diimpor.",
  "imports.issue.KK_INVALID": 'No. KK harus 16 digit angka: "{value}".',
  "imports.issue.KK_PRECISION_LOST": 'No. KK tersimpan sebagai angka di Excel sehingga digit ke-16 hilang ("{value}"). Minta berkas dikirim ulang dengan kolom No. KK berformat teks.',
  "imports.issue.REGION_UNKNOWN.kecamatan": 'Kecamatan "{value}" tidak ada di {regency}.',
  "imports.issue.REGION_UNKNOWN.desa": 'Desa/kelurahan "{value}" tidak ada di Kecamatan {kecamatan}.',
  "imports.issue.REGION_UNKNOWN.desaAnywhere": 'Desa/kelurahan "{value}" tidak ada di {regency}.',
  "imports.issue.REGION_UNKNOWN.desaAmbiguous": 'Desa/kelurahan "{value}" ada di lebih dari satu kecamatan ({kecamatan}); sertakan kolom kecamatan.',
  "imports.issue.DATE_INVALID": 'Tanggal "{value}" tidak dapat dibaca. Gunakan HH-BB-TTTT, HH/BB/TTTT, TTTT-BB-HH, atau sel tanggal Excel.',
  "imports.issue.DATE_INVALID.range": "Tanggal lahir {value} tidak mungkin (sebelum tahun 1900 atau setelah hari ini).",
  "imports.issue.REQUIRED_MISSING": "{column} wajib diisi.",
  "imports.issue.REQUIRED_MISSING.unmapped": "Kolom wajib belum dipetakan: {fields}. Tidak ada baris yang dapat diimpor sebelum kolom tersebut dipilih.",
  "imports.issue.VALUE_INVALID.sex": 'Jenis kelamin "{value}" tidak dikenal. Gunakan L/P, LAKI-LAKI/PEREMPUAN, atau 1/2.',
  "imports.issue.VALUE_INVALID.desil": 'Desil harus angka 1 sampai 10: "{value}".',
  "imports.issue.VALUE_INVALID.rt": 'RT "{value}" tidak dapat dibaca (angka, paling banyak 3 digit).',
  "imports.issue.VALUE_INVALID.rw": 'RW "{value}" tidak dapat dibaca (angka, paling banyak 3 digit).',
  "imports.issue.VALUE_INVALID.rtRw": 'RT/RW "{value}" tidak dapat dibaca (contoh: 005/002).',
  "imports.issue.VALUE_INVALID.nominal": 'Nominal "{value}" tidak dapat dibaca sebagai rupiah utuh (contoh: 750000 atau 750.000).',
  "imports.issue.VALUE_INVALID.component": 'Jumlah komponen {column} harus angka bulat 0\u201399: "{value}".',
  "imports.issue.VALUE_INVALID.status": 'Status "{value}" tidak dikenal. Gunakan misalnya Aktif, Ditangguhkan, Graduasi Alamiah, Graduasi Sejahtera Mandiri, Meninggal, Pindah, Mengundurkan Diri, atau Tidak Eligible.',
  "imports.issue.NIK_REGION_MISMATCH": "NIK diterbitkan di luar {regency} (kode wilayah {code}). Baris tetap diimpor; periksa alamatnya.",
  "imports.issue.NIK_BIRTHDATE_MISMATCH": "Tanggal lahir {date} tidak sama dengan tanggal lahir dalam NIK ({nikDate}).",
  "imports.issue.NIK_SEX_MISMATCH": "Jenis kelamin {sex} tidak sesuai dengan NIK (menurut NIK: {nikSex}).",
  "imports.sex.L": "laki-laki",
  "imports.sex.P": "perempuan",
  "imports.errorWorkbook.column": "KETERANGAN",
  "imports.errorWorkbook.sheet": "Ditolak",
  "imports.errorWorkbook.reason": "Baris {row}: {reasons}",
  "imports.dialog.open": "Pilih daftar penerima (Excel atau CSV)",
  "imports.dialog.openFilter": "Buku kerja Excel atau CSV",
  "imports.dialog.saveErrors": "Simpan baris yang ditolak",
  "imports.dialog.saveFilter": "Buku kerja Excel",
  "audit.entity.mapping_profile": "Profil pemetaan kolom",
  "cli.command.import": "Impor daftar penerima dari berkas Excel (.xlsx) atau CSV",
  "cli.value.sheet": "lembar",
  "cli.value.period": "periode",
  "cli.option.program": "Kode program tujuan, misalnya PKH (lihat: sidampak programs list)",
  "cli.option.sheet": "Nama lembar kerja (bawaan: lembar pertama yang tampak berisi data)",
  "cli.option.period": "Periode (tahap) daftar, misalnya 2024-Q3",
  "cli.option.dryRun": "Hanya periksa dan laporkan, tanpa menyimpan apa pun",
  "cli.import.programUnknown": "Program {code} tidak ada. Lihat daftar program: sidampak programs list",
  "cli.import.read": 'Berkas {file}, lembar "{sheet}", judul kolom di baris {row}.',
  "cli.import.counts": "Baris data: {rows}. Diimpor: {imported}, diperbarui: {updated}, dilewati: {skipped}, ditolak: {rejected}.",
  "cli.import.dryRun": "Uji coba (--dry-run): tidak ada yang disimpan.",
  "cli.import.issues": "Masalah per baris:",
  "cli.import.issue": "Baris {row} [{column}] {code}: {message}",
  "cli.import.moreIssues": "\u2026 dan {count} masalah lain (gunakan --json untuk daftar lengkap)."
  // end parse and validate (read side)
};
var importsEn = {
  // register matching (write side)
  "imports.issue.ALREADY_ENROLLED": "This family is already actively enrolled in {program}.",
  "imports.issue.ALREADY_ENROLLED.person": "This person is already actively enrolled in {program}.",
  "imports.issue.IN_OTHER_PROGRAM": "This family is also actively enrolled in other programs: {programs}.",
  "imports.issue.IN_OTHER_PROGRAM.person": "This person or their family is also actively enrolled in other programs: {programs}.",
  "imports.issue.NOMINAL_DIFFERS": "Amount {nominal} differs from the {program} rule for this tahap ({rule}).",
  "imports.progress.reading": "Reading the file\u2026",
  "imports.progress.matching": "Matching with the register\u2026",
  "imports.progress.writing": "Saving beneficiaries\u2026",
  "imports.enrollReason": "Import of list {file}",
  "imports.undo.byBatch": "import #{batch}",
  "imports.undo.byManual": "a status change outside imports",
  // end register matching (write side)
  // parse and validate (read side)
  "imports.issue.NIK_INVALID_LENGTH": 'A NIK has 16 digits; this one has {length} ("{value}"). A NIK with a digit too few or too many is never repaired automatically: check the source document.',
  "imports.issue.NIK_NOT_NUMERIC": 'A NIK holds digits only: "{value}".',
  "imports.issue.NIK_PRECISION_LOST": 'The NIK was stored as a number in Excel, so its 16th digit is lost ("{value}"). The true value cannot be recovered: ask for the file again with the NIK column formatted as text.',
  "imports.issue.NIK_BAD_DATE": 'NIK "{value}" is not valid: its province code, birth date (DDMMYY, day +40 for women) or serial is wrong.',
  "imports.issue.NIK_DUPLICATE_IN_FILE": "NIK {nik} already appears on row {first}; this row is not imported.",
  "imports.issue.KK_INVALID": 'A No. KK has 16 digits: "{value}".',
  "imports.issue.KK_PRECISION_LOST": 'The No. KK was stored as a number in Excel, so its 16th digit is lost ("{value}"). Ask for the file again with the No. KK column formatted as text.',
  "imports.issue.REGION_UNKNOWN.kecamatan": 'Kecamatan "{value}" is not in {regency}.',
  "imports.issue.REGION_UNKNOWN.desa": 'Desa/kelurahan "{value}" is not in Kecamatan {kecamatan}.',
  "imports.issue.REGION_UNKNOWN.desaAnywhere": 'Desa/kelurahan "{value}" is not in {regency}.',
  "imports.issue.REGION_UNKNOWN.desaAmbiguous": 'Desa/kelurahan "{value}" exists in more than one kecamatan ({kecamatan}); include a kecamatan column.',
  "imports.issue.DATE_INVALID": 'Date "{value}" cannot be read. Use DD-MM-YYYY, DD/MM/YYYY, YYYY-MM-DD or an Excel date cell.',
  "imports.issue.DATE_INVALID.range": "Birth date {value} is impossible (before 1900 or after today).",
  "imports.issue.REQUIRED_MISSING": "{column} is required.",
  "imports.issue.REQUIRED_MISSING.unmapped": "Required columns are not mapped: {fields}. No row can be imported until they are chosen.",
  "imports.issue.VALUE_INVALID.sex": 'Unknown sex "{value}". Use L/P, LAKI-LAKI/PEREMPUAN or 1/2.',
  "imports.issue.VALUE_INVALID.desil": 'Desil must be a number from 1 to 10: "{value}".',
  "imports.issue.VALUE_INVALID.rt": 'RT "{value}" cannot be read (a number of at most 3 digits).',
  "imports.issue.VALUE_INVALID.rw": 'RW "{value}" cannot be read (a number of at most 3 digits).',
  "imports.issue.VALUE_INVALID.rtRw": 'RT/RW "{value}" cannot be read (for example 005/002).',
  "imports.issue.VALUE_INVALID.nominal": 'Amount "{value}" cannot be read as whole rupiah (for example 750000 or 750.000).',
  "imports.issue.VALUE_INVALID.component": 'Component count {column} must be a whole number 0\u201399: "{value}".',
  "imports.issue.VALUE_INVALID.status": 'Unknown status "{value}". Use for example Aktif, Ditangguhkan, Graduasi Alamiah, Graduasi Sejahtera Mandiri, Meninggal, Pindah, Mengundurkan Diri or Tidak Eligible.',
  "imports.issue.NIK_REGION_MISMATCH": "The NIK was issued outside {regency} (region code {code}). The row is imported; check the address.",
  "imports.issue.NIK_BIRTHDATE_MISMATCH": "Birth date {date} differs from the birth date in the NIK ({nikDate}).",
  "imports.issue.NIK_SEX_MISMATCH": "Sex {sex} does not match the NIK (the NIK says {nikSex}).",
  "imports.sex.L": "male",
  "imports.sex.P": "female",
  "imports.errorWorkbook.column": "KETERANGAN",
  "imports.errorWorkbook.sheet": "Ditolak",
  "imports.errorWorkbook.reason": "Row {row}: {reasons}",
  "imports.dialog.open": "Choose a beneficiary list (Excel or CSV)",
  "imports.dialog.openFilter": "Excel workbook or CSV",
  "imports.dialog.saveErrors": "Save the rejected rows",
  "imports.dialog.saveFilter": "Excel workbook",
  "audit.entity.mapping_profile": "Column mapping profile",
  "cli.command.import": "Import a beneficiary list from an Excel (.xlsx) or CSV file",
  "cli.value.sheet": "sheet",
  "cli.value.period": "period",
  "cli.option.program": "Code of the target program, e.g. PKH (see: sidampak programs list)",
  "cli.option.sheet": "Worksheet name (default: the first sheet that looks like data)",
  "cli.option.period": "Period (tahap) of the list, e.g. 2024-Q3",
  "cli.option.dryRun": "Only check and report, save nothing",
  "cli.import.programUnknown": "Program {code} does not exist. See the programs: sidampak programs list",
  "cli.import.read": 'File {file}, sheet "{sheet}", column headers on row {row}.',
  "cli.import.counts": "Data rows: {rows}. Imported: {imported}, updated: {updated}, skipped: {skipped}, rejected: {rejected}.",
  "cli.import.dryRun": "Dry run (--dry-run): nothing was saved.",
  "cli.import.issues": "Problems by row:",
  "cli.import.issue": "Row {row} [{column}] {code}: {message}",
  "cli.import.moreIssues": "\u2026 and {count} more problems (use --json for the full list)."
  // end parse and validate (read side)
};

// shared/i18n/areas/demo.ts
var demoId = {
  "demo.title": "Data contoh",
  "demo.intro": "Isi register dengan keluarga sintetis untuk {regency}: kecamatan dan desa sebenarnya, NIK dan KK yang sah, anggota segala usia, kepesertaan PKH, Sembako, PBI-JK, dan PKH Plus selama empat tahap. Semuanya ditandai sebagai data contoh dan dapat dihapus sekaligus; data sebenarnya tidak tersentuh.",
  "demo.families": "Jumlah keluarga",
  "demo.familiesHint": "Paling banyak {max} keluarga. 100.000 keluarga memerlukan kira-kira setengah menit.",
  "demo.familiesInvalid": "Isi jumlah keluarga antara 1 dan {max}.",
  "demo.load": "Muat data contoh",
  "demo.loading": "Memuat data contoh: {done} dari {total} keluarga",
  "demo.loaded": "Data contoh dimuat: {families} keluarga, {members} anggota ({seconds} detik).",
  "demo.present": "Register berisi data contoh: {families} keluarga, {members} anggota.",
  "demo.absent": "Belum ada data contoh di register.",
  "demo.remove": "Hapus data contoh",
  "demo.removing": "Menghapus data contoh: {done} dari {total} keluarga",
  "demo.confirmRemove": "Hapus semua data contoh ({families} keluarga, {members} anggota)? Data sebenarnya tidak ikut terhapus.",
  "demo.removed": "Data contoh dihapus: {families} keluarga, {members} anggota.",
  "demo.badgeTitle": "Register berisi data contoh ({families} keluarga). Hapus di Pengaturan \u2192 Data contoh.",
  "audit.action.demo_load": "Muat data contoh",
  "audit.action.demo_remove": "Hapus data contoh",
  "audit.entity.demo": "Data contoh",
  "error.DEMO_PRESENT": "Register sudah berisi data contoh. Hapus data contoh dulu sebelum memuat ulang.",
  "error.DEMO_BUSY": "Data contoh sedang dimuat atau dihapus. Tunggu sampai selesai.",
  "cli.command.demo": "Muat data contoh ke register (atau hapus semuanya dengan --remove)",
  "cli.value.number": "jumlah",
  "cli.option.families": "Jumlah keluarga contoh, 1\u2013200.000",
  "cli.option.seed": "Benih acak: benih yang sama memberi data yang sama (bawaan: 1)",
  "cli.option.remove": "Hapus semua data contoh (data sebenarnya tidak tersentuh)",
  "cli.demo.familiesRequired": "Sebutkan jumlah keluarga dengan --families, atau --remove untuk menghapus data contoh.",
  "cli.demo.loaded": "Data contoh dimuat: {families} keluarga, {members} anggota, {enrollments} kepesertaan ({periods}) dalam {seconds} detik.",
  "cli.demo.removed": "Data contoh dihapus: {families} keluarga, {members} anggota, {enrollments} kepesertaan.",
  "cli.demo.kept": "{count} keluarga contoh yang kini berisi anggota sebenarnya dipertahankan sebagai data sebenarnya."
};
var demoEn = {
  "demo.title": "Demo data",
  "demo.intro": "Fill the register with synthetic families for {regency}: its real kecamatan and desa, valid NIKs and KKs, members of all ages, PKH, Sembako, PBI-JK and PKH Plus enrollments over four tahap. Everything is marked as demo data and removable in one step; real data is not touched.",
  "demo.families": "Number of families",
  "demo.familiesHint": "At most {max} families. 100,000 families take about half a minute.",
  "demo.familiesInvalid": "Enter a number of families between 1 and {max}.",
  "demo.load": "Load demo data",
  "demo.loading": "Loading demo data: {done} of {total} families",
  "demo.loaded": "Demo data loaded: {families} families, {members} members ({seconds} s).",
  "demo.present": "The register holds demo data: {families} families, {members} members.",
  "demo.absent": "No demo data in the register.",
  "demo.remove": "Remove demo data",
  "demo.removing": "Removing demo data: {done} of {total} families",
  "demo.confirmRemove": "Remove all demo data ({families} families, {members} members)? Real data is not removed.",
  "demo.removed": "Demo data removed: {families} families, {members} members.",
  "demo.badgeTitle": "The register holds demo data ({families} families). Remove it under Settings \u2192 Demo data.",
  "audit.action.demo_load": "Load demo data",
  "audit.action.demo_remove": "Remove demo data",
  "audit.entity.demo": "Demo data",
  "error.DEMO_PRESENT": "The register already holds demo data. Remove it before loading again.",
  "error.DEMO_BUSY": "Demo data is being loaded or removed. Wait until it has finished.",
  "cli.command.demo": "Load demo data into the register (or remove all of it with --remove)",
  "cli.value.number": "number",
  "cli.option.families": "Number of demo families, 1\u2013200,000",
  "cli.option.seed": "Random seed: the same seed gives the same data (default: 1)",
  "cli.option.remove": "Remove all demo data (real data is not touched)",
  "cli.demo.familiesRequired": "Give the number of families with --families, or --remove to remove the demo data.",
  "cli.demo.loaded": "Demo data loaded: {families} families, {members} members, {enrollments} enrollments ({periods}) in {seconds} s.",
  "cli.demo.removed": "Demo data removed: {families} families, {members} members, {enrollments} enrollments.",
  "cli.demo.kept": "{count} demo families that now hold real members were kept as real families."
};

// shared/i18n/areas/import-wizard.ts
var importWizardId = {
  "wizard.title": "Impor daftar penerima",
  "wizard.intro": "Impor daftar KPM dari Excel (.xlsx) atau CSV: SIKS-NG, bank, PT Pos, atau desa. Baris yang valid masuk sebagai satu batch yang dapat dibatalkan; baris yang ditolak dapat diunduh beserta alasannya.",
  "wizard.step.file": "1. Berkas dan program",
  "wizard.step.sheet": "2. Sheet",
  "wizard.step.mapping": "3. Pemetaan kolom",
  "wizard.step.preview": "4. Pemeriksaan",
  "wizard.step.result": "5. Hasil",
  "wizard.pickFile": "Pilih berkas\u2026",
  "wizard.noFile": "Belum ada berkas dipilih.",
  "wizard.file": "Berkas",
  "wizard.program": "Program",
  "wizard.programChoose": "\u2014 pilih program \u2014",
  "wizard.programRequired": "Pilih program terlebih dahulu.",
  "wizard.period": "Periode (tahap) daftar ini",
  "wizard.periodNone": "Tidak terkait periode",
  "wizard.periodHint": "Isi untuk daftar Final Closing (FC) satu tahap: nominal dan komponen disimpan per tahap, dan daftar dibandingkan dengan tahap sebelumnya.",
  "wizard.year": "Tahun",
  "wizard.tahap": "Tahap",
  "wizard.sheet": "Sheet",
  "wizard.sheetRows": "{count} baris",
  "wizard.sheetSuggested": "tampak berisi data",
  "wizard.next": "Lanjut",
  "wizard.back": "Kembali",
  "wizard.restart": "Impor berkas lain",
  "wizard.checking": "Memeriksa berkas\u2026",
  "wizard.headerRow": "Baris judul kolom: baris {row}",
  "wizard.column": "Kolom di berkas",
  "wizard.field": "Isian Sidampak",
  "wizard.ignore": "\u2014 abaikan \u2014",
  "wizard.applyMapping": "Periksa ulang dengan pemetaan ini",
  "wizard.profileFrom": 'Pemetaan diambil dari profil "{name}".',
  "wizard.profileName": "Nama profil pemetaan",
  "wizard.saveProfile": "Simpan sebagai profil",
  "wizard.profileSaved": 'Profil pemetaan "{name}" tersimpan; berkas dengan bentuk yang sama akan memakainya.',
  "wizard.count.rows": "Baris data",
  "wizard.count.new": "Baru",
  "wizard.count.updated": "Diperbarui",
  "wizard.count.skipped": "Tidak berubah",
  "wizard.count.rejected": "Ditolak",
  "wizard.count.warnings": "Peringatan",
  "wizard.issues": "Masalah per baris",
  "wizard.issuesMore": "Menampilkan {shown} dari {total} masalah. Unduh berkas penolakan untuk daftar lengkap.",
  "wizard.noIssues": "Tidak ada masalah ditemukan.",
  "wizard.issue.row": "Baris",
  "wizard.issue.column": "Kolom",
  "wizard.issue.code": "Kode",
  "wizard.issue.message": "Keterangan",
  "wizard.severity.error": "Ditolak",
  "wizard.severity.warning": "Peringatan",
  "wizard.downloadErrors": "Unduh berkas penolakan (.xlsx)",
  "wizard.errorsSaved": "Berkas penolakan tersimpan: {path} ({rows} baris).",
  "wizard.commit": "Impor {count} baris",
  "wizard.nothingToImport": "Tidak ada baris valid untuk diimpor.",
  "wizard.importing": "Mengimpor\u2026 {done} dari {total}",
  "wizard.cancel": "Batalkan",
  "wizard.cancelled": "Impor dibatalkan. Tidak ada data yang diubah.",
  "wizard.done": "Impor selesai: {imported} baru, {updated} diperbarui, {skipped} tidak berubah, {rejected} ditolak.",
  "wizard.comparison": "Dibandingkan dengan {period}",
  "wizard.comparison.summary": "{new} keluarga baru, {continuing} tetap, {gone} tidak ada lagi di daftar ini.",
  "wizard.gone": "Keluarga yang tidak ada lagi di daftar",
  "wizard.gone.status": "Status keluar",
  "wizard.gone.keep": "\u2014 biarkan \u2014",
  "wizard.gone.date": "Tanggal",
  "wizard.gone.reason": "Alasan",
  "wizard.gone.applyAll": "Terapkan ke semua",
  "wizard.gone.save": "Simpan status keluar",
  "wizard.gone.saved": "Status keluar tersimpan untuk {count} keluarga.",
  "wizard.history": "Riwayat impor",
  "wizard.history.empty": "Belum ada impor.",
  "wizard.history.at": "Waktu",
  "wizard.history.file": "Berkas",
  "wizard.history.program": "Program",
  "wizard.history.period": "Periode",
  "wizard.history.counts": "Baru / diperbarui / ditolak",
  "wizard.history.undo": "Batalkan impor",
  "wizard.history.undone": "Dibatalkan {at} oleh {actor}",
  "wizard.history.confirmUndo": 'Batalkan seluruh impor "{file}"? Semua keluarga, anggota, dan kepesertaan yang ditambah atau diubah oleh impor ini dikembalikan seperti sebelumnya. Catatan audit tetap disimpan.',
  "wizard.history.undoneToast": 'Impor "{file}" dibatalkan.',
  "importField.nik": "NIK",
  "importField.kk": "No. KK",
  "importField.name": "Nama",
  "importField.sex": "Jenis kelamin",
  "importField.birthPlace": "Tempat lahir",
  "importField.birthDate": "Tanggal lahir",
  "importField.relationship": "Hubungan keluarga",
  "importField.motherName": "Nama ibu kandung",
  "importField.address": "Alamat",
  "importField.rt": "RT",
  "importField.rw": "RW",
  "importField.desa": "Desa/kelurahan",
  "importField.kecamatan": "Kecamatan",
  "importField.dtksId": "ID DTKS/DTSEN",
  "importField.desil": "Desil",
  "importField.disability": "Disabilitas",
  "importField.schoolLevel": "Jenjang sekolah",
  "importField.nominal": "Nominal",
  "importField.status": "Status",
  "importField.compHamil": "Komponen ibu hamil",
  "importField.compAud": "Komponen anak usia dini",
  "importField.compSd": "Komponen SD",
  "importField.compSmp": "Komponen SMP",
  "importField.compSma": "Komponen SMA",
  "importField.compDisabil": "Komponen disabilitas berat",
  "importField.compLansia": "Komponen lanjut usia",
  "importField.compHam": "Komponen korban HAM berat",
  "status.aktif": "Aktif",
  "status.ditangguhkan": "Ditangguhkan",
  "status.graduasi_alamiah": "Graduasi alamiah",
  "status.graduasi_sejahtera_mandiri": "Graduasi sejahtera mandiri",
  "status.meninggal": "Meninggal",
  "status.pindah": "Pindah",
  "status.mengundurkan_diri": "Mengundurkan diri",
  "status.tidak_eligible": "Tidak eligible"
};
var importWizardEn = {
  "wizard.title": "Import beneficiary lists",
  "wizard.intro": "Import KPM lists from Excel (.xlsx) or CSV: SIKS-NG, banks, PT Pos, or villages. Valid rows go in as one batch that can be undone; rejected rows can be downloaded with their reasons.",
  "wizard.step.file": "1. File and program",
  "wizard.step.sheet": "2. Sheet",
  "wizard.step.mapping": "3. Column mapping",
  "wizard.step.preview": "4. Check",
  "wizard.step.result": "5. Result",
  "wizard.pickFile": "Choose file\u2026",
  "wizard.noFile": "No file chosen yet.",
  "wizard.file": "File",
  "wizard.program": "Program",
  "wizard.programChoose": "\u2014 choose a program \u2014",
  "wizard.programRequired": "Choose a program first.",
  "wizard.period": "Period (tahap) of this list",
  "wizard.periodNone": "Not tied to a period",
  "wizard.periodHint": "Fill in for a Final Closing (FC) list of one tahap: amounts and components are kept per tahap, and the list is compared with the previous tahap.",
  "wizard.year": "Year",
  "wizard.tahap": "Tahap",
  "wizard.sheet": "Sheet",
  "wizard.sheetRows": "{count} rows",
  "wizard.sheetSuggested": "looks like data",
  "wizard.next": "Next",
  "wizard.back": "Back",
  "wizard.restart": "Import another file",
  "wizard.checking": "Checking the file\u2026",
  "wizard.headerRow": "Header row: row {row}",
  "wizard.column": "Column in the file",
  "wizard.field": "Sidampak field",
  "wizard.ignore": "\u2014 ignore \u2014",
  "wizard.applyMapping": "Check again with this mapping",
  "wizard.profileFrom": 'Mapping taken from profile "{name}".',
  "wizard.profileName": "Mapping profile name",
  "wizard.saveProfile": "Save as profile",
  "wizard.profileSaved": 'Mapping profile "{name}" saved; files of the same shape will use it.',
  "wizard.count.rows": "Data rows",
  "wizard.count.new": "New",
  "wizard.count.updated": "Updated",
  "wizard.count.skipped": "Unchanged",
  "wizard.count.rejected": "Rejected",
  "wizard.count.warnings": "Warnings",
  "wizard.issues": "Problems by row",
  "wizard.issuesMore": "Showing {shown} of {total} problems. Download the rejection file for the full list.",
  "wizard.noIssues": "No problems found.",
  "wizard.issue.row": "Row",
  "wizard.issue.column": "Column",
  "wizard.issue.code": "Code",
  "wizard.issue.message": "Explanation",
  "wizard.severity.error": "Rejected",
  "wizard.severity.warning": "Warning",
  "wizard.downloadErrors": "Download rejection file (.xlsx)",
  "wizard.errorsSaved": "Rejection file saved: {path} ({rows} rows).",
  "wizard.commit": "Import {count} rows",
  "wizard.nothingToImport": "No valid rows to import.",
  "wizard.importing": "Importing\u2026 {done} of {total}",
  "wizard.cancel": "Cancel",
  "wizard.cancelled": "Import cancelled. No data was changed.",
  "wizard.done": "Import finished: {imported} new, {updated} updated, {skipped} unchanged, {rejected} rejected.",
  "wizard.comparison": "Compared with {period}",
  "wizard.comparison.summary": "{new} new families, {continuing} continuing, {gone} no longer on this list.",
  "wizard.gone": "Families no longer on the list",
  "wizard.gone.status": "Exit status",
  "wizard.gone.keep": "\u2014 leave as is \u2014",
  "wizard.gone.date": "Date",
  "wizard.gone.reason": "Reason",
  "wizard.gone.applyAll": "Apply to all",
  "wizard.gone.save": "Save exit statuses",
  "wizard.gone.saved": "Exit status saved for {count} families.",
  "wizard.history": "Import history",
  "wizard.history.empty": "No imports yet.",
  "wizard.history.at": "Time",
  "wizard.history.file": "File",
  "wizard.history.program": "Program",
  "wizard.history.period": "Period",
  "wizard.history.counts": "New / updated / rejected",
  "wizard.history.undo": "Undo import",
  "wizard.history.undone": "Undone {at} by {actor}",
  "wizard.history.confirmUndo": 'Undo the whole import "{file}"? Every family, member and enrollment it added or changed goes back to how it was. The audit trail is kept.',
  "wizard.history.undoneToast": 'Import "{file}" undone.',
  "importField.nik": "NIK",
  "importField.kk": "KK number",
  "importField.name": "Name",
  "importField.sex": "Sex",
  "importField.birthPlace": "Place of birth",
  "importField.birthDate": "Date of birth",
  "importField.relationship": "Relationship",
  "importField.motherName": "Mother's maiden name",
  "importField.address": "Address",
  "importField.rt": "RT",
  "importField.rw": "RW",
  "importField.desa": "Village",
  "importField.kecamatan": "Kecamatan",
  "importField.dtksId": "DTKS/DTSEN ID",
  "importField.desil": "Desil",
  "importField.disability": "Disability",
  "importField.schoolLevel": "School level",
  "importField.nominal": "Amount",
  "importField.status": "Status",
  "importField.compHamil": "Pregnancy component",
  "importField.compAud": "Early-childhood component",
  "importField.compSd": "Primary-school component",
  "importField.compSmp": "Junior-high component",
  "importField.compSma": "Senior-high component",
  "importField.compDisabil": "Severe-disability component",
  "importField.compLansia": "Elderly component",
  "importField.compHam": "Human-rights-victim component",
  "status.aktif": "Active",
  "status.ditangguhkan": "Suspended",
  "status.graduasi_alamiah": "Natural graduation",
  "status.graduasi_sejahtera_mandiri": "Self-reliant graduation",
  "status.meninggal": "Deceased",
  "status.pindah": "Moved",
  "status.mengundurkan_diri": "Withdrew",
  "status.tidak_eligible": "Not eligible"
};

// shared/i18n/id.ts
var id = {
  "app.name": "Sidampak",
  "app.tagline": "Sistem Informasi Dampak Bantuan Sosial",
  "app.loading": "Memuat\u2026",
  "app.demoMarker": "Data contoh",
  "nav.home": "Beranda",
  "nav.programs": "Program",
  "nav.beneficiaries": "Penerima (KPM)",
  "nav.imports": "Impor",
  "nav.disbursements": "Penyaluran",
  "nav.impact": "Dampak",
  "nav.reports": "Laporan",
  "nav.settings": "Pengaturan",
  "notBuilt.title": "{area} belum tersedia",
  "notBuilt.body": "Bagian ini belum dibangun pada versi ini. Yang akan tersedia di sini:",
  "notBuilt.beneficiaries": "Register keluarga (KK) dan anggota (NIK) per program, status dan riwayatnya, pencarian NIK dan nama, ekspor ke Excel.",
  "notBuilt.imports": "Impor daftar penerima dari Excel (SIKS-NG, bank, PT Pos, desa) dengan pemeriksaan NIK/KK, pratinjau, dan pembatalan per batch.",
  "notBuilt.disbursements": "Alokasi dan realisasi penyaluran per tahap, rekonsiliasi daftar bank, dan penutupan triwulan.",
  "notBuilt.impact": "Graduasi, indikator kesejahteraan, statistik kemiskinan BPS, dan grafik dampak.",
  "notBuilt.reports": "Laporan triwulan untuk Dinas Sosial Provinsi: cetak, PDF, dan Excel.",
  "home.title": "Beranda",
  "home.welcome": "Selamat datang di Sidampak, {office}.",
  "home.programsActive": "Program aktif",
  "home.programsTotal": "{count} program terdaftar",
  "home.regency": "Wilayah kerja",
  "home.kecamatanCount": "{count} kecamatan",
  "home.lastBackup": "Cadangan terakhir",
  "home.noBackup": "Belum ada cadangan",
  "home.nextSteps": "Fitur register penerima, impor, penyaluran, dampak, dan laporan akan hadir pada versi berikutnya.",
  "setup.title": "Penyiapan awal Sidampak",
  "setup.intro": "Sebelum mulai, pilih kabupaten/kota kantor Anda dan isi profil kantor yang akan tercetak pada kop surat dan blok tanda tangan.",
  "setup.step1": "1. Wilayah kerja",
  "setup.step2": "2. Profil kantor",
  "setup.province": "Provinsi",
  "setup.regency": "Kabupaten/kota",
  "setup.choose": "\u2014 pilih \u2014",
  "setup.next": "Lanjut",
  "setup.back": "Kembali",
  "setup.finish": "Simpan dan mulai",
  "setup.saving": "Menyimpan dan menyiapkan katalog program\u2026",
  "setup.regencyRequired": "Pilih kabupaten/kota terlebih dahulu.",
  "profile.title": "Profil kantor",
  "profile.officeName": "Nama kantor",
  "profile.address": "Alamat",
  "profile.phone": "Telepon",
  "profile.email": "E-mail",
  "profile.emblem": "Lambang daerah (PNG/JPEG)",
  "profile.emblemNone": "Belum ada lambang",
  "profile.emblemRemove": "Hapus lambang",
  "profile.headName": "Nama Kepala Dinas",
  "profile.headRank": "Pangkat/golongan",
  "profile.headNip": "NIP Kepala Dinas",
  "profile.placeName": "Nama tempat untuk tanggal surat",
  "profile.placeExample": "Contoh tanggal surat: {example}",
  "profile.saved": "Profil kantor tersimpan.",
  "profile.save": "Simpan profil",
  "programs.title": "Register program",
  "programs.add": "Tambah program",
  "programs.addVariant": "Buat varian daerah",
  "programs.edit": "Ubah",
  "programs.deactivate": "Nonaktifkan",
  "programs.activate": "Aktifkan kembali",
  "programs.showInactive": "Tampilkan program nonaktif",
  "programs.empty": "Belum ada program.",
  "programs.col.code": "Kode",
  "programs.col.name": "Nama program",
  "programs.col.level": "Tingkat",
  "programs.col.funding": "Sumber dana",
  "programs.col.parent": "Program induk",
  "programs.col.benefit": "Manfaat",
  "programs.col.desil": "Desil sasaran",
  "programs.col.status": "Status",
  "programs.col.actions": "Tindakan",
  "programs.status.active": "Aktif",
  "programs.status.inactive": "Nonaktif",
  "programs.uncertain": "Nilai belum pasti",
  "programs.created": "Program {code} tersimpan.",
  "programs.updated": "Perubahan program {code} tersimpan.",
  "programs.deactivated": "Program {code} dinonaktifkan.",
  "programs.activated": "Program {code} diaktifkan kembali.",
  "programs.confirmDeactivate": "Nonaktifkan program {code}? Data program tetap tersimpan dan dapat diaktifkan kembali.",
  "programs.detail": "Rincian program",
  "programs.changesFromParent": "Perubahan dari program induk {code}",
  "programs.noChanges": "Belum ada perubahan dari program induk.",
  "programs.since": "sejak {date}",
  "programs.variants": "Varian daerah",
  "programs.change.field": "Unsur",
  "programs.change.parent": "Induk",
  "programs.change.variant": "Varian",
  "form.newTitle": "Program baru",
  "form.variantTitle": "Varian daerah dari {code}",
  "form.editTitle": "Ubah program {code}",
  "form.code": "Kode program",
  "form.name": "Nama program",
  "form.description": "Keterangan",
  "form.level": "Tingkat pemerintahan",
  "form.funding": "Sumber dana",
  "form.parent": "Program induk (varian dari)",
  "form.noParent": "\u2014 bukan varian \u2014",
  "form.benefitKind": "Bentuk manfaat",
  "form.frequency": "Frekuensi penyaluran",
  "form.activeFrom": "Berlaku mulai",
  "form.activeTo": "Berlaku sampai (kosongkan bila tanpa batas)",
  "form.desilMin": "Desil dari",
  "form.desilMax": "Desil sampai",
  "form.desilNone": "\u2014",
  "form.uncertainNote": "Catatan nilai belum pasti",
  "form.unit": "Satuan nominal",
  "form.perPerson": "Dibayar per jiwa (bukan per keluarga)",
  "form.inKindNote": "Uraian bantuan barang/layanan",
  "form.maxComponents": "Maksimal komponen per keluarga (kosongkan bila tanpa batas)",
  "form.components": "Komponen dan nominal per tahun",
  "form.componentCode": "Kode",
  "form.componentName": "Komponen",
  "form.addComponent": "Tambah komponen",
  "form.removeComponent": "Hapus komponen",
  "form.amounts": "Nominal bertanggal",
  "form.validFrom": "Berlaku mulai",
  "form.amount": "Nominal (Rp)",
  "form.addAmount": "Tambah nominal",
  "form.removeAmount": "Hapus",
  "form.quotas": "Kuota per kecamatan (opsional)",
  "form.quota": "Kuota KPM",
  "form.save": "Simpan",
  "form.cancel": "Batal",
  "form.invalid": "Periksa kembali isian yang ditandai.",
  "level.pusat": "Pusat",
  "level.provinsi": "Provinsi",
  "level.kabkota": "Kabupaten/kota",
  "level.desa": "Desa",
  "funding.APBN": "APBN",
  "funding.APBD_PROV": "APBD Provinsi",
  "funding.APBD_KABKOTA": "APBD Kabupaten/Kota",
  "funding.DANA_DESA": "Dana Desa",
  "funding.DAK": "DAK",
  "funding.CSR": "CSR",
  "funding.BAZNAS": "BAZNAS",
  "funding.LAINNYA": "Lainnya",
  "frequency.monthly": "Bulanan",
  "frequency.tahap": "Per tahap (triwulan)",
  "frequency.yearly": "Tahunan",
  "frequency.once": "Sekali",
  "frequency.case": "Per kasus",
  "benefit.components": "Per komponen (seperti PKH)",
  "benefit.flat": "Nominal tetap",
  "benefit.in_kind": "Barang/layanan",
  "unit.month": "per bulan",
  "unit.tahap": "per tahap",
  "unit.year": "per tahun",
  "unit.once": "sekali",
  "benefit.summary.components": "{count} komponen",
  "benefit.summary.flat": "{amount} {unit}",
  "benefit.summary.perPerson": "per jiwa",
  "settings.title": "Pengaturan",
  "settings.regency": "Wilayah kerja",
  "settings.changeRegency": "Ganti kabupaten/kota",
  "settings.confirmRegency": "Ganti wilayah kerja menjadi {name}? Daftar kecamatan dan desa akan diganti.",
  "settings.regencyChanged": "Wilayah kerja diganti menjadi {name}.",
  "settings.language": "Bahasa",
  "settings.backups": "Cadangan basis data",
  "settings.backupsIntro": "Sidampak mencadangkan basis data sebelum setiap pembaruan skema dan sekali sehari, dan menyimpan 7 cadangan terakhir.",
  "settings.backupNow": "Cadangkan sekarang",
  "settings.backupCreated": "Cadangan {file} dibuat.",
  "settings.restore": "Pulihkan",
  "settings.confirmRestore": "Pulihkan basis data dari cadangan {file}? Basis data saat ini akan dicadangkan terlebih dahulu, lalu diganti.",
  "settings.restored": "Basis data dipulihkan dari {file}.",
  "settings.noBackups": "Belum ada cadangan.",
  "settings.backup.file": "Berkas",
  "settings.backup.at": "Waktu",
  "settings.backup.reason": "Alasan",
  "settings.backup.size": "Ukuran",
  "backupReason.daily": "Harian",
  "backupReason.premigration": "Sebelum pembaruan skema",
  "backupReason.manual": "Manual",
  "backupReason.prerestore": "Sebelum pemulihan",
  "settings.audit": "Riwayat perubahan",
  "settings.audit.at": "Waktu",
  "settings.audit.actor": "Pengguna",
  "settings.audit.action": "Tindakan",
  "settings.audit.entity": "Data",
  "audit.action.create": "Tambah",
  "audit.action.update": "Ubah",
  "audit.action.activate": "Aktifkan",
  "audit.action.deactivate": "Nonaktifkan",
  "audit.entity.program": "Program",
  "audit.entity.setting": "Pengaturan",
  "settings.about": "Tentang",
  "settings.aboutVersion": "Versi {version}, skema basis data {schema}",
  "settings.aboutDb": "Berkas basis data: {path}",
  "settings.attribution": "Data wilayah administrasi: idn-area-data (kode MIT, data ODbL \u2014 Open Database License), bersumber dari kode wilayah Kemendagri.",
  "common.yes": "Ya",
  "common.no": "Tidak",
  "common.close": "Tutup",
  "common.confirm": "Konfirmasi",
  "common.cancel": "Batal",
  "common.error": "Terjadi kesalahan",
  "common.none": "\u2014",
  "error.VALIDATION_FAILED": "Isian tidak valid. Periksa kembali data yang dikirim.",
  "error.UNKNOWN_CHANNEL": "Permintaan tidak dikenal.",
  "error.FORBIDDEN_SENDER": "Permintaan ditolak karena tidak berasal dari jendela aplikasi.",
  "error.NOT_FOUND": "Data yang diminta tidak ditemukan.",
  "error.SETUP_REQUIRED": "Penyiapan awal belum dilakukan. Pilih kabupaten/kota terlebih dahulu.",
  "error.SETUP_ALREADY_DONE": "Penyiapan awal sudah pernah dilakukan.",
  "error.REGENCY_UNKNOWN": "Kode kabupaten/kota {code} tidak dikenal. Gunakan kode Kemendagri seperti 35.15 (Kabupaten Sidoarjo).",
  "error.PROVINCE_UNKNOWN": "Kode provinsi {code} tidak dikenal.",
  "error.PROGRAM_CODE_TAKEN": "Kode program {code} sudah dipakai. Gunakan kode lain.",
  "error.PROGRAM_PARENT_INVALID": "Program induk tidak valid: sebuah program tidak dapat menjadi varian dari dirinya sendiri atau dari variannya.",
  "error.PROGRAM_HAS_ACTIVE_VARIANTS": "Program {code} masih memiliki varian aktif ({variants}). Nonaktifkan varian tersebut terlebih dahulu.",
  "error.IMAGE_INVALID": "Gambar lambang harus PNG atau JPEG dan berukuran paling besar 500 KB.",
  "error.BACKUP_NOT_FOUND": "Cadangan {file} tidak ditemukan.",
  "error.BACKUP_INVALID": "Berkas cadangan {file} rusak atau bukan basis data Sidampak.",
  "error.DATABASE_NEWER": "Basis data dibuat oleh versi Sidampak yang lebih baru (skema {found}, aplikasi ini {supported}). Perbarui aplikasi.",
  "error.IMPORT_CANCELLED": "Impor dibatalkan. Tidak ada data yang diubah.",
  "error.IMPORT_BUSY": "Impor lain sedang berjalan. Tunggu sampai selesai atau batalkan dulu.",
  "error.BATCH_UNDO_BLOCKED": "Impor #{batch} tidak dapat dibatalkan karena data yang ditulisnya sudah diubah lagi oleh {by}. Batalkan perubahan itu terlebih dahulu.",
  "error.BATCH_ALREADY_UNDONE": "Impor #{batch} sudah dibatalkan sebelumnya.",
  "error.STATUS_UNKNOWN": 'Status kepesertaan "{status}" tidak dikenal.',
  "error.FILE_NOT_FOUND": "Berkas {file} tidak ditemukan. Mungkin sudah dipindah, diganti namanya, atau dihapus.",
  "error.FILE_LEGACY_XLS": "Berkas {file} berformat Excel lama (.xls). Buka di Excel lalu simpan sebagai .xlsx (File \u2192 Simpan Sebagai \u2192 Buku Kerja Excel), kemudian impor berkas .xlsx tersebut.",
  "error.FILE_ENCRYPTED": "Berkas {file} dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File \u2192 Info \u2192 Proteksi Buku Kerja \u2192 Enkripsi dengan Kata Sandi, kosongkan), simpan, lalu impor lagi.",
  "error.FILE_NOT_WORKBOOK": "Berkas {file} bukan buku kerja Excel (.xlsx) atau CSV. Pilih berkas .xlsx atau .csv; bila berkas dibuka di Excel, simpan sebagai .xlsx terlebih dahulu.",
  "error.FILE_CORRUPT": "Berkas {file} rusak atau tidak lengkap (mungkin terpotong saat diunduh atau disalin). Unduh atau minta ulang berkasnya.",
  "error.FILE_EMPTY": "Berkas {file} tidak berisi data: tidak ada lembar kerja atau semua lembar kosong.",
  "error.HEADER_NOT_FOUND": 'Baris judul kolom tidak ditemukan pada lembar "{sheet}". Pastikan ada satu baris berisi judul kolom seperti NIK, NO KK, dan NAMA.',
  "error.SHEET_NOT_FOUND": 'Lembar "{sheet}" tidak ada dalam berkas {file}.',
  "error.INTERNAL": "Terjadi kesalahan tak terduga. Data tidak diubah. Coba lagi; bila berulang, hubungi pengelola aplikasi.",
  "validation.required": "Wajib diisi.",
  "validation.tooShort": "Terlalu pendek (minimal {min} karakter).",
  "validation.tooLong": "Terlalu panjang (maksimal {max} karakter).",
  "validation.number": "Harus berupa angka bulat.",
  "validation.min": "Paling kecil {min}.",
  "validation.max": "Paling besar {max}.",
  "validation.choice": "Pilih salah satu pilihan.",
  "validation.invalid": "Isian tidak valid.",
  "validation.date.invalid": "Tanggal tidak valid (format TTTT-BB-HH).",
  "validation.program.code": "Kode 2\u201320 karakter: huruf besar, angka, atau tanda hubung (contoh: PKH-SDA).",
  "validation.program.activeRange": "Tanggal akhir tidak boleh sebelum tanggal mulai.",
  "validation.program.desilBoth": "Isi desil dari dan sampai, atau kosongkan keduanya.",
  "validation.program.desilRange": "Desil sampai tidak boleh lebih kecil dari desil dari.",
  "validation.component.code": "Kode komponen: huruf besar, angka, atau garis bawah (contoh: SD, LANSIA).",
  "validation.component.duplicate": "Kode komponen tidak boleh kembar.",
  "validation.amounts.duplicateDate": "Tanggal berlaku nominal tidak boleh kembar.",
  "validation.quota.duplicate": "Kecamatan tidak boleh muncul dua kali.",
  "validation.emblem.tooLarge": "Gambar terlalu besar (maksimal 500 KB).",
  "validation.emblem.format": "Gambar harus PNG atau JPEG.",
  "validation.phone.format": "Nomor telepon hanya berisi angka, spasi, +, ( ) dan -.",
  "validation.email": "Alamat e-mail tidak valid.",
  "validation.nip.invalid": "NIP harus 18 digit dengan tanggal lahir, TMT, dan kode jenis kelamin yang benar.",
  "validation.regency.code": "Kode kabupaten/kota tidak valid.",
  "cli.title": "Sidampak {version}: baris perintah Sistem Informasi Dampak Bantuan Sosial",
  "cli.help.usage": "Penggunaan:",
  "cli.help.commands": "Perintah:",
  "cli.help.options": "Opsi:",
  "cli.help.globalOptions": "Opsi umum (berlaku untuk semua perintah):",
  "cli.help.database": "Basis data bawaan: {path}. Ganti dengan --db atau variabel lingkungan SIDAMPAK_DB; cadangan disimpan di folder backups di sebelahnya.",
  "cli.help.exitCodes": "Kode keluar: 0 berhasil, 1 perintah gagal, 2 penulisan perintah salah.",
  "cli.help.more": "Bantuan satu perintah: sidampak <perintah> --help",
  "cli.help.required": "(wajib)",
  "cli.value.file": "berkas",
  "cli.value.code": "kode",
  "cli.value.name": "nama",
  "cli.value.command": "perintah",
  "cli.value.options": "opsi",
  "cli.option.db": "Berkas basis data yang dipakai",
  "cli.option.json": "Keluaran JSON untuk skrip (pesan galat tetap ke stderr)",
  "cli.option.help": "Tampilkan bantuan",
  "cli.option.version": "Tampilkan versi aplikasi",
  "cli.option.regency": "Kode Kemendagri kabupaten/kota, misalnya 35.15 (Kabupaten Sidoarjo)",
  "cli.option.officeName": "Nama kantor pada kop surat (bawaan: Dinas Sosial <nama kabupaten/kota>)",
  "cli.option.place": "Nama tempat pada tanggal surat (bawaan: nama kabupaten/kota)",
  "cli.option.all": "Sertakan program nonaktif",
  "cli.command.help": "Tampilkan bantuan perintah",
  "cli.command.init": "Siapkan basis data untuk satu kabupaten/kota beserta katalog program awal",
  "cli.command.programs.list": "Tampilkan register program",
  "cli.error.line": "Galat [{code}]: {message}",
  "cli.error.UNKNOWN_COMMAND": 'Perintah "{command}" tidak dikenal.',
  "cli.error.subcommand": 'Perintah "{command}" memerlukan subperintah: {choices}.',
  "cli.error.unknownOption": "Opsi {option} tidak dikenal.",
  "cli.error.optionNotHere": 'Opsi {option} tidak berlaku untuk perintah "{command}".',
  "cli.error.missingValue": "Opsi {option} memerlukan nilai.",
  "cli.error.noValue": "Opsi {option} tidak menerima nilai.",
  "cli.error.repeated": "Opsi {option} diberikan lebih dari sekali.",
  "cli.error.required": "Opsi {option} wajib diisi.",
  "cli.error.unexpected": 'Argumen "{arg}" tidak diharapkan.',
  "cli.hint.help": "Lihat: {command} --help",
  "cli.hint.init": "Siapkan dulu basis datanya: sidampak init --regency <kode kabupaten/kota>",
  "cli.init.done": "Basis data siap untuk {regency}, {province}.",
  "cli.init.regions": "Wilayah kerja: {kecamatan} kecamatan, {villages} desa/kelurahan.",
  "cli.init.programs": "Katalog program awal: {count} program ({codes}).",
  "cli.init.file": "Berkas basis data: {path}",
  "cli.programs.count": "{count} program.",
  ...beneficiariesId,
  ...importsId,
  ...demoId,
  ...importWizardId
};

// shared/i18n/en.ts
var en = {
  "app.name": "Sidampak",
  "app.tagline": "Social Assistance Impact Information System",
  "app.loading": "Loading\u2026",
  "app.demoMarker": "Demo data",
  "nav.home": "Home",
  "nav.programs": "Programs",
  "nav.beneficiaries": "Beneficiaries (KPM)",
  "nav.imports": "Import",
  "nav.disbursements": "Disbursement",
  "nav.impact": "Impact",
  "nav.reports": "Reports",
  "nav.settings": "Settings",
  "notBuilt.title": "{area} is not available yet",
  "notBuilt.body": "This area is not built in this version. What will be here:",
  "notBuilt.beneficiaries": "Register of families (KK) and members (NIK) per program, status and history, NIK and name search, Excel export.",
  "notBuilt.imports": "Import of beneficiary lists from Excel (SIKS-NG, banks, PT Pos, villages) with NIK/KK checks, preview, and undo per batch.",
  "notBuilt.disbursements": "Allocation and realisation per tahap, reconciliation of bank lists, and quarter close.",
  "notBuilt.impact": "Graduation, welfare indicators, BPS poverty statistics, and impact charts.",
  "notBuilt.reports": "Quarterly report for the provincial social office: print, PDF, and Excel.",
  "home.title": "Home",
  "home.welcome": "Welcome to Sidampak, {office}.",
  "home.programsActive": "Active programs",
  "home.programsTotal": "{count} programs registered",
  "home.regency": "Working area",
  "home.kecamatanCount": "{count} kecamatan",
  "home.lastBackup": "Last backup",
  "home.noBackup": "No backup yet",
  "home.nextSteps": "The beneficiary register, import, disbursement, impact and reports arrive in the next versions.",
  "setup.title": "Sidampak first-time setup",
  "setup.intro": "Before you start, choose your office's kabupaten/kota and fill in the office profile printed on letterheads and signature blocks.",
  "setup.step1": "1. Working area",
  "setup.step2": "2. Office profile",
  "setup.province": "Province",
  "setup.regency": "Kabupaten/kota",
  "setup.choose": "\u2014 choose \u2014",
  "setup.next": "Next",
  "setup.back": "Back",
  "setup.finish": "Save and start",
  "setup.saving": "Saving and preparing the program catalogue\u2026",
  "setup.regencyRequired": "Choose a kabupaten/kota first.",
  "profile.title": "Office profile",
  "profile.officeName": "Office name",
  "profile.address": "Address",
  "profile.phone": "Phone",
  "profile.email": "E-mail",
  "profile.emblem": "Regional emblem (PNG/JPEG)",
  "profile.emblemNone": "No emblem yet",
  "profile.emblemRemove": "Remove emblem",
  "profile.headName": "Head of office (Kepala Dinas)",
  "profile.headRank": "Rank/grade",
  "profile.headNip": "Head of office NIP",
  "profile.placeName": "Place name for letter dates",
  "profile.placeExample": "Example letter date: {example}",
  "profile.saved": "Office profile saved.",
  "profile.save": "Save profile",
  "programs.title": "Program register",
  "programs.add": "Add program",
  "programs.addVariant": "Create regional variant",
  "programs.edit": "Edit",
  "programs.deactivate": "Deactivate",
  "programs.activate": "Reactivate",
  "programs.showInactive": "Show inactive programs",
  "programs.empty": "No programs yet.",
  "programs.col.code": "Code",
  "programs.col.name": "Program name",
  "programs.col.level": "Level",
  "programs.col.funding": "Funding",
  "programs.col.parent": "Parent program",
  "programs.col.benefit": "Benefit",
  "programs.col.desil": "Target desil",
  "programs.col.status": "Status",
  "programs.col.actions": "Actions",
  "programs.status.active": "Active",
  "programs.status.inactive": "Inactive",
  "programs.uncertain": "Amount not confirmed",
  "programs.created": "Program {code} saved.",
  "programs.updated": "Changes to program {code} saved.",
  "programs.deactivated": "Program {code} deactivated.",
  "programs.activated": "Program {code} reactivated.",
  "programs.confirmDeactivate": "Deactivate program {code}? Its data is kept and it can be reactivated.",
  "programs.detail": "Program details",
  "programs.changesFromParent": "Changes from parent program {code}",
  "programs.noChanges": "No changes from the parent program yet.",
  "programs.since": "since {date}",
  "programs.variants": "Regional variants",
  "programs.change.field": "Item",
  "programs.change.parent": "Parent",
  "programs.change.variant": "Variant",
  "form.newTitle": "New program",
  "form.variantTitle": "Regional variant of {code}",
  "form.editTitle": "Edit program {code}",
  "form.code": "Program code",
  "form.name": "Program name",
  "form.description": "Description",
  "form.level": "Government level",
  "form.funding": "Funding source",
  "form.parent": "Parent program (variant of)",
  "form.noParent": "\u2014 not a variant \u2014",
  "form.benefitKind": "Benefit type",
  "form.frequency": "Disbursement frequency",
  "form.activeFrom": "Valid from",
  "form.activeTo": "Valid until (leave empty if open-ended)",
  "form.desilMin": "Desil from",
  "form.desilMax": "Desil to",
  "form.desilNone": "\u2014",
  "form.uncertainNote": "Note on unconfirmed amounts",
  "form.unit": "Amount unit",
  "form.perPerson": "Paid per person (not per family)",
  "form.inKindNote": "Description of goods/services",
  "form.maxComponents": "Maximum components per family (leave empty for no limit)",
  "form.components": "Components and yearly amounts",
  "form.componentCode": "Code",
  "form.componentName": "Component",
  "form.addComponent": "Add component",
  "form.removeComponent": "Remove component",
  "form.amounts": "Dated amounts",
  "form.validFrom": "Valid from",
  "form.amount": "Amount (Rp)",
  "form.addAmount": "Add amount",
  "form.removeAmount": "Remove",
  "form.quotas": "Quota per kecamatan (optional)",
  "form.quota": "KPM quota",
  "form.save": "Save",
  "form.cancel": "Cancel",
  "form.invalid": "Check the marked fields.",
  "level.pusat": "Central",
  "level.provinsi": "Province",
  "level.kabkota": "Regency/city",
  "level.desa": "Village",
  "funding.APBN": "APBN (state budget)",
  "funding.APBD_PROV": "Provincial budget",
  "funding.APBD_KABKOTA": "Regency/city budget",
  "funding.DANA_DESA": "Village fund",
  "funding.DAK": "DAK",
  "funding.CSR": "CSR",
  "funding.BAZNAS": "BAZNAS",
  "funding.LAINNYA": "Other",
  "frequency.monthly": "Monthly",
  "frequency.tahap": "Per tahap (quarter)",
  "frequency.yearly": "Yearly",
  "frequency.once": "Once",
  "frequency.case": "Per case",
  "benefit.components": "Per component (like PKH)",
  "benefit.flat": "Flat amount",
  "benefit.in_kind": "Goods/services",
  "unit.month": "per month",
  "unit.tahap": "per tahap",
  "unit.year": "per year",
  "unit.once": "once",
  "benefit.summary.components": "{count} components",
  "benefit.summary.flat": "{amount} {unit}",
  "benefit.summary.perPerson": "per person",
  "settings.title": "Settings",
  "settings.regency": "Working area",
  "settings.changeRegency": "Change kabupaten/kota",
  "settings.confirmRegency": "Change the working area to {name}? The kecamatan and village lists will be replaced.",
  "settings.regencyChanged": "Working area changed to {name}.",
  "settings.language": "Language",
  "settings.backups": "Database backups",
  "settings.backupsIntro": "Sidampak backs up the database before every schema update and once a day, and keeps the last 7 backups.",
  "settings.backupNow": "Back up now",
  "settings.backupCreated": "Backup {file} created.",
  "settings.restore": "Restore",
  "settings.confirmRestore": "Restore the database from backup {file}? The current database is backed up first, then replaced.",
  "settings.restored": "Database restored from {file}.",
  "settings.noBackups": "No backups yet.",
  "settings.backup.file": "File",
  "settings.backup.at": "Time",
  "settings.backup.reason": "Reason",
  "settings.backup.size": "Size",
  "backupReason.daily": "Daily",
  "backupReason.premigration": "Before schema update",
  "backupReason.manual": "Manual",
  "backupReason.prerestore": "Before restore",
  "settings.audit": "Change history",
  "settings.audit.at": "Time",
  "settings.audit.actor": "User",
  "settings.audit.action": "Action",
  "settings.audit.entity": "Record",
  "audit.action.create": "Create",
  "audit.action.update": "Update",
  "audit.action.activate": "Activate",
  "audit.action.deactivate": "Deactivate",
  "audit.entity.program": "Program",
  "audit.entity.setting": "Setting",
  "settings.about": "About",
  "settings.aboutVersion": "Version {version}, database schema {schema}",
  "settings.aboutDb": "Database file: {path}",
  "settings.attribution": "Administrative region data: idn-area-data (code MIT, data ODbL \u2014 Open Database License), from the Kemendagri region codes.",
  "common.yes": "Yes",
  "common.no": "No",
  "common.close": "Close",
  "common.confirm": "Confirm",
  "common.cancel": "Cancel",
  "common.error": "Something went wrong",
  "common.none": "\u2014",
  "error.VALIDATION_FAILED": "Invalid input. Check the data sent.",
  "error.UNKNOWN_CHANNEL": "Unknown request.",
  "error.FORBIDDEN_SENDER": "Request refused: it did not come from the application window.",
  "error.NOT_FOUND": "The requested data was not found.",
  "error.SETUP_REQUIRED": "First-time setup has not been done. Choose a kabupaten/kota first.",
  "error.SETUP_ALREADY_DONE": "First-time setup has already been done.",
  "error.REGENCY_UNKNOWN": "Unknown kabupaten/kota code {code}. Use a Kemendagri code such as 35.15 (Kabupaten Sidoarjo).",
  "error.PROVINCE_UNKNOWN": "Unknown province code {code}.",
  "error.PROGRAM_CODE_TAKEN": "Program code {code} is already used. Choose another code.",
  "error.PROGRAM_PARENT_INVALID": "Invalid parent program: a program cannot be a variant of itself or of its own variant.",
  "error.PROGRAM_HAS_ACTIVE_VARIANTS": "Program {code} still has active variants ({variants}). Deactivate them first.",
  "error.IMAGE_INVALID": "The emblem must be a PNG or JPEG image of at most 500 KB.",
  "error.BACKUP_NOT_FOUND": "Backup {file} was not found.",
  "error.BACKUP_INVALID": "Backup file {file} is damaged or not a Sidampak database.",
  "error.DATABASE_NEWER": "The database was made by a newer Sidampak (schema {found}, this app {supported}). Update the application.",
  "error.IMPORT_CANCELLED": "Import cancelled. No data was changed.",
  "error.IMPORT_BUSY": "Another import is running. Wait for it to finish or cancel it first.",
  "error.BATCH_UNDO_BLOCKED": "Import #{batch} cannot be undone: the data it wrote was changed again by {by}. Undo that change first.",
  "error.BATCH_ALREADY_UNDONE": "Import #{batch} has already been undone.",
  "error.STATUS_UNKNOWN": 'Enrollment status "{status}" is unknown.',
  "error.FILE_NOT_FOUND": "File {file} was not found. It may have been moved, renamed or deleted.",
  "error.FILE_LEGACY_XLS": "File {file} is in the old Excel format (.xls). Open it in Excel and save it as .xlsx (File \u2192 Save As \u2192 Excel Workbook), then import the .xlsx file.",
  "error.FILE_ENCRYPTED": "File {file} is password-protected. Open it in Excel, remove the password (File \u2192 Info \u2192 Protect Workbook \u2192 Encrypt with Password, clear it), save, and import again.",
  "error.FILE_NOT_WORKBOOK": "File {file} is not an Excel workbook (.xlsx) or a CSV file. Choose an .xlsx or .csv file; if Excel opens it, save it as .xlsx first.",
  "error.FILE_CORRUPT": "File {file} is damaged or incomplete (perhaps cut short while downloading or copying). Download it again or ask for it again.",
  "error.FILE_EMPTY": "File {file} holds no data: it has no worksheets or every sheet is empty.",
  "error.HEADER_NOT_FOUND": 'No column header row was found on sheet "{sheet}". Make sure one row holds column titles such as NIK, NO KK and NAMA.',
  "error.SHEET_NOT_FOUND": 'Sheet "{sheet}" is not in file {file}.',
  "error.INTERNAL": "An unexpected error occurred. No data was changed. Try again; if it repeats, contact the application administrator.",
  "validation.required": "Required.",
  "validation.tooShort": "Too short (at least {min} characters).",
  "validation.tooLong": "Too long (at most {max} characters).",
  "validation.number": "Must be a whole number.",
  "validation.min": "At least {min}.",
  "validation.max": "At most {max}.",
  "validation.choice": "Choose one of the options.",
  "validation.invalid": "Invalid value.",
  "validation.date.invalid": "Invalid date (format YYYY-MM-DD).",
  "validation.program.code": "Code of 2\u201320 characters: capital letters, digits, or hyphens (example: PKH-SDA).",
  "validation.program.activeRange": "The end date cannot be before the start date.",
  "validation.program.desilBoth": "Fill in both desil bounds, or leave both empty.",
  "validation.program.desilRange": "Desil to cannot be below desil from.",
  "validation.component.code": "Component code: capital letters, digits, or underscores (example: SD, LANSIA).",
  "validation.component.duplicate": "Component codes must be unique.",
  "validation.amounts.duplicateDate": "Amount start dates must be unique.",
  "validation.quota.duplicate": "A kecamatan may appear only once.",
  "validation.emblem.tooLarge": "Image too large (at most 500 KB).",
  "validation.emblem.format": "The image must be PNG or JPEG.",
  "validation.phone.format": "Phone numbers contain only digits, spaces, +, ( ) and -.",
  "validation.email": "Invalid e-mail address.",
  "validation.nip.invalid": "NIP must be 18 digits with a valid birth date, start date, and sex code.",
  "validation.regency.code": "Invalid kabupaten/kota code.",
  "cli.title": "Sidampak {version}: command line of the Social Assistance Impact Information System",
  "cli.help.usage": "Usage:",
  "cli.help.commands": "Commands:",
  "cli.help.options": "Options:",
  "cli.help.globalOptions": "Global options (for every command):",
  "cli.help.database": "Default database: {path}. Change it with --db or the SIDAMPAK_DB environment variable; backups go to the backups folder next to it.",
  "cli.help.exitCodes": "Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.",
  "cli.help.more": "Help for one command: sidampak <command> --help",
  "cli.help.required": "(required)",
  "cli.value.file": "file",
  "cli.value.code": "code",
  "cli.value.name": "name",
  "cli.value.command": "command",
  "cli.value.options": "options",
  "cli.option.db": "Database file to use",
  "cli.option.json": "JSON output for scripts (errors still go to stderr)",
  "cli.option.help": "Show help",
  "cli.option.version": "Show the application version",
  "cli.option.regency": "Kemendagri code of the kabupaten/kota, e.g. 35.15 (Kabupaten Sidoarjo)",
  "cli.option.officeName": "Office name on the letterhead (default: Dinas Sosial <kabupaten/kota name>)",
  "cli.option.place": "Place name in letter dates (default: the kabupaten/kota name)",
  "cli.option.all": "Include inactive programs",
  "cli.command.help": "Show help for a command",
  "cli.command.init": "Set up the database for one kabupaten/kota with the seed program catalogue",
  "cli.command.programs.list": "Show the program register",
  "cli.error.line": "Error [{code}]: {message}",
  "cli.error.UNKNOWN_COMMAND": 'Unknown command "{command}".',
  "cli.error.subcommand": 'Command "{command}" needs a subcommand: {choices}.',
  "cli.error.unknownOption": "Unknown option {option}.",
  "cli.error.optionNotHere": 'Option {option} does not apply to the command "{command}".',
  "cli.error.missingValue": "Option {option} needs a value.",
  "cli.error.noValue": "Option {option} does not take a value.",
  "cli.error.repeated": "Option {option} was given more than once.",
  "cli.error.required": "Option {option} is required.",
  "cli.error.unexpected": 'Unexpected argument "{arg}".',
  "cli.hint.help": "See: {command} --help",
  "cli.hint.init": "Set the database up first: sidampak init --regency <kabupaten/kota code>",
  "cli.init.done": "Database ready for {regency}, {province}.",
  "cli.init.regions": "Working area: {kecamatan} kecamatan, {villages} villages.",
  "cli.init.programs": "Seed program catalogue: {count} programs ({codes}).",
  "cli.init.file": "Database file: {path}",
  "cli.programs.count": "{count} programs.",
  ...beneficiariesEn,
  ...importsEn,
  ...demoEn,
  ...importWizardEn
};

// shared/i18n/index.ts
var catalogues = { id, en };
function isMessageKey(key) {
  return Object.prototype.hasOwnProperty.call(id, key);
}
function translate(locale, key, params = {}) {
  const template = catalogues[locale][key] ?? id[key];
  return template.replace(
    /\{(\w+)\}/g,
    (whole, name) => Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  );
}
function errorMessage(locale, code, params = {}) {
  return translate(locale, `error.${code}`, params);
}

// shared/i18n/validation.ts
function fieldMessage(locale, issue) {
  const own2 = `validation.${issue.message}`;
  if (isMessageKey(own2)) return translate(locale, own2);
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" ? translate(locale, "validation.tooShort", { min: Number(issue.minimum) }) : translate(locale, "validation.min", { min: Number(issue.minimum) });
    case "too_big":
      return issue.origin === "string" ? translate(locale, "validation.tooLong", { max: Number(issue.maximum) }) : translate(locale, "validation.max", { max: Number(issue.maximum) });
    case "invalid_value":
      return translate(locale, "validation.choice");
    case "invalid_format":
      return issue.format === "email" ? translate(locale, "validation.email") : translate(locale, "validation.invalid");
    case "invalid_type":
      return issue.expected === "number" ? translate(locale, "validation.number") : translate(locale, "validation.required");
    default:
      return translate(locale, "validation.invalid");
  }
}
function validationFields(locale, error, prefix = "") {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join("."),
    message: fieldMessage(locale, issue)
  }));
}

// shared/ipc/names.ts
var CHANNEL_NAMES = [
  "app.status",
  "app.setLocale",
  "audit.list",
  "regions.provinces",
  "regions.regencies",
  "regions.kecamatan",
  "settings.completeSetup",
  "settings.get",
  "settings.saveProfile",
  "settings.changeRegency",
  "programs.list",
  "programs.get",
  "programs.create",
  "programs.update",
  "programs.setActive",
  "backups.list",
  "backups.create",
  "backups.restore",
  // beneficiaries
  "beneficiaries.options",
  "beneficiaries.list",
  "beneficiaries.family",
  "beneficiaries.updateFamily",
  "beneficiaries.updateMember",
  "beneficiaries.setStatus",
  "beneficiaries.statuses",
  "beneficiaries.addStatus",
  "beneficiaries.overlap",
  "beneficiaries.export",
  "beneficiaries.cancelExport",
  // imports
  "imports.pickFile",
  "imports.inspect",
  "imports.preview",
  "imports.commit",
  "imports.cancel",
  "imports.saveErrorWorkbook",
  "imports.batches",
  "imports.undo",
  "imports.profiles",
  "imports.saveProfile",
  "imports.recordExits",
  // demo
  "demo.status",
  "demo.load",
  "demo.remove"
];
function isChannelName(name) {
  return typeof name === "string" && CHANNEL_NAMES.includes(name);
}

// shared/ipc/app.ts
import { z as z3 } from "zod";

// shared/ipc/define.ts
function channel() {
  return (input) => ({ input });
}

// shared/domain/office.ts
import { z as z2 } from "zod";

// shared/domain/regions.ts
var PROVINCE_CODE = /^\d{2}$/;
var REGENCY_CODE = /^\d{2}\.\d{2}$/;
var KECAMATAN_CODE = /^\d{2}\.\d{2}\.\d{2}$/;
var VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
var HOME_PROVINCE_CODE = "35";
function regencyPlaceName(regencyName) {
  return regencyName.replace(/^(Kabupaten|Kota|Kab\.)\s+/i, "").trim();
}

// shared/domain/dates.ts
import { z } from "zod";
function isIsoDate(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
var isoDateSchema = z.string().refine(isIsoDate, { message: "date.invalid" });
function todayIso(now = /* @__PURE__ */ new Date()) {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

// shared/validators/nip.ts
function normalizeNip(raw) {
  return raw.replace(/\s+/g, "");
}
function isValidNip(raw) {
  const nip = normalizeNip(raw);
  if (!/^\d{18}$/.test(nip)) return false;
  const birth = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const startMonth = Number(nip.slice(12, 14));
  const sex = nip[14];
  return isIsoDate(birth) && startMonth >= 1 && startMonth <= 12 && (sex === "1" || sex === "2");
}

// shared/domain/office.ts
var EMBLEM_MAX_CHARS = 7e5;
var emblemSchema = z2.string().max(EMBLEM_MAX_CHARS, { message: "emblem.tooLarge" }).regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/, { message: "emblem.format" });
var officeProfileSchema = z2.object({
  officeName: z2.string().trim().min(5).max(150),
  address: z2.string().trim().max(300),
  phone: z2.string().trim().max(40).regex(/^[0-9+()\-\s]*$/, { message: "phone.format" }),
  email: z2.union([z2.literal(""), z2.email()]),
  emblem: emblemSchema.nullable(),
  headName: z2.string().trim().max(120),
  headRank: z2.string().trim().max(80),
  headNip: z2.string().transform(normalizeNip).refine((v) => v === "" || isValidNip(v), { message: "nip.invalid" }),
  placeName: z2.string().trim().min(2).max(60)
}).strict();
var regencyCodeSchema = z2.string().regex(REGENCY_CODE, { message: "regency.code" });
var LOCALES = ["id", "en"];
function defaultProfile(regencyName) {
  return {
    officeName: `Dinas Sosial ${regencyName}`,
    address: "",
    phone: "",
    email: "",
    emblem: null,
    headName: "",
    headRank: "",
    headNip: "",
    placeName: regencyPlaceName(regencyName)
  };
}

// shared/ipc/app.ts
var appChannels = {
  "app.status": channel()(z3.object({}).strict()),
  "app.setLocale": channel()(z3.object({ locale: z3.enum(LOCALES) }).strict()),
  "audit.list": channel()(
    z3.object({
      entity: z3.string().max(40).optional(),
      entityId: z3.string().max(40).optional(),
      limit: z3.number().int().min(1).max(500)
    }).strict()
  )
};

// shared/ipc/regions.ts
import { z as z4 } from "zod";
var regionsChannels = {
  "regions.provinces": channel()(z4.object({}).strict()),
  "regions.regencies": channel()(z4.object({ provinceCode: z4.string().regex(PROVINCE_CODE) }).strict()),
  /** Kecamatan of the office's own kabupaten/kota. */
  "regions.kecamatan": channel()(z4.object({}).strict())
};

// shared/ipc/settings.ts
import { z as z5 } from "zod";
var settingsChannels = {
  /** First start: the kabupaten/kota and the office profile, then the seed catalogue. */
  "settings.completeSetup": channel()(
    z5.object({ regencyCode: regencyCodeSchema, profile: officeProfileSchema }).strict()
  ),
  "settings.get": channel()(z5.object({}).strict()),
  "settings.saveProfile": channel()(z5.object({ profile: officeProfileSchema }).strict()),
  "settings.changeRegency": channel()(z5.object({ regencyCode: regencyCodeSchema }).strict())
};

// shared/ipc/programs.ts
import { z as z7 } from "zod";

// shared/domain/programs.ts
import { z as z6 } from "zod";

// shared/format.ts
var numberFormat = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
var integerFormat = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });
var longDate = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
function formatRupiah(value) {
  const rounded = Math.round(value);
  const sign = rounded < 0 ? "-" : "";
  return `${sign}Rp${integerFormat.format(Math.abs(rounded))}`;
}
function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) return iso;
  return longDate.format(date);
}

// shared/domain/programs.ts
var PROGRAM_LEVELS = ["pusat", "provinsi", "kabkota", "desa"];
var FUNDING_SOURCES = [
  "APBN",
  "APBD_PROV",
  "APBD_KABKOTA",
  "DANA_DESA",
  "DAK",
  "CSR",
  "BAZNAS",
  "LAINNYA"
];
var FREQUENCIES = ["monthly", "tahap", "yearly", "once", "case"];
var FLAT_UNITS = ["month", "tahap", "year", "once"];
var rupiah = z6.number().int().min(0).max(1e12);
var datedAmountSchema = z6.object({
  validFrom: isoDateSchema,
  amount: rupiah
}).strict();
var amountList = z6.array(datedAmountSchema).min(1).max(50).refine((list) => new Set(list.map((a) => a.validFrom)).size === list.length, {
  message: "amounts.duplicateDate"
});
var componentSchema = z6.object({
  code: z6.string().trim().toUpperCase().regex(/^[A-Z][A-Z0-9_]{1,19}$/, { message: "component.code" }),
  name: z6.string().trim().min(2).max(80),
  amounts: amountList
}).strict();
var benefitSchema = z6.discriminatedUnion("kind", [
  z6.object({
    kind: z6.literal("components"),
    /** Most components paid per family; null = no limit. */
    maxComponents: z6.number().int().min(1).max(20).nullable(),
    components: z6.array(componentSchema).min(1).max(30).refine((list) => new Set(list.map((c) => c.code)).size === list.length, {
      message: "component.duplicate"
    })
  }).strict(),
  z6.object({
    kind: z6.literal("flat"),
    unit: z6.enum(FLAT_UNITS),
    /** Paid per person (PBI-JK) rather than per family. */
    perPerson: z6.boolean(),
    amounts: amountList
  }).strict(),
  z6.object({
    kind: z6.literal("in_kind"),
    note: z6.string().trim().max(500)
  }).strict()
]);
var quotaSchema = z6.object({
  kecamatanCode: z6.string().regex(/^\d{2}\.\d{2}\.\d{2}$/),
  quota: z6.number().int().min(0).max(1e7)
}).strict();
var desil = z6.number().int().min(1).max(10);
var programInputSchema = z6.object({
  code: z6.string().trim().toUpperCase().regex(/^[A-Z0-9][A-Z0-9-]{1,19}$/, { message: "program.code" }),
  name: z6.string().trim().min(3).max(120),
  description: z6.string().trim().max(2e3),
  level: z6.enum(PROGRAM_LEVELS),
  fundingSource: z6.enum(FUNDING_SOURCES),
  parentId: z6.number().int().positive().nullable(),
  benefit: benefitSchema,
  frequency: z6.enum(FREQUENCIES),
  activeFrom: isoDateSchema,
  activeTo: isoDateSchema.nullable(),
  desilMin: desil.nullable(),
  desilMax: desil.nullable(),
  /** Amounts or rules the office has not confirmed; the UI says so. */
  uncertainNote: z6.string().trim().max(500),
  quotas: z6.array(quotaSchema).max(100).refine((list) => new Set(list.map((q) => q.kecamatanCode)).size === list.length, {
    message: "quota.duplicate"
  })
}).strict().refine((p) => p.activeTo === null || p.activeTo >= p.activeFrom, {
  message: "program.activeRange",
  path: ["activeTo"]
}).refine((p) => p.desilMin === null === (p.desilMax === null), {
  message: "program.desilBoth",
  path: ["desilMax"]
}).refine((p) => p.desilMin === null || p.desilMax === null || p.desilMin <= p.desilMax, {
  message: "program.desilRange",
  path: ["desilMax"]
});
function amountOn(amounts, date) {
  let best = null;
  for (const a of amounts) {
    if (a.validFrom <= date && (best === null || a.validFrom > best.validFrom)) best = a;
  }
  return best ? best.amount : null;
}
function describeAmounts(amounts) {
  return [...amounts].sort((a, b) => a.validFrom.localeCompare(b.validFrom)).map((a) => `${formatRupiah(a.amount)} (${a.validFrom})`).join(", ");
}
function benefitFacts(b) {
  if (b.kind === "in_kind") return { "benefit.kind": b.kind, "benefit.note": b.note };
  if (b.kind === "flat") {
    return {
      "benefit.kind": b.kind,
      "benefit.unit": b.unit,
      "benefit.perPerson": String(b.perPerson),
      "benefit.amounts": describeAmounts(b.amounts)
    };
  }
  const facts = {
    "benefit.kind": b.kind,
    "benefit.maxComponents": b.maxComponents === null ? "-" : String(b.maxComponents)
  };
  for (const c of b.components) facts[`component.${c.code}`] = `${c.name} [${describeAmounts(c.amounts)}]`;
  return facts;
}
function programFacts(p) {
  const desil2 = p.desilMin === null ? "-" : `${p.desilMin}-${p.desilMax}`;
  return {
    level: p.level,
    fundingSource: p.fundingSource,
    frequency: p.frequency,
    activeFrom: p.activeFrom,
    activeTo: p.activeTo ?? "-",
    desil: desil2,
    // Sorted like amounts: a form lists quotas in the order typed, the database by kecamatan code.
    quotas: p.quotas.length === 0 ? "-" : [...p.quotas].sort((a, b) => a.kecamatanCode.localeCompare(b.kecamatanCode)).map((q) => `${q.kecamatanCode}=${q.quota}`).join(", "),
    ...benefitFacts(p.benefit)
  };
}
function changesFromParent(variant, parent) {
  const mine = programFacts(variant);
  const theirs = programFacts(parent);
  const fields = [.../* @__PURE__ */ new Set([...Object.keys(theirs), ...Object.keys(mine)])];
  return fields.filter((f) => (mine[f] ?? "-") !== (theirs[f] ?? "-")).map((f) => ({ field: f, parentValue: theirs[f] ?? "-", value: mine[f] ?? "-" }));
}

// shared/ipc/programs.ts
var id2 = z7.number().int().positive();
var programsChannels = {
  "programs.list": channel()(z7.object({ includeInactive: z7.boolean() }).strict()),
  "programs.get": channel()(z7.object({ id: id2 }).strict()),
  "programs.create": channel()(z7.object({ program: programInputSchema }).strict()),
  "programs.update": channel()(z7.object({ id: id2, program: programInputSchema }).strict()),
  "programs.setActive": channel()(z7.object({ id: id2, active: z7.boolean() }).strict())
};

// shared/ipc/backups.ts
import { z as z8 } from "zod";
var backupsChannels = {
  "backups.list": channel()(z8.object({}).strict()),
  "backups.create": channel()(z8.object({}).strict()),
  /** Restores a backup after first backing up the current database. */
  "backups.restore": channel()(
    z8.object({ fileName: z8.string().regex(/^sidampak-[\w.-]+\.db$/) }).strict()
  )
};

// shared/ipc/beneficiaries.ts
import { z as z11 } from "zod";

// shared/domain/register-query.ts
import { z as z9 } from "zod";

// shared/domain/names.ts
var VARIANTS = {
  M: "MUHAMAD",
  MOCH: "MUHAMAD",
  MOCHAMAD: "MUHAMAD",
  MOCHAMMAD: "MUHAMAD",
  MOCHAMED: "MUHAMAD",
  MOH: "MUHAMAD",
  MOHAMAD: "MUHAMAD",
  MOHAMMAD: "MUHAMAD",
  MOHAMMED: "MUHAMAD",
  MOHAMED: "MUHAMAD",
  MUCH: "MUHAMAD",
  MUH: "MUHAMAD",
  MUHAMAD: "MUHAMAD",
  MUHAMMAD: "MUHAMAD",
  MUHAMMED: "MUHAMAD",
  MHD: "MUHAMAD",
  MOCHTAR: "MUKTAR",
  MOKHTAR: "MUKTAR",
  MUKHTAR: "MUKTAR",
  ABD: "ABDUL",
  SITTI: "SITI",
  NUR: "NUR",
  NOER: "NUR"
};
function foldWord(word) {
  const known = VARIANTS[word];
  if (known) return known;
  const modern = word.replace(/OE/g, "U").replace(/DJ/g, "J").replace(/TJ/g, "C");
  return (VARIANTS[modern] ?? modern).replace(/(.)\1+/g, "$1");
}
function nameKey(name) {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toUpperCase().replace(/[^A-Z0-9\s]/g, " ").split(/\s+/).filter(Boolean).map(foldWord).join(" ");
}

// shared/validators/nik.ts
var PROVINCE_CODES = /* @__PURE__ */ new Set([
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
  "17",
  "18",
  "19",
  "21",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "51",
  "52",
  "53",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "72",
  "73",
  "74",
  "75",
  "76",
  "81",
  "82",
  "91",
  "92",
  "93",
  "94",
  "95",
  "96",
  "97"
]);
function lostPrecision(raw) {
  if (typeof raw === "number") return raw >= 1e15 || !Number.isInteger(raw);
  return typeof raw === "string" && /^\s*\d+(?:[.,]\d+)?\s*[eE]\s*\+?\s*\d+\s*$/.test(raw);
}
function cleanIdentityText(raw) {
  return raw.replace(/^'/, "").replace(/[\s\u00a0]+/g, "");
}
function checkNik(raw) {
  if (lostPrecision(raw)) return { ok: false, problem: "NIK_PRECISION_LOST" };
  const nik = cleanIdentityText(String(raw ?? ""));
  if (!/^\d*$/.test(nik)) return { ok: false, problem: "NIK_NOT_NUMERIC" };
  if (nik.length !== 16) return { ok: false, problem: "NIK_INVALID_LENGTH" };
  const province = nik.slice(0, 2);
  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const serial = nik.slice(12);
  const female = rawDay > 40;
  const day = female ? rawDay - 40 : rawDay;
  const probeYear = month === 2 && day === 29 ? 2e3 : 2001;
  const dateOk = day >= 1 && day <= 31 && month >= 1 && month <= 12 && isIsoDate(`${probeYear}-${pad(month)}-${pad(day)}`);
  if (!PROVINCE_CODES.has(province) || !dateOk || serial === "0000" || rawDay > 31 && rawDay < 41 || rawDay > 71) {
    return { ok: false, problem: "NIK_BAD_DATE" };
  }
  return {
    ok: true,
    facts: {
      nik,
      provinceCode: province,
      regencyCode: `${province}.${nik.slice(2, 4)}`,
      kecamatanCode: `${province}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`,
      sex: female ? "P" : "L",
      day,
      month,
      yearTwoDigits: yy,
      serial
    }
  };
}
function pad(n) {
  return String(n).padStart(2, "0");
}
function nikMatchesBirthDate(facts, isoBirthDate) {
  const [y, m, d] = isoBirthDate.split("-").map(Number);
  return d === facts.day && m === facts.month && (y ?? 0) % 100 === facts.yearTwoDigits;
}
function maskNik(nik) {
  return nik.length === 16 ? `${nik.slice(0, 4)}${"*".repeat(10)}${nik.slice(14)}` : nik;
}
function checkKk(raw) {
  if (lostPrecision(raw)) return { ok: false, problem: "KK_PRECISION_LOST" };
  const kk = cleanIdentityText(String(raw ?? ""));
  return /^\d{16}$/.test(kk) ? { ok: true, kk } : { ok: false, problem: "KK_INVALID" };
}

// shared/domain/register-query.ts
var registerQuerySchema = z9.object({
  /** null = the whole register (all programs, and families in none). */
  programId: z9.number().int().positive().nullable(),
  kecamatanCode: z9.string().regex(KECAMATAN_CODE).nullable(),
  desaCode: z9.string().regex(VILLAGE_CODE).nullable(),
  /** An enrollment status code (lookup table `enrollment_statuses`). */
  status: z9.string().min(1).max(40).nullable(),
  desilMin: z9.number().int().min(1).max(10).nullable(),
  desilMax: z9.number().int().min(1).max(10).nullable(),
  /** A component code (PKH: HAMIL, AUD, SD, …) counted in the enrollment's latest period. */
  component: z9.string().regex(/^[A-Z][A-Z0-9_]{1,19}$/).nullable(),
  /** NIK (exact or first digits), No. KK (exact), or a name. */
  search: z9.string().max(100),
  /** One row per KPM: only the member marked as pengurus. */
  pengurusOnly: z9.boolean()
}).strict();
function parseRegisterSearch(raw) {
  const text = raw.trim();
  if (text === "") return { kind: "none" };
  const compact = cleanIdentityText(text);
  if (/^\d+$/.test(compact)) {
    return compact.length >= 16 ? { kind: "identity", digits: compact } : { kind: "nikPrefix", prefix: compact };
  }
  const tokens = nameKey(text).split(" ").filter(Boolean);
  return tokens.length === 0 ? { kind: "none" } : { kind: "name", tokens };
}
function nikPrefixRange(prefix) {
  const last = prefix.charCodeAt(prefix.length - 1);
  return { from: prefix, to: prefix.slice(0, -1) + String.fromCharCode(last + 1) };
}
function ftsNameQuery(tokens) {
  return tokens.map((t2) => `"${t2}"*`).join(" AND ");
}

// shared/domain/register-edit.ts
import { z as z10 } from "zod";

// shared/domain/normalize.ts
function normalizeRtRw(raw) {
  const text = String(raw ?? "").trim().replace(/^'/, "");
  if (text === "") return null;
  if (!/^\d{1,3}$/.test(text)) return null;
  return text.padStart(3, "0");
}
function normalizeSex(raw) {
  const text = String(raw ?? "").trim().toUpperCase().replace(/[\s.-]+/g, "");
  if (["L", "LK", "LAKILAKI", "PRIA", "1", "M", "MALE"].includes(text)) return "L";
  if (["P", "PR", "PEREMPUAN", "WANITA", "2", "F", "FEMALE"].includes(text)) return "P";
  return null;
}
function normalizeDate(raw) {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return null;
    return raw.toISOString().slice(0, 10);
  }
  const text = String(raw ?? "").trim().replace(/^'/, "");
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  let iso = null;
  if (m) iso = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) iso = `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return iso && isIsoDate(iso) ? iso : null;
}
function regionNameKey(raw) {
  return String(raw ?? "").toUpperCase().replace(/[^A-Z0-9\s.]/g, " ").replace(/^\s*(KECAMATAN|KEC\.?|KELURAHAN|KEL\.?|DESA|DS\.?|KABUPATEN|KAB\.?|KOTA)\s+/, "").replace(/[.\s]+/g, "");
}
function cleanText(raw) {
  if (raw === null || raw === void 0) return "";
  return String(raw).replace(/^'/, "").replace(/[\s\u00a0]+/g, " ").trim();
}

// shared/domain/register-edit.ts
var optionalText = (max) => z10.string().max(max).nullable().transform((v) => {
  const text = cleanText(v);
  return text === "" ? null : text;
});
var nikFieldSchema = z10.string().max(40).transform((raw, ctx) => {
  const checked = checkNik(raw.trim());
  if (checked.ok) return checked.facts.nik;
  ctx.addIssue({ code: "custom", message: `nik.${checked.problem}` });
  return z10.NEVER;
});
var kkFieldSchema = z10.string().max(40).transform((raw, ctx) => {
  const checked = checkKk(raw.trim());
  if (checked.ok) return checked.kk;
  ctx.addIssue({ code: "custom", message: `kk.${checked.problem}` });
  return z10.NEVER;
});
var rtRwSchema = z10.string().max(10).nullable().transform((raw, ctx) => {
  if (raw === null || raw.trim() === "") return null;
  const value = normalizeRtRw(raw);
  if (value !== null) return value;
  ctx.addIssue({ code: "custom", message: "rtrw.invalid" });
  return z10.NEVER;
});
var familyEditSchema = z10.object({
  kk: kkFieldSchema,
  address: z10.string().max(300).transform((v) => cleanText(v)),
  rt: rtRwSchema,
  rw: rtRwSchema,
  kecamatanCode: z10.string().regex(KECAMATAN_CODE).nullable(),
  desaCode: z10.string().regex(VILLAGE_CODE).nullable(),
  dtksId: optionalText(40),
  desil: z10.number().int().min(1).max(10).nullable(),
  desilAsOf: isoDateSchema.nullable()
}).strict().superRefine((f, ctx) => {
  if (f.desaCode !== null && (f.kecamatanCode === null || !f.desaCode.startsWith(`${f.kecamatanCode}.`))) {
    ctx.addIssue({ code: "custom", path: ["desaCode"], message: "region.desaOutside" });
  }
  if (f.desilAsOf !== null && f.desil === null) {
    ctx.addIssue({ code: "custom", path: ["desil"], message: "desil.dateWithout" });
  }
});
var memberEditSchema = z10.object({
  nik: nikFieldSchema,
  name: z10.string().max(150).transform((v) => cleanText(v)).pipe(z10.string().min(2)),
  sex: z10.enum(["L", "P"]).nullable(),
  birthPlace: optionalText(80),
  birthDate: isoDateSchema.nullable(),
  relationship: optionalText(60),
  motherName: optionalText(150),
  disability: optionalText(80),
  schoolLevel: optionalText(40),
  isPengurus: z10.boolean()
}).strict();
function memberWarnings(member) {
  const checked = checkNik(member.nik);
  if (!checked.ok) return [];
  const warnings = [];
  if (member.birthDate !== null && isIsoDate(member.birthDate) && !nikMatchesBirthDate(checked.facts, member.birthDate)) {
    warnings.push("NIK_BIRTHDATE_MISMATCH");
  }
  if (member.sex !== null && member.sex !== checked.facts.sex) warnings.push("NIK_SEX_MISMATCH");
  return warnings;
}
var statusChangeSchema = z10.object({
  enrollmentId: z10.number().int().positive(),
  status: z10.string().min(1).max(40),
  date: isoDateSchema,
  reason: z10.string().max(300).transform((v) => cleanText(v)).pipe(z10.string().min(3))
}).strict();
var EXIT_KINDS = ["graduation", "death", "moved", "withdrawn", "ineligible"];
var newStatusSchema = z10.object({
  label: z10.string().max(60).transform((v) => cleanText(v)).pipe(z10.string().min(3)),
  countsAsActive: z10.boolean(),
  exitKind: z10.enum(EXIT_KINDS).nullable()
}).strict().refine((s) => !(s.countsAsActive && s.exitKind !== null), { path: ["exitKind"], message: "status.activeExit" });
function statusCodeOf(label) {
  return label.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 40);
}

// shared/ipc/beneficiaries.ts
var id3 = z11.number().int().positive();
var taskId = z11.string().min(1).max(64);
var beneficiariesChannels = {
  /** Programs, the office's kecamatan with their desa, and the status lookup: what the filters offer. */
  "beneficiaries.options": channel()(z11.object({}).strict()),
  /** A window of a register view; `total` sizes the virtual table. */
  "beneficiaries.list": channel()(
    z11.object({
      query: registerQuerySchema,
      offset: z11.number().int().min(0),
      limit: z11.number().int().min(1).max(500)
    }).strict()
  ),
  "beneficiaries.family": channel()(z11.object({ familyId: id3 }).strict()),
  "beneficiaries.updateFamily": channel()(z11.object({ familyId: id3, family: familyEditSchema }).strict()),
  "beneficiaries.updateMember": channel()(z11.object({ memberId: id3, member: memberEditSchema }).strict()),
  "beneficiaries.setStatus": channel()(statusChangeSchema),
  "beneficiaries.statuses": channel()(z11.object({}).strict()),
  "beneficiaries.addStatus": channel()(newStatusSchema),
  /** Families receiving each pair of active programs. */
  "beneficiaries.overlap": channel()(z11.object({}).strict()),
  /**
   * Writes the view to an .xlsx the user picks (null = cancelled). NIK is masked unless `fullNik`;
   * progress arrives as `task.progress` events with this taskId.
   */
  "beneficiaries.export": channel()(
    z11.object({ query: registerQuerySchema, fullNik: z11.boolean(), taskId }).strict()
  ),
  "beneficiaries.cancelExport": channel()(z11.object({ taskId }).strict())
};

// shared/ipc/imports.ts
import { z as z13 } from "zod";

// shared/domain/period.ts
import { z as z12 } from "zod";
var PERIOD_PATTERN = /^(\d{4})-Q([1-4])$/;
var periodSchema = z12.string().regex(PERIOD_PATTERN, { message: "period.format" });
function parsePeriod(text) {
  const m = PERIOD_PATTERN.exec(text.trim());
  return m ? { year: Number(m[1]), quarter: Number(m[2]) } : null;
}
function formatPeriodCode(p) {
  return `${p.year}-Q${p.quarter}`;
}
function periodOfDate(iso) {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return { year, quarter: Math.floor((month - 1) / 3) + 1 };
}
function periodStart(p) {
  return `${p.year}-${String((p.quarter - 1) * 3 + 1).padStart(2, "0")}-01`;
}
function periodEnd(p) {
  const lastMonth = p.quarter * 3;
  const lastDay = new Date(Date.UTC(p.year, lastMonth, 0)).getUTCDate();
  return `${p.year}-${String(lastMonth).padStart(2, "0")}-${lastDay}`;
}
function previousPeriod(p) {
  return p.quarter === 1 ? { year: p.year - 1, quarter: 4 } : { year: p.year, quarter: p.quarter - 1 };
}
var ROMAN = ["I", "II", "III", "IV"];
function tahapLabel(p) {
  return `Tahap ${ROMAN[p.quarter - 1]} ${p.year}`;
}

// shared/domain/imports.ts
var IMPORT_FIELDS = [
  "nik",
  "kk",
  "name",
  "sex",
  "birthPlace",
  "birthDate",
  "relationship",
  "motherName",
  "address",
  "rt",
  "rw",
  "desa",
  "kecamatan",
  "dtksId",
  "desil",
  "disability",
  "schoolLevel",
  "nominal",
  "status",
  // PKH component counts of a Final Closing list
  "compHamil",
  "compAud",
  "compSd",
  "compSmp",
  "compSma",
  "compDisabil",
  "compLansia",
  "compHam"
];
var REQUIRED_FIELDS = ["nik", "kk", "name"];
var COMPONENT_FIELDS = {
  compHamil: "HAMIL",
  compAud: "AUD",
  compSd: "SD",
  compSmp: "SMP",
  compSma: "SMA",
  compDisabil: "DISABIL",
  compLansia: "LANSIA",
  compHam: "HAM"
};

// shared/ipc/imports.ts
var mappingSchema = z13.partialRecord(z13.enum(IMPORT_FIELDS), z13.number().int().min(0).max(500));
var importRequestSchema = z13.object({
  filePath: z13.string().min(1).max(4096),
  programId: z13.number().int().positive(),
  sheet: z13.string().max(200).nullable(),
  period: periodSchema.nullable(),
  /** null = detect through the alias table (or a saved profile for this file shape). */
  mapping: mappingSchema.nullable()
}).strict();
var importsChannels = {
  /** Opens the native file dialog in main; null when the user cancels. */
  "imports.pickFile": channel()(z13.object({}).strict()),
  "imports.inspect": channel()(z13.object({ filePath: z13.string().min(1).max(4096) }).strict()),
  "imports.preview": channel()(importRequestSchema),
  /** Commits in one transaction off the UI thread; progress arrives as `task.progress` events with this taskId. */
  "imports.commit": channel()(importRequestSchema.extend({ taskId: z13.string().min(1).max(64) }).strict()),
  "imports.cancel": channel()(z13.object({ taskId: z13.string().min(1).max(64) }).strict()),
  /** Writes the rejected rows with a KETERANGAN column to a file the user picks; null when cancelled. */
  "imports.saveErrorWorkbook": channel()(importRequestSchema),
  "imports.batches": channel()(z13.object({ limit: z13.number().int().min(1).max(500) }).strict()),
  "imports.undo": channel()(z13.object({ batchId: z13.number().int().positive() }).strict()),
  "imports.profiles": channel()(z13.object({}).strict()),
  "imports.saveProfile": channel()(
    z13.object({ name: z13.string().trim().min(2).max(80), signature: z13.string().min(1).max(4e3), mapping: mappingSchema }).strict()
  ),
  /** Exit statuses for families that left a period's list (graduasi, meninggal, pindah, …). */
  "imports.recordExits": channel()(
    z13.object({
      exits: z13.array(
        z13.object({
          enrollmentId: z13.number().int().positive(),
          status: z13.string().min(2).max(40),
          date: z13.string().regex(/^\d{4}-\d{2}-\d{2}$/),
          reason: z13.string().trim().max(300)
        }).strict()
      ).min(1).max(1e5)
    }).strict()
  )
};

// shared/ipc/demo.ts
import { z as z14 } from "zod";
var DEMO_MAX_FAMILIES = 2e5;
var demoLoadSchema = z14.object({
  families: z14.number().int().min(1).max(DEMO_MAX_FAMILIES),
  seed: z14.number().int().min(0).max(2 ** 32 - 1).optional(),
  /** Progress arrives as `task.progress` events with this id. */
  taskId: z14.string().min(1).max(64)
}).strict();
var demoChannels = {
  "demo.status": channel()(z14.object({}).strict()),
  "demo.load": channel()(demoLoadSchema),
  "demo.remove": channel()(z14.object({ taskId: z14.string().min(1).max(64) }).strict())
};

// shared/ipc/index.ts
var contract = {
  ...appChannels,
  ...regionsChannels,
  ...settingsChannels,
  ...programsChannels,
  ...backupsChannels,
  ...beneficiariesChannels,
  ...importsChannels,
  ...demoChannels
};

// electron/ipc/dispatcher.ts
function createDispatcher(ctx, options) {
  return async (channel2, input, meta) => {
    const locale = safeLocale(ctx, options);
    const fail = (code, params = {}, fields) => ({
      ok: false,
      code,
      message: errorMessage(locale, code, params),
      ...fields ? { fields } : {}
    });
    if (meta.senderUrl !== null && !options.isTrustedSender(meta.senderUrl)) return fail("FORBIDDEN_SENDER");
    if (!isChannelName(channel2)) return fail("UNKNOWN_CHANNEL");
    const parsed = contract[channel2].input.safeParse(input);
    if (!parsed.success) return fail("VALIDATION_FAILED", {}, validationFields(locale, parsed.error));
    try {
      const handler = options.handlers[channel2];
      return { ok: true, value: await handler(ctx, parsed.data) };
    } catch (err) {
      if (isAppError(err)) return fail(err.code, err.params);
      if (err instanceof z15.ZodError) return fail("VALIDATION_FAILED", {}, validationFields(locale, err));
      options.log?.(`IPC ${channel2} failed`, err);
      return fail("INTERNAL");
    }
  };
}
function safeLocale(ctx, options) {
  try {
    return options.locale(ctx);
  } catch {
    return "id";
  }
}

// electron/audit/service.ts
function recordAudit(ctx, record) {
  ctx.db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json, batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(
    ctx.now().toISOString(),
    ctx.actor,
    record.action,
    record.entity,
    String(record.entityId),
    record.before === void 0 || record.before === null ? null : JSON.stringify(record.before),
    record.after === void 0 || record.after === null ? null : JSON.stringify(record.after),
    record.batchId ?? null
  );
}
function listAudit(ctx, filter) {
  const where = [];
  const params = { limit: filter.limit };
  if (filter.entity !== void 0) {
    where.push("entity = :entity");
    params.entity = filter.entity;
  }
  if (filter.entityId !== void 0) {
    where.push("entity_id = :entityId");
    params.entityId = filter.entityId;
  }
  const rows = ctx.db.prepare(
    `SELECT id, at, actor, action, entity, entity_id, before_json, after_json FROM audit_log
       ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
       ORDER BY id DESC LIMIT :limit`
  ).all(params);
  return rows.map((r2) => ({
    id: r2.id,
    at: r2.at,
    actor: r2.actor,
    action: r2.action,
    entity: r2.entity,
    entityId: r2.entity_id,
    before: r2.before_json === null ? null : JSON.parse(r2.before_json),
    after: r2.after_json === null ? null : JSON.parse(r2.after_json)
  }));
}

// electron/ipc/types.ts
var NO_DIALOGS = {
  openFile: async () => null,
  saveFile: async () => null
};
function serviceContext(app2) {
  return { db: app2.database.db, actor: app2.actor, now: app2.now };
}

// resources/seed/programs.json
var programs_default = {
  about: "Seed catalogue of social assistance programs (see DOMAIN.md). Every amount is editable in the app and dated; add a new dated amount when a rule changes.",
  programs: [
    {
      code: "PKH",
      name: "Program Keluarga Harapan",
      description: "Bantuan tunai bersyarat per komponen keluarga, dibayar per tahap (seperempat nilai tahunan). Tahun 2018 dibayar rata Rp1.890.000 per keluarga. Batas usia lanjut usia berubah per tahun (70+ pada 2021, 60+ pada 2024).",
      level: "pusat",
      fundingSource: "APBN",
      parentId: null,
      benefit: {
        kind: "components",
        maxComponents: 4,
        components: [
          { code: "HAMIL", name: "Ibu hamil/nifas", amounts: [{ validFrom: "2019-01-01", amount: 24e5 }, { validFrom: "2020-04-01", amount: 3e6 }] },
          { code: "AUD", name: "Anak usia dini 0-6 tahun", amounts: [{ validFrom: "2019-01-01", amount: 24e5 }, { validFrom: "2020-04-01", amount: 3e6 }] },
          { code: "SD", name: "Anak sekolah SD/sederajat", amounts: [{ validFrom: "2019-01-01", amount: 9e5 }] },
          { code: "SMP", name: "Anak sekolah SMP/sederajat", amounts: [{ validFrom: "2019-01-01", amount: 15e5 }] },
          { code: "SMA", name: "Anak sekolah SMA/sederajat", amounts: [{ validFrom: "2019-01-01", amount: 2e6 }] },
          { code: "DISABIL", name: "Penyandang disabilitas berat", amounts: [{ validFrom: "2019-01-01", amount: 24e5 }] },
          { code: "LANSIA", name: "Lanjut usia", amounts: [{ validFrom: "2019-01-01", amount: 24e5 }] },
          { code: "HAM", name: "Korban pelanggaran HAM berat", amounts: [{ validFrom: "2024-01-01", amount: 108e5 }] }
        ]
      },
      frequency: "tahap",
      activeFrom: "2007-01-01",
      activeTo: null,
      desilMin: 1,
      desilMax: 4,
      uncertainNote: "Batas maksimal 4 komponen per keluarga belum pasti; sesuaikan dengan petunjuk teknis tahun berjalan.",
      quotas: []
    },
    {
      code: "SEMBAKO",
      name: "Program Sembako (dahulu BPNT)",
      description: "Bantuan pangan non-tunai melalui kartu KKS.",
      level: "pusat",
      fundingSource: "APBN",
      parentId: null,
      benefit: { kind: "flat", unit: "month", perPerson: false, amounts: [{ validFrom: "2019-01-01", amount: 15e4 }, { validFrom: "2020-04-01", amount: 2e5 }] },
      frequency: "monthly",
      activeFrom: "2017-01-01",
      activeTo: null,
      desilMin: 1,
      desilMax: 5,
      uncertainNote: "",
      quotas: []
    },
    {
      code: "PBI-JK",
      name: "Penerima Bantuan Iuran Jaminan Kesehatan",
      description: "Bantuan iuran BPJS Kesehatan kelas 3, dibayarkan ke BPJS per jiwa per bulan (PBI Daerah dibiayai APBD).",
      level: "pusat",
      fundingSource: "APBN",
      parentId: null,
      benefit: { kind: "flat", unit: "month", perPerson: true, amounts: [{ validFrom: "2020-01-01", amount: 42e3 }] },
      frequency: "monthly",
      activeFrom: "2014-01-01",
      activeTo: null,
      desilMin: 1,
      desilMax: 5,
      uncertainNote: "Besaran iuran Rp42.000 per jiwa per bulan belum pasti; periksa ketentuan BPJS yang berlaku.",
      quotas: []
    },
    {
      code: "BLT-DD",
      name: "Bantuan Langsung Tunai Dana Desa",
      description: "Bantuan tunai dari Dana Desa; paling banyak 3 bulan dibayar sekaligus.",
      level: "desa",
      fundingSource: "DANA_DESA",
      parentId: null,
      benefit: { kind: "flat", unit: "month", perPerson: false, amounts: [{ validFrom: "2020-04-01", amount: 3e5 }] },
      frequency: "monthly",
      activeFrom: "2020-04-01",
      activeTo: null,
      desilMin: null,
      desilMax: null,
      uncertainNote: "",
      quotas: []
    },
    {
      code: "PKH-PLUS",
      name: "PKH Plus Jawa Timur (lanjut usia 70+)",
      description: "Tambahan bantuan Provinsi Jawa Timur untuk lanjut usia miskin 70 tahun ke atas: Rp2.000.000 per tahun, 4 x Rp500.000 melalui Bank Jatim.",
      level: "provinsi",
      fundingSource: "APBD_PROV",
      parentId: null,
      benefit: { kind: "flat", unit: "year", perPerson: false, amounts: [{ validFrom: "2019-01-01", amount: 2e6 }] },
      frequency: "tahap",
      activeFrom: "2019-01-01",
      activeTo: null,
      desilMin: null,
      desilMax: null,
      uncertainNote: "",
      quotas: []
    },
    {
      code: "ASPD",
      name: "Asistensi Sosial Penyandang Disabilitas Berat (Jawa Timur)",
      description: "Bantuan Provinsi Jawa Timur untuk penyandang disabilitas berat: Rp300.000 per bulan, dibayar per triwulan (Rp900.000).",
      level: "provinsi",
      fundingSource: "APBD_PROV",
      parentId: null,
      benefit: { kind: "flat", unit: "month", perPerson: true, amounts: [{ validFrom: "2019-01-01", amount: 3e5 }] },
      frequency: "tahap",
      activeFrom: "2019-01-01",
      activeTo: null,
      desilMin: null,
      desilMax: null,
      uncertainNote: "",
      quotas: []
    },
    {
      code: "RUTILAHU",
      name: "Rehabilitasi Rumah Tidak Layak Huni",
      description: "Bantuan perbaikan rumah per unit (bahan dan upah); nilai per unit bervariasi, misalnya Rp17,5\u201335 juta.",
      level: "kabkota",
      fundingSource: "APBD_KABKOTA",
      parentId: null,
      benefit: { kind: "flat", unit: "once", perPerson: false, amounts: [{ validFrom: "2019-01-01", amount: 175e5 }] },
      frequency: "once",
      activeFrom: "2019-01-01",
      activeTo: null,
      desilMin: null,
      desilMax: null,
      uncertainNote: "Nilai per unit bervariasi (Rp17,5\u201335 juta); sesuaikan dengan anggaran tahun berjalan.",
      quotas: []
    },
    {
      code: "ATENSI",
      name: "Asistensi Rehabilitasi Sosial",
      description: "Bantuan rehabilitasi sosial berbasis kasus dari Kementerian Sosial.",
      level: "pusat",
      fundingSource: "APBN",
      parentId: null,
      benefit: { kind: "in_kind", note: "Barang atau layanan sesuai kebutuhan kasus; tidak ada nominal tetap." },
      frequency: "case",
      activeFrom: "2020-01-01",
      activeTo: null,
      desilMin: null,
      desilMax: null,
      uncertainNote: "",
      quotas: []
    }
  ]
};

// electron/programs/service.ts
var SELECT_PROGRAM = `
  SELECT p.*, parent.code AS parent_code
  FROM programs p LEFT JOIN programs parent ON parent.id = p.parent_id`;
function amountsOf(ctx, programId, componentCode) {
  return ctx.db.prepare(
    `SELECT valid_from AS validFrom, amount FROM program_amounts
       WHERE program_id = ? AND component_code = ? ORDER BY valid_from`
  ).all(programId, componentCode);
}
function benefitOf(ctx, row) {
  if (row.benefit_kind === "in_kind") return { kind: "in_kind", note: row.in_kind_note };
  if (row.benefit_kind === "flat") {
    return { kind: "flat", unit: row.flat_unit, perPerson: row.per_person === 1, amounts: amountsOf(ctx, row.id, "") };
  }
  const components = ctx.db.prepare("SELECT code, name FROM program_components WHERE program_id = ? ORDER BY sort").all(row.id);
  return {
    kind: "components",
    maxComponents: row.max_components,
    components: components.map((c) => ({ ...c, amounts: amountsOf(ctx, row.id, c.code) }))
  };
}
function toProgram(ctx, row) {
  const quotas = ctx.db.prepare("SELECT kecamatan_code AS kecamatanCode, quota FROM program_quotas WHERE program_id = ? ORDER BY kecamatan_code").all(row.id);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    level: row.level,
    fundingSource: row.funding_source,
    parentId: row.parent_id,
    parentCode: row.parent_code,
    benefit: benefitOf(ctx, row),
    frequency: row.frequency,
    activeFrom: row.active_from,
    activeTo: row.active_to,
    desilMin: row.desil_min,
    desilMax: row.desil_max,
    uncertainNote: row.uncertain_note,
    quotas,
    isActive: row.is_active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  };
}
function findRow(ctx, id4) {
  const row = ctx.db.prepare(`${SELECT_PROGRAM} WHERE p.id = ?`).get(id4);
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}
function getProgram(ctx, id4) {
  return toProgram(ctx, findRow(ctx, id4));
}
function listPrograms(ctx, options) {
  const rows = ctx.db.prepare(`${SELECT_PROGRAM} WHERE (:all = 1 OR p.is_active = 1) ORDER BY coalesce(parent.code, p.code), p.parent_id IS NOT NULL, p.code`).all({ all: options.includeInactive ? 1 : 0 });
  return rows.map((r2) => ({
    id: r2.id,
    code: r2.code,
    name: r2.name,
    level: r2.level,
    fundingSource: r2.funding_source,
    parentId: r2.parent_id,
    parentCode: r2.parent_code,
    benefitKind: r2.benefit_kind,
    frequency: r2.frequency,
    desilMin: r2.desil_min,
    desilMax: r2.desil_max,
    isActive: r2.is_active === 1,
    uncertainNote: r2.uncertain_note
  }));
}
function getProgramDetail(ctx, id4) {
  const program = getProgram(ctx, id4);
  const parent = program.parentId === null ? null : getProgram(ctx, program.parentId);
  const variants = ctx.db.prepare("SELECT id, code, name, is_active AS isActive FROM programs WHERE parent_id = ? ORDER BY code").all(id4);
  return {
    program,
    parent: parent && { id: parent.id, code: parent.code, name: parent.name },
    changesFromParent: parent ? changesFromParent(program, parent) : [],
    variants: variants.map((v) => ({ ...v, isActive: v.isActive === 1 }))
  };
}
function assertCodeFree(ctx, code, exceptId) {
  const clash = ctx.db.prepare("SELECT id FROM programs WHERE code = ?").get(code);
  if (clash && clash.id !== exceptId) throw new AppError("PROGRAM_CODE_TAKEN", { code });
}
function assertParentValid(ctx, parentId, selfId) {
  if (parentId === null) return;
  if (!ctx.db.prepare("SELECT 1 FROM programs WHERE id = ?").get(parentId)) throw new AppError("PROGRAM_PARENT_INVALID");
  if (selfId === null) return;
  const ancestors = ctx.db.prepare(
    `WITH RECURSIVE up(id) AS (SELECT ? UNION SELECT p.parent_id FROM programs p JOIN up ON p.id = up.id WHERE p.parent_id IS NOT NULL)
       SELECT id FROM up`
  ).all(parentId);
  if (ancestors.some((a) => a.id === selfId)) throw new AppError("PROGRAM_PARENT_INVALID");
}
function writeChildren(ctx, id4, p) {
  for (const table of ["program_components", "program_amounts", "program_quotas"]) {
    ctx.db.prepare(`DELETE FROM ${table} WHERE program_id = ?`).run(id4);
  }
  const amount = ctx.db.prepare(
    "INSERT INTO program_amounts (program_id, component_code, valid_from, amount) VALUES (?, ?, ?, ?)"
  );
  if (p.benefit.kind === "flat") {
    for (const a of p.benefit.amounts) amount.run(id4, "", a.validFrom, a.amount);
  } else if (p.benefit.kind === "components") {
    const component = ctx.db.prepare("INSERT INTO program_components (program_id, code, name, sort) VALUES (?, ?, ?, ?)");
    p.benefit.components.forEach((c, i) => {
      component.run(id4, c.code, c.name, i);
      for (const a of c.amounts) amount.run(id4, c.code, a.validFrom, a.amount);
    });
  }
  const quota = ctx.db.prepare("INSERT INTO program_quotas (program_id, kecamatan_code, quota) VALUES (?, ?, ?)");
  for (const q of p.quotas) quota.run(id4, q.kecamatanCode, q.quota);
}
function scalarColumns(p) {
  return {
    code: p.code,
    name: p.name,
    description: p.description,
    level: p.level,
    funding_source: p.fundingSource,
    parent_id: p.parentId,
    benefit_kind: p.benefit.kind,
    flat_unit: p.benefit.kind === "flat" ? p.benefit.unit : null,
    per_person: p.benefit.kind === "flat" && p.benefit.perPerson ? 1 : 0,
    max_components: p.benefit.kind === "components" ? p.benefit.maxComponents : null,
    in_kind_note: p.benefit.kind === "in_kind" ? p.benefit.note : "",
    frequency: p.frequency,
    active_from: p.activeFrom,
    active_to: p.activeTo,
    desil_min: p.desilMin,
    desil_max: p.desilMax,
    uncertain_note: p.uncertainNote
  };
}
function createProgram(ctx, raw) {
  const input = programInputSchema.parse(raw);
  return ctx.db.transaction(() => {
    assertCodeFree(ctx, input.code, null);
    assertParentValid(ctx, input.parentId, null);
    const now = ctx.now().toISOString();
    const { lastInsertRowid } = ctx.db.prepare(
      `INSERT INTO programs (code, name, description, level, funding_source, parent_id, benefit_kind, flat_unit,
           per_person, max_components, in_kind_note, frequency, active_from, active_to, desil_min, desil_max,
           uncertain_note, is_active, created_at, updated_at)
         VALUES (:code, :name, :description, :level, :funding_source, :parent_id, :benefit_kind, :flat_unit,
           :per_person, :max_components, :in_kind_note, :frequency, :active_from, :active_to, :desil_min, :desil_max,
           :uncertain_note, 1, :now, :now)`
    ).run({ ...scalarColumns(input), now });
    const id4 = Number(lastInsertRowid);
    writeChildren(ctx, id4, input);
    const created = getProgram(ctx, id4);
    recordAudit(ctx, { action: "create", entity: "program", entityId: id4, before: null, after: created });
    return getProgramDetail(ctx, id4);
  })();
}
function updateProgram(ctx, id4, raw) {
  const input = programInputSchema.parse(raw);
  return ctx.db.transaction(() => {
    const before = getProgram(ctx, id4);
    assertCodeFree(ctx, input.code, id4);
    assertParentValid(ctx, input.parentId, id4);
    ctx.db.prepare(
      `UPDATE programs SET code = :code, name = :name, description = :description, level = :level,
           funding_source = :funding_source, parent_id = :parent_id, benefit_kind = :benefit_kind,
           flat_unit = :flat_unit, per_person = :per_person, max_components = :max_components,
           in_kind_note = :in_kind_note, frequency = :frequency, active_from = :active_from,
           active_to = :active_to, desil_min = :desil_min, desil_max = :desil_max,
           uncertain_note = :uncertain_note, updated_at = :now
         WHERE id = :id`
    ).run({ ...scalarColumns(input), now: ctx.now().toISOString(), id: id4 });
    writeChildren(ctx, id4, input);
    recordAudit(ctx, { action: "update", entity: "program", entityId: id4, before, after: getProgram(ctx, id4) });
    return getProgramDetail(ctx, id4);
  })();
}
function setProgramActive(ctx, id4, active) {
  return ctx.db.transaction(() => {
    const before = getProgram(ctx, id4);
    if (before.isActive === active) return getProgramDetail(ctx, id4);
    if (!active) {
      const variants = ctx.db.prepare("SELECT code FROM programs WHERE parent_id = ? AND is_active = 1 ORDER BY code").all(id4);
      if (variants.length > 0) {
        throw new AppError("PROGRAM_HAS_ACTIVE_VARIANTS", { code: before.code, variants: variants.map((v) => v.code).join(", ") });
      }
    }
    ctx.db.prepare("UPDATE programs SET is_active = ?, updated_at = ? WHERE id = ?").run(active ? 1 : 0, ctx.now().toISOString(), id4);
    recordAudit(ctx, {
      action: active ? "activate" : "deactivate",
      entity: "program",
      entityId: id4,
      before: { code: before.code, isActive: before.isActive },
      after: { code: before.code, isActive: active }
    });
    return getProgramDetail(ctx, id4);
  })();
}

// electron/programs/seed.ts
function seedCatalogue() {
  return programs_default.programs.map((p) => programInputSchema.parse(p));
}
function seedPrograms(ctx) {
  const added = [];
  for (const program of seedCatalogue()) {
    if (ctx.db.prepare("SELECT 1 FROM programs WHERE code = ?").get(program.code)) continue;
    createProgram(ctx, program);
    added.push(program.code);
  }
  return added;
}

// electron/regions/service.ts
function storeRegencyRegions(ctx, catalog, regencyCode) {
  ctx.db.prepare("DELETE FROM regions").run();
  const insert = ctx.db.prepare("INSERT INTO regions (code, parent_code, level, name) VALUES (?, ?, ?, ?)");
  const districts = catalog.districts(regencyCode);
  for (const d of districts) insert.run(d.code, regencyCode, "kecamatan", d.name);
  for (const v of catalog.villages(regencyCode)) insert.run(v.code, v.districtCode, "desa", v.name);
  return districts.length;
}
function listKecamatan(ctx) {
  return ctx.db.prepare(
    `SELECT k.code, k.name, (SELECT count(*) FROM regions d WHERE d.parent_code = k.code) AS villageCount
       FROM regions k WHERE k.level = 'kecamatan' ORDER BY k.name`
  ).all();
}

// electron/settings/service.ts
function readSetting(ctx, key) {
  const row = ctx.db.prepare("SELECT value FROM settings WHERE key = ?").get(key);
  return row ? JSON.parse(row.value) : null;
}
function writeSetting(ctx, key, value) {
  const before = readSetting(ctx, key);
  ctx.db.prepare("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(key, JSON.stringify(value));
  recordAudit(ctx, { action: before === null ? "create" : "update", entity: "setting", entityId: key, before, after: value });
}
function readLocale(ctx) {
  const locale = readSetting(ctx, "locale");
  return locale && LOCALES.includes(locale) ? locale : "id";
}
function setLocale(ctx, locale) {
  ctx.db.transaction(() => writeSetting(ctx, "locale", locale))();
}
function isSetupComplete(ctx) {
  return readSetting(ctx, "regency") !== null && readSetting(ctx, "office_profile") !== null;
}
function resolveRegency(catalog, code) {
  const regency = catalog.regency(code);
  if (!regency) throw new AppError("REGENCY_UNKNOWN", { code });
  return { code: regency.code, name: regency.name, provinceName: regency.provinceName };
}
function completeSetup(ctx, catalog, regencyCode, profile) {
  const regency = resolveRegency(catalog, regencyCode);
  const validProfile = officeProfileSchema.parse(profile ?? defaultProfile(regency.name));
  ctx.db.transaction(() => {
    if (isSetupComplete(ctx)) throw new AppError("SETUP_ALREADY_DONE");
    writeSetting(ctx, "regency", regency);
    storeRegencyRegions(ctx, catalog, regency.code);
    writeSetting(ctx, "office_profile", validProfile);
    seedPrograms(ctx);
  })();
  return readOfficeSettings(ctx);
}
function readOfficeSettings(ctx) {
  const regency = readSetting(ctx, "regency");
  const profile = readSetting(ctx, "office_profile");
  if (!regency || !profile) throw new AppError("SETUP_REQUIRED");
  return { regencyCode: regency.code, regencyName: regency.name, provinceName: regency.provinceName, profile };
}
function saveProfile(ctx, profile) {
  const valid = officeProfileSchema.parse(profile);
  ctx.db.transaction(() => {
    readOfficeSettings(ctx);
    writeSetting(ctx, "office_profile", valid);
  })();
  return readOfficeSettings(ctx);
}
function changeRegency(ctx, catalog, regencyCode) {
  const regency = resolveRegency(catalog, regencyCode);
  ctx.db.transaction(() => {
    readOfficeSettings(ctx);
    writeSetting(ctx, "regency", regency);
    storeRegencyRegions(ctx, catalog, regency.code);
  })();
  return readOfficeSettings(ctx);
}

// electron/app/status.ts
function appStatus(app2) {
  const ctx = serviceContext(app2);
  const regency = readSetting(ctx, "regency");
  return {
    setupComplete: isSetupComplete(ctx),
    regencyCode: regency?.code ?? null,
    regencyName: regency?.name ?? null,
    locale: readLocale(ctx),
    version: app2.version,
    dbPath: app2.database.file,
    schemaVersion: schemaVersion(ctx.db)
  };
}

// electron/app/handlers.ts
var appHandlers = {
  "app.status": (app2) => appStatus(app2),
  "app.setLocale": (app2, { locale }) => {
    setLocale(serviceContext(app2), locale);
    return appStatus(app2);
  },
  "audit.list": (app2, filter) => listAudit(serviceContext(app2), filter)
};

// electron/backups/handlers.ts
var backupsHandlers = {
  "backups.list": (app2) => app2.database.listBackups(),
  "backups.create": (app2) => app2.database.backupNow(),
  "backups.restore": (app2, { fileName }) => {
    app2.database.restore(fileName);
    return appStatus(app2);
  }
};

// electron/programs/handlers.ts
var programsHandlers = {
  "programs.list": (app2, input) => listPrograms(serviceContext(app2), input),
  "programs.get": (app2, { id: id4 }) => getProgramDetail(serviceContext(app2), id4),
  "programs.create": (app2, { program }) => createProgram(serviceContext(app2), program),
  "programs.update": (app2, { id: id4, program }) => updateProgram(serviceContext(app2), id4, program),
  "programs.setActive": (app2, { id: id4, active }) => setProgramActive(serviceContext(app2), id4, active)
};

// electron/regions/handlers.ts
var regionsHandlers = {
  "regions.provinces": (app2) => app2.regions.provinces(),
  "regions.regencies": (app2, { provinceCode }) => {
    if (!app2.regions.provinces().some((p) => p.code === provinceCode)) {
      throw new AppError("PROVINCE_UNKNOWN", { code: provinceCode });
    }
    return app2.regions.regencies(provinceCode);
  },
  "regions.kecamatan": (app2) => listKecamatan(serviceContext(app2))
};

// electron/settings/handlers.ts
var settingsHandlers = {
  "settings.completeSetup": (app2, { regencyCode, profile }) => {
    completeSetup(serviceContext(app2), app2.regions, regencyCode, profile);
    return appStatus(app2);
  },
  "settings.get": (app2) => readOfficeSettings(serviceContext(app2)),
  "settings.saveProfile": (app2, { profile }) => saveProfile(serviceContext(app2), profile),
  "settings.changeRegency": (app2, { regencyCode }) => changeRegency(serviceContext(app2), app2.regions, regencyCode)
};

// electron/beneficiaries/detail.ts
var AUDIT_LIMIT = 200;
function familyDetail(ctx, familyId) {
  const db = ctx.db;
  const family = db.prepare(
    `SELECT f.id, f.kk, f.address, f.rt, f.rw, f.kecamatan_code AS kecamatanCode, k.name AS kecamatan,
         f.desa_code AS desaCode, d.name AS desa, f.dtks_id AS dtksId, f.desil, f.desil_as_of AS desilAsOf,
         f.is_demo AS isDemo, f.created_at AS createdAt, f.updated_at AS updatedAt
       FROM families f
       LEFT JOIN regions k ON k.code = f.kecamatan_code
       LEFT JOIN regions d ON d.code = f.desa_code
       WHERE f.id = ?`
  ).get(familyId);
  if (!family) throw new AppError("NOT_FOUND");
  const members = db.prepare(
    `SELECT id, nik, name, sex, birth_place AS birthPlace, birth_date AS birthDate, relationship,
           mother_name AS motherName, disability, school_level AS schoolLevel, is_pengurus AS isPengurus
         FROM members WHERE family_id = ? ORDER BY is_pengurus DESC, id`
  ).all(familyId).map((m) => ({ ...m, isPengurus: m.isPengurus === 1 }));
  const enrollments = readEnrollments(ctx, familyId, new Map(members.map((m) => [m.id, m.name])));
  const receiving = [...new Set(enrollments.filter((e) => e.countsAsActive).map((e) => e.programCode))].sort();
  return {
    family: { ...family, isDemo: family.isDemo === 1 },
    members,
    enrollments,
    receiving,
    audit: familyAudit(ctx, familyId, members.map((m) => m.id), enrollments.map((e) => e.id)),
    imports: importTouches(ctx, enrollments.map((e) => e.id))
  };
}
function readEnrollments(ctx, familyId, memberNames) {
  const db = ctx.db;
  const rows = db.prepare(
    `SELECT e.id, e.program_id AS programId, p.code AS programCode, p.name AS programName, e.member_key AS memberKey,
         e.status, e.status_date AS statusDate, e.enrolled_on AS enrolledOn, coalesce(s.counts_as_active, 0) AS countsAsActive
       FROM enrollments e
       JOIN programs p ON p.id = e.program_id
       LEFT JOIN enrollment_statuses s ON s.code = e.status
       WHERE e.family_id = ?
       ORDER BY p.code, e.member_key`
  ).all(familyId);
  const periods = db.prepare(
    "SELECT period, nominal, components_json AS components FROM enrollment_periods WHERE enrollment_id = ? ORDER BY period DESC"
  );
  const history = db.prepare(
    `SELECT id, status, status_date AS statusDate, reason, actor, at, batch_id AS batchId
     FROM enrollment_status_history WHERE enrollment_id = ? ORDER BY id DESC`
  );
  return rows.map((r2) => ({
    id: r2.id,
    programId: r2.programId,
    programCode: r2.programCode,
    programName: r2.programName,
    memberId: r2.memberKey === 0 ? null : r2.memberKey,
    memberName: r2.memberKey === 0 ? null : memberNames.get(r2.memberKey) ?? null,
    status: r2.status,
    statusDate: r2.statusDate,
    enrolledOn: r2.enrolledOn,
    countsAsActive: r2.countsAsActive === 1,
    periods: periods.all(r2.id).map((p) => ({
      period: p.period,
      nominal: p.nominal,
      components: p.components === null ? null : JSON.parse(p.components)
    })),
    history: history.all(r2.id)
  }));
}
function familyAudit(ctx, familyId, memberIds, enrollmentIds) {
  const byEntity = ctx.db.prepare(
    `SELECT id, at, actor, action, entity, entity_id, before_json, after_json FROM audit_log
     WHERE entity = :entity AND entity_id IN (SELECT value FROM json_each(:ids))
     ORDER BY id DESC LIMIT ${AUDIT_LIMIT}`
  );
  const rows = [
    ...byEntity.all({ entity: "family", ids: JSON.stringify([String(familyId)]) }),
    ...memberIds.length > 0 ? byEntity.all({ entity: "member", ids: JSON.stringify(memberIds.map(String)) }) : [],
    ...enrollmentIds.length > 0 ? byEntity.all({ entity: "enrollment", ids: JSON.stringify(enrollmentIds.map(String)) }) : []
  ];
  return rows.sort((a, b) => b.id - a.id).slice(0, AUDIT_LIMIT).map((r2) => ({
    id: r2.id,
    at: r2.at,
    actor: r2.actor,
    action: r2.action,
    entity: r2.entity,
    entityId: r2.entity_id,
    before: r2.before_json === null ? null : JSON.parse(r2.before_json),
    after: r2.after_json === null ? null : JSON.parse(r2.after_json)
  }));
}
function importTouches(ctx, enrollmentIds) {
  if (enrollmentIds.length === 0) return [];
  return ctx.db.prepare(
    `WITH ids(id) AS (SELECT value FROM json_each(:ids)),
       touched(batch_id) AS (
         SELECT e.batch_id FROM enrollments e JOIN ids ON ids.id = e.id
         UNION SELECT h.batch_id FROM enrollment_status_history h JOIN ids ON ids.id = h.enrollment_id
         UNION SELECT ep.batch_id FROM enrollment_periods ep JOIN ids ON ids.id = ep.enrollment_id)
       SELECT b.id AS batchId, b.file_name AS fileName, p.code AS programCode, b.period, b.at, b.actor, b.undone_at AS undoneAt
       FROM touched t JOIN import_batches b ON b.id = t.batch_id LEFT JOIN programs p ON p.id = b.program_id
       ORDER BY b.id DESC`
  ).all({ ids: JSON.stringify(enrollmentIds) });
}

// electron/beneficiaries/edit.ts
import { z as z16 } from "zod";
var FAMILY_FIELDS = {
  kk: "kk",
  address: "address",
  rt: "rt",
  rw: "rw",
  kecamatanCode: "kecamatan_code",
  desaCode: "desa_code",
  dtksId: "dtks_id",
  desil: "desil",
  desilAsOf: "desil_as_of"
};
var MEMBER_FIELDS = {
  nik: "nik",
  name: "name",
  sex: "sex",
  birthPlace: "birth_place",
  birthDate: "birth_date",
  relationship: "relationship",
  motherName: "mother_name",
  disability: "disability",
  schoolLevel: "school_level",
  isPengurus: "is_pengurus"
};
function changedFields(stored, next, columns) {
  const before = {};
  const after = {};
  for (const [field, column] of Object.entries(columns)) {
    const value = next[field];
    const storedValue = typeof value === "boolean" ? stored[column] === 1 : stored[column];
    if ((storedValue ?? null) !== (value ?? null)) {
      before[field] = storedValue ?? null;
      after[field] = value ?? null;
    }
  }
  return { before, after };
}
function fieldError(path, message) {
  return new z16.ZodError([{ code: "custom", path, message, input: void 0 }]);
}
function assertRegions(ctx, edit) {
  const region = ctx.db.prepare("SELECT parent_code AS parent, level FROM regions WHERE code = ?");
  if (edit.kecamatanCode !== null) {
    const kec = region.get(edit.kecamatanCode);
    if (kec?.level !== "kecamatan") throw fieldError(["family", "kecamatanCode"], "region.unknown");
  }
  if (edit.desaCode !== null) {
    const desa = region.get(edit.desaCode);
    if (desa?.level !== "desa" || desa.parent !== edit.kecamatanCode) throw fieldError(["family", "desaCode"], "region.unknown");
  }
}
function updateFamily(ctx, familyId, input) {
  const edit = familyEditSchema.parse(input);
  assertRegions(ctx, edit);
  ctx.db.transaction(() => {
    const stored = ctx.db.prepare("SELECT * FROM families WHERE id = ?").get(familyId);
    if (!stored) throw new AppError("NOT_FOUND");
    const clash = ctx.db.prepare("SELECT id FROM families WHERE kk = ? AND id <> ?").get(edit.kk, familyId);
    if (clash) throw new AppError("KK_TAKEN", { kk: edit.kk });
    const { before, after } = changedFields(stored, edit, FAMILY_FIELDS);
    if (Object.keys(after).length === 0) return;
    ctx.db.prepare(
      `UPDATE families SET kk = :kk, address = :address, rt = :rt, rw = :rw, kecamatan_code = :kecamatanCode,
           desa_code = :desaCode, dtks_id = :dtksId, desil = :desil, desil_as_of = :desilAsOf, updated_at = :now
         WHERE id = :id`
    ).run({ ...edit, id: familyId, now: ctx.now().toISOString() });
    recordAudit(ctx, { action: "update", entity: "family", entityId: familyId, before: { kk: stored.kk, ...before }, after });
  })();
  return { detail: familyDetail(ctx, familyId), warnings: [] };
}
function updateMember(ctx, memberId, input) {
  const edit = memberEditSchema.parse(input);
  let familyId = 0;
  ctx.db.transaction(() => {
    const stored = ctx.db.prepare("SELECT * FROM members WHERE id = ?").get(memberId);
    if (!stored) throw new AppError("NOT_FOUND");
    familyId = stored.family_id;
    const clash = ctx.db.prepare("SELECT id FROM members WHERE nik = ? AND id <> ?").get(edit.nik, memberId);
    if (clash) throw new AppError("NIK_TAKEN", { nik: edit.nik });
    const { before, after } = changedFields(stored, edit, MEMBER_FIELDS);
    if (Object.keys(after).length === 0) return;
    const now = ctx.now().toISOString();
    if (edit.isPengurus && stored.is_pengurus !== 1) demoteCurrentPengurus(ctx, familyId, now);
    ctx.db.prepare(
      `UPDATE members SET nik = :nik, name = :name, name_key = :nameKey, sex = :sex, birth_place = :birthPlace,
           birth_date = :birthDate, relationship = :relationship, mother_name = :motherName, disability = :disability,
           school_level = :schoolLevel, is_pengurus = :isPengurus, updated_at = :now
         WHERE id = :id`
    ).run({ ...edit, nameKey: nameKey(edit.name), isPengurus: edit.isPengurus ? 1 : 0, id: memberId, now });
    recordAudit(ctx, {
      action: "update",
      entity: "member",
      entityId: memberId,
      before: { nik: stored.nik, name: stored.name, ...before },
      after
    });
  })();
  return { detail: familyDetail(ctx, familyId), warnings: memberWarnings(edit) };
}
function demoteCurrentPengurus(ctx, familyId, now) {
  const current = ctx.db.prepare("SELECT id, nik, name FROM members WHERE family_id = ? AND is_pengurus = 1").get(familyId);
  if (!current) return;
  ctx.db.prepare("UPDATE members SET is_pengurus = 0, updated_at = ? WHERE id = ?").run(now, current.id);
  recordAudit(ctx, {
    action: "update",
    entity: "member",
    entityId: current.id,
    before: { nik: current.nik, name: current.name, isPengurus: true },
    after: { isPengurus: false }
  });
}

// electron/beneficiaries/export.ts
import { rmSync as rmSync2 } from "node:fs";
import { basename } from "node:path";
import ExcelJS from "exceljs";

// electron/beneficiaries/export-layout.ts
function isoToDate(iso) {
  return iso === null ? null : /* @__PURE__ */ new Date(`${iso}T00:00:00Z`);
}
function componentsText(components) {
  if (!components) return "";
  return Object.entries(components).filter(([, n]) => n > 0).map(([code, n]) => `${code} ${n}`).join(", ");
}
function exportColumns(query, ctx) {
  const t2 = (key) => translate(ctx.locale, key);
  const common = [
    { header: "beneficiaries.col.no", width: 7, value: (_r, i) => i },
    { header: "beneficiaries.col.nik", width: 20, numFmt: "@", value: (r2) => ctx.fullNik ? r2.nik : maskNik(r2.nik) },
    { header: "beneficiaries.col.name", width: 30, value: (r2) => r2.name },
    { header: "beneficiaries.col.pengurus", width: 10, value: (r2) => r2.isPengurus ? t2("common.yes") : "" },
    { header: "beneficiaries.col.relationship", width: 16, value: (r2) => r2.relationship },
    { header: "beneficiaries.col.sex", width: 6, value: (r2) => r2.sex },
    { header: "beneficiaries.col.birthDate", width: 13, numFmt: "dd-mm-yyyy", value: (r2) => isoToDate(r2.birthDate) },
    { header: "beneficiaries.col.kk", width: 20, numFmt: "@", value: (r2) => r2.kk },
    { header: "beneficiaries.col.address", width: 28, value: (r2) => r2.address },
    { header: "beneficiaries.col.rt", width: 6, numFmt: "@", value: (r2) => r2.rt },
    { header: "beneficiaries.col.rw", width: 6, numFmt: "@", value: (r2) => r2.rw },
    { header: "beneficiaries.col.desa", width: 18, value: (r2) => r2.desa ?? r2.desaCode },
    { header: "beneficiaries.col.kecamatan", width: 18, value: (r2) => r2.kecamatan ?? r2.kecamatanCode },
    { header: "beneficiaries.col.desil", width: 7, value: (r2) => r2.desil }
  ];
  if (query.programId === null) {
    return [
      ...common,
      {
        header: "beneficiaries.col.programs",
        width: 40,
        value: (r2) => r2.programs.map((p) => `${p.code} (${ctx.statusLabel(p.status)})`).join(", ")
      }
    ];
  }
  return [
    ...common,
    { header: "beneficiaries.col.status", width: 16, value: (r2) => r2.enrollment ? ctx.statusLabel(r2.enrollment.status) : null },
    { header: "beneficiaries.col.statusDate", width: 13, numFmt: "dd-mm-yyyy", value: (r2) => isoToDate(r2.enrollment?.statusDate ?? null) },
    { header: "beneficiaries.col.period", width: 10, value: (r2) => r2.enrollment?.period ?? null },
    { header: "beneficiaries.col.nominal", width: 13, numFmt: "#,##0", value: (r2) => r2.enrollment?.nominal ?? null },
    { header: "beneficiaries.col.components", width: 24, value: (r2) => componentsText(r2.enrollment?.components ?? null) }
  ];
}
function describeFilters(locale, query, names) {
  const parts = [];
  const t2 = (key, params = {}) => translate(locale, key, params);
  if (names.kecamatan) parts.push(t2("beneficiaries.export.filter.kecamatan", { name: names.kecamatan }));
  if (names.desa) parts.push(t2("beneficiaries.export.filter.desa", { name: names.desa }));
  if (names.status) parts.push(t2("beneficiaries.export.filter.status", { name: names.status.label }));
  if (query.desilMin !== null || query.desilMax !== null) {
    parts.push(t2("beneficiaries.export.filter.desil", { from: query.desilMin ?? 1, to: query.desilMax ?? 10 }));
  }
  if (query.component !== null) parts.push(t2("beneficiaries.export.filter.component", { code: query.component }));
  if (query.search.trim() !== "") parts.push(t2("beneficiaries.export.filter.search", { text: query.search.trim() }));
  if (query.pengurusOnly) parts.push(t2("beneficiaries.export.filter.pengurus"));
  return parts.length === 0 ? t2("beneficiaries.export.filter.none") : parts.join("; ");
}

// electron/beneficiaries/rows.ts
var WINDOW_SQL = `
  SELECT m.id AS memberId, m.family_id AS familyId, m.nik, m.name, m.sex, m.birth_date AS birthDate,
    m.relationship, m.is_pengurus AS isPengurus,
    f.kk, f.address, f.rt, f.rw, f.kecamatan_code AS kecamatanCode, k.name AS kecamatan,
    f.desa_code AS desaCode, d.name AS desa, f.desil, f.is_demo AS isDemo,
    (SELECT json_group_array(json_object('code', p.code, 'status', e.status))
       FROM enrollments e JOIN programs p ON p.id = e.program_id
      WHERE e.family_id = m.family_id AND e.member_key IN (0, m.id)) AS programsJson,
    pe.id AS enrollmentId, pe.status AS enrollmentStatus, pe.status_date AS enrollmentDate,
    (SELECT json_object('period', ep.period, 'nominal', ep.nominal, 'components', json(ep.components_json))
       FROM enrollment_periods ep WHERE ep.enrollment_id = pe.id ORDER BY ep.period DESC LIMIT 1) AS periodJson
  FROM json_each(:ids) j
  JOIN members m ON m.id = j.value
  JOIN families f ON f.id = m.family_id
  LEFT JOIN regions k ON k.code = f.kecamatan_code
  LEFT JOIN regions d ON d.code = f.desa_code
  LEFT JOIN enrollments pe ON pe.program_id = :programId AND pe.family_id = m.family_id AND pe.member_key IN (0, m.id)
  ORDER BY j.key`;
function readRows(db, ids, programId) {
  if (ids.length === 0) return [];
  const records = db.prepare(WINDOW_SQL).all({ ids: JSON.stringify(Array.from(ids)), programId: programId ?? 0 });
  const rows = [];
  let previous = -1;
  for (const r2 of records) {
    if (r2.memberId === previous) continue;
    previous = r2.memberId;
    rows.push(toRow(r2));
  }
  return rows;
}
function toRow(r2) {
  const period = r2.periodJson === null ? null : JSON.parse(r2.periodJson);
  const programs = JSON.parse(r2.programsJson).sort((a, b) => a.code.localeCompare(b.code));
  return {
    memberId: r2.memberId,
    familyId: r2.familyId,
    nik: r2.nik,
    name: r2.name,
    sex: r2.sex,
    birthDate: r2.birthDate,
    relationship: r2.relationship,
    isPengurus: r2.isPengurus === 1,
    kk: r2.kk,
    address: r2.address,
    rt: r2.rt,
    rw: r2.rw,
    kecamatanCode: r2.kecamatanCode,
    kecamatan: r2.kecamatan,
    desaCode: r2.desaCode,
    desa: r2.desa,
    desil: r2.desil,
    isDemo: r2.isDemo === 1,
    programs,
    enrollment: r2.enrollmentId === null ? null : {
      id: r2.enrollmentId,
      status: r2.enrollmentStatus,
      statusDate: r2.enrollmentDate,
      period: period?.period ?? null,
      nominal: period?.nominal ?? null,
      components: period?.components ?? null
    }
  };
}

// electron/beneficiaries/status.ts
import { z as z17 } from "zod";

// electron/beneficiaries/writer.ts
var FAMILY_COLUMNS = ["address", "rt", "rw", "kecamatan_code", "desa_code", "dtks_id", "desil", "desil_as_of"];
var MEMBER_COLUMNS = [
  "family_id",
  "name",
  "name_key",
  "sex",
  "birth_place",
  "birth_date",
  "relationship",
  "mother_name",
  "disability",
  "school_level",
  "is_pengurus"
];
function familyRow(rec) {
  return {
    address: rec.address,
    rt: rec.rt,
    rw: rec.rw,
    kecamatan_code: rec.kecamatanCode,
    desa_code: rec.desaCode,
    dtks_id: rec.dtksId,
    desil: rec.desil,
    desil_as_of: rec.desilAsOf
  };
}
function memberRow(familyId, rec) {
  return {
    family_id: familyId,
    name: rec.name,
    name_key: nameKey(rec.name),
    sex: rec.sex,
    birth_place: rec.birthPlace,
    birth_date: rec.birthDate,
    relationship: rec.relationship,
    mother_name: rec.motherName,
    disability: rec.disability,
    school_level: rec.schoolLevel,
    is_pengurus: rec.isPengurus ? 1 : 0
  };
}
function differs(before, after, columns) {
  return columns.some((c) => (before[c] ?? null) !== (after[c] ?? null));
}
var RegisterWriter = class {
  constructor(ctx, batchId, options = {}) {
    this.ctx = ctx;
    this.batchId = batchId;
    this.options = options;
    this.stmts = prepare(ctx.db);
    if (batchId !== null) {
      const last = ctx.db.prepare("SELECT max(seq) AS seq FROM import_changes WHERE batch_id = ?").get(batchId);
      this.seq = last.seq ?? 0;
    }
  }
  ctx;
  batchId;
  options;
  seq = 0;
  stmts;
  log(table, key, op, before) {
    if (this.batchId === null) return;
    this.stmts.change.run(this.batchId, ++this.seq, table, JSON.stringify(key), op, before === null ? null : JSON.stringify(before));
  }
  now() {
    return this.ctx.now().toISOString();
  }
  upsertFamily(rec) {
    const existing = this.stmts.familyByKk.get(rec.kk);
    const incoming = familyRow(rec);
    if (!existing) {
      const id5 = Number(
        this.stmts.insertFamily.run({ ...incoming, kk: rec.kk, is_demo: this.options.demo ? 1 : 0, now: this.now() }).lastInsertRowid
      );
      this.log("families", { id: id5 }, "insert", null);
      return { id: id5, op: "insert" };
    }
    const merged = mergeKnown(existing, incoming, FAMILY_COLUMNS);
    const id4 = existing.id;
    if (!differs(existing, merged, FAMILY_COLUMNS)) return { id: id4, op: "unchanged" };
    this.log("families", { id: id4 }, "update", existing);
    this.stmts.updateFamily.run({ ...merged, id: id4, now: this.now() });
    return { id: id4, op: "update" };
  }
  upsertMember(familyId, rec) {
    if (rec.isPengurus) this.clearPengurus(familyId, rec.nik);
    const existing = this.stmts.memberByNik.get(rec.nik);
    const incoming = memberRow(familyId, rec);
    if (!existing) {
      const id5 = Number(
        this.stmts.insertMember.run({ ...incoming, nik: rec.nik, is_demo: this.options.demo ? 1 : 0, now: this.now() }).lastInsertRowid
      );
      this.log("members", { id: id5 }, "insert", null);
      return { id: id5, op: "insert" };
    }
    const merged = mergeKnown(existing, { ...incoming, is_pengurus: rec.isPengurus ? 1 : null }, MEMBER_COLUMNS);
    const id4 = existing.id;
    if (!differs(existing, merged, MEMBER_COLUMNS)) return { id: id4, op: "unchanged" };
    this.log("members", { id: id4 }, "update", existing);
    this.stmts.updateMember.run({ ...merged, id: id4, now: this.now() });
    return { id: id4, op: "update" };
  }
  clearPengurus(familyId, exceptNik) {
    const current = this.stmts.pengurusOf.get(familyId);
    if (!current || current.nik === exceptNik) return;
    this.log("members", { id: current.id }, "update", current);
    this.stmts.unsetPengurus.run({ id: current.id, now: this.now() });
  }
  /** Enrolls (or re-activates) a family or member in a program; a status change is kept in the history. */
  enroll(input) {
    const memberKey = input.memberKey ?? 0;
    const existing = this.stmts.enrollmentByKey.get(input.programId, input.familyId, memberKey);
    if (!existing) {
      const id5 = Number(
        this.stmts.insertEnrollment.run({
          program_id: input.programId,
          family_id: input.familyId,
          member_key: memberKey,
          status: input.status,
          date: input.date,
          batch_id: this.batchId,
          now: this.now()
        }).lastInsertRowid
      );
      this.log("enrollments", { id: id5 }, "insert", null);
      this.history(id5, input.status, input.date, input.reason);
      return { id: id5, op: "insert" };
    }
    const id4 = existing.id;
    if (existing.status === input.status) return { id: id4, op: "unchanged" };
    this.setStatus(id4, input.status, input.date, input.reason);
    return { id: id4, op: "update" };
  }
  setStatus(enrollmentId, status, date, reason) {
    const before = this.stmts.enrollmentById.get(enrollmentId);
    if (!before) throw new Error(`enrollment ${enrollmentId} not found`);
    this.log("enrollments", { id: enrollmentId }, "update", before);
    this.stmts.updateEnrollmentStatus.run({ id: enrollmentId, status, date, now: this.now() });
    this.history(enrollmentId, status, date, reason);
  }
  history(enrollmentId, status, date, reason) {
    const id4 = Number(
      this.stmts.insertHistory.run({
        enrollment_id: enrollmentId,
        status,
        date,
        reason,
        actor: this.ctx.actor,
        at: this.now(),
        batch_id: this.batchId
      }).lastInsertRowid
    );
    this.log("enrollment_status_history", { id: id4 }, "insert", null);
  }
  /** Membership of a period's list, with the tahap amount and component counts where the list has them. */
  setPeriod(enrollmentId, period, nominal, components) {
    const existing = this.stmts.periodByKey.get(enrollmentId, period);
    const row = {
      enrollment_id: enrollmentId,
      period,
      nominal,
      components_json: components === null ? null : JSON.stringify(components),
      batch_id: this.batchId
    };
    if (!existing) {
      this.stmts.insertPeriod.run(row);
      this.log("enrollment_periods", { enrollment_id: enrollmentId, period }, "insert", null);
      return "insert";
    }
    if (existing.nominal === row.nominal && existing.components_json === row.components_json) return "unchanged";
    this.log("enrollment_periods", { enrollment_id: enrollmentId, period }, "update", existing);
    this.stmts.updatePeriod.run(row);
    return "update";
  }
};
function mergeKnown(existing, incoming, columns) {
  const merged = {};
  for (const c of columns) merged[c] = incoming[c] === null || incoming[c] === void 0 ? existing[c] ?? null : incoming[c];
  return merged;
}
function prepare(db) {
  return {
    change: db.prepare("INSERT INTO import_changes (batch_id, seq, table_name, row_key, op, before_json) VALUES (?, ?, ?, ?, ?, ?)"),
    familyByKk: db.prepare("SELECT * FROM families WHERE kk = ?"),
    insertFamily: db.prepare(
      `INSERT INTO families (kk, address, rt, rw, kecamatan_code, desa_code, dtks_id, desil, desil_as_of, is_demo, created_at, updated_at)
       VALUES (:kk, :address, :rt, :rw, :kecamatan_code, :desa_code, :dtks_id, :desil, :desil_as_of, :is_demo, :now, :now)`
    ),
    updateFamily: db.prepare(
      `UPDATE families SET address = :address, rt = :rt, rw = :rw, kecamatan_code = :kecamatan_code, desa_code = :desa_code,
         dtks_id = :dtks_id, desil = :desil, desil_as_of = :desil_as_of, updated_at = :now WHERE id = :id`
    ),
    memberByNik: db.prepare("SELECT * FROM members WHERE nik = ?"),
    pengurusOf: db.prepare("SELECT * FROM members WHERE family_id = ? AND is_pengurus = 1"),
    unsetPengurus: db.prepare("UPDATE members SET is_pengurus = 0, updated_at = :now WHERE id = :id"),
    insertMember: db.prepare(
      `INSERT INTO members (family_id, nik, name, name_key, sex, birth_place, birth_date, relationship, mother_name, disability,
         school_level, is_pengurus, is_demo, created_at, updated_at)
       VALUES (:family_id, :nik, :name, :name_key, :sex, :birth_place, :birth_date, :relationship, :mother_name, :disability,
         :school_level, :is_pengurus, :is_demo, :now, :now)`
    ),
    updateMember: db.prepare(
      `UPDATE members SET family_id = :family_id, name = :name, name_key = :name_key, sex = :sex, birth_place = :birth_place,
         birth_date = :birth_date, relationship = :relationship, mother_name = :mother_name, disability = :disability,
         school_level = :school_level, is_pengurus = :is_pengurus, updated_at = :now WHERE id = :id`
    ),
    enrollmentByKey: db.prepare("SELECT * FROM enrollments WHERE program_id = ? AND family_id = ? AND member_key = ?"),
    enrollmentById: db.prepare("SELECT * FROM enrollments WHERE id = ?"),
    insertEnrollment: db.prepare(
      `INSERT INTO enrollments (program_id, family_id, member_key, status, status_date, enrolled_on, batch_id, created_at, updated_at)
       VALUES (:program_id, :family_id, :member_key, :status, :date, :date, :batch_id, :now, :now)`
    ),
    updateEnrollmentStatus: db.prepare("UPDATE enrollments SET status = :status, status_date = :date, updated_at = :now WHERE id = :id"),
    insertHistory: db.prepare(
      `INSERT INTO enrollment_status_history (enrollment_id, status, status_date, reason, actor, at, batch_id)
       VALUES (:enrollment_id, :status, :date, :reason, :actor, :at, :batch_id)`
    ),
    periodByKey: db.prepare("SELECT * FROM enrollment_periods WHERE enrollment_id = ? AND period = ?"),
    insertPeriod: db.prepare(
      `INSERT INTO enrollment_periods (enrollment_id, period, nominal, components_json, batch_id)
       VALUES (:enrollment_id, :period, :nominal, :components_json, :batch_id)`
    ),
    updatePeriod: db.prepare(
      `UPDATE enrollment_periods SET nominal = :nominal, components_json = :components_json, batch_id = :batch_id
       WHERE enrollment_id = :enrollment_id AND period = :period`
    )
  };
}

// electron/beneficiaries/status.ts
function listStatuses(ctx) {
  const rows = ctx.db.prepare(
    `SELECT code, label, counts_as_active AS countsAsActive, exit_kind AS exitKind, sort
       FROM enrollment_statuses ORDER BY sort, code`
  ).all();
  return rows.map((r2) => ({ ...r2, countsAsActive: r2.countsAsActive === 1 }));
}
function addStatus(ctx, input) {
  const status = newStatusSchema.parse(input);
  const code = statusCodeOf(status.label);
  if (code.length < 2) throw new z17.ZodError([{ code: "custom", path: ["label"], message: "status.label", input: status.label }]);
  ctx.db.transaction(() => {
    const clash = ctx.db.prepare("SELECT code FROM enrollment_statuses WHERE code = ? OR lower(label) = lower(?)").get(code, status.label);
    if (clash) throw new AppError("STATUS_TAKEN", { label: status.label });
    const sort = ctx.db.prepare("SELECT coalesce(max(sort), 0) + 1 FROM enrollment_statuses").pluck().get();
    const row = { code, label: status.label, countsAsActive: status.countsAsActive, exitKind: status.exitKind, sort };
    ctx.db.prepare("INSERT INTO enrollment_statuses (code, label, counts_as_active, exit_kind, sort) VALUES (?, ?, ?, ?, ?)").run(code, status.label, status.countsAsActive ? 1 : 0, status.exitKind, sort);
    recordAudit(ctx, { action: "create", entity: "enrollment_status", entityId: code, before: null, after: row });
  })();
  return listStatuses(ctx);
}
function changeStatus(ctx, input) {
  const change = statusChangeSchema.parse(input);
  if (change.date > todayIso(ctx.now())) {
    throw new z17.ZodError([{ code: "custom", path: ["date"], message: "date.future", input: change.date }]);
  }
  const familyId = ctx.db.transaction(() => {
    if (!ctx.db.prepare("SELECT 1 FROM enrollment_statuses WHERE code = ?").get(change.status)) {
      throw new AppError("STATUS_UNKNOWN", { status: change.status });
    }
    const before = ctx.db.prepare("SELECT family_id AS familyId, status, status_date AS statusDate FROM enrollments WHERE id = ?").get(change.enrollmentId);
    if (!before) throw new AppError("NOT_FOUND");
    new RegisterWriter(ctx, null).setStatus(change.enrollmentId, change.status, change.date, change.reason);
    recordAudit(ctx, {
      action: "status",
      entity: "enrollment",
      entityId: change.enrollmentId,
      before: { status: before.status, statusDate: before.statusDate },
      after: { status: change.status, statusDate: change.date, reason: change.reason }
    });
    return before.familyId;
  })();
  return familyDetail(ctx, familyId);
}

// electron/beneficiaries/query.ts
function keysStatement(query) {
  const params = {};
  const where = [];
  const search = parseRegisterSearch(query.search);
  const programId = query.programId;
  const enrollmentConditions = (alias) => {
    const c = [];
    if (query.status !== null) {
      params.status = query.status;
      c.push(`${alias}.status = :status`);
    }
    if (query.component !== null) {
      params.componentPath = `$.${query.component}`;
      c.push(
        `(SELECT json_extract(ep.components_json, :componentPath) FROM enrollment_periods ep
          WHERE ep.enrollment_id = ${alias}.id ORDER BY ep.period DESC LIMIT 1) > 0`
      );
    }
    return c;
  };
  const coveredBy = (alias) => `${alias}.family_id = m.family_id AND ${alias}.member_key IN (0, m.id)`;
  let from;
  let order = "f.kk, m.id";
  if (search.kind !== "none") {
    if (search.kind === "name") {
      params.fts = ftsNameQuery(search.tokens);
      from = `members_fts CROSS JOIN members m ON m.id = members_fts.rowid CROSS JOIN families f ON f.id = m.family_id`;
      where.push("members_fts MATCH :fts");
      order = "m.name_key, m.id";
    } else if (search.kind === "nikPrefix") {
      const range = nikPrefixRange(search.prefix);
      params.nikFrom = range.from;
      params.nikTo = range.to;
      from = "members m CROSS JOIN families f ON f.id = m.family_id";
      where.push("m.nik >= :nikFrom AND m.nik < :nikTo");
      order = "m.nik";
    } else {
      params.digits = search.digits;
      from = "members m CROSS JOIN families f ON f.id = m.family_id";
      where.push(
        `m.id IN (SELECT id FROM members WHERE nik = :digits
                  UNION SELECT id FROM members WHERE family_id = (SELECT id FROM families WHERE kk = :digits))`
      );
    }
    if (programId !== null) {
      params.programId = programId;
      const conditions = ["e.program_id = :programId", coveredBy("e"), ...enrollmentConditions("e")];
      where.push(`EXISTS (SELECT 1 FROM enrollments e WHERE ${conditions.join(" AND ")})`);
    }
  } else if (programId !== null) {
    params.programId = programId;
    from = `enrollments e JOIN members m ON ${coveredBy("e")} JOIN families f ON f.id = e.family_id`;
    where.push("e.program_id = :programId", ...enrollmentConditions("e"));
  } else {
    from = "families f JOIN members m ON m.family_id = f.id";
  }
  if (programId === null && (query.status !== null || query.component !== null)) {
    where.push(`EXISTS (SELECT 1 FROM enrollments e WHERE ${[coveredBy("e"), ...enrollmentConditions("e")].join(" AND ")})`);
  }
  const kecamatan = query.desaCode !== null ? query.desaCode.slice(0, 8) : query.kecamatanCode;
  if (kecamatan !== null) {
    params.kecamatan = kecamatan;
    where.push("f.kecamatan_code = :kecamatan");
  }
  if (query.desaCode !== null) {
    params.desa = query.desaCode;
    where.push("f.desa_code = :desa");
  }
  if (query.desilMin !== null) {
    params.desilMin = query.desilMin;
    where.push("f.desil >= :desilMin");
  }
  if (query.desilMax !== null) {
    params.desilMax = query.desilMax;
    where.push("f.desil <= :desilMax");
  }
  if (query.pengurusOnly) where.push("m.is_pengurus = 1");
  const sql = `SELECT m.id FROM ${from}${where.length > 0 ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY ${order}`;
  return { sql, params };
}

// electron/beneficiaries/views.ts
var MAX_VIEWS = 4;
var caches = /* @__PURE__ */ new WeakMap();
function stampOf(db) {
  const changes = db.prepare("SELECT total_changes()").pluck().get();
  const dataVersion = db.pragma("data_version", { simple: true });
  return `${changes}:${dataVersion}`;
}
function cacheOf(db) {
  let cache = caches.get(db);
  if (!cache) {
    cache = { views: /* @__PURE__ */ new Map(), stamp: "", version: 0 };
    caches.set(db, cache);
  }
  return cache;
}
function readIds(db, query) {
  const { sql, params } = keysStatement(query);
  const list = db.prepare(sql).pluck().all(params);
  const ids = new Int32Array(list.length);
  let n = 0;
  for (const id4 of list) {
    if (n > 0 && ids[n - 1] === id4) continue;
    ids[n++] = id4;
  }
  return n === list.length ? ids : ids.slice(0, n);
}
function registerView(db, query) {
  const cache = cacheOf(db);
  const stamp2 = stampOf(db);
  if (stamp2 !== cache.stamp) {
    cache.views.clear();
    cache.stamp = stamp2;
    cache.version++;
  }
  const key = JSON.stringify(query, Object.keys(query).sort());
  let view = cache.views.get(key);
  if (view) {
    cache.views.delete(key);
  } else {
    view = { ids: readIds(db, query), version: cache.version };
    if (cache.views.size >= MAX_VIEWS) cache.views.delete(cache.views.keys().next().value);
  }
  cache.views.set(key, view);
  return { ids: view.ids, version: view.version };
}

// electron/beneficiaries/export.ts
var CHUNK = 1e3;
var TITLE_ROW = 1;
var SUBTITLE_ROW = 2;
var HEADER_ROW = 3;
var running = /* @__PURE__ */ new Map();
function cancelExport(taskId2) {
  const task = running.get(taskId2);
  if (task) task.cancelled = true;
  return { cancelled: task !== void 0 };
}
async function exportRegister(app2, input) {
  const ctx = serviceContext(app2);
  const locale = readLocale(ctx);
  const t2 = (key, params = {}) => translate(locale, key, params);
  const office = readOfficeSettings(ctx);
  const program = input.query.programId === null ? null : programOf(ctx, input.query.programId);
  const periodText = tahapLabel(latestPeriod(ctx, program?.id ?? null) ?? periodOfDate(todayIso(ctx.now())));
  const programName = program ? `${program.name} (${program.code})` : t2("beneficiaries.allPrograms");
  const path = await app2.dialogs.saveFile({
    title: t2("beneficiaries.export.dialog"),
    defaultName: `${t2("beneficiaries.export.fileStem")}-${program?.code ?? t2("beneficiaries.export.allStem")}-${todayIso(ctx.now())}.xlsx`,
    filters: [{ name: t2("beneficiaries.export.dialogFilter"), extensions: ["xlsx"] }]
  });
  if (path === null) return null;
  const view = registerView(ctx.db, input.query);
  const statuses = listStatuses(ctx);
  const statusLabel = (code) => statuses.find((s) => s.code === code)?.label ?? code;
  const columns = exportColumns(input.query, { locale, fullNik: input.fullNik, statusLabel });
  const task = { cancelled: false };
  running.set(input.taskId, task);
  const progress = (done) => app2.emit("task.progress", { taskId: input.taskId, label: t2("beneficiaries.export.progress"), done, total: view.ids.length });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  try {
    const ws = wb.addWorksheet(t2("beneficiaries.export.sheet"), {
      views: [{ state: "frozen", ySplit: HEADER_ROW }],
      pageSetup: {
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
        margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 }
      },
      headerFooter: { oddFooter: t2("beneficiaries.export.footer") }
    });
    ws.columns = columns.map((c) => ({ width: c.width, ...c.numFmt ? { style: { numFmt: c.numFmt } } : {} }));
    ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, columns.length);
    ws.mergeCells(SUBTITLE_ROW, 1, SUBTITLE_ROW, columns.length);
    const title = ws.getRow(TITLE_ROW);
    title.getCell(1).value = t2("beneficiaries.export.title", { program: programName, period: periodText, office: office.profile.officeName });
    title.font = { bold: true, size: 14 };
    title.commit();
    const subtitle = ws.getRow(SUBTITLE_ROW);
    const names = {
      kecamatan: regionName(ctx, input.query.desaCode?.slice(0, 8) ?? input.query.kecamatanCode),
      desa: regionName(ctx, input.query.desaCode),
      status: statuses.find((s) => s.code === input.query.status) ?? null
    };
    subtitle.getCell(1).value = t2("beneficiaries.export.subtitle", {
      date: formatDate(todayIso(ctx.now())),
      filters: describeFilters(locale, input.query, names),
      count: view.ids.length,
      nik: t2(input.fullNik ? "beneficiaries.export.nikFull" : "beneficiaries.export.nikMasked")
    });
    subtitle.font = { italic: true };
    subtitle.commit();
    const header = ws.getRow(HEADER_ROW);
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = t2(c.header);
      cell.numFmt = "General";
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE3F1F1" } };
      cell.border = { bottom: { style: "thin" } };
    });
    header.font = { bold: true };
    header.commit();
    ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: columns.length } };
    for (let start = 0; start < view.ids.length; start += CHUNK) {
      if (task.cancelled) break;
      const rows = readRows(ctx.db, view.ids.subarray(start, start + CHUNK), input.query.programId);
      rows.forEach((r2, i) => {
        ws.addRow(columns.map((c) => c.value(r2, start + i + 1))).commit();
      });
      progress(Math.min(start + CHUNK, view.ids.length));
      await new Promise((resolve) => setImmediate(resolve));
    }
    ws.commit();
    await wb.commit();
  } catch (err) {
    running.delete(input.taskId);
    rmSync2(path, { force: true });
    throw new AppError("EXPORT_WRITE_FAILED", { file: basename(path) }, err);
  }
  running.delete(input.taskId);
  if (task.cancelled) {
    rmSync2(path, { force: true });
    return null;
  }
  recordExport(ctx, { query: input.query, fullNik: input.fullNik, file: basename(path), rows: view.ids.length, program: program?.code ?? null });
  progress(view.ids.length);
  return { path, fileName: basename(path), rows: view.ids.length, fullNik: input.fullNik };
}
function recordExport(ctx, e) {
  ctx.db.transaction(
    () => recordAudit(ctx, {
      action: e.fullNik ? "export_full_nik" : "export",
      entity: "register",
      entityId: e.program ?? "ALL",
      before: null,
      after: { file: e.file, rows: e.rows, fullNik: e.fullNik, query: e.query }
    })
  )();
}
function programOf(ctx, id4) {
  const program = ctx.db.prepare("SELECT id, code, name FROM programs WHERE id = ?").get(id4);
  if (!program) throw new AppError("NOT_FOUND");
  return program;
}
function latestPeriod(ctx, programId) {
  if (programId === null) return null;
  const period = ctx.db.prepare(
    `SELECT ep.period FROM enrollment_periods ep JOIN enrollments e ON e.id = ep.enrollment_id
       WHERE e.program_id = ? ORDER BY ep.period DESC LIMIT 1`
  ).pluck().get(programId);
  return period === void 0 ? null : parsePeriod(period);
}
function regionName(ctx, code) {
  if (code === null) return null;
  return ctx.db.prepare("SELECT name FROM regions WHERE code = ?").pluck().get(code) ?? code;
}

// electron/beneficiaries/list.ts
function listRegister(ctx, input) {
  const view = registerView(ctx.db, input.query);
  const offset = Math.min(input.offset, view.ids.length);
  const ids = view.ids.subarray(offset, Math.min(offset + input.limit, view.ids.length));
  return { total: view.ids.length, offset, rows: readRows(ctx.db, ids, input.query.programId), version: view.version };
}

// electron/beneficiaries/options.ts
function registerOptions(ctx) {
  const programs = ctx.db.prepare("SELECT id, code, name, per_person AS perPerson FROM programs WHERE is_active = 1 ORDER BY code").all();
  const components = ctx.db.prepare("SELECT code, name FROM program_components WHERE program_id = ? ORDER BY sort");
  const regions = ctx.db.prepare(
    `SELECT k.code AS kecCode, k.name AS kecName, d.code AS desaCode, d.name AS desaName
       FROM regions k LEFT JOIN regions d ON d.parent_code = k.code AND d.level = 'desa'
       WHERE k.level = 'kecamatan' ORDER BY k.name, d.name`
  ).all();
  const kecamatan = [];
  for (const r2 of regions) {
    let last = kecamatan[kecamatan.length - 1];
    if (last?.code !== r2.kecCode) {
      last = { code: r2.kecCode, name: r2.kecName, desa: [] };
      kecamatan.push(last);
    }
    if (r2.desaCode !== null && r2.desaName !== null) last.desa.push({ code: r2.desaCode, name: r2.desaName });
  }
  return {
    programs: programs.map((p) => ({ ...p, perPerson: p.perPerson === 1, components: components.all(p.id) })),
    kecamatan,
    statuses: listStatuses(ctx)
  };
}

// electron/beneficiaries/overlap.ts
function overlapMatrix(ctx) {
  const programs = ctx.db.prepare("SELECT id, code, name FROM programs WHERE is_active = 1 ORDER BY code").all();
  const index = new Map(programs.map((p, i) => [p.id, i]));
  const counts = programs.map(() => programs.map(() => 0));
  const pairs = ctx.db.prepare(
    `WITH receiving AS (
         SELECT DISTINCT e.program_id, e.family_id
         FROM enrollments e
         JOIN enrollment_statuses s ON s.code = e.status AND s.counts_as_active = 1
         JOIN programs p ON p.id = e.program_id AND p.is_active = 1)
       SELECT a.program_id AS a, b.program_id AS b, count(*) AS n
       FROM receiving a JOIN receiving b ON b.family_id = a.family_id
       GROUP BY a.program_id, b.program_id`
  ).all();
  for (const p of pairs) {
    const i = index.get(p.a);
    const j = index.get(p.b);
    if (i !== void 0 && j !== void 0) counts[i][j] = p.n;
  }
  return { programs, counts };
}

// electron/beneficiaries/handlers.ts
var beneficiariesHandlers = {
  "beneficiaries.options": (app2) => registerOptions(serviceContext(app2)),
  "beneficiaries.list": (app2, input) => listRegister(serviceContext(app2), input),
  "beneficiaries.family": (app2, { familyId }) => familyDetail(serviceContext(app2), familyId),
  "beneficiaries.updateFamily": (app2, { familyId, family }) => updateFamily(serviceContext(app2), familyId, family),
  "beneficiaries.updateMember": (app2, { memberId, member }) => updateMember(serviceContext(app2), memberId, member),
  "beneficiaries.setStatus": (app2, input) => changeStatus(serviceContext(app2), input),
  "beneficiaries.statuses": (app2) => listStatuses(serviceContext(app2)),
  "beneficiaries.addStatus": (app2, input) => addStatus(serviceContext(app2), input),
  "beneficiaries.overlap": (app2) => overlapMatrix(serviceContext(app2)),
  "beneficiaries.export": (app2, input) => exportRegister(app2, input),
  "beneficiaries.cancelExport": (_app, { taskId: taskId2 }) => cancelExport(taskId2)
};

// electron/imports/handlers-read.ts
import { basename as basename4, extname as extname3 } from "node:path";

// electron/imports/error-workbook.ts
import ExcelJS2 from "exceljs";
var MAX_WIDTH = 50;
async function writeErrorWorkbook(path, input) {
  const { headers, mapping, rejected, locale } = input;
  const reasonColumn = translate(locale, "imports.errorWorkbook.column");
  const width = Math.max(headers.length, ...rejected.map((r2) => r2.cells.length));
  const textColumns = new Set([mapping.nik, mapping.kk].filter((c) => c !== void 0));
  const wb = new ExcelJS2.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(translate(locale, "imports.errorWorkbook.sheet"), {
    views: [{ state: "frozen", ySplit: 1 }]
  });
  const widths = Array.from({ length: width + 1 }, (_, i) => Math.max(8, (i < width ? headers[i] ?? "" : reasonColumn).length + 2));
  ws.columns = widths.map((w, i) => ({ width: textColumns.has(i) ? 20 : Math.min(MAX_WIDTH, w), ...textColumns.has(i) ? { style: { numFmt: "@" } } : {} }));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: width + 1 } };
  const head = ws.addRow([...Array.from({ length: width }, (_, i) => headers[i] ?? ""), reasonColumn]);
  head.font = { bold: true };
  head.commit();
  for (const r2 of rejected) {
    const values = Array.from({ length: width }, (_, i) => {
      const v = r2.cells[i] ?? null;
      return textColumns.has(i) && v !== null && !(v instanceof Date) ? String(v) : v;
    });
    values.push(translate(locale, "imports.errorWorkbook.reason", { row: r2.row, reasons: r2.reasons.join("; ") }));
    const row = ws.addRow(values);
    values.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      if (textColumns.has(i)) cell.numFmt = "@";
      else if (v instanceof Date) cell.numFmt = "dd/mm/yyyy";
    });
    row.commit();
  }
  ws.commit();
  await wb.commit();
  return rejected.length;
}

// electron/imports/file-check.ts
import { open as open2, stat } from "node:fs/promises";
import { basename as basename2, extname } from "node:path";

// electron/imports/zip-entries.ts
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { pipeline, Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";
var EOCD = 101010256;
var EOCD64_LOCATOR = 117853008;
var EOCD64 = 101075792;
var CENTRAL = 33639248;
var LOCAL = 67324752;
var EOCD_MAX = 22 + 65535;
var U32_MAX = 4294967295;
async function readAt(handle, position, length) {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return bytesRead === length ? buffer : buffer.subarray(0, bytesRead);
}
async function readZipDirectory(path, file2) {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const corrupt = () => new AppError("FILE_CORRUPT", { file: file2 });
    const tailStart = Math.max(0, size - EOCD_MAX);
    const tail = await readAt(handle, tailStart, size - tailStart);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw corrupt();
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    if (count === 65535 || cdSize === U32_MAX || cdOffset === U32_MAX) {
      const locatorAt = tailStart + eocd - 20;
      const locator = locatorAt >= 0 ? await readAt(handle, locatorAt, 20) : Buffer.alloc(0);
      if (locator.length < 20 || locator.readUInt32LE(0) !== EOCD64_LOCATOR) throw corrupt();
      const record = await readAt(handle, Number(locator.readBigUInt64LE(8)), 56);
      if (record.length < 56 || record.readUInt32LE(0) !== EOCD64) throw corrupt();
      count = Number(record.readBigUInt64LE(32));
      cdSize = Number(record.readBigUInt64LE(40));
      cdOffset = Number(record.readBigUInt64LE(48));
    }
    if (cdOffset + cdSize > size) throw corrupt();
    const cd = await readAt(handle, cdOffset, cdSize);
    const entries = /* @__PURE__ */ new Map();
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw corrupt();
      const nameLength = cd.readUInt16LE(p + 28);
      const extraLength = cd.readUInt16LE(p + 30);
      const commentLength = cd.readUInt16LE(p + 32);
      const entry = {
        name: cd.toString("utf8", p + 46, p + 46 + nameLength),
        method: cd.readUInt16LE(p + 10),
        compressedSize: cd.readUInt32LE(p + 20),
        size: cd.readUInt32LE(p + 24),
        localOffset: cd.readUInt32LE(p + 42)
      };
      applyZip64(entry, cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
      if (entry.localOffset + entry.compressedSize > cdOffset) throw corrupt();
      entries.set(entry.name, entry);
      p += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await handle.close();
  }
}
function applyZip64(entry, extra) {
  if (entry.size !== U32_MAX && entry.compressedSize !== U32_MAX && entry.localOffset !== U32_MAX) return;
  for (let p = 0; p + 4 <= extra.length; ) {
    const id4 = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id4 === 1) {
      let q = p + 4;
      const next = () => {
        const value = Number(extra.readBigUInt64LE(q));
        q += 8;
        return value;
      };
      if (entry.size === U32_MAX) entry.size = next();
      if (entry.compressedSize === U32_MAX) entry.compressedSize = next();
      if (entry.localOffset === U32_MAX) entry.localOffset = next();
      return;
    }
    p += 4 + length;
  }
}
async function openZipEntry(path, entry, file2) {
  const handle = await open(path, "r");
  let header;
  try {
    header = await readAt(handle, entry.localOffset, 30);
  } finally {
    await handle.close();
  }
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) throw new AppError("FILE_CORRUPT", { file: file2 });
  if (entry.method !== 0 && entry.method !== 8) throw new AppError("FILE_CORRUPT", { file: file2 });
  if (entry.compressedSize === 0) return Readable.from([]);
  const start = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1, highWaterMark: 256 * 1024 });
  const content = entry.method === 8 ? pipeline(raw, createInflateRaw(), () => {
  }) : raw;
  content.setEncoding("utf8");
  return content;
}

// electron/imports/file-check.ts
var CFB_MAGIC = Buffer.from([208, 207, 17, 224, 161, 177, 26, 225]);
var ZIP_LOCAL = 67324752;
var ZIP_EMPTY = 101010256;
var CSV_EXTENSIONS = /* @__PURE__ */ new Set([".csv", ".txt"]);
var utf16 = (name) => Buffer.from(name, "utf16le");
var ENCRYPTION_STREAMS = [utf16("EncryptionInfo"), utf16("EncryptedPackage")];
var LEGACY_WORKBOOK_STREAMS = [utf16("Workbook"), utf16("Book")];
function fileLabel(path) {
  return basename2(path);
}
async function checkImportFile(path) {
  const file2 = fileLabel(path);
  let size;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError("FILE_NOT_WORKBOOK", { file: file2 });
    size = info.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError("FILE_NOT_FOUND", { file: file2 });
  }
  if (size === 0) throw new AppError("FILE_EMPTY", { file: file2 });
  const handle = await open2(path, "r");
  try {
    const head = Buffer.alloc(Math.min(size, 65536));
    await handle.read(head, 0, head.length, 0);
    if (head.length >= 8 && head.subarray(0, 8).equals(CFB_MAGIC)) {
      if (await containsAny(handle, size, ENCRYPTION_STREAMS)) throw new AppError("FILE_ENCRYPTED", { file: file2 });
      if (await containsAny(handle, size, LEGACY_WORKBOOK_STREAMS)) throw new AppError("FILE_LEGACY_XLS", { file: file2 });
      throw new AppError("FILE_NOT_WORKBOOK", { file: file2 });
    }
    if (head.length >= 4 && (head.readUInt32LE(0) === ZIP_LOCAL || head.readUInt32LE(0) === ZIP_EMPTY)) {
      const entries = await readZipDirectory(path, file2);
      if (!entries.has("xl/workbook.xml")) throw new AppError("FILE_NOT_WORKBOOK", { file: file2 });
      return "xlsx";
    }
    if (CSV_EXTENSIONS.has(extname(path).toLowerCase()) && !head.includes(0)) return "csv";
    throw new AppError("FILE_NOT_WORKBOOK", { file: file2 });
  } finally {
    await handle.close();
  }
}
async function containsAny(handle, size, needles) {
  const overlap = Math.max(...needles.map((n) => n.length)) - 1;
  const chunk = Buffer.alloc(1 << 20);
  let carry = Buffer.alloc(0);
  for (let pos = 0; pos < size; pos += chunk.length) {
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, pos);
    const window = Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
    if (needles.some((n) => window.includes(n))) return true;
    carry = Buffer.from(window.subarray(Math.max(0, window.length - overlap)));
  }
  return false;
}

// shared/domain/import-aliases.ts
function normalizeHeader(raw) {
  const text = String(raw ?? "").toUpperCase().replace(/\([^)]*\)/g, " ").replace(/[^A-Z0-9/&]+/g, " ").replace(/\s*\/\s*/g, "/").trim();
  return text.replace(/\b[A-Z](?: [A-Z]\b)+/g, (run) => run.replace(/ /g, ""));
}
var SPELLINGS = {
  nik: [
    "NIK",
    "NO NIK",
    "NOMOR NIK",
    "NIK KTP",
    "NO KTP",
    "NOMOR KTP",
    "NOMOR INDUK KEPENDUDUKAN",
    "NIK PENERIMA",
    "NIK KPM",
    "NIK ART",
    "NIK ANGGOTA",
    "NIK PENERIMA MANFAAT"
  ],
  kk: ["NO KK", "NOKK", "NOMOR KK", "NOMOR KARTU KELUARGA", "NO KARTU KELUARGA", "KK", "NKK", "NO KK KPM", "NOMOR KK KPM"],
  name: [
    "NAMA",
    "NAMA PENERIMA",
    "NAMA LENGKAP",
    "NAMA KPM",
    "NAMA PENERIMA MANFAAT",
    "NAMA ART",
    "NAMA ANGGOTA",
    "NAMA SESUAI KTP"
  ],
  sex: ["JENIS KELAMIN", "L/P", "JK", "JNS KELAMIN", "JENIS KEL", "KELAMIN", "SEX", "GENDER", "P/L"],
  birthPlace: ["TEMPAT LAHIR", "TMP LAHIR", "TPT LAHIR", "TEMPAT LHR"],
  birthDate: ["TANGGAL LAHIR", "TGL LAHIR", "TGL LHR", "TANGGAL LHR", "TGLLAHIR"],
  relationship: [
    "HUBUNGAN KELUARGA",
    "HUB KELUARGA",
    "HUBUNGAN DENGAN KEPALA KELUARGA",
    "HUBUNGAN DGN KK",
    "HUB DGN KK",
    "SHDK",
    "STATUS HUBUNGAN DALAM KELUARGA",
    "HUB KEL",
    "HUBUNGAN"
  ],
  motherName: ["NAMA IBU KANDUNG", "IBU KANDUNG", "NAMA IBU"],
  address: ["ALAMAT", "ALAMAT LENGKAP", "ALAMAT RUMAH", "ALAMAT KPM", "DUSUN/JALAN", "DUSUN"],
  rt: ["RT", "NO RT", "RT/RW"],
  rw: ["RW", "NO RW"],
  desa: [
    "DESA/KELURAHAN",
    "KELURAHAN/DESA",
    "DESA/KEL",
    "KEL/DESA",
    "DESA/KELUARAHAN",
    "KELURAHAN",
    "DESA",
    "KEL",
    "DESA KELURAHAN",
    "NAMA DESA",
    "NAMA KELURAHAN",
    "NAMA DESA/KELURAHAN",
    "DS/KEL"
  ],
  kecamatan: ["KECAMATAN", "KEC", "NAMA KECAMATAN", "KEC/KAB"],
  dtksId: ["ID DTKS", "IDDTKS", "ID DTSEN", "ID KELUARGA", "ID KELUARGA DTKS", "ID ART", "IDARTBDT", "ID ART BDT"],
  desil: ["DESIL", "DESIL DTKS", "DESIL DTSEN", "PERINGKAT DESIL", "DESIL KESEJAHTERAAN"],
  disability: ["DISABILITAS", "JENIS DISABILITAS", "PENYANDANG DISABILITAS", "JENIS CACAT", "KECACATAN"],
  schoolLevel: ["JENJANG SEKOLAH", "JENJANG PENDIDIKAN", "PENDIDIKAN", "SEKOLAH", "TINGKAT SEKOLAH"],
  nominal: [
    "NOMINAL",
    "NOMINAL BANTUAN",
    "NOMINAL TAHAP",
    "JUMLAH BANTUAN",
    "JML BANTUAN",
    "BESARAN BANTUAN",
    "NILAI BANTUAN",
    "NOMINAL RP",
    "JUMLAH NOMINAL",
    "JUMLAH DANA"
  ],
  status: ["STATUS", "STATUS KPM", "STATUS KEPESERTAAN", "STATUS PENERIMA", "STATUS BANTUAN", "KETERANGAN STATUS"],
  compHamil: ["HAMIL", "IBU HAMIL", "BUMIL", "IBU HAMIL/NIFAS", "HAMIL/NIFAS"],
  compAud: ["AUD", "ANAK USIA DINI", "APRAS", "BALITA", "USIA DINI"],
  compSd: ["SD", "ANAK SD", "SD/MI", "SD SEDERAJAT"],
  compSmp: ["SMP", "ANAK SMP", "SMP/MTS", "SMP SEDERAJAT"],
  compSma: ["SMA", "ANAK SMA", "SMA/SMK", "SMA/MA", "SMA SEDERAJAT"],
  compDisabil: ["DISABIL", "DISABILITAS BERAT", "DIS BERAT", "PENYANDANG DISABILITAS BERAT"],
  compLansia: ["LANSIA", "LANJUT USIA"],
  compHam: ["HAM", "PELANGGARAN HAM", "KORBAN HAM", "PELANGGARAN HAM BERAT"]
};
var PENGURUS_SPELLINGS = [
  ["NIK PENGURUS", "nik"],
  ["NOMOR NIK PENGURUS", "nik"],
  ["NAMA PENGURUS", "name"],
  ["NAMA LENGKAP PENGURUS", "name"]
];
var TABLE = (() => {
  const table = /* @__PURE__ */ new Map();
  for (const [field, spellings] of Object.entries(SPELLINGS)) {
    spellings.forEach((spelling, rank) => table.set(normalizeHeader(spelling), { field, rank }));
  }
  PENGURUS_SPELLINGS.forEach(
    ([spelling, field], i) => table.set(normalizeHeader(spelling), { field, pengurus: true, rank: 100 + i })
  );
  return table;
})();
function matchHeader(raw) {
  const key = normalizeHeader(raw);
  return key === "" ? null : TABLE.get(key) ?? null;
}
var STATUS_SPELLINGS = {
  aktif: ["AKTIF", "AKTIVE", "ACTIVE", "LAYAK", "PENERIMA"],
  ditangguhkan: ["DITANGGUHKAN", "TANGGUH", "TIDAK AKTIF", "NON AKTIF", "NONAKTIF", "SUSPEND", "DITUNDA"],
  graduasi_alamiah: ["GRADUASI ALAMIAH", "GRADUASI ALAMI", "GRADUASI NATURAL"],
  graduasi_sejahtera_mandiri: ["GRADUASI SEJAHTERA MANDIRI", "GRADUASI MANDIRI", "GRADUASI SEJAHTERA", "SEJAHTERA MANDIRI"],
  meninggal: ["MENINGGAL", "MENINGGAL DUNIA", "WAFAT", "ALMARHUM", "ALMARHUMAH"],
  pindah: ["PINDAH", "PINDAH DOMISILI", "PINDAH ALAMAT"],
  mengundurkan_diri: ["MENGUNDURKAN DIRI", "MUNDUR", "UNDUR DIRI"],
  tidak_eligible: ["TIDAK ELIGIBLE", "NON ELIGIBLE", "TIDAK LAYAK", "INELIGIBLE"]
};
function statusKey(raw) {
  return String(raw ?? "").toUpperCase().replace(/[^A-Z0-9]+/g, "");
}
var STATUS_ALIASES = new Map(
  Object.entries(STATUS_SPELLINGS).flatMap(([code, spellings]) => spellings.map((s) => [statusKey(s), code]))
);

// electron/imports/header.ts
var HEADER_WINDOW = 30;
var MAX_HEADER_LENGTH = 80;
function headerText(value) {
  if (typeof value !== "string") return "";
  const text = cleanText(value);
  return text.length > MAX_HEADER_LENGTH ? "" : text;
}
function score(row, index) {
  const matches = row.cells.map((cell) => matchHeader(headerText(cell)));
  const fields = /* @__PURE__ */ new Set();
  for (const m of matches) if (m) fields.add(m.field);
  return { index, matches, fields };
}
function detectHeader(rows) {
  let best = null;
  rows.slice(0, HEADER_WINDOW).forEach((row, index) => {
    const candidate = score(row, index);
    if (!best || candidate.fields.size > best.fields.size) best = candidate;
  });
  const found = best;
  if (!found || found.fields.size < 2) return null;
  const headerRow = rows[found.index];
  const width = Math.max(headerRow.cells.length, found.matches.length);
  const headers = Array.from({ length: width }, (_, i) => headerText(headerRow.cells[i] ?? null));
  const matches = Array.from({ length: width }, (_, i) => found.matches[i] ?? null);
  const fields = new Set(found.fields);
  const skipRows = [];
  let next = rows[found.index + 1];
  if (next && next.row === headerRow.row + 1 && isSubHeader(next, matches)) {
    next.cells.forEach((cell, i) => {
      const text = headerText(cell);
      if (text === "" || matches[i]) return;
      headers[i] = text;
      matches[i] = matchHeader(text);
      if (matches[i]) fields.add(matches[i].field);
    });
    skipRows.push(next.row);
    next = rows[found.index + 2];
  }
  if (next && next.row === (skipRows.at(-1) ?? headerRow.row) + 1 && isNumberingRow(next.cells)) skipRows.push(next.row);
  const shown = trimTrailingBlanks(headers);
  return {
    headerRow: headerRow.row,
    headers: shown,
    matches: matches.slice(0, shown.length),
    fields,
    skipRows,
    looksLikeData: fields.has("nik") || fields.has("kk")
  };
}
function isSubHeader(row, headerMatches) {
  let named = 0;
  for (let i = 0; i < row.cells.length; i++) {
    const cell = row.cells[i] ?? null;
    if (cell === null) continue;
    if (typeof cell !== "string" || headerMatches[i]) return false;
    if (matchHeader(headerText(cell))) named++;
  }
  return named >= 2;
}
function isNumberingRow(cells) {
  const numbers = [];
  for (const cell of cells) {
    if (cell === null) continue;
    const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? cell.trim().replace(/^\((\d+)\)$/, "$1") : "";
    if (!/^\d{1,3}$/.test(text)) return false;
    numbers.push(Number(text));
  }
  return numbers.length >= 3 && numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
}
function trimTrailingBlanks(headers) {
  let end = headers.length;
  while (end > 0 && headers[end - 1] === "") end--;
  return headers.slice(0, end);
}
var TOTAL_WORDS = /^(JUMLAH|TOTAL|GRAND\s*TOTAL|SUB\s*TOTAL|JML)\b/;
function isTotalsRow(cells, identityColumns) {
  if (identityColumns.some((i) => cells[i] !== null && cells[i] !== void 0)) return false;
  return cells.some((cell) => typeof cell === "string" && TOTAL_WORDS.test(cleanText(cell).toUpperCase()));
}

// electron/imports/reader.ts
import { readFile } from "node:fs/promises";
import { basename as basename3, extname as extname2 } from "node:path";
import ExcelJS3 from "exceljs";

// shared/csv.ts
function detectDelimiter(text) {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch) => firstLine.split(ch).length - 1;
  return count(";") > count(",") ? ";" : ",";
}
function parseCsv(text, delimiter = detectDelimiter(text)) {
  const rows = [];
  let row = [];
  let field = "";
  let inQuotes = false;
  const src = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
function parseCsvRecords(text) {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r2) => Object.fromEntries(header.map((h, i) => [h, r2[i] ?? ""])));
}

// electron/imports/reader.ts
function readSheets(path, kind) {
  return kind === "csv" ? csvSheets(path) : xlsxSheets(path);
}
function partName(target) {
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}
async function* xlsxSheets(path) {
  const file2 = basename3(path);
  let entries;
  try {
    entries = await readZipDirectory(path, file2);
  } catch (err) {
    throw asCorrupt(err, path);
  }
  const open3 = (name) => {
    const entry = entries.get(name);
    if (!entry) throw new AppError("FILE_CORRUPT", { file: file2 });
    return openZipEntry(path, entry, file2);
  };
  const reader = new ExcelJS3.stream.xlsx.WorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore"
  });
  let sheets;
  try {
    await reader._parseRels(await open3("xl/_rels/workbook.xml.rels"));
    await reader._parseWorkbook(await open3("xl/workbook.xml"));
    const rels = reader.workbookRels ?? [];
    const relOfType = (type) => rels.find((r2) => r2.Type.endsWith(`/${type}`));
    const sharedStrings = partName(relOfType("sharedStrings")?.Target ?? "sharedStrings.xml");
    if (entries.has(sharedStrings)) for await (const _ of reader._parseSharedStrings(await open3(sharedStrings))) ;
    const styles = partName(relOfType("styles")?.Target ?? "styles.xml");
    if (entries.has(styles)) await reader._parseStyles(await open3(styles));
    sheets = (reader.model?.sheets ?? []).flatMap((s) => {
      const rel = rels.find((r2) => r2.Id === s.rId && r2.Type.endsWith("/worksheet"));
      return rel && s.state !== "veryHidden" ? [{ name: s.name, part: partName(rel.Target) }] : [];
    });
  } catch (err) {
    throw asCorrupt(err, path);
  }
  for (const [i, sheet] of sheets.entries()) {
    yield {
      name: sheet.name,
      rows: sheetRows(reader, () => open3(sheet.part), String(i + 1), sheet.name, path),
      countRows: async () => {
        try {
          return await countFilledRows(await open3(sheet.part));
        } catch (err) {
          throw asCorrupt(err, path);
        }
      }
    };
  }
}
async function* sheetRows(reader, open3, sheetNo, name, path) {
  let stream = null;
  try {
    stream = await open3();
    const worksheet = reader._parseWorksheet(stream, sheetNo).next().value;
    if (!worksheet) return;
    worksheet.value.name = name;
    for await (const row of worksheet.value) {
      const values = row.values;
      const cells = new Array(Math.max(0, values.length - 1));
      let any = false;
      for (let i = 1; i < values.length; i++) {
        const v = flatten(values[i]);
        cells[i - 1] = v;
        if (v !== null) any = true;
      }
      if (any) yield { row: row.number, cells };
    }
  } catch (err) {
    throw asCorrupt(err, path);
  } finally {
    stream?.destroy();
  }
}
var SHEET_TAG = /<(\/?)(row|v|is)(?=[\s>/])([^>]*)>/g;
async function countFilledRows(xml) {
  let count = 0;
  let inRow = false;
  let hasValue = false;
  let carry = "";
  for await (const chunk of xml) {
    const text = carry + (typeof chunk === "string" ? chunk : chunk.toString("utf8"));
    SHEET_TAG.lastIndex = 0;
    for (let m = SHEET_TAG.exec(text); m !== null; m = SHEET_TAG.exec(text)) {
      const closing = m[1] === "/";
      const selfClosing = m[3].endsWith("/");
      if (m[2] === "row") {
        if (closing) {
          if (inRow && hasValue) count++;
          inRow = false;
        } else if (!selfClosing) {
          inRow = true;
          hasValue = false;
        }
      } else if (!closing && !selfClosing && inRow) hasValue = true;
    }
    const lastOpen = text.lastIndexOf("<");
    carry = lastOpen >= 0 && text.indexOf(">", lastOpen) < 0 ? text.slice(lastOpen) : "";
  }
  return count;
}
function asCorrupt(err, path) {
  return err instanceof AppError ? err : new AppError("FILE_CORRUPT", { file: basename3(path) }, err);
}
function flatten(value) {
  if (value === null || value === void 0) return null;
  switch (typeof value) {
    case "string":
      return value === "" ? null : value;
    case "number":
      return Number.isFinite(value) ? value : null;
    case "boolean":
      return value;
    case "object": {
      if (value instanceof Date) return value;
      const v = value;
      if (Array.isArray(v.richText)) {
        const text = v.richText.map((r2) => r2.text ?? "").join("");
        return text === "" ? null : text;
      }
      if ("formula" in v || "sharedFormula" in v) return flatten(v.result);
      if ("text" in v && "hyperlink" in v) return flatten(v.text);
      if (typeof v.error === "string") return v.error;
      return null;
    }
    default:
      return null;
  }
}
async function* csvSheets(path) {
  const text = decode(await readFile(path));
  const records = parseCsv(text, csvDelimiter(text));
  const countRows = async () => records.filter((r2) => r2.some((field) => field.trim() !== "")).length;
  yield { name: basename3(path, extname2(path)), rows: csvRows(records), countRows };
}
async function* csvRows(records) {
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    let any = false;
    const cells = record.map((field) => {
      if (field.trim() === "") return null;
      any = true;
      return field;
    });
    if (any) yield { row: i + 1, cells };
  }
}
function decode(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
function csvDelimiter(text) {
  const lines = text.slice(0, 64 * 1024).split(/\r?\n/, 20);
  let commas = 0;
  let semicolons = 0;
  for (const line of lines) {
    commas += line.split(",").length - 1;
    semicolons += line.split(";").length - 1;
  }
  return semicolons > commas ? ";" : ",";
}

// electron/imports/inspect.ts
async function inspectFile(filePath) {
  const kind = await checkImportFile(filePath);
  const sheets = [];
  for await (const sheet of readSheets(filePath, kind)) {
    const window = [];
    for await (const row of sheet.rows) {
      window.push(row);
      if (window.length === HEADER_WINDOW) break;
    }
    const rowCount = await sheet.countRows();
    sheets.push({ name: sheet.name, rowCount, looksLikeData: detectHeader(window)?.looksLikeData ?? false });
  }
  const file2 = fileLabel(filePath);
  if (sheets.every((s) => s.rowCount === 0)) throw new AppError("FILE_EMPTY", { file: file2 });
  return {
    filePath,
    fileName: file2,
    sheets,
    // The same choice parseImport makes when no sheet is given.
    suggestedSheet: sheets.find((s) => s.looksLikeData)?.name ?? null
  };
}

// electron/imports/mapping.ts
import { createHash } from "node:crypto";
var REGISTER_PROFILE_KIND = "register";
var MAX_SIGNATURE = 4e3;
var MAX_COLUMNS = 501;
function autoMap(matches) {
  const best = /* @__PURE__ */ new Map();
  matches.forEach((m, column) => {
    if (!m) return;
    const current = best.get(m.field);
    if (!current || m.rank < current.rank) best.set(m.field, { column, rank: m.rank });
  });
  const mapping = {};
  for (const field of IMPORT_FIELDS) {
    const hit = best.get(field);
    if (hit) mapping[field] = hit.column;
  }
  return mapping;
}
function shapeSignature(headers) {
  const signature = headers.map(normalizeHeader).join("|");
  return signature.length <= MAX_SIGNATURE ? signature : `sha256:${createHash("sha256").update(signature).digest("hex")}`;
}
function sanitizeMapping(mapping, columnCount) {
  const clean = {};
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (typeof column === "number" && Number.isInteger(column) && column >= 0 && column < columnCount) clean[field] = column;
  }
  return clean;
}
function mapsPengurus(headers, mapping) {
  const says = (column) => column !== void 0 && matchHeader(headers[column] ?? "")?.pengurus === true;
  return says(mapping.nik) || says(mapping.name);
}
function toProfile(row) {
  return { id: row.id, name: row.name, signature: row.signature, mapping: sanitizeMapping(JSON.parse(row.mapping_json), MAX_COLUMNS) };
}
function findProfile(ctx, signature) {
  const row = ctx.db.prepare("SELECT id, name, signature, mapping_json FROM mapping_profiles WHERE kind = ? AND signature = ? ORDER BY updated_at DESC, id DESC LIMIT 1").get(REGISTER_PROFILE_KIND, signature);
  return row ? toProfile(row) : null;
}
function listProfiles(ctx) {
  return ctx.db.prepare("SELECT id, name, signature, mapping_json FROM mapping_profiles WHERE kind = ? ORDER BY name").all(REGISTER_PROFILE_KIND).map(toProfile);
}
function saveProfile2(ctx, input) {
  const mapping = sanitizeMapping(input.mapping, MAX_COLUMNS);
  if (Object.keys(mapping).length === 0) throw new AppError("VALIDATION_FAILED");
  return ctx.db.transaction(() => {
    const before = ctx.db.prepare("SELECT id, name, signature, mapping_json FROM mapping_profiles WHERE name = ?").get(input.name);
    const now = ctx.now().toISOString();
    const json = JSON.stringify(mapping);
    let id4;
    if (before) {
      id4 = before.id;
      ctx.db.prepare("UPDATE mapping_profiles SET kind = ?, signature = ?, mapping_json = ?, updated_at = ? WHERE id = ?").run(REGISTER_PROFILE_KIND, input.signature, json, now, id4);
    } else {
      id4 = Number(
        ctx.db.prepare("INSERT INTO mapping_profiles (name, kind, signature, mapping_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)").run(input.name, REGISTER_PROFILE_KIND, input.signature, json, now, now).lastInsertRowid
      );
    }
    const saved = { id: id4, name: input.name, signature: input.signature, mapping };
    recordAudit(ctx, {
      action: before ? "update" : "create",
      entity: "mapping_profile",
      entityId: id4,
      before: before ? toProfile(before) : null,
      after: saved
    });
    return saved;
  })();
}

// electron/imports/regions-index.ts
function loadRegionIndex(db, regency) {
  const index = {
    regencyCode: regency.code,
    regencyName: regency.name,
    kecamatanByKey: /* @__PURE__ */ new Map(),
    desaInKecamatan: /* @__PURE__ */ new Map(),
    desaByKey: /* @__PURE__ */ new Map(),
    kecamatanName: /* @__PURE__ */ new Map()
  };
  const rows = db.prepare("SELECT code, parent_code AS parent, level, name FROM regions").all();
  for (const r2 of rows) {
    const key = regionNameKey(r2.name);
    if (r2.level === "kecamatan") {
      index.kecamatanByKey.set(key, { code: r2.code, name: r2.name });
      index.kecamatanName.set(r2.code, r2.name);
    } else {
      index.desaInKecamatan.set(`${r2.parent}|${key}`, r2.code);
      const list = index.desaByKey.get(key);
      if (list) list.push({ code: r2.code, kecamatanCode: r2.parent });
      else index.desaByKey.set(key, [{ code: r2.code, kecamatanCode: r2.parent }]);
    }
  }
  return index;
}
function loadStatusIndex(db) {
  const rows = db.prepare("SELECT code, label FROM enrollment_statuses").all();
  const codes = new Set(rows.map((r2) => r2.code));
  const index = /* @__PURE__ */ new Map();
  for (const [spelling, code] of STATUS_ALIASES) if (codes.has(code)) index.set(spelling, code);
  for (const r2 of rows) {
    index.set(statusKey(r2.code.replace(/_/g, " ")), r2.code);
    index.set(statusKey(r2.label), r2.code);
  }
  return index;
}

// shared/domain/import-values.ts
function readAmount(raw) {
  if (typeof raw === "number") return Number.isInteger(raw) && raw >= 0 ? raw : null;
  const text = String(raw ?? "").trim().replace(/^'/, "").replace(/^RP\.?\s*/i, "").replace(/[\s\u00a0]/g, "");
  let digits2 = null;
  let m;
  if (/^\d+$/.test(text)) digits2 = text;
  else if (m = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/.exec(text)) digits2 = fractionZero(m[2]) ? m[1].replace(/\./g, "") : null;
  else if (m = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/.exec(text)) digits2 = fractionZero(m[2]) ? m[1].replace(/,/g, "") : null;
  else if (m = /^(\d+)[.,](\d{1,2})$/.exec(text)) digits2 = fractionZero(m[2]) ? m[1] : null;
  if (digits2 === null) return null;
  const value = Number(digits2);
  return Number.isSafeInteger(value) ? value : null;
}
function fractionZero(fraction) {
  return fraction === void 0 || /^0+$/.test(fraction);
}
function readCount(raw) {
  if (raw === null || raw === void 0) return 0;
  if (typeof raw === "number") return Number.isInteger(raw) && raw >= 0 && raw < 100 ? raw : null;
  const text = String(raw).trim().replace(/^'/, "");
  if (text === "" || text === "-") return 0;
  return /^\d{1,2}$/.test(text) ? Number(text) : null;
}
function readDesil(raw) {
  const text = typeof raw === "number" ? String(raw) : String(raw ?? "").trim().replace(/^'/, "").replace(/^DESIL\s*/i, "");
  if (!/^\d{1,2}$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= 10 ? value : null;
}

// electron/imports/validate.ts
var EARLIEST_BIRTH = "1900-01-01";
var COMPONENT_ENTRIES = Object.entries(COMPONENT_FIELDS);
var BLANK_TEXT = /^'?[\s\u00a0]*$/;
function isBlank(value) {
  return value === null || value === void 0 || typeof value === "string" && BLANK_TEXT.test(value);
}
function shownValue(value) {
  if (value === null || value === void 0) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10).split("-").reverse().join("-");
  return cleanText(value);
}
function own(text) {
  return (" " + text).slice(1);
}
function optionalText2(value) {
  if (value === null || value === void 0) return null;
  const text = value instanceof Date ? shownValue(value) : cleanText(value);
  return text === "" || text === "-" ? null : own(text);
}
var RowValidator = class {
  constructor(setup) {
    this.setup = setup;
    for (const [field, index] of Object.entries(setup.mapping)) {
      this.column[field] = setup.headers[index] || null;
    }
    this.components = COMPONENT_ENTRIES.flatMap(([field, code]) => {
      const index = setup.mapping[field];
      return index === void 0 ? [] : [[field, code, index]];
    });
    this.rtRwTogether = setup.mapping.rt !== void 0 && setup.mapping.rw === void 0 && normalizeHeader(setup.headers[setup.mapping.rt] ?? "") === "RT/RW";
  }
  setup;
  firstRowOfNik = /* @__PURE__ */ new Map();
  column = {};
  components;
  rtRwTogether;
  componentCache = /* @__PURE__ */ new Map();
  validate(source) {
    const { mapping, regions, locale } = this.setup;
    const { row, cells } = source;
    const issues = [];
    let failed = false;
    const cell = (field) => {
      const index = mapping[field];
      return index === void 0 ? void 0 : cells[index];
    };
    const report = (severity, code, field, key, params = {}) => {
      issues.push({ row, column: field ? this.column[field] ?? null : null, code, severity, message: translate(locale, key, params) });
      if (severity === "error") failed = true;
    };
    const required = (field) => report("error", "REQUIRED_MISSING", field, "imports.issue.REQUIRED_MISSING", { column: this.column[field] ?? field });
    const nikRaw = cell("nik");
    let facts = null;
    if (isBlank(nikRaw)) required("nik");
    else {
      const check = checkNik(nikRaw);
      if (!check.ok) {
        const value = shownValue(nikRaw);
        report("error", check.problem, "nik", `imports.issue.${check.problem}`, { value, length: cleanIdentityText(value).length });
      } else {
        facts = check.facts;
        facts.nik = own(facts.nik);
        const first = this.firstRowOfNik.get(facts.nik);
        if (first === void 0) this.firstRowOfNik.set(facts.nik, row);
        else report("error", "NIK_DUPLICATE_IN_FILE", "nik", "imports.issue.NIK_DUPLICATE_IN_FILE", { nik: facts.nik, first });
      }
    }
    const kkRaw = cell("kk");
    let kk = null;
    if (isBlank(kkRaw)) required("kk");
    else {
      const check = checkKk(kkRaw);
      if (check.ok) kk = own(check.kk);
      else report("error", check.problem, "kk", `imports.issue.${check.problem}`, { value: shownValue(kkRaw) });
    }
    const name = optionalText2(cell("name"));
    if (name === null) required("name");
    let sex = null;
    const sexRaw = cell("sex");
    if (!isBlank(sexRaw)) {
      sex = normalizeSex(sexRaw);
      if (sex === null) report("error", "VALUE_INVALID", "sex", "imports.issue.VALUE_INVALID.sex", { value: shownValue(sexRaw) });
      else if (facts && facts.sex !== sex) {
        report("warning", "NIK_SEX_MISMATCH", "sex", "imports.issue.NIK_SEX_MISMATCH", {
          sex: translate(locale, `imports.sex.${sex}`),
          nikSex: translate(locale, `imports.sex.${facts.sex}`)
        });
      }
    }
    let birthDate = null;
    const birthRaw = cell("birthDate");
    if (!isBlank(birthRaw)) {
      birthDate = normalizeDate(birthRaw);
      if (birthDate === null) report("error", "DATE_INVALID", "birthDate", "imports.issue.DATE_INVALID", { value: shownValue(birthRaw) });
      else if (birthDate < EARLIEST_BIRTH || birthDate > this.setup.today) {
        report("error", "DATE_INVALID", "birthDate", "imports.issue.DATE_INVALID.range", { value: formatDate(birthDate) });
        birthDate = null;
      } else if (facts && !nikMatchesBirthDate(facts, birthDate)) {
        report("warning", "NIK_BIRTHDATE_MISMATCH", "birthDate", "imports.issue.NIK_BIRTHDATE_MISMATCH", {
          date: formatDate(birthDate),
          nikDate: `${pad2(facts.day)}-${pad2(facts.month)}-${pad2(facts.yearTwoDigits)}`
        });
      }
    }
    if (facts && facts.regencyCode !== regions.regencyCode) {
      report("warning", "NIK_REGION_MISMATCH", "nik", "imports.issue.NIK_REGION_MISMATCH", {
        regency: regions.regencyName,
        code: facts.regencyCode
      });
    }
    let kecamatanCode = null;
    let desaCode = null;
    const kecRaw = cell("kecamatan");
    let kecamatanKnown = true;
    if (!isBlank(kecRaw)) {
      const kec = regions.kecamatanByKey.get(regionNameKey(kecRaw));
      if (kec) kecamatanCode = kec.code;
      else {
        kecamatanKnown = false;
        report("error", "REGION_UNKNOWN", "kecamatan", "imports.issue.REGION_UNKNOWN.kecamatan", {
          value: shownValue(kecRaw),
          regency: regions.regencyName
        });
      }
    }
    const desaRaw = cell("desa");
    if (!isBlank(desaRaw) && kecamatanKnown) {
      const key = regionNameKey(desaRaw);
      const value = shownValue(desaRaw);
      if (kecamatanCode !== null) {
        desaCode = regions.desaInKecamatan.get(`${kecamatanCode}|${key}`) ?? null;
        if (desaCode === null) {
          report("error", "REGION_UNKNOWN", "desa", "imports.issue.REGION_UNKNOWN.desa", {
            value,
            kecamatan: regions.kecamatanName.get(kecamatanCode) ?? kecamatanCode
          });
        }
      } else {
        const found = regions.desaByKey.get(key) ?? [];
        if (found.length === 1) {
          desaCode = found[0].code;
          kecamatanCode = found[0].kecamatanCode;
        } else if (found.length === 0) {
          report("error", "REGION_UNKNOWN", "desa", "imports.issue.REGION_UNKNOWN.desaAnywhere", { value, regency: regions.regencyName });
        } else {
          report("error", "REGION_UNKNOWN", "desa", "imports.issue.REGION_UNKNOWN.desaAmbiguous", {
            value,
            kecamatan: found.map((d) => regions.kecamatanName.get(d.kecamatanCode) ?? d.kecamatanCode).join(", ")
          });
        }
      }
    }
    let rt = null;
    let rw = null;
    const rtRaw = cell("rt");
    if (this.rtRwTogether) {
      const text = optionalText2(rtRaw);
      if (text !== null) {
        const parts = /^(\d{1,3})\s*[/\\-]\s*(\d{1,3})$/.exec(text);
        if (parts) [rt, rw] = [normalizeRtRw(parts[1]), normalizeRtRw(parts[2])];
        else report("error", "VALUE_INVALID", "rt", "imports.issue.VALUE_INVALID.rtRw", { value: text });
      }
    } else {
      rt = this.rtRw(rtRaw, "rt", report);
      rw = this.rtRw(cell("rw"), "rw", report);
    }
    let desil2 = null;
    const desilRaw = cell("desil");
    if (!isBlank(desilRaw)) {
      desil2 = readDesil(desilRaw);
      if (desil2 === null) report("error", "VALUE_INVALID", "desil", "imports.issue.VALUE_INVALID.desil", { value: shownValue(desilRaw) });
    }
    let nominal = null;
    const nominalRaw = cell("nominal");
    if (!isBlank(nominalRaw)) {
      nominal = readAmount(nominalRaw);
      if (nominal === null) report("error", "VALUE_INVALID", "nominal", "imports.issue.VALUE_INVALID.nominal", { value: shownValue(nominalRaw) });
    }
    let components = null;
    if (this.components.length > 0) {
      const counts = [];
      for (const [field, code, index] of this.components) {
        const count = readCount(cells[index] ?? null);
        if (count === null) {
          report("error", "VALUE_INVALID", field, "imports.issue.VALUE_INVALID.component", {
            column: this.column[field] ?? code,
            value: shownValue(cells[index])
          });
        } else counts.push(count);
      }
      if (counts.length === this.components.length) components = this.componentCounts(counts);
    }
    let status = null;
    const statusRaw = cell("status");
    if (!isBlank(statusRaw)) {
      status = this.setup.statuses.get(statusKey(statusRaw)) ?? null;
      if (status === null) report("error", "VALUE_INVALID", "status", "imports.issue.VALUE_INVALID.status", { value: shownValue(statusRaw) });
    }
    if (failed || !facts || kk === null || name === null) {
      const reasons = issues.filter((i) => i.severity === "error").map((i) => i.message);
      return { parsed: null, rejected: { row, cells, reasons }, issues };
    }
    return {
      parsed: {
        row,
        family: {
          kk,
          address: optionalText2(cell("address")) ?? "",
          rt,
          rw,
          kecamatanCode,
          desaCode,
          dtksId: optionalText2(cell("dtksId")),
          desil: desil2,
          desilAsOf: desil2 === null ? null : this.setup.today
        },
        member: {
          nik: facts.nik,
          name,
          // The NIK itself says the sex (day + 40 for women) when the list has no column for it.
          sex: sex ?? facts.sex,
          birthPlace: optionalText2(cell("birthPlace")),
          birthDate,
          relationship: optionalText2(cell("relationship")),
          motherName: optionalText2(cell("motherName")),
          disability: optionalText2(cell("disability")),
          schoolLevel: optionalText2(cell("schoolLevel")),
          isPengurus: this.setup.pengurus
        },
        nominal,
        components,
        status
      },
      rejected: null,
      issues
    };
  }
  /**
   * Most families share a handful of component combinations: one frozen object per combination
   * instead of one per row keeps 200,000 parsed rows small.
   */
  componentCounts(counts) {
    const key = counts.join(",");
    let shared = this.componentCache.get(key);
    if (!shared) {
      shared = Object.freeze(Object.fromEntries(this.components.map(([, code], i) => [code, counts[i]])));
      this.componentCache.set(key, shared);
    }
    return shared;
  }
  rtRw(raw, field, report) {
    const text = optionalText2(raw);
    if (text === null) return null;
    const value = normalizeRtRw(text.replace(/^R[TW]\.?\s*/i, ""));
    if (value === null) report("error", "VALUE_INVALID", field, `imports.issue.VALUE_INVALID.${field}`, { value: text });
    return value;
  }
};
function pad2(n) {
  return String(n).padStart(2, "0");
}

// electron/imports/parse.ts
var PROGRESS_EVERY = 1e3;
var FIELD_HEADERS = { nik: "NIK", kk: "NO KK", name: "NAMA" };
async function parseImport(ctx, request, options = {}) {
  const locale = options.locale ?? readLocale(ctx);
  const keepRows = options.keepRows ?? true;
  const file2 = fileLabel(request.filePath);
  const kind = await checkImportFile(request.filePath);
  const regency = readSetting(ctx, "regency");
  if (!regency) throw new AppError("SETUP_REQUIRED");
  const regions = loadRegionIndex(ctx.db, regency);
  const statuses = loadStatusIndex(ctx.db);
  let result = null;
  let firstFilledSheet = null;
  for await (const sheet of readSheets(request.filePath, kind)) {
    if (result || request.sheet !== null && sheet.name !== request.sheet) continue;
    const rows = sheet.rows[Symbol.asyncIterator]();
    const window = [];
    while (window.length < HEADER_WINDOW) {
      const next = await rows.next();
      if (next.done) break;
      window.push(next.value);
    }
    if (window.length > 0) firstFilledSheet ??= sheet.name;
    const header = detectHeader(window);
    if (request.sheet === null && !header?.looksLikeData) {
      await rows.return?.();
      continue;
    }
    if (!header) throw new AppError("HEADER_NOT_FOUND", { file: file2, sheet: sheet.name });
    const signature = shapeSignature(header.headers);
    let mapping;
    let mappingProfile = null;
    if (request.mapping) mapping = sanitizeMapping(request.mapping, header.headers.length);
    else {
      const profile = findProfile(ctx, signature);
      mappingProfile = profile?.name ?? null;
      mapping = profile ? sanitizeMapping(profile.mapping, header.headers.length) : autoMap(header.matches);
    }
    result = {
      file: file2,
      filePath: request.filePath,
      sheet: sheet.name,
      headerRow: header.headerRow,
      headers: header.headers,
      mapping,
      mappingProfile,
      signature,
      rowsSeen: 0,
      rows: [],
      rejected: [],
      issues: []
    };
    const validator = new RowValidator({
      headers: header.headers,
      mapping,
      regions,
      statuses,
      pengurus: mapsPengurus(header.headers, mapping),
      today: todayIso(ctx.now()),
      locale
    });
    await readDataRows(result, header, window, rows, validator, locale, options, keepRows);
  }
  if (result) return result;
  if (request.sheet !== null) throw new AppError("SHEET_NOT_FOUND", { file: file2, sheet: request.sheet });
  if (firstFilledSheet === null) throw new AppError("FILE_EMPTY", { file: file2 });
  throw new AppError("HEADER_NOT_FOUND", { file: file2, sheet: firstFilledSheet });
}
async function readDataRows(result, header, window, rest, validator, locale, options, keepRows) {
  const { mapping } = result;
  const mappedColumns = [...new Set(Object.values(mapping))];
  const identityColumns = [mapping.nik, mapping.kk].filter((c) => c !== void 0);
  const skip = new Set(header.skipRows);
  const unmapped = REQUIRED_FIELDS.filter((f) => mapping[f] === void 0);
  let unmappedReason = null;
  if (unmapped.length > 0) {
    unmappedReason = translate(locale, "imports.issue.REQUIRED_MISSING.unmapped", {
      fields: unmapped.map((f) => FIELD_HEADERS[f] ?? f).join(", ")
    });
    result.issues.push({ row: header.headerRow, column: null, code: "REQUIRED_MISSING", severity: "error", message: unmappedReason });
  }
  let afterTotals = false;
  const handle = (source) => {
    if (source.row <= header.headerRow || skip.has(source.row)) return;
    const { cells } = source;
    if (mappedColumns.every((c) => isBlank(cells[c]))) return;
    if (isTotalsRow(cells, identityColumns)) {
      afterTotals = true;
      return;
    }
    if (afterTotals && identityColumns.every((c) => isBlank(cells[c]))) return;
    afterTotals = false;
    result.rowsSeen++;
    if (options.signal?.aborted) throw new AppError("IMPORT_CANCELLED");
    if (options.onProgress && result.rowsSeen % PROGRESS_EVERY === 0) options.onProgress(result.rowsSeen);
    if (unmappedReason !== null) {
      result.rejected.push({ row: source.row, cells, reasons: [unmappedReason] });
      return;
    }
    const outcome = validator.validate(source);
    for (const issue of outcome.issues) result.issues.push(issue);
    if (outcome.rejected) result.rejected.push(outcome.rejected);
    if (outcome.parsed) {
      options.onRow?.(outcome.parsed);
      if (keepRows) result.rows.push(outcome.parsed);
    }
  };
  for (const row of window) handle(row);
  for (let next = await rest.next(); !next.done; next = await rest.next()) handle(next.value);
  options.onProgress?.(result.rowsSeen);
}

// electron/imports/task-runner.ts
import { existsSync as existsSync3 } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// electron/beneficiaries/undo.ts
var UNDOABLE_TABLES = /* @__PURE__ */ new Set(["families", "members", "enrollments", "enrollment_status_history", "enrollment_periods"]);
function revertBatchChanges(ctx, batchId) {
  const changes = ctx.db.prepare("SELECT table_name, row_key, op, before_json FROM import_changes WHERE batch_id = ? ORDER BY seq DESC").all(batchId);
  for (const change of changes) {
    if (!UNDOABLE_TABLES.has(change.table_name)) throw new Error(`cannot undo table ${change.table_name}`);
    const key = JSON.parse(change.row_key);
    const where = Object.keys(key).map((k) => `${k} = @key_${k}`).join(" AND ");
    const keyParams = Object.fromEntries(Object.entries(key).map(([k, v]) => [`key_${k}`, v]));
    if (change.op === "insert") {
      ctx.db.prepare(`DELETE FROM ${change.table_name} WHERE ${where}`).run(keyParams);
    } else {
      const before = JSON.parse(change.before_json ?? "{}");
      const columns = Object.keys(before).filter((c) => !(c in key));
      const set = columns.map((c) => `${c} = @col_${c}`).join(", ");
      const colParams = Object.fromEntries(columns.map((c) => [`col_${c}`, before[c]]));
      ctx.db.prepare(`UPDATE ${change.table_name} SET ${set} WHERE ${where}`).run({ ...keyParams, ...colParams });
    }
  }
  return changes.length;
}

// electron/imports/batches.ts
var SELECT_BATCH = `
  SELECT b.id, b.kind, p.code AS program_code, b.period, b.file_name, b.at, b.actor, b.rows_total, b.imported, b.updated,
    b.skipped, b.rejected, b.undone_at, b.undone_by
  FROM import_batches b LEFT JOIN programs p ON p.id = b.program_id`;
function toInfo(row) {
  return {
    id: row.id,
    kind: row.kind,
    programCode: row.program_code,
    period: row.period,
    fileName: row.file_name,
    at: row.at,
    actor: row.actor,
    imported: row.imported,
    updated: row.updated,
    skipped: row.skipped,
    rejected: row.rejected,
    undoneAt: row.undone_at,
    undoneBy: row.undone_by
  };
}
function listBatches(ctx, limit) {
  return ctx.db.prepare(`${SELECT_BATCH} ORDER BY b.id DESC LIMIT ?`).all(limit).map(toInfo);
}
function getBatch(ctx, batchId) {
  const row = ctx.db.prepare(`${SELECT_BATCH} WHERE b.id = ?`).get(batchId);
  if (!row) throw new AppError("NOT_FOUND");
  return toInfo(row);
}
function undoBatch(ctx, batchId) {
  return ctx.db.transaction(() => {
    const batch = getBatch(ctx, batchId);
    if (batch.undoneAt !== null) throw new AppError("BATCH_ALREADY_UNDONE", { batch: batchId });
    const blocker = findBlocker(ctx, batchId);
    if (blocker !== void 0) {
      const locale = readLocale(ctx);
      const by = blocker === null ? translate(locale, "imports.undo.byManual") : translate(locale, "imports.undo.byBatch", { batch: blocker });
      throw new AppError("BATCH_UNDO_BLOCKED", { batch: batchId, by });
    }
    const reverted = revertBatchChanges(ctx, batchId);
    const at = ctx.now().toISOString();
    ctx.db.prepare("UPDATE import_batches SET undone_at = ?, undone_by = ? WHERE id = ?").run(at, ctx.actor, batchId);
    recordAudit(ctx, {
      action: "undo",
      entity: "batch",
      entityId: batchId,
      before: { imported: batch.imported, updated: batch.updated, skipped: batch.skipped, rejected: batch.rejected },
      after: { undoneAt: at, changesReverted: reverted },
      batchId
    });
    return getBatch(ctx, batchId);
  })();
}
var CHANGED = (table, op) => `SELECT json_extract(row_key, '$.id') FROM import_changes WHERE batch_id = :id AND table_name = '${table}'${op ? ` AND op = '${op}'` : ""}`;
function findBlocker(ctx, batchId) {
  const db = ctx.db;
  const params = { id: batchId };
  const sameRow = db.prepare(
    `SELECT later.batch_id AS batch FROM import_changes later JOIN import_batches b ON b.id = later.batch_id
       WHERE later.batch_id > :id AND b.undone_at IS NULL
         AND (later.table_name, later.row_key) IN (SELECT table_name, row_key FROM import_changes WHERE batch_id = :id)
       ORDER BY later.batch_id LIMIT 1`
  ).get(params);
  if (sameRow) return sameRow.batch;
  const member = db.prepare(`SELECT id FROM members WHERE family_id IN (${CHANGED("families", "insert")}) AND id NOT IN (${CHANGED("members")}) LIMIT 1`).get(params);
  if (member) return laterBatchOf(ctx, batchId, "members", member.id);
  const enrollment = db.prepare(`SELECT id FROM enrollments WHERE family_id IN (${CHANGED("families", "insert")}) AND id NOT IN (${CHANGED("enrollments", "insert")}) LIMIT 1`).get(params);
  if (enrollment) return laterBatchOf(ctx, batchId, "enrollments", enrollment.id);
  const period = db.prepare(
    `SELECT batch_id AS batch FROM enrollment_periods
       WHERE enrollment_id IN (${CHANGED("enrollments", "insert")}) AND (batch_id IS NULL OR batch_id <> :id) LIMIT 1`
  ).get(params);
  if (period) return period.batch;
  const status = db.prepare(
    `SELECT batch_id AS batch FROM enrollment_status_history
       WHERE enrollment_id IN (${CHANGED("enrollments")})
         AND id > (SELECT max(json_extract(row_key, '$.id')) FROM import_changes WHERE batch_id = :id AND table_name = 'enrollment_status_history')
         AND (batch_id IS NULL OR batch_id <> :id)
       LIMIT 1`
  ).get(params);
  if (status) return status.batch;
  return void 0;
}
function laterBatchOf(ctx, batchId, table, id4) {
  const row = ctx.db.prepare(
    `SELECT c.batch_id AS batch FROM import_changes c JOIN import_batches b ON b.id = c.batch_id
       WHERE c.batch_id > ? AND b.undone_at IS NULL AND c.table_name = ? AND c.row_key = ?
       ORDER BY c.batch_id LIMIT 1`
  ).get(batchId, table, JSON.stringify({ id: id4 }));
  return row ? row.batch : null;
}

// electron/imports/nominal-rule.ts
function ruleNominal(benefit, period, components) {
  const p = parsePeriod(period);
  if (p === null) return null;
  const date = periodStart(p);
  if (benefit.kind === "in_kind") return null;
  if (benefit.kind === "flat") {
    const amount = amountOn(benefit.amounts, date);
    if (amount === null) return null;
    switch (benefit.unit) {
      case "month":
        return amount * 3;
      case "tahap":
        return amount;
      case "year":
        return Math.round(amount / 4);
      case "once":
        return null;
    }
  }
  if (components === null) return null;
  let total = 0;
  let count = 0;
  for (const [code, n] of Object.entries(components)) {
    if (n === 0) continue;
    const component = benefit.components.find((c) => c.code === code);
    const yearly = component ? amountOn(component.amounts, date) : null;
    if (yearly === null) return null;
    total += n * Math.round(yearly / 4);
    count += n;
  }
  if (benefit.maxComponents !== null && count > benefit.maxComponents) return null;
  return total;
}

// electron/imports/register-lookup.ts
var LOOKUP_CHUNK = 5e3;
function lookupChunked(db, sql, keys, leading = []) {
  if (keys.length === 0) return [];
  const statement = db.prepare(sql);
  const out = [];
  for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) {
    const rows = statement.all(...leading, JSON.stringify(keys.slice(i, i + LOOKUP_CHUNK)));
    for (const row of rows) out.push(row);
  }
  return out;
}

// electron/imports/units.ts
var DEFAULT_STATUS = "aktif";
function unitKey(row, perPerson) {
  return perPerson ? row.member.nik : row.family.kk;
}
function planUnits(rows, perPerson) {
  const units = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const key = unitKey(row, perPerson);
    const unit = units.get(key);
    if (!unit) {
      units.set(key, { status: row.status, nominal: row.nominal, components: row.components });
      continue;
    }
    unit.status ??= row.status;
    unit.nominal ??= row.nominal;
    unit.components ??= row.components;
  }
  const seen = /* @__PURE__ */ new Set();
  return rows.map((row) => {
    const key = unitKey(row, perPerson);
    const unit = units.get(key);
    const first = !seen.has(key);
    seen.add(key);
    return { first, status: unit.status ?? DEFAULT_STATUS, nominal: unit.nominal, components: unit.components };
  });
}

// electron/imports/match.ts
var FAMILY_COLUMNS2 = ["address", "rt", "rw", "kecamatan_code", "desa_code", "dtks_id", "desil", "desil_as_of"];
var MEMBER_COLUMNS2 = [
  "family_id",
  "name",
  "name_key",
  "sex",
  "birth_place",
  "birth_date",
  "relationship",
  "mother_name",
  "disability",
  "school_level",
  "is_pengurus"
];
function familyRow2(rec) {
  return {
    address: rec.address,
    rt: rec.rt,
    rw: rec.rw,
    kecamatan_code: rec.kecamatanCode,
    desa_code: rec.desaCode,
    dtks_id: rec.dtksId,
    desil: rec.desil,
    desil_as_of: rec.desilAsOf
  };
}
function memberRow2(familyId, rec, withKey) {
  return {
    family_id: familyId,
    name: rec.name,
    name_key: withKey ? nameKey(rec.name) : void 0,
    sex: rec.sex,
    birth_place: rec.birthPlace,
    birth_date: rec.birthDate,
    relationship: rec.relationship,
    mother_name: rec.motherName,
    disability: rec.disability,
    school_level: rec.schoolLevel,
    // A list that does not mark the pengurus keeps the one the register has.
    is_pengurus: rec.isPengurus ? 1 : null
  };
}
function mergeKnown2(existing, incoming, columns) {
  const merged = { ...existing };
  for (const c of columns) merged[c] = incoming[c] === null || incoming[c] === void 0 ? existing[c] ?? null : incoming[c];
  return merged;
}
function differs2(before, after, columns) {
  return columns.some((c) => (before[c] ?? null) !== (after[c] ?? null));
}
function loadSlice(ctx, program, rows, period) {
  const kks = [...new Set(rows.map((r2) => r2.family.kk))];
  const niks = [...new Set(rows.map((r2) => r2.member.nik))];
  const families = /* @__PURE__ */ new Map();
  for (const f of lookupChunked(ctx.db, "SELECT * FROM families WHERE kk IN (SELECT value FROM json_each(?))", kks)) {
    families.set(f.kk, f);
  }
  const members = /* @__PURE__ */ new Map();
  for (const m of lookupChunked(ctx.db, "SELECT * FROM members WHERE nik IN (SELECT value FROM json_each(?))", niks)) {
    members.set(m.nik, m);
  }
  const familyIds = /* @__PURE__ */ new Set();
  for (const f of families.values()) familyIds.add(f.id);
  for (const m of members.values()) familyIds.add(m.family_id);
  const enrollments = lookupChunked(
    ctx.db,
    `SELECT e.id, e.program_id, e.family_id, e.member_key, e.status, p.code, s.counts_as_active AS active
     FROM enrollments e JOIN programs p ON p.id = e.program_id JOIN enrollment_statuses s ON s.code = e.status
     WHERE e.family_id IN (SELECT value FROM json_each(?))`,
    [...familyIds]
  );
  const periods = /* @__PURE__ */ new Map();
  if (period !== null) {
    const ids = enrollments.filter((e) => e.program_id === program.id).map((e) => e.id);
    const sql = "SELECT enrollment_id, nominal, components_json FROM enrollment_periods WHERE period = ? AND enrollment_id IN (SELECT value FROM json_each(?))";
    for (const p of lookupChunked(ctx.db, sql, ids, [period])) periods.set(p.enrollment_id, p);
  }
  const byFamily = /* @__PURE__ */ new Map();
  const byMember = /* @__PURE__ */ new Map();
  for (const e of enrollments) {
    push(byFamily, e.family_id, e);
    if (e.member_key !== 0) push(byMember, e.member_key, e);
  }
  return { families, members, enrollments, byFamily, byMember, periods };
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
var enrollmentKey = (familyId, memberKey) => `${familyId}:${memberKey}`;
function matchRows(ctx, program, rows, options) {
  const slice = loadSlice(ctx, program, rows, options.period);
  const plans = planUnits(rows, program.perPerson);
  const warn = warner(options);
  const families = new Map(slice.families);
  const members = new Map(slice.members);
  const pengurusOf = /* @__PURE__ */ new Map();
  for (const m of members.values()) if (m.is_pengurus === 1) pengurusOf.set(m.family_id, m.nik);
  const enrollments = /* @__PURE__ */ new Map();
  for (const e of slice.enrollments) if (e.program_id === program.id) enrollments.set(enrollmentKey(e.family_id, e.member_key), e);
  const periods = new Map(slice.periods);
  let nextId = -1;
  const kinds = [];
  const counts = { new: 0, updated: 0, unchanged: 0 };
  rows.forEach((row, i) => {
    const plan = plans[i];
    let changed = false;
    const knownFamily = families.get(row.family.kk);
    const incomingFamily = familyRow2(row.family);
    let familyId;
    if (!knownFamily) {
      familyId = nextId--;
      families.set(row.family.kk, { ...incomingFamily, id: familyId, kk: row.family.kk });
      changed = true;
    } else {
      familyId = knownFamily.id;
      const merged = mergeKnown2(knownFamily, incomingFamily, FAMILY_COLUMNS2);
      if (differs2(knownFamily, merged, FAMILY_COLUMNS2)) {
        families.set(row.family.kk, merged);
        changed = true;
      }
    }
    if (row.member.isPengurus) {
      const current = pengurusOf.get(familyId);
      const demoted = current !== void 0 && current !== row.member.nik ? members.get(current) : void 0;
      if (demoted) members.set(current, { ...demoted, is_pengurus: 0 });
    }
    const knownMember = members.get(row.member.nik);
    let memberId;
    let isNew = false;
    if (!knownMember) {
      memberId = nextId--;
      members.set(row.member.nik, { ...memberRow2(familyId, row.member, false), is_pengurus: row.member.isPengurus ? 1 : 0, id: memberId, nik: row.member.nik });
      isNew = true;
    } else {
      memberId = knownMember.id;
      knownMember.name_key ??= nameKey(knownMember.name);
      const merged = mergeKnown2(knownMember, memberRow2(familyId, row.member, true), MEMBER_COLUMNS2);
      if (differs2(knownMember, merged, MEMBER_COLUMNS2)) {
        members.set(row.member.nik, merged);
        changed = true;
      }
    }
    if (row.member.isPengurus) pengurusOf.set(familyId, row.member.nik);
    if (plan.first) {
      const memberKey = program.perPerson ? memberId : 0;
      const key = enrollmentKey(familyId, memberKey);
      const known = enrollments.get(key);
      warnEnrollment(warn, slice, program, row, { familyId, memberId: knownMember ? memberId : null }, options.period);
      let enrollmentId;
      if (!known) {
        enrollmentId = nextId--;
        enrollments.set(key, { id: enrollmentId, status: plan.status });
        changed = true;
      } else {
        enrollmentId = known.id;
        if (known.status !== plan.status) {
          enrollments.set(key, { id: known.id, status: plan.status });
          changed = true;
        }
      }
      if (options.period !== null) {
        const components_json = plan.components === null ? null : JSON.stringify(plan.components);
        const stored = periods.get(enrollmentId);
        if (!stored || stored.nominal !== plan.nominal || stored.components_json !== components_json) {
          periods.set(enrollmentId, { nominal: plan.nominal, components_json });
          changed = true;
        }
        warnNominal(warn, program, row, plan, options.period);
      }
    }
    const kind = isNew ? "new" : changed ? "update" : "unchanged";
    kinds.push(kind);
    if (kind === "new") counts.new++;
    else if (kind === "update") counts.updated++;
    else counts.unchanged++;
  });
  return { kinds, counts, warnings: warn.issues };
}
function warner(options) {
  const issues = [];
  return {
    issues,
    add(row, field, code, key, params) {
      const index = options.mapping[field];
      const column = index === void 0 ? null : options.headers[index] ?? null;
      issues.push({ row, column, code, severity: "warning", message: translate(options.locale, key, params) });
    }
  };
}
function warnEnrollment(warn, slice, program, row, ids, period) {
  const field = program.perPerson ? "nik" : "kk";
  const ofFamily = slice.byFamily.get(ids.familyId) ?? [];
  const concerned = program.perPerson ? [...ofFamily.filter((e) => e.member_key === 0), ...ids.memberId === null ? [] : slice.byMember.get(ids.memberId) ?? []] : ofFamily;
  const active = concerned.filter((e) => e.active === 1);
  if (period === null && active.some((e) => e.program_id === program.id)) {
    const key = program.perPerson ? "imports.issue.ALREADY_ENROLLED.person" : "imports.issue.ALREADY_ENROLLED";
    warn.add(row.row, field, "ALREADY_ENROLLED", key, { program: program.code });
  }
  const others = [...new Set(active.filter((e) => e.program_id !== program.id).map((e) => e.code))].sort();
  if (others.length > 0) {
    const key = program.perPerson ? "imports.issue.IN_OTHER_PROGRAM.person" : "imports.issue.IN_OTHER_PROGRAM";
    warn.add(row.row, field, "IN_OTHER_PROGRAM", key, { programs: others.join(", ") });
  }
}
function warnNominal(warn, program, row, plan, period) {
  if (plan.nominal === null) return;
  const rule = ruleNominal(program.benefit, period, plan.components);
  if (rule === null || rule === plan.nominal) return;
  warn.add(row.row, "nominal", "NOMINAL_DIFFERS", "imports.issue.NOMINAL_DIFFERS", {
    nominal: formatRupiah(plan.nominal),
    rule: formatRupiah(rule),
    program: program.code
  });
}

// electron/imports/program.ts
function importProgram(ctx, programId) {
  const program = getProgram(ctx, programId);
  return {
    id: program.id,
    code: program.code,
    perPerson: program.benefit.kind === "flat" && program.benefit.perPerson,
    benefit: program.benefit
  };
}

// electron/imports/write.ts
function throwIfCancelled(signal) {
  if (signal?.aborted) throw new AppError("IMPORT_CANCELLED");
}
function commitParsed(ctx, target, parsed, options) {
  const program = importProgram(ctx, target.programId);
  const locale = readLocale(ctx);
  throwIfCancelled(options.signal);
  options.onProgress?.({ label: translate(locale, "imports.progress.matching"), done: 0, total: parsed.rows.length });
  const match = matchRows(ctx, program, parsed.rows, { period: target.period, locale, headers: parsed.headers, mapping: parsed.mapping });
  const issues = [...parsed.issues, ...match.warnings].sort((a, b) => a.row - b.row);
  const base = { file: parsed.file, sheet: parsed.sheet, headerRow: parsed.headerRow, rows: parsed.rowsSeen, rejected: parsed.rejected.length, issues };
  throwIfCancelled(options.signal);
  if (options.dryRun) {
    return { ...base, batchId: null, imported: match.counts.new, updated: match.counts.updated, skipped: match.counts.unchanged };
  }
  assertStatusesKnown(ctx, parsed.rows);
  const label = translate(locale, "imports.progress.writing");
  const reason = translate(locale, "imports.enrollReason", { file: parsed.file });
  return ctx.db.transaction(() => {
    const batchId = insertBatch(ctx, program, target.period, parsed);
    const counts = writeRows(ctx, program, target.period, parsed.rows, batchId, { reason, label, options });
    const summary = { ...counts, rows: parsed.rowsSeen, rejected: parsed.rejected.length };
    ctx.db.prepare("UPDATE import_batches SET imported = :imported, updated = :updated, skipped = :skipped, rejected = :rejected WHERE id = :id").run({ id: batchId, imported: summary.imported, updated: summary.updated, skipped: summary.skipped, rejected: summary.rejected });
    recordAudit(ctx, {
      action: "import",
      entity: "batch",
      entityId: batchId,
      before: null,
      after: { kind: "register", program: program.code, period: target.period, file: parsed.file, sheet: parsed.sheet, ...summary },
      batchId
    });
    throwIfCancelled(options.signal);
    return { ...base, batchId, imported: summary.imported, updated: summary.updated, skipped: summary.skipped };
  })();
}
function assertStatusesKnown(ctx, rows) {
  const known = new Set(ctx.db.prepare("SELECT code FROM enrollment_statuses").all().map((r2) => r2.code));
  for (const row of rows) {
    if (row.status !== null && !known.has(row.status)) throw new AppError("STATUS_UNKNOWN", { status: row.status });
  }
}
function insertBatch(ctx, program, period, parsed) {
  return Number(
    ctx.db.prepare(
      `INSERT INTO import_batches (kind, program_id, period, file_name, sheet, header_row, mapping_json, rows_total, rejected, actor, at)
         VALUES ('register', :program_id, :period, :file_name, :sheet, :header_row, :mapping_json, :rows_total, :rejected, :actor, :at)`
    ).run({
      program_id: program.id,
      period,
      file_name: parsed.file,
      sheet: parsed.sheet,
      header_row: parsed.headerRow,
      mapping_json: JSON.stringify(parsed.mapping),
      rows_total: parsed.rowsSeen,
      rejected: parsed.rejected.length,
      actor: ctx.actor,
      at: ctx.now().toISOString()
    }).lastInsertRowid
  );
}
function writeRows(ctx, program, period, rows, batchId, run) {
  const writer = new RegisterWriter(ctx, batchId);
  const plans = planUnits(rows, program.perPerson);
  const parsedPeriod = period === null ? null : parsePeriod(period);
  const date = parsedPeriod ? periodStart(parsedPeriod) : todayIso(ctx.now());
  const total = rows.length;
  const step = Math.max(1, Math.floor(total / 100));
  const { onProgress, signal } = run.options;
  const counts = { imported: 0, updated: 0, skipped: 0 };
  onProgress?.({ label: run.label, done: 0, total });
  rows.forEach((row, i) => {
    const plan = plans[i];
    const ops = [];
    const family = writer.upsertFamily(row.family);
    ops.push(family.op);
    const member = writer.upsertMember(family.id, row.member);
    ops.push(member.op);
    if (plan.first) {
      const memberKey = program.perPerson ? member.id : 0;
      const enrollment = writer.enroll({ programId: program.id, familyId: family.id, memberKey, status: plan.status, date, reason: run.reason });
      ops.push(enrollment.op);
      if (period !== null) ops.push(writer.setPeriod(enrollment.id, period, plan.nominal, plan.components));
    }
    const kind = member.op === "insert" ? "new" : ops.some((op) => op !== "unchanged") ? "update" : "unchanged";
    if (kind === "new") counts.imported++;
    else if (kind === "update") counts.updated++;
    else counts.skipped++;
    if ((i + 1) % step === 0 || i + 1 === total) {
      throwIfCancelled(signal);
      onProgress?.({ label: run.label, done: i + 1, total });
    }
  });
  return counts;
}

// electron/imports/commit.ts
async function runImport(ctx, request, options) {
  throwIfCancelled(options.signal);
  const locale = readLocale(ctx);
  const reading = translate(locale, "imports.progress.reading");
  options.onProgress?.({ label: reading, done: 0, total: 0 });
  const parsed = await parseImport(ctx, request, {
    locale,
    ...options.signal ? { signal: options.signal } : {},
    ...options.onProgress ? { onProgress: (rowsSeen) => options.onProgress?.({ label: reading, done: rowsSeen, total: 0 }) } : {}
  });
  throwIfCancelled(options.signal);
  return commitParsed(ctx, { programId: request.programId, period: request.period }, parsed, options);
}

// electron/imports/compare.ts
var LOOK_BACK_PERIODS = 4;
function previousListPeriod(ctx, programId, period) {
  let p = parsePeriod(period);
  if (p === null) return null;
  const exists = ctx.db.prepare(
    `SELECT 1 FROM enrollment_periods ep JOIN enrollments e ON e.id = ep.enrollment_id
     WHERE ep.period = ? AND e.program_id = ? LIMIT 1`
  );
  for (let i = 0; i < LOOK_BACK_PERIODS; i++) {
    p = previousPeriod(p);
    const code = formatPeriodCode(p);
    if (exists.get(code, programId)) return code;
  }
  return null;
}
function comparePeriod(ctx, program, period, rows) {
  const previous = previousListPeriod(ctx, program.id, period);
  if (previous === null) return null;
  const entries = ctx.db.prepare(
    `SELECT e.id, f.kk, m.nik, s.exit_kind IS NOT NULL AS exited
       FROM enrollment_periods ep
       JOIN enrollments e ON e.id = ep.enrollment_id
       JOIN families f ON f.id = e.family_id
       JOIN enrollment_statuses s ON s.code = e.status
       LEFT JOIN members m ON m.id = e.member_key
       WHERE ep.period = ? AND e.program_id = ?`
  ).all(previous, program.id);
  const incoming = new Set(rows.map((r2) => unitKey(r2, program.perPerson)));
  const keyOf = (e) => program.perPerson ? e.nik ?? "" : e.kk;
  const previousKeys = new Set(entries.map(keyOf));
  let newFamilies = 0;
  for (const key of incoming) if (!previousKeys.has(key)) newFamilies++;
  const goneIds = entries.filter((e) => !incoming.has(keyOf(e)) && e.exited === 0).map((e) => e.id);
  return { previousPeriod: previous, newFamilies, continuing: incoming.size - newFamilies, gone: goneDetails(ctx, goneIds) };
}
function goneDetails(ctx, enrollmentIds) {
  const gone = lookupChunked(
    ctx.db,
    `SELECT e.id AS enrollmentId, f.kk,
       coalesce(
         (SELECT name FROM members WHERE id = e.member_key),
         (SELECT name FROM members WHERE family_id = f.id ORDER BY is_pengurus DESC, id LIMIT 1),
         ''
       ) AS name,
       r.name AS kecamatan
     FROM enrollments e
     JOIN families f ON f.id = e.family_id
     LEFT JOIN regions r ON r.code = f.kecamatan_code
     WHERE e.id IN (SELECT value FROM json_each(?))`,
    enrollmentIds
  );
  return gone.sort((a, b) => (a.kecamatan ?? "").localeCompare(b.kecamatan ?? "", "id") || a.name.localeCompare(b.name, "id") || a.kk.localeCompare(b.kk));
}

// electron/imports/preview.ts
var PREVIEW_ISSUE_LIMIT = 1e3;
async function previewImport(ctx, request) {
  const program = importProgram(ctx, request.programId);
  const locale = readLocale(ctx);
  const parsed = await parseImport(ctx, request, { locale });
  const match = matchRows(ctx, program, parsed.rows, {
    period: request.period,
    locale,
    headers: parsed.headers,
    mapping: parsed.mapping
  });
  const issues = [...parsed.issues, ...match.warnings].sort((a, b) => a.row - b.row);
  return {
    fileName: parsed.file,
    sheet: parsed.sheet,
    headerRow: parsed.headerRow,
    headers: parsed.headers,
    mapping: parsed.mapping,
    mappingProfile: parsed.mappingProfile,
    signature: parsed.signature,
    counts: {
      rows: parsed.rowsSeen,
      imported: match.counts.new,
      new: match.counts.new,
      updated: match.counts.updated,
      skipped: match.counts.unchanged,
      rejected: parsed.rejected.length,
      warnings: issues.filter((i) => i.severity === "warning").length
    },
    issues: issues.slice(0, PREVIEW_ISSUE_LIMIT),
    issueCount: issues.length,
    comparison: request.period === null ? null : comparePeriod(ctx, program, request.period, parsed.rows)
  };
}

// electron/imports/jobs.ts
async function executeJob(ctx, job, callbacks) {
  switch (job.kind) {
    case "preview":
      return previewImport(ctx, job.request);
    case "import":
      return runImport(ctx, job.request, { dryRun: job.dryRun, onProgress: callbacks.onProgress, signal: callbacks.signal });
    case "undo":
      return undoBatch(ctx, job.batchId);
  }
}

// electron/imports/task-runner.ts
var inProcessRunner = {
  start(ctx, envelope, onProgress) {
    const controller = new AbortController();
    const result = executeJob(serviceContext(ctx), envelope.job, { onProgress, signal: controller.signal });
    return { result, cancel: () => controller.abort() };
  }
};
function workerRunner(workerFile, options = {}) {
  return {
    start(ctx, envelope, onProgress) {
      const cancelFlag = new SharedArrayBuffer(4);
      let fallback = null;
      let cancelled = false;
      const worker = new Worker(workerFile, { workerData: { envelope, cancel: cancelFlag } });
      const result = new Promise((resolve, reject) => {
        let started = false;
        let settled = false;
        const settle = (fn) => {
          if (settled) return;
          settled = true;
          fn();
        };
        const failed = (err) => {
          if (started || !options.fallback) return settle(() => reject(err));
          settled = true;
          const running2 = options.fallback.start(ctx, envelope, onProgress);
          fallback = running2;
          if (cancelled) running2.cancel();
          running2.result.then(resolve, reject);
        };
        worker.on("message", (message) => {
          if (message.type === "ready") started = true;
          else if (message.type === "progress") onProgress(message.progress);
          else if (message.type === "done") settle(() => resolve(message.result));
          else if ("code" in message) settle(() => reject(new AppError(message.code, message.params)));
          else settle(() => reject(new Error(message.message)));
        });
        worker.on("error", failed);
        worker.on("exit", (code) => failed(new Error(`import worker stopped (exit code ${code})`)));
      });
      const cancel = () => {
        cancelled = true;
        Atomics.store(new Int32Array(cancelFlag), 0, 1);
        fallback?.cancel();
      };
      return { result, cancel };
    }
  };
}
function bundledWorkerFile() {
  const url = new URL("./import-worker.mjs", import.meta.url);
  return url.protocol === "file:" && existsSync3(fileURLToPath(url)) ? url : null;
}
var ImportTasks = class {
  constructor(runner) {
    this.runner = runner;
  }
  runner;
  running = /* @__PURE__ */ new Map();
  busy = false;
  /** An import under the renderer's task id: progress goes out as `task.progress` events, `cancel(taskId)` stops it. */
  runImport(ctx, taskId2, request, dryRun = false) {
    return this.run(ctx, taskId2, { kind: "import", request, dryRun }, dryRun ? "read" : "write");
  }
  undo(ctx, batchId) {
    return this.run(ctx, null, { kind: "undo", batchId }, "write");
  }
  /** Reads and matches the list without writing, so it may run beside an import. */
  preview(ctx, request) {
    return this.run(ctx, null, { kind: "preview", request }, "read");
  }
  async run(ctx, taskId2, job, access) {
    if (access === "write" && this.busy) throw new AppError("IMPORT_BUSY");
    if (access === "write") this.busy = true;
    const envelope = { dbFile: ctx.database.file, actor: ctx.actor, at: ctx.now().toISOString(), job };
    try {
      const task = this.runner.start(ctx, envelope, (p) => {
        if (taskId2 !== null) ctx.emit("task.progress", { taskId: taskId2, label: p.label, done: p.done, total: p.total });
      });
      if (taskId2 !== null) this.running.set(taskId2, task);
      return await task.result;
    } finally {
      if (taskId2 !== null) this.running.delete(taskId2);
      if (access === "write") this.busy = false;
    }
  }
  /** True when a running import got the request; it then ends with IMPORT_CANCELLED unless it had already committed. */
  cancel(taskId2) {
    const task = this.running.get(taskId2);
    if (!task) return false;
    task.cancel();
    return true;
  }
};
var tasksByApp = /* @__PURE__ */ new WeakMap();
function importTasks(ctx) {
  let tasks = tasksByApp.get(ctx);
  if (!tasks) {
    const workerFile = bundledWorkerFile();
    tasks = new ImportTasks(workerFile ? workerRunner(workerFile, { fallback: inProcessRunner }) : inProcessRunner);
    tasksByApp.set(ctx, tasks);
  }
  return tasks;
}

// electron/imports/handlers-read.ts
var importsReadHandlers = {
  "imports.pickFile": async (ctx) => {
    const locale = readLocale(serviceContext(ctx));
    const path = await ctx.dialogs.openFile({
      title: translate(locale, "imports.dialog.open"),
      filters: [{ name: translate(locale, "imports.dialog.openFilter"), extensions: ["xlsx", "csv"] }]
    });
    return path === null ? null : inspectFile(path);
  },
  "imports.inspect": (_ctx, { filePath }) => inspectFile(filePath),
  // previewImport (preview.ts) in the import worker, as the commit: a 200,000-row list must not hold up the window.
  "imports.preview": (ctx, request) => importTasks(ctx).preview(ctx, request),
  "imports.saveErrorWorkbook": (ctx, request) => saveErrorWorkbook(ctx, request),
  "imports.profiles": (ctx) => listProfiles(serviceContext(ctx)),
  "imports.saveProfile": (ctx, input) => saveProfile2(serviceContext(ctx), input)
};
async function saveErrorWorkbook(ctx, request) {
  const svc = serviceContext(ctx);
  const locale = readLocale(svc);
  const parsed = await parseImport(svc, request, { locale, keepRows: false });
  const path = await ctx.dialogs.saveFile({
    title: translate(locale, "imports.dialog.saveErrors"),
    defaultName: `${basename4(parsed.file, extname3(parsed.file))}-ditolak.xlsx`,
    filters: [{ name: translate(locale, "imports.dialog.saveFilter"), extensions: ["xlsx"] }]
  });
  if (path === null) return null;
  const rows = await writeErrorWorkbook(path, { headers: parsed.headers, mapping: parsed.mapping, rejected: parsed.rejected, locale });
  return { path, rows };
}

// electron/imports/exits.ts
function recordExits(ctx, exits) {
  const statuses = new Set(
    ctx.db.prepare("SELECT code FROM enrollment_statuses").all().map((r2) => r2.code)
  );
  const current = ctx.db.prepare("SELECT status, status_date AS statusDate FROM enrollments WHERE id = ?");
  return ctx.db.transaction(() => {
    const writer = new RegisterWriter(ctx, null);
    let updated = 0;
    for (const exit of exits) {
      if (!statuses.has(exit.status)) throw new AppError("STATUS_UNKNOWN", { status: exit.status });
      const before = current.get(exit.enrollmentId);
      if (!before) throw new AppError("NOT_FOUND");
      writer.setStatus(exit.enrollmentId, exit.status, exit.date, exit.reason);
      recordAudit(ctx, {
        action: "status",
        entity: "enrollment",
        entityId: exit.enrollmentId,
        before,
        after: { status: exit.status, statusDate: exit.date, reason: exit.reason }
      });
      updated++;
    }
    return { updated };
  })();
}

// electron/imports/handlers-write.ts
var importsWriteHandlers = {
  "imports.commit": (ctx, { taskId: taskId2, ...request }) => importTasks(ctx).runImport(ctx, taskId2, request),
  "imports.cancel": (ctx, { taskId: taskId2 }) => ({ cancelled: importTasks(ctx).cancel(taskId2) }),
  "imports.batches": (ctx, { limit }) => listBatches(serviceContext(ctx), limit),
  // Undoing 200,000 rows takes as long as writing them: off the window's thread too.
  "imports.undo": (ctx, { batchId }) => importTasks(ctx).undo(ctx, batchId),
  "imports.recordExits": (ctx, { exits }) => recordExits(serviceContext(ctx), exits)
};

// electron/imports/handlers.ts
var importsHandlers = {
  ...importsReadHandlers,
  ...importsWriteHandlers
};

// electron/demo/dates.ts
var DAY_MS = 864e5;
function toDays(iso) {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}
function fromDays(days) {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}
function addDays(iso, days) {
  return fromDays(toDays(iso) + days);
}
function ageOn(birthDate, on) {
  let age = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (on.slice(5) < birthDate.slice(5)) age -= 1;
  return age;
}
function minDate(a, b) {
  return a < b ? a : b;
}
function maxDate(a, b) {
  return a > b ? a : b;
}

// electron/demo/benefits.ts
function elderlyAge(date) {
  return date >= "2024-01-01" ? 60 : 70;
}
function componentCounts(members, date, pregnant) {
  const counts = { HAMIL: pregnant ? 1 : 0, AUD: 0, SD: 0, SMP: 0, SMA: 0, DISABIL: 0, LANSIA: 0, HAM: 0 };
  for (const m of members) {
    if (m.birthDate > date) continue;
    const age = ageOn(m.birthDate, date);
    if (m.severeDisability) counts.DISABIL += 1;
    else if (age >= elderlyAge(date)) counts.LANSIA += 1;
    else if (age <= 6) counts.AUD += 1;
    else if (m.inSchool && age <= 12) counts.SD += 1;
    else if (m.inSchool && age <= 15) counts.SMP += 1;
    else if (m.inSchool && age <= 18) counts.SMA += 1;
  }
  return counts;
}
function componentTotal(counts) {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}
function tahapNominal(benefit, tahapStart, counts) {
  if (benefit.kind === "in_kind") return null;
  if (benefit.kind === "flat") {
    const amount = amountOn(benefit.amounts, tahapStart);
    if (amount === null) return null;
    if (benefit.unit === "month") return amount * 3;
    if (benefit.unit === "year") return Math.round(amount / 4);
    return amount;
  }
  const paid = [];
  for (const c of benefit.components) {
    const n = counts?.[c.code] ?? 0;
    const yearly = amountOn(c.amounts, tahapStart);
    if (yearly === null) continue;
    for (let i = 0; i < n; i++) paid.push(Math.round(yearly / 4));
  }
  paid.sort((a, b) => b - a);
  const limit = benefit.maxComponents ?? paid.length;
  return paid.slice(0, limit).reduce((sum, a) => sum + a, 0);
}

// electron/demo/names.ts
var OLD_MALE = [
  "SLAMET",
  "SUPARMAN",
  "SUTRISNO",
  "PAIMAN",
  "TUKIMAN",
  "KASMAN",
  "SUKARDI",
  "SUGIONO",
  "MUJIONO",
  "KARTO",
  "SAMSUL",
  "SUPARNO",
  "SUWITO",
  "SUMARNO",
  "PAIDI",
  "WAGIMAN",
  "SUKIRMAN",
  "KUSNADI",
  "RASMADI",
  "SUKADI",
  "SUYITNO",
  "SUKAMTO",
  "JUMADI",
  "MISNAN",
  "KASIADI",
  "SOEPRAPTO",
  "SOEKARDJO",
  "TASLIM",
  "MUNARI",
  "KHOLIL"
];
var OLD_FEMALE = [
  "PAINEM",
  "TUMINI",
  "SUWARNI",
  "SUMIATI",
  "SULASTRI",
  "KASIATI",
  "MUNAH",
  "SUPINAH",
  "JUMIATI",
  "SUPIATI",
  "SARINAH",
  "TUKINAH",
  "SAMINAH",
  "KASMIRAH",
  "SUMARSIH",
  "PARTINI",
  "SUKINEM",
  "MUNTIAH",
  "ROKAYAH",
  "SOENARSIH",
  "KATEMI",
  "SUTIYAH",
  "MUSRINAH",
  "LASMI",
  "JUMAIYAH",
  "SITI AMINAH",
  "SITI KHOTIJAH",
  "MASRUROH",
  "MUNIROH",
  "MUAWANAH"
];
var MID_MALE = [
  "AGUS",
  "BUDI",
  "EKO",
  "JOKO",
  "BAMBANG",
  "HADI",
  "HERI",
  "RUDI",
  "IMAM",
  "ARIF",
  "SUGENG",
  "WAHYUDI",
  "DIDIK",
  "HARIYANTO",
  "SUPRIYADI",
  "TEGUH",
  "DWI",
  "ANDI",
  "YUSUF",
  "ALI",
  "HENDRA",
  "SHOLEH",
  "KHOIRUL",
  "SYAIFUL",
  "FATHUR",
  "ZAINAL",
  "MULYONO",
  "NURHADI",
  "ACHMAD",
  "ROCHMAN",
  "SISWANTO",
  "SUSILO",
  "DJOKO",
  "ABDUL"
];
var MID_FEMALE = [
  "SRI",
  "DEWI",
  "ENDANG",
  "LILIK",
  "UMI",
  "YULI",
  "ANIK",
  "RINA",
  "WATI",
  "NUR",
  "SITI",
  "KARTINI",
  "RATNA",
  "LESTARI",
  "FITRI",
  "AISYAH",
  "NURUL",
  "KHOTIMAH",
  "IKA",
  "NOVI",
  "RAHAYU",
  "WULAN",
  "ERNAWATI",
  "YAYUK",
  "SUSANTI",
  "MASLIKHAH",
  "CHOIRIYAH",
  "LAILATUL",
  "ZULAIKHA",
  "MUFIDAH",
  "TITIK",
  "HARTATIK"
];
var NEW_MALE = [
  "RIZKY",
  "ADITYA",
  "DIMAS",
  "BAYU",
  "FAJAR",
  "ILHAM",
  "RAFI",
  "ALIF",
  "FARHAN",
  "DAFFA",
  "ARYA",
  "REZA",
  "GILANG",
  "AZKA",
  "RAFA",
  "FADIL",
  "HAIKAL",
  "NAUFAL",
  "ZIDAN",
  "KEVIN",
  "YOGA",
  "DANU",
  "FIRMAN",
  "IQBAL",
  "RAMADHAN"
];
var NEW_FEMALE = [
  "SALSABILA",
  "AULIA",
  "NABILA",
  "ZAHRA",
  "PUTRI",
  "DINDA",
  "AISYAH",
  "NAYLA",
  "KEYSHA",
  "ANISA",
  "AZZAHRA",
  "CITRA",
  "INTAN",
  "KIRANA",
  "NADIA",
  "ALYA",
  "FELISHA",
  "SYIFA",
  "RAHMA",
  "AMELIA",
  "DELLA",
  "VIRA",
  "TIARA"
];
var MALE_PREFIXES = ["MOCH.", "MUHAMMAD", "MOCHAMMAD", "MOHAMMAD", "MOH.", "M.", "MUH.", "AHMAD", "ACHMAD", "ABDUL", "ABD."];
var FEMALE_PREFIXES = ["SITI", "SITTI", "NUR", "NOER", "DEWI", "SRI"];
var MALE_SECOND = [
  "SANTOSO",
  "WIBOWO",
  "PRASETYO",
  "HIDAYAT",
  "SETIAWAN",
  "SAPUTRA",
  "PURNOMO",
  "SUSANTO",
  "KURNIAWAN",
  "HANDOKO",
  "RAHMAN",
  "HAKIM",
  "FAUZI",
  "ANWAR",
  "HASAN",
  "SHOLEH",
  "SHOLIHIN",
  "MAULANA",
  "FIRMANSYAH",
  "NUGROHO",
  "WIJAYA",
  "SUBAGYO",
  "MUSTOFA",
  "ARIFIN",
  "EFENDI",
  "HARIADI",
  "RIDWAN",
  "SAIFUDIN",
  "ZAKARIA",
  "MUCHTAR"
];
var FEMALE_SECOND = [
  "NINGSIH",
  "RAHAYU",
  "WAHYUNI",
  "LESTARI",
  "HANDAYANI",
  "SUSILOWATI",
  "FATIMAH",
  "AMINAH",
  "SAFITRI",
  "PRATIWI",
  "PUSPITASARI",
  "KUSUMAWATI",
  "MAULIDIA",
  "NURHAYATI",
  "RAHMAWATI",
  "ROHMAH",
  "KHASANAH",
  "ANGGRAENI",
  "SUSANTI",
  "WULANDARI",
  "SETYOWATI",
  "MUTMAINAH",
  "FAUZIAH",
  "ZAHROH",
  "MARFUAH"
];
function generation(birthYear) {
  if (birthYear < 1970) return "old";
  return birthYear < 1995 ? "mid" : "new";
}
function personName(rng, sex, birthYear) {
  const gen = generation(birthYear);
  const male = sex === "L";
  const given = male ? rng.pick(gen === "old" ? OLD_MALE : gen === "mid" ? MID_MALE : NEW_MALE) : rng.pick(gen === "old" ? OLD_FEMALE : gen === "mid" ? MID_FEMALE : NEW_FEMALE);
  const words = [];
  if (rng.chance(male ? 0.22 : 0.12)) words.push(rng.pick(male ? MALE_PREFIXES : FEMALE_PREFIXES));
  words.push(given);
  const seconds = gen === "old" ? rng.weighted([[0, 75], [1, 25]]) : gen === "mid" ? rng.weighted([[0, 30], [1, 60], [2, 10]]) : rng.weighted([[0, 10], [1, 60], [2, 30]]);
  for (let i = 0; i < seconds; i++) {
    const next = rng.pick(male ? MALE_SECOND : FEMALE_SECOND);
    if (!words.includes(next)) words.push(next);
  }
  return [...new Set(words.join(" ").split(" "))].join(" ");
}
var DUSUN = [
  "KRAJAN",
  "SUMBER",
  "NGASEM",
  "KARANGREJO",
  "TEGALSARI",
  "SIDOREJO",
  "PUNDEN",
  "BANARAN",
  "KEDUNGREJO",
  "GEDANGAN",
  "SUMBERSARI",
  "WONOREJO",
  "MLATEN",
  "NGEMPLAK",
  "KAUMAN",
  "KRAJAN KULON",
  "KRAJAN WETAN",
  "BALONG",
  "TANGGUL",
  "SAWAHAN"
];
var STREETS = [
  "MELATI",
  "MAWAR",
  "KENANGA",
  "DAHLIA",
  "ANGGREK",
  "CEMPAKA",
  "MERPATI",
  "RAYA DESA",
  "MASJID",
  "SEKOLAHAN",
  "KALI",
  "PAHLAWAN",
  "DIPONEGORO",
  "KARTINI",
  "MERDEKA",
  "SIMPANG TIGA",
  "PONDOK",
  "BALAI DESA",
  "PASAR",
  "PERSATUAN"
];
function villageAddress(rng) {
  return rng.chance(0.55) ? `DSN. ${rng.pick(DUSUN)}` : `JL. ${rng.pick(STREETS)} NO. ${rng.int(1, 120)}`;
}

// electron/demo/household.ts
var SHAPES = [
  ["nuclear", 63],
  ["withElder", 12],
  ["singleElder", 10],
  ["femaleHeaded", 11],
  ["elderCouple", 4]
];
function birthDateForAge(rng, today, age) {
  const year = Number(today.slice(0, 4)) - age;
  const birthday = `${year}${today.slice(4)}`;
  const anchor = birthday.endsWith("-02-29") ? `${year}-02-28` : birthday;
  return fromDays(toDays(anchor) - rng.int(0, 364));
}
function schoolOf(rng, age) {
  if (age < 4) return { level: null, inSchool: false };
  if (age <= 6) return { level: rng.chance(0.6) ? "TK/PAUD" : "BELUM SEKOLAH", inSchool: false };
  if (age <= 18) {
    if (rng.chance(age <= 15 ? 0.03 : 0.12)) return { level: "TIDAK SEKOLAH", inSchool: false };
    return { level: age <= 12 ? "SD" : age <= 15 ? "SMP" : "SMA", inSchool: true };
  }
  return { level: null, inSchool: false };
}
function disabilityOf(rng) {
  const roll = rng.next();
  if (roll < 0.012) return { disability: "DISABILITAS BERAT", severe: true };
  if (roll < 0.025) return { disability: rng.pick(["DISABILITAS FISIK", "DISABILITAS SENSORIK", "DISABILITAS MENTAL"]), severe: false };
  return { disability: null, severe: false };
}
function generateHousehold(rng, today, periodCount) {
  const shape = rng.weighted(SHAPES);
  const members = [];
  const person = (sex, age, relationship, motherName) => {
    const birthDate = birthDateForAge(rng, today, age);
    const school = schoolOf(rng, age);
    const dis = disabilityOf(rng);
    const m = {
      name: personName(rng, sex, Number(birthDate.slice(0, 4))),
      sex,
      birthDate,
      relationship,
      motherName: motherName ?? personName(rng, "P", Number(birthDate.slice(0, 4)) - rng.int(20, 35)),
      disability: dis.disability,
      severeDisability: dis.severe,
      schoolLevel: school.level,
      inSchool: school.inSchool,
      isPengurus: false,
      bornElsewhere: age >= 17 && rng.chance(0.1)
    };
    members.push(m);
    return m;
  };
  let mother = null;
  if (shape === "singleElder") {
    const head = person(rng.chance(0.7) ? "P" : "L", rng.int(62, 92), "KEPALA KELUARGA");
    head.isPengurus = true;
    if (rng.chance(0.25)) person(rng.chance(0.5) ? "L" : "P", rng.int(4, 16), "CUCU");
  } else if (shape === "elderCouple") {
    const age = rng.int(62, 85);
    person("L", age, "KEPALA KELUARGA");
    const wife = person("P", Math.max(58, age - rng.int(0, 8)), "ISTRI");
    wife.isPengurus = true;
  } else {
    const femaleHeaded = shape === "femaleHeaded";
    const motherAge = rng.int(femaleHeaded ? 26 : 21, femaleHeaded ? 58 : 52);
    if (femaleHeaded) {
      mother = person("P", motherAge, "KEPALA KELUARGA");
    } else {
      person("L", Math.min(75, motherAge + rng.int(-2, 8)), "KEPALA KELUARGA");
      mother = person("P", motherAge, "ISTRI");
    }
    mother.isPengurus = true;
    const wanted = rng.weighted([[0, 4], [1, 14], [2, 30], [3, 28], [4, 16], [5, 8]]);
    let childAge = motherAge - rng.int(19, 28);
    for (let i = 0; i < wanted && childAge >= 0; i++) {
      if (childAge <= 27) person(rng.chance(0.51) ? "L" : "P", childAge, "ANAK", mother.name);
      childAge -= rng.int(2, 5);
    }
    if (shape === "withElder") person(rng.chance(0.7) ? "P" : "L", rng.int(63, 94), rng.pick(["ORANG TUA", "MERTUA"]));
  }
  const pregnantInPeriods = [];
  if (mother && ageOn(mother.birthDate, today) <= 40 && rng.chance(0.08) && periodCount > 0) {
    const start = rng.int(0, periodCount - 1);
    for (let p = start; p < Math.min(periodCount, start + 3); p++) pregnantInPeriods.push(p);
  }
  return { members, pregnantInPeriods };
}
function kkIssueDate(rng, members, today) {
  const youngest = members.reduce((latest, m) => m.birthDate > latest ? m.birthDate : latest, "2006-01-01");
  const from = toDays(addDays(youngest, 14));
  const to = toDays(today);
  return from >= to ? today : fromDays(rng.int(from, to));
}

// electron/demo/random.ts
var Random = class {
  state;
  constructor(seed) {
    this.state = seed >>> 0;
  }
  /** A float in [0, 1). */
  next() {
    this.state = this.state + 1831565813 >>> 0;
    let t2 = this.state;
    t2 = Math.imul(t2 ^ t2 >>> 15, t2 | 1);
    t2 ^= t2 + Math.imul(t2 ^ t2 >>> 7, t2 | 61);
    return ((t2 ^ t2 >>> 14) >>> 0) / 4294967296;
  }
  /** An integer in [min, max], both included. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    if (list.length === 0) throw new Error("pick from an empty list");
    return list[Math.floor(this.next() * list.length)];
  }
  /** One of the keys, with the given relative weights. */
  weighted(weights) {
    const total = weights.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [key, w] of weights) {
      roll -= w;
      if (roll < 0) return key;
    }
    return weights[weights.length - 1][0];
  }
};

// electron/demo/generate.ts
var REASON_START = "Penetapan KPM (data contoh)";
var EXIT_REASONS = {
  graduasi_alamiah: ["Tidak ada lagi komponen yang memenuhi syarat"],
  graduasi_sejahtera_mandiri: ["Ekonomi keluarga membaik", "Penghasilan di atas UMK", "Menjadi ASN/TNI/Polri/BUMN", "Kepesertaan lebih dari 5 tahun"],
  meninggal: ["Meninggal dunia"],
  pindah: ["Pindah domisili ke luar kabupaten/kota", "Pindah ke desa lain, KK baru"],
  mengundurkan_diri: ["Mengundurkan diri atas kemauan sendiri"],
  tidak_eligible: ["Hasil verifikasi: tidak memenuhi kriteria", "Desil di atas batas program"],
  ditangguhkan: ["Tidak memenuhi komitmen kehadiran", "Rekening tidak aktif"]
};
function inBand(program, desil2, fallbackMax) {
  const min = program.desilMin ?? 1;
  const max = program.desilMax ?? fallbackMax;
  return desil2 >= min && desil2 <= max;
}
function* generateFamilies(setting, seed, count, ids) {
  const rng = new Random(seed);
  const starts = setting.periods.map((p) => periodStart(parsePeriod(p)));
  const ends = setting.periods.map((p) => minDate(periodEnd(parsePeriod(p)), setting.today));
  const last = setting.periods.length;
  const dtksBase = rng.int(1e5, 899999);
  const dayIn = (i, maxOffset = 75) => {
    const from = toDays(starts[i]);
    return fromDays(from + rng.int(0, Math.max(0, Math.min(maxOffset, toDays(ends[i]) - from))));
  };
  const exit = (i, status) => ({
    status,
    date: dayIn(i),
    reason: rng.pick(EXIT_REASONS[status])
  });
  for (let n = 0; n < count; n++) {
    const kec = rng.pick(setting.kecamatan);
    const village = rng.pick(kec.villages);
    const household = generateHousehold(rng, setting.today, last);
    const desil2 = rng.weighted([[1, 22], [2, 21], [3, 18], [4, 15], [5, 11], [6, 5], [7, 3], [8, 2], [9, 2], [10, 1]]);
    const members = household.members.map((m) => toMember(rng, m, kec, setting, ids.nik));
    const family = {
      kk: ids.kk.kk(kec.code, kkIssueDate(rng, household.members, setting.today)),
      address: villageAddress(rng),
      rt: String(rng.int(1, 15)).padStart(3, "0"),
      rw: String(rng.int(1, 8)).padStart(3, "0"),
      kecamatanCode: kec.code,
      desaCode: village.code,
      dtksId: `${village.code.replace(/\./g, "")}${String(dtksBase + n).padStart(7, "0")}`,
      desil: desil2,
      desilAsOf: starts[Math.max(0, last - 1 - rng.int(0, 1))] ?? setting.today
    };
    const join5 = rng.chance(0.86) || last < 2 ? 0 : rng.int(1, last - 1);
    let familyEnd = last;
    let familyEvent = null;
    const singleElder = members.length <= 2 && household.members[0].relationship === "KEPALA KELUARGA" && ageOn(members[0].birthDate, setting.today) >= 62;
    if (join5 + 1 < last && rng.chance(singleElder ? 0.08 : 0.025)) {
      familyEnd = rng.int(join5 + 1, last - 1);
      familyEvent = exit(familyEnd, singleElder ? "meninggal" : "pindah");
    }
    const enrolledOn = (program, bornOn) => {
      if (join5 > 0) return dayIn(join5, 20);
      const earliest = maxDate(maxDate(program.activeFrom, "2015-01-01"), bornOn ? addDays(bornOn, 30) : "2015-01-01");
      const latest = addDays(starts[0], -1);
      return earliest >= latest ? starts[0] : fromDays(rng.int(toDays(earliest), toDays(latest)));
    };
    const base = () => ({ join: join5, end: familyEnd, endEvent: familyEvent });
    const enrollments = [];
    const { pkh, sembako, pbi, pkhPlus } = setting.programs;
    if (pkh && inBand(pkh, desil2, 4) && rng.chance(0.8)) {
      const counts = starts.map((s, i) => componentCounts(household.members, s, household.pregnantInPeriods.includes(i)));
      if (componentTotal(counts[join5]) > 0) {
        const plan = base();
        for (let i = join5 + 1; i < plan.end; i++) {
          if (componentTotal(counts[i]) === 0) {
            plan.end = i;
            plan.endEvent = exit(i, "graduasi_alamiah");
          } else if (rng.chance(0.02)) {
            plan.end = i;
            plan.endEvent = exit(i, rng.weighted([["graduasi_sejahtera_mandiri", 6], ["mengundurkan_diri", 1], ["tidak_eligible", 2]]));
          }
          if (plan.end === i) break;
        }
        enrollments.push(timeline(pkh, null, plan, enrolledOn(pkh, null), (i) => counts[i], 0.025));
      }
    }
    if (sembako && inBand(sembako, desil2, 5) && rng.chance(0.78)) {
      const plan = base();
      for (let i = join5 + 1; i < plan.end; i++) {
        if (rng.chance(0.012)) {
          plan.end = i;
          plan.endEvent = exit(i, rng.weighted([["tidak_eligible", 3], ["graduasi_sejahtera_mandiri", 2]]));
          break;
        }
      }
      enrollments.push(timeline(sembako, null, plan, enrolledOn(sembako, null), () => null, 0));
    }
    if (pbi && inBand(pbi, desil2, 5) && rng.chance(0.6)) {
      members.forEach((m, index) => {
        const first = starts.findIndex((s, i) => i >= join5 && s >= m.birthDate);
        if (first < 0 || first >= familyEnd) return;
        const endEvent = familyEvent?.status === "meninggal" && index > 0 ? { ...familyEvent, status: "pindah", reason: "Pindah KK setelah kepala keluarga meninggal" } : familyEvent;
        const plan = { join: first, end: familyEnd, endEvent };
        enrollments.push(timeline(pbi, index, plan, first === 0 ? enrolledOn(pbi, m.birthDate) : dayIn(first, 20), () => null, 0));
      });
    }
    if (pkhPlus && inBand(pkhPlus, desil2, 5) && members.some((m) => ageOn(m.birthDate, starts[join5]) >= 70) && rng.chance(0.6)) {
      enrollments.push(timeline(pkhPlus, null, base(), enrolledOn(pkhPlus, null), () => null, 0));
    }
    yield { family, members, enrollments };
  }
  function timeline(program, memberIndex, plan, enrolledOn, counts, suspend) {
    const events = [{ status: "aktif", date: enrolledOn, reason: REASON_START }];
    const periods = [];
    let resumed = -1;
    for (let i = plan.join; i < plan.end; i++) {
      if (i > plan.join && i + 1 < plan.end && i !== resumed && rng.chance(suspend)) {
        events.push({ status: "ditangguhkan", date: dayIn(i, 10), reason: rng.pick(EXIT_REASONS.ditangguhkan) });
        events.push({ status: "aktif", date: dayIn(i + 1, 10), reason: "Komitmen dipenuhi kembali" });
        resumed = i + 1;
        continue;
      }
      const c = counts(i);
      periods.push({ period: setting.periods[i], nominal: tahapNominal(program.benefit, starts[i], c), components: c });
    }
    if (plan.endEvent) events.push(plan.endEvent);
    return { program, memberIndex, events, periods };
  }
}
function toMember(rng, m, kec, setting, nik) {
  let region = kec.code;
  if (m.bornElsewhere && setting.foreignKecamatan.length > 0) region = rng.pick(setting.foreignKecamatan);
  else if (rng.chance(0.15)) region = rng.pick(setting.kecamatan).code;
  return {
    nik: nik.nik(region, m.birthDate, m.sex),
    name: m.name,
    sex: m.sex,
    birthPlace: m.bornElsewhere && setting.otherPlaces.length > 0 ? rng.pick(setting.otherPlaces) : setting.homePlace,
    birthDate: m.birthDate,
    relationship: m.relationship,
    motherName: m.motherName,
    disability: m.disability,
    schoolLevel: m.schoolLevel,
    isPengurus: m.isPengurus
  };
}

// electron/demo/identity.ts
var IdentityAllocator = class {
  constructor(isTaken = () => false) {
    this.isTaken = isTaken;
  }
  isTaken;
  last = /* @__PURE__ */ new Map();
  /** `kecamatanCode` like `35.15.14`; `birthDate` ISO. */
  nik(kecamatanCode, birthDate, sex) {
    const day = Number(birthDate.slice(8, 10)) + (sex === "P" ? 40 : 0);
    return this.next(`${digits(kecamatanCode)}${pad22(day)}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}`);
  }
  /** A KK issued in `kecamatanCode` on `issueDate` (ISO). */
  kk(kecamatanCode, issueDate) {
    return this.next(`${digits(kecamatanCode)}${issueDate.slice(8, 10)}${issueDate.slice(5, 7)}${issueDate.slice(2, 4)}`);
  }
  next(prefix) {
    let serial = this.last.get(prefix) ?? 0;
    for (; ; ) {
      serial += 1;
      if (serial > 9999) throw new Error(`no serial left for ${prefix}`);
      const id4 = `${prefix}${String(serial).padStart(4, "0")}`;
      if (!this.isTaken(id4)) {
        this.last.set(prefix, serial);
        return id4;
      }
    }
  }
};
function digits(code) {
  return code.replace(/\./g, "");
}
function pad22(n) {
  return String(n).padStart(2, "0");
}

// electron/demo/setting.ts
var DEMO_PERIODS = 4;
function lastPeriods(today, count) {
  const periods = [periodOfDate(today)];
  while (periods.length < count) periods.unshift(previousPeriod(periods[0]));
  return periods.map(formatPeriodCode);
}
function officeKecamatan(ctx) {
  const rows = ctx.db.prepare(
    `SELECT k.code AS kCode, k.name AS kName, d.code AS dCode, d.name AS dName
       FROM regions k JOIN regions d ON d.parent_code = k.code
       WHERE k.level = 'kecamatan' AND d.level = 'desa' ORDER BY k.code, d.code`
  ).all();
  const byCode = /* @__PURE__ */ new Map();
  for (const r2 of rows) {
    let k = byCode.get(r2.kCode);
    if (!k) byCode.set(r2.kCode, k = { code: r2.kCode, name: r2.kName, villages: [] });
    k.villages.push({ code: r2.dCode, name: r2.dName });
  }
  return [...byCode.values()];
}
function demoProgram(ctx, code) {
  const summary = listPrograms(ctx, { includeInactive: false }).find((p2) => p2.code === code);
  if (!summary) return null;
  const p = getProgram(ctx, summary.id);
  return { id: p.id, code: p.code, benefit: p.benefit, desilMin: p.desilMin, desilMax: p.desilMax, activeFrom: p.activeFrom };
}
function readDemoSetting(ctx, catalog) {
  const office = readOfficeSettings(ctx);
  const today = todayIso(ctx.now());
  const provinceCode = office.regencyCode.slice(0, 2);
  const neighbours = catalog.regencies(provinceCode).filter((r2) => r2.code !== office.regencyCode);
  const programs = {
    pkh: demoProgram(ctx, "PKH"),
    sembako: demoProgram(ctx, "SEMBAKO"),
    pbi: demoProgram(ctx, "PBI-JK"),
    pkhPlus: demoProgram(ctx, "PKH-PLUS")
  };
  return {
    today,
    periods: lastPeriods(today, DEMO_PERIODS),
    kecamatan: officeKecamatan(ctx),
    // The nearest codes stand in for "elsewhere": enough variety without reading the whole country.
    foreignKecamatan: neighbours.slice(0, 6).flatMap((r2) => catalog.districts(r2.code).map((d) => d.code)),
    homePlace: regencyPlaceName(office.regencyName).toUpperCase(),
    otherPlaces: neighbours.map((r2) => regencyPlaceName(r2.name).toUpperCase()),
    programs
  };
}

// electron/demo/bulk.ts
var DemoBulkWriter = class {
  counts = { families: 0, members: 0, enrollments: 0, periodRows: 0 };
  now;
  actor;
  stmts;
  constructor(ctx) {
    this.now = ctx.now().toISOString();
    this.actor = ctx.actor;
    const db = ctx.db;
    this.stmts = {
      family: db.prepare(
        `INSERT INTO families (kk, address, rt, rw, kecamatan_code, desa_code, dtks_id, desil, desil_as_of, is_demo, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`
      ),
      member: db.prepare(
        `INSERT INTO members (family_id, nik, name, name_key, sex, birth_place, birth_date, relationship, mother_name, disability,
           school_level, is_pengurus, is_demo, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`
      ),
      enrollment: db.prepare(
        `INSERT INTO enrollments (program_id, family_id, member_key, status, status_date, enrolled_on, batch_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)`
      ),
      history: db.prepare(
        `INSERT INTO enrollment_status_history (enrollment_id, status, status_date, reason, actor, at, batch_id)
         VALUES (?, ?, ?, ?, ?, ?, NULL)`
      ),
      period: db.prepare("INSERT INTO enrollment_periods (enrollment_id, period, nominal, components_json, batch_id) VALUES (?, ?, ?, ?, NULL)")
    };
  }
  write(families) {
    const { now, actor, stmts } = this;
    for (const f of families) {
      const r2 = f.family;
      const familyId = Number(
        stmts.family.run(r2.kk, r2.address, r2.rt, r2.rw, r2.kecamatanCode, r2.desaCode, r2.dtksId, r2.desil, r2.desilAsOf, now, now).lastInsertRowid
      );
      const memberIds = f.members.map(
        (m) => Number(
          stmts.member.run(
            familyId,
            m.nik,
            m.name,
            nameKey(m.name),
            m.sex,
            m.birthPlace,
            m.birthDate,
            m.relationship,
            m.motherName,
            m.disability,
            m.schoolLevel,
            m.isPengurus ? 1 : 0,
            now,
            now
          ).lastInsertRowid
        )
      );
      for (const e of f.enrollments) {
        const first = e.events[0];
        const latest = e.events[e.events.length - 1];
        const memberKey = e.memberIndex === null ? 0 : memberIds[e.memberIndex];
        const id4 = Number(stmts.enrollment.run(e.program.id, familyId, memberKey, latest.status, latest.date, first.date, now, now).lastInsertRowid);
        for (const ev of e.events) stmts.history.run(id4, ev.status, ev.date, ev.reason, actor, now);
        for (const p of e.periods) stmts.period.run(id4, p.period, p.nominal, p.components === null ? null : JSON.stringify(p.components));
        this.counts.periodRows += e.periods.length;
      }
      this.counts.families += 1;
      this.counts.members += f.members.length;
      this.counts.enrollments += f.enrollments.length;
    }
  }
};

// electron/demo/service.ts
var DEFAULT_DEMO_SEED = 1;
var CHUNK2 = 1e3;
var busy = /* @__PURE__ */ new WeakSet();
function demoStatus(ctx) {
  return ctx.db.prepare(
    `SELECT (SELECT count(*) FROM families WHERE is_demo = 1) AS families,
              (SELECT count(*) FROM members WHERE is_demo = 1) AS members`
  ).get();
}
var nextTurn = () => new Promise((resolve) => setImmediate(resolve));
async function inOneTransaction(db, work) {
  if (busy.has(db)) throw new AppError("DEMO_BUSY");
  busy.add(db);
  try {
    db.exec("BEGIN IMMEDIATE");
    try {
      const result = await work();
      db.exec("COMMIT");
      return result;
    } catch (err) {
      if (db.inTransaction) db.exec("ROLLBACK");
      throw err;
    }
  } finally {
    busy.delete(db);
  }
}
async function loadDemo(ctx, catalog, options) {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const setting = readDemoSetting(ctx, catalog);
  if (setting.kecamatan.length === 0) throw new AppError("SETUP_REQUIRED");
  if (demoStatus(ctx).families > 0) throw new AppError("DEMO_PRESENT");
  return inOneTransaction(ctx.db, async () => {
    const nikTaken = ctx.db.prepare("SELECT 1 FROM members WHERE nik = ?").pluck();
    const kkTaken = ctx.db.prepare("SELECT 1 FROM families WHERE kk = ?").pluck();
    const ids = {
      nik: new IdentityAllocator((nik) => nikTaken.get(nik) !== void 0),
      kk: new IdentityAllocator((kk) => kkTaken.get(kk) !== void 0)
    };
    const writer = new DemoBulkWriter(ctx);
    let chunk = [];
    let done = 0;
    options.onProgress?.(0, options.families);
    for (const family of generateFamilies(setting, seed, options.families, ids)) {
      chunk.push(family);
      if (chunk.length < CHUNK2) continue;
      writer.write(chunk);
      done += chunk.length;
      chunk = [];
      options.onProgress?.(done, options.families);
      await nextTurn();
    }
    writer.write(chunk);
    options.onProgress?.(options.families, options.families);
    const result = {
      ...writer.counts,
      periods: [...setting.periods],
      seed,
      seconds: Math.round((performance.now() - started) / 100) / 10
    };
    recordAudit(ctx, {
      action: "demo_load",
      entity: "demo",
      entityId: seed,
      before: null,
      after: { families: result.families, members: result.members, enrollments: result.enrollments, periodRows: result.periodRows, periods: result.periods, seed }
    });
    return result;
  });
}
async function removeDemo(ctx, options = {}) {
  const db = ctx.db;
  return inOneTransaction(db, async () => {
    const before = demoStatus(ctx);
    const familyIds = db.prepare(
      `SELECT id FROM families f WHERE is_demo = 1
         AND NOT EXISTS (SELECT 1 FROM members m WHERE m.family_id = f.id AND m.is_demo = 0)`
    ).pluck().all();
    const enrollments = db.prepare(
      `SELECT count(*) FROM enrollments e JOIN families f ON f.id = e.family_id WHERE f.is_demo = 1
         AND NOT EXISTS (SELECT 1 FROM members m WHERE m.family_id = f.id AND m.is_demo = 0)`
    ).pluck().get();
    const deleteFamily = db.prepare("DELETE FROM families WHERE id = ?");
    options.onProgress?.(0, familyIds.length);
    for (let i = 0; i < familyIds.length; i++) {
      deleteFamily.run(familyIds[i]);
      if ((i + 1) % CHUNK2 === 0) {
        options.onProgress?.(i + 1, familyIds.length);
        await nextTurn();
      }
    }
    const stray = db.prepare("SELECT id, family_id AS familyId FROM members WHERE is_demo = 1").all();
    const deleteOwnEnrollments = db.prepare("DELETE FROM enrollments WHERE family_id = ? AND member_key = ?");
    const deleteMember = db.prepare("DELETE FROM members WHERE id = ?");
    for (const m of stray) {
      deleteOwnEnrollments.run(m.familyId, m.id);
      deleteMember.run(m.id);
    }
    const kept = db.prepare("UPDATE families SET is_demo = 0, updated_at = ? WHERE is_demo = 1").run(ctx.now().toISOString()).changes;
    options.onProgress?.(familyIds.length, familyIds.length);
    const result = { families: before.families - kept, members: before.members, enrollments, keptFamilies: kept };
    recordAudit(ctx, { action: "demo_remove", entity: "demo", entityId: "all", before, after: result });
    return result;
  });
}

// electron/demo/handlers.ts
function progressOf(app2, taskId2, label) {
  return (done, total) => app2.emit("task.progress", { taskId: taskId2, label, done, total });
}
var demoHandlers = {
  "demo.status": (app2) => demoStatus(serviceContext(app2)),
  "demo.load": (app2, { families, seed, taskId: taskId2 }) => loadDemo(serviceContext(app2), app2.regions, {
    families,
    ...seed === void 0 ? {} : { seed },
    onProgress: progressOf(app2, taskId2, "demo.load")
  }),
  "demo.remove": (app2, { taskId: taskId2 }) => removeDemo(serviceContext(app2), { onProgress: progressOf(app2, taskId2, "demo.remove") })
};

// electron/ipc/handlers.ts
var handlers = {
  ...appHandlers,
  ...regionsHandlers,
  ...settingsHandlers,
  ...programsHandlers,
  ...backupsHandlers,
  ...beneficiariesHandlers,
  ...importsHandlers,
  ...demoHandlers
};

// electron/regions/catalog.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname as dirname2, join as join3 } from "node:path";
function dataDir() {
  const require2 = createRequire(import.meta.url);
  return join3(dirname2(require2.resolve("idn-area-data/package.json")), "data");
}
function load(name) {
  return parseCsvRecords(readFileSync(join3(dataDir(), `${name}.csv`), "utf8"));
}
function byName(a, b) {
  return a.name.localeCompare(b.name, "id");
}
function createRegionCatalog() {
  let provinces = null;
  let regencies = null;
  let districts = null;
  let villages = null;
  const allProvinces = () => provinces ??= load("provinces").map((r2) => ({ code: r2.code, name: r2.name }));
  const allRegencies = () => regencies ??= load("regencies").map((r2) => ({ code: r2.code, name: r2.name, provinceCode: r2.province_code }));
  const allDistricts = () => districts ??= load("districts").map((r2) => ({ code: r2.code, name: r2.name, regencyCode: r2.regency_code }));
  const allVillages = () => villages ??= load("villages").map((r2) => ({ code: r2.code, name: r2.name, districtCode: r2.district_code }));
  return {
    provinces() {
      const list = [...allProvinces()].sort(byName);
      const home = list.findIndex((p) => p.code === HOME_PROVINCE_CODE);
      if (home > 0) list.unshift(...list.splice(home, 1));
      return list;
    },
    regencies(provinceCode) {
      return allRegencies().filter((r2) => r2.provinceCode === provinceCode).map(({ code, name }) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code));
    },
    regency(code) {
      const r2 = allRegencies().find((x) => x.code === code);
      if (!r2) return null;
      const province = allProvinces().find((p) => p.code === r2.provinceCode);
      return { code: r2.code, name: r2.name, provinceName: province?.name ?? "" };
    },
    districts(regencyCode) {
      return allDistricts().filter((d) => d.regencyCode === regencyCode).map(({ code, name }) => ({ code, name })).sort(byName);
    },
    villages(regencyCode) {
      const prefix = `${regencyCode}.`;
      return allVillages().filter((v) => v.code.startsWith(prefix));
    }
  };
}

// package.json
var package_default = {
  name: "sidampak",
  productName: "Sidampak",
  version: "0.1.0",
  private: true,
  description: "Sidampak: Sistem Informasi Dampak Bantuan Sosial, aplikasi desktop untuk Dinas Sosial kabupaten/kota",
  author: "Sidampak",
  license: "UNLICENSED",
  type: "module",
  main: "dist/main/main.mjs",
  bin: {
    sidampak: "electron/cli/bin.mjs"
  },
  dependencies: {
    "better-sqlite3": "^13.2.0",
    exceljs: "^4.4.0",
    "idn-area-data": "^4.0.1",
    zod: "^4.6.7"
  },
  devDependencies: {
    "@eslint/js": "^9.39.5",
    "@playwright/test": "^1.65.1",
    "@types/better-sqlite3": "^9.6.0",
    "@types/node": "^22.20.5",
    "@types/react": "^19.3.0",
    "@types/react-dom": "^19.3.0",
    "chart.js": "^4.6.1",
    electron: "^39.8.10",
    "electron-builder": "^26.17.0",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    globals: "^17.14.0",
    node: "^22.23.3",
    "playwright-core": "^1.65.1",
    react: "^19.3.1",
    "react-dom": "^19.3.1",
    typescript: "~5.9.3",
    "typescript-eslint": "^8.73.0",
    vite: "^7.3.8",
    vitest: "^4.1.12",
    zustand: "^5.1.0"
  },
  allowScripts: {
    node: true,
    electron: true,
    "better-sqlite3": false,
    esbuild: false,
    "electron-winstaller": false
  },
  scripts: {
    start: "npm run build && electron .",
    build: "npm run build:node && npm run build:renderer",
    "build:node": "node electron/scripts/build.mjs",
    "build:renderer": "vite build --config renderer/vite.config.ts",
    prepare: "node electron/scripts/build.mjs",
    typecheck: "tsc -p .",
    lint: "eslint .",
    "test:unit": "vitest run --config test/vitest.config.ts",
    "test:e2e": "playwright test --config test/playwright.config.ts",
    test: "npm run build && npm run typecheck && npm run lint && npm run test:unit && npm run test:e2e",
    bench: "npm run build:node && node dist/bench/bench.mjs",
    harness: "npm run build && node dist/harness/run.mjs",
    dist: "npm run build && electron-builder --config electron-builder.yml"
  }
};

// electron/app/create.ts
function osUserName() {
  try {
    return userInfo().username || "pengguna";
  } catch {
    return "pengguna";
  }
}
function createApp(options) {
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const database = AppDatabase.open({ file: options.dbFile, backupDir: options.backupDir, now });
  const ctx = {
    database,
    regions: options.regions ?? createRegionCatalog(),
    dialogs: options.dialogs ?? NO_DIALOGS,
    actor: options.actor ?? osUserName(),
    version: package_default.version,
    now,
    emit: options.emit ?? (() => {
    })
  };
  const dispatch = createDispatcher(ctx, {
    handlers,
    isTrustedSender: options.isTrustedSender ?? (() => false),
    locale: (c) => readLocale(serviceContext(c)),
    log: (message, err) => console.error(message, err)
  });
  return { ctx, dispatch, close: () => database.close() };
}

// test/support/temp-app.ts
function tempApp(options = {}) {
  const dir = options.dir ?? mkdtempSync(join4(tmpdir(), "sidampak-test-"));
  const dbFile = join4(dir, "sidampak.db");
  const backupDir = join4(dir, "backups");
  let now = /* @__PURE__ */ new Date("2024-09-30T08:00:00");
  const app2 = createApp({ dbFile, backupDir, actor: "penguji", now: () => now, ...options });
  return {
    ...app2,
    dir,
    dbFile,
    backupDir,
    svc: () => serviceContext(app2.ctx),
    setNow: (d) => {
      now = d;
    },
    dispose: () => {
      app2.close();
      if (!options.dir) rmSync3(dir, { recursive: true, force: true });
    }
  };
}
var SIDOARJO_PROFILE = {
  officeName: "Dinas Sosial Kabupaten Sidoarjo",
  address: "Jl. Raya Candi No. 1, Sidoarjo",
  phone: "(031) 8941234",
  email: "dinsos@sidoarjokab.go.id",
  emblem: null,
  headName: "Drs. Bambang Setiawan, M.Si.",
  headRank: "Pembina Utama Muda (IV/c)",
  headNip: "19680411 199303 1 009",
  placeName: "Sidoarjo"
};

// ../../tmp/pbench/bench2.ts
var file = process.argv[2];
var bareFile = process.argv[3];
var t;
if (bareFile) {
  t = performance.now();
  let rows = 0;
  const reader = new ExcelJS4.stream.xlsx.WorkbookReader(bareFile, { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore" });
  for await (const ws of reader) for await (const row of ws) {
    void row.values;
    rows++;
  }
  console.log("bare", Math.round(performance.now() - t), "ms", rows);
}
var app = tempApp();
completeSetup(app.svc(), app.ctx.regions, "35.15", SIDOARJO_PROFILE);
t = performance.now();
var ins = process.env.SKIP_INSPECT ? { sheets: [] } : await inspectFile(file);
console.log("inspect", Math.round(performance.now() - t), "ms", JSON.stringify(ins.sheets));
var peak = process.memoryUsage().rss;
var timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);
t = performance.now();
var r = await parseImport(app.svc(), { filePath: file, sheet: null, mapping: null });
var full = performance.now() - t;
clearInterval(timer);
console.log("parse", Math.round(full), "ms rows", r.rowsSeen, r.rows.length, "issues", r.issues.length, "peak rss MB", Math.round(peak / 1e6), "heap MB", Math.round(process.memoryUsage().heapUsed / 1e6));
globalThis.gc?.();
console.log("retained heap MB", Math.round(process.memoryUsage().heapUsed / 1e6), r.rows.length);
app.dispose();
