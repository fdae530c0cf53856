import type { Migration } from './types';

/**
 * Disbursement (penyaluran) per tahap and the quarterly report: the lines of the bank's or
 * PT Pos's lists, hand-entered kecamatan totals where only totals are known, quarter closes with
 * the frozen figures, and the report's free-text notes.
 */
export const migration004: Migration = {
  version: 4,
  name: 'disbursements',
  sql: `
    -- One line of a disbursement list, as imported (batch kind 'disbursement'). Undo of the batch
    -- deletes its lines: an import only ever inserts here.
    CREATE TABLE disbursements (
      id INTEGER PRIMARY KEY,
      batch_id INTEGER NOT NULL REFERENCES import_batches (id),
      program_id INTEGER NOT NULL REFERENCES programs (id),
      period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
      -- The enrollment the line matched by KK/NIK when imported; NULL: paid but not in the register.
      enrollment_id INTEGER REFERENCES enrollments (id) ON DELETE SET NULL,
      kk TEXT CHECK (kk IS NULL OR (length(kk) = 16 AND NOT kk GLOB '*[^0-9]*')),
      nik TEXT CHECK (nik IS NULL OR (length(nik) = 16 AND NOT nik GLOB '*[^0-9]*')),
      name TEXT NOT NULL DEFAULT '',
      -- The family's kecamatan when matched, else the list's own column (Kemendagri code).
      kecamatan_code TEXT,
      status TEXT NOT NULL CHECK (status IN ('tersalur', 'gagal', 'retur')),
      amount INTEGER NOT NULL CHECK (amount >= 0),
      paid_on TEXT,
      reason TEXT NOT NULL DEFAULT '',
      -- 1-based row in the sheet as Excel shows it, for the clerk to find the line again.
      sheet_row INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX disbursements_program_period ON disbursements (program_id, period, enrollment_id);
    CREATE INDEX disbursements_batch ON disbursements (batch_id);
    -- The quarterly figures: the period's lines grouped by program, kecamatan, status and KPM
    -- straight from this index (covering), and the few unmatched lines on their own.
    CREATE INDEX disbursements_period ON disbursements (period, program_id, kecamatan_code, status, enrollment_id, amount);
    CREATE INDEX disbursements_unmatched ON disbursements (period) WHERE enrollment_id IS NULL;

    -- Status as of a day (the quarter's movements and its active enrollments): the entries dated
    -- from the quarter's first day on, and each enrollment's entries in date order.
    CREATE INDEX enrollment_status_history_date ON enrollment_status_history (status_date, enrollment_id);
    CREATE INDEX enrollment_status_history_asof ON enrollment_status_history (enrollment_id, status_date, status);
    -- Deleting enrollments (undo of a register batch) sets enrollment_id NULL here: without this
    -- index each deleted enrollment would scan every line; the undo's blocker check probes it too.
    CREATE INDEX disbursements_enrollment ON disbursements (enrollment_id);

    -- Realisation entered by hand per kecamatan where the bank sent totals, not lines.
    CREATE TABLE disbursement_totals (
      program_id INTEGER NOT NULL REFERENCES programs (id),
      period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
      kecamatan_code TEXT NOT NULL,
      kpm_paid INTEGER NOT NULL CHECK (kpm_paid >= 0),
      amount_paid INTEGER NOT NULL CHECK (amount_paid >= 0),
      kpm_failed INTEGER NOT NULL DEFAULT 0 CHECK (kpm_failed >= 0),
      amount_failed INTEGER NOT NULL DEFAULT 0 CHECK (amount_failed >= 0),
      note TEXT NOT NULL DEFAULT '',
      actor TEXT NOT NULL,
      at TEXT NOT NULL,
      PRIMARY KEY (program_id, period, kecamatan_code)
    ) STRICT, WITHOUT ROWID;

    -- A quarter close freezes the report's figures (snapshot_json: shared/domain/report.ts
    -- QuarterlyFigures). Reopening keeps the row (and its reason); a new close adds a row.
    CREATE TABLE period_closures (
      id INTEGER PRIMARY KEY,
      period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
      closed_at TEXT NOT NULL,
      closed_by TEXT NOT NULL,
      snapshot_json TEXT NOT NULL CHECK (json_valid(snapshot_json)),
      reopened_at TEXT,
      reopened_by TEXT,
      reopen_reason TEXT,
      CHECK ((reopened_at IS NULL) = (reopened_by IS NULL) AND (reopened_at IS NULL) = (reopen_reason IS NULL))
    ) STRICT;
    CREATE UNIQUE INDEX period_closures_current ON period_closures (period) WHERE reopened_at IS NULL;

    -- Section 6 of the quarterly report: problems and follow-up, written by the office.
    CREATE TABLE report_notes (
      period TEXT PRIMARY KEY CHECK (period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
      text TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL
    ) STRICT;
  `,
};
