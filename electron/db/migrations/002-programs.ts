import type { Migration } from './types';

/** The program register: programs, their components, dated amounts and kecamatan quotas. */
export const migration002: Migration = {
  version: 2,
  name: 'programs',
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
  `,
};
