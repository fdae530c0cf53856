import type { Migration } from './types';

/**
 * The beneficiary register: families (KK) and members (NIK), enrollments in programs with a dated
 * status history and per-period (tahap) rows, import batches with what each changed (for undo),
 * saved column-mapping profiles, and FTS5 over member names.
 */
export const migration003: Migration = {
  version: 3,
  name: 'register',
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
    -- While a row is here, members with an id above above_id stay out of members_fts: an import
    -- indexes its new members in one INSERT … SELECT at the end of its transaction (FTS5 takes them
    -- about ten times faster than one trigger call per row). Every other writer leaves it empty.
    CREATE TABLE members_fts_deferred (above_id INTEGER NOT NULL) STRICT;
    CREATE TRIGGER members_fts_insert AFTER INSERT ON members
    WHEN NOT EXISTS (SELECT 1 FROM members_fts_deferred WHERE new.id > above_id) BEGIN
      INSERT INTO members_fts (rowid, name_key) VALUES (new.id, new.name_key);
    END;
    CREATE TRIGGER members_fts_delete AFTER DELETE ON members
    WHEN NOT EXISTS (SELECT 1 FROM members_fts_deferred WHERE old.id > above_id) BEGIN
      INSERT INTO members_fts (members_fts, rowid, name_key) VALUES ('delete', old.id, old.name_key);
    END;
    CREATE TRIGGER members_fts_update AFTER UPDATE OF name_key ON members
    WHEN NOT EXISTS (SELECT 1 FROM members_fts_deferred WHERE old.id > above_id) BEGIN
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
  `,
};
