import type { Migration } from './types';

/**
 * BPS poverty statistics per area and period (March/September), with the Jawa Timur series of
 * DOMAIN.md shipped as reference data. An imported table replaces a reference figure of the same
 * area and period (the office's copy is the newer publication).
 */
export const migration005: Migration = {
  version: 5,
  name: 'poverty',
  sql: `
    CREATE TABLE poverty_stats (
      area_code TEXT NOT NULL CHECK (area_code GLOB '[0-9][0-9]' OR area_code GLOB '[0-9][0-9].[0-9][0-9]' OR area_code GLOB '[0-9][0-9].[0-9][0-9].[0-9][0-9]'),
      area_level TEXT NOT NULL CHECK (area_level IN ('provinsi', 'kabkota', 'kecamatan')),
      area_name TEXT NOT NULL,
      period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-03' OR period GLOB '[0-9][0-9][0-9][0-9]-09'),
      p0 REAL CHECK (p0 IS NULL OR p0 BETWEEN 0 AND 100),
      poor INTEGER CHECK (poor IS NULL OR poor >= 0),
      poverty_line INTEGER CHECK (poverty_line IS NULL OR poverty_line >= 0),
      p1 REAL CHECK (p1 IS NULL OR p1 >= 0),
      p2 REAL CHECK (p2 IS NULL OR p2 >= 0),
      source TEXT NOT NULL CHECK (source IN ('reference', 'import')),
      batch_id INTEGER REFERENCES import_batches (id),
      PRIMARY KEY (area_code, period)
    ) STRICT, WITHOUT ROWID;

    -- Jawa Timur (BPS): P0 per period; the number of poor where DOMAIN.md gives it (Sep 2019 and
    -- Mar 2020); kab/kota P0 of March 2024.
    INSERT INTO poverty_stats (area_code, area_level, area_name, period, p0, poor, source) VALUES
      ('35', 'provinsi', 'Jawa Timur', '2018-03', 10.98, NULL, 'reference'),
      ('35', 'provinsi', 'Jawa Timur', '2018-09', 10.85, NULL, 'reference'),
      ('35', 'provinsi', 'Jawa Timur', '2019-03', 10.37, NULL, 'reference'),
      ('35', 'provinsi', 'Jawa Timur', '2019-09', 10.20, 4056000, 'reference'),
      ('35', 'provinsi', 'Jawa Timur', '2020-03', 11.09, 4419100, 'reference'),
      ('35', 'provinsi', 'Jawa Timur', '2020-09', 11.46, NULL, 'reference'),
      ('35', 'provinsi', 'Jawa Timur', '2021-03', 11.40, NULL, 'reference'),
      ('35', 'provinsi', 'Jawa Timur', '2021-09', 10.59, NULL, 'reference'),
      ('35', 'provinsi', 'Jawa Timur', '2022-09', 10.49, NULL, 'reference'),
      ('35', 'provinsi', 'Jawa Timur', '2023-03', 10.35, NULL, 'reference'),
      ('35', 'provinsi', 'Jawa Timur', '2024-03', 9.79, NULL, 'reference'),
      ('35', 'provinsi', 'Jawa Timur', '2024-09', 9.56, NULL, 'reference'),
      ('35', 'provinsi', 'Jawa Timur', '2025-03', 9.50, NULL, 'reference'),
      ('35.27', 'kabkota', 'Kabupaten Sampang', '2024-03', 20.83, NULL, 'reference'),
      ('35.78', 'kabkota', 'Kota Surabaya', '2024-03', 3.96, NULL, 'reference'),
      ('35.15', 'kabkota', 'Kabupaten Sidoarjo', '2024-03', 4.53, NULL, 'reference'),
      ('35.79', 'kabkota', 'Kota Batu', '2024-03', 3.06, NULL, 'reference');
  `,
};
