import type { Migration } from './types';

/** Settings, the audit trail, and the office's own regions (kecamatan and desa). */
export const migration001: Migration = {
  version: 1,
  name: 'core',
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
  `,
};
