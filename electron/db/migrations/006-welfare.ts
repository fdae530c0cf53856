import type { Migration } from './types';

/**
 * Welfare assessments: indicators (with the direction of "better"), survey waves (baseline and
 * follow-ups, dated) and the values measured per family (No. KK) or member (NIK) in each wave.
 * The indicators DOMAIN.md lists ship built in; an office may add its own.
 */
export const migration006: Migration = {
  version: 6,
  name: 'welfare',
  sql: `
    CREATE TABLE indicators (
      code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 2 AND 30 AND NOT code GLOB '*[^A-Z0-9_]*'),
      name TEXT NOT NULL,
      unit TEXT NOT NULL,
      better TEXT NOT NULL CHECK (better IN ('up', 'down')),
      -- 'family': measured per KK (consumption per capita); 'member': per NIK (a child's schooling).
      level TEXT NOT NULL CHECK (level IN ('family', 'member')),
      description TEXT NOT NULL DEFAULT '',
      is_builtin INTEGER NOT NULL DEFAULT 0 CHECK (is_builtin IN (0, 1)),
      created_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO indicators (code, name, unit, better, level, description, is_builtin, created_at) VALUES
      ('SEKOLAH_7_15', 'Anak 7–15 tahun bersekolah', '1 = bersekolah, 0 = tidak', 'up', 'member', 'Rata-ratanya adalah angka partisipasi sekolah.', 1, '2024-01-01T00:00:00.000Z'),
      ('SEKOLAH_16_18', 'Anak 16–18 tahun bersekolah', '1 = bersekolah, 0 = tidak', 'up', 'member', '', 1, '2024-01-01T00:00:00.000Z'),
      ('ANC', 'Kunjungan pemeriksaan kehamilan (ANC)', 'kunjungan', 'up', 'member', '', 1, '2024-01-01T00:00:00.000Z'),
      ('PERSALINAN_FASKES', 'Persalinan di fasilitas kesehatan', '1 = ya, 0 = tidak', 'up', 'member', '', 1, '2024-01-01T00:00:00.000Z'),
      ('IMUNISASI_LENGKAP', 'Imunisasi dasar lengkap', '1 = lengkap, 0 = tidak', 'up', 'member', '', 1, '2024-01-01T00:00:00.000Z'),
      ('STUNTING', 'Balita stunting', '1 = stunting, 0 = tidak', 'down', 'member', 'Rata-ratanya adalah prevalensi stunting.', 1, '2024-01-01T00:00:00.000Z'),
      ('KONSUMSI_KAPITA', 'Pengeluaran konsumsi per kapita per bulan', 'Rp/kapita/bulan', 'up', 'family', '', 1, '2024-01-01T00:00:00.000Z'),
      ('PORSI_PANGAN', 'Porsi pengeluaran pangan', '%', 'down', 'family', '', 1, '2024-01-01T00:00:00.000Z'),
      ('DESIL', 'Desil kesejahteraan (DTSEN)', 'desil 1–10', 'up', 'family', 'Desil yang lebih tinggi berarti peringkat kesejahteraan yang lebih baik.', 1, '2024-01-01T00:00:00.000Z');

    CREATE TABLE survey_waves (
      id INTEGER PRIMARY KEY,
      -- What a clerk types on the command line: BASELINE-2023, SUSULAN-2024.
      code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 40 AND NOT code GLOB '*[^A-Z0-9_-]*'),
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('baseline', 'followup')),
      -- The wave's reference date: program status is read as of this day.
      held_on TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL
    ) STRICT;

    CREATE TABLE survey_values (
      wave_id INTEGER NOT NULL REFERENCES survey_waves (id) ON DELETE CASCADE,
      indicator_code TEXT NOT NULL REFERENCES indicators (code),
      family_id INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,
      -- 0 for a family-level indicator, else the member's id (as enrollments.member_key).
      member_key INTEGER NOT NULL DEFAULT 0,
      value REAL NOT NULL,
      observed_on TEXT,
      batch_id INTEGER REFERENCES import_batches (id),
      PRIMARY KEY (wave_id, indicator_code, family_id, member_key)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX survey_values_batch ON survey_values (batch_id) WHERE batch_id IS NOT NULL;
  `,
};
