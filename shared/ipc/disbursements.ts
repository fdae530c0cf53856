import { z } from 'zod';
import { channel } from './define';
import { periodSchema } from '../domain/period';
import { RECONCILIATION_LISTS, type DisbursementStatus, type ReconciliationList } from '../domain/disbursements';
import type { KecamatanRealisation, ProgramRealisation } from '../domain/report';

// Channels of the 'disbursements' area (area.verb). Each is listed in names.ts too.

const id = z.number().int().positive();
const rupiah = z.number().int().min(0).max(1_000_000_000_000);
const count = z.number().int().min(0).max(100_000_000);
const kecamatanCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/);

export interface ClosureInfo {
  id: number;
  period: string;
  closedAt: string;
  closedBy: string;
  reopenedAt: string | null;
  reopenedBy: string | null;
  reopenReason: string | null;
}

export interface DisbursementOverview {
  period: string;
  /** The current close of the period, if it is closed (figures then come from its snapshot). */
  closure: ClosureInfo | null;
  programs: ProgramRealisation[];
}

/** One line of a reconciliation list. Names and NIK are for the office's own work, never the report. */
export interface ReconciliationRow {
  /** The disbursement line (null for "enrolled but not paid"). */
  disbursementId: number | null;
  enrollmentId: number | null;
  kk: string | null;
  /** Masked (`3515**********02`) unless the caller asked for full NIK. */
  nik: string | null;
  name: string;
  kecamatan: string | null;
  status: DisbursementStatus | null;
  /** Paid (sum of tersalur lines for paidTwice/amountDiffers). */
  amountPaid: number | null;
  amountAllocated: number | null;
  /** How many tersalur lines (paidTwice). */
  lines: number;
  sheetRow: number | null;
}

export interface ReconciliationPage {
  list: ReconciliationList;
  total: number;
  rows: ReconciliationRow[];
}

export interface ManualTotal {
  kecamatanCode: string;
  kecamatan: string;
  kpmPaid: number;
  amountPaid: number;
  kpmFailed: number;
  amountFailed: number;
  note: string;
  actor: string;
  at: string;
}

/** Families whose list NOMINAL differs from the benefit rule's amount for the same components. */
export interface NominalDifferences {
  /** List rows with a NOMINAL. */
  listed: number;
  /** Rows whose amount the rule cannot give (unknown components, in-kind): not compared. */
  ruleUnknown: number;
  count: number;
  /** Sums over the differing rows. */
  listTotal: number;
  ruleTotal: number;
  /** The first differing rows (the counts cover all). */
  rows: { enrollmentId: number; kk: string; name: string; kecamatan: string | null; listNominal: number; ruleNominal: number }[];
}

const programPeriod = { programId: id, period: periodSchema };

export const disbursementsChannels = {
  /** Allocation vs realisation of every program in the period (live, or the closed snapshot). */
  'disbursements.overview': channel<DisbursementOverview>()(z.object({ period: periodSchema }).strict()),
  'disbursements.byKecamatan': channel<KecamatanRealisation[]>()(z.object(programPeriod).strict()),
  'disbursements.reconciliation': channel<ReconciliationPage>()(
    z
      .object({
        ...programPeriod,
        list: z.enum(RECONCILIATION_LISTS),
        offset: z.number().int().min(0),
        limit: z.number().int().min(1).max(1000),
      })
      .strict(),
  ),
  /** Writes one reconciliation list to a workbook the user picks; full NIK is recorded in the audit log. */
  'disbursements.exportReconciliation': channel<{ path: string; rows: number } | null>()(
    z.object({ ...programPeriod, list: z.enum(RECONCILIATION_LISTS), fullNik: z.boolean() }).strict(),
  ),
  'disbursements.nominalDifferences': channel<NominalDifferences>()(z.object(programPeriod).strict()),
  'disbursements.totals': channel<ManualTotal[]>()(z.object(programPeriod).strict()),
  /** Replaces the hand-entered kecamatan totals of a program's period (refused while the period is closed). */
  'disbursements.saveTotals': channel<ManualTotal[]>()(
    z
      .object({
        ...programPeriod,
        rows: z
          .array(
            z
              .object({ kecamatanCode, kpmPaid: count, amountPaid: rupiah, kpmFailed: count, amountFailed: rupiah, note: z.string().trim().max(300) })
              .strict(),
          )
          .max(1000),
      })
      .strict(),
  ),
  'disbursements.closures': channel<ClosureInfo[]>()(z.object({ period: periodSchema.nullable() }).strict()),
  'disbursements.closePeriod': channel<ClosureInfo>()(z.object({ period: periodSchema }).strict()),
  'disbursements.reopenPeriod': channel<ClosureInfo>()(z.object({ period: periodSchema, reason: z.string().trim().min(5).max(500) }).strict()),
};

export type { ReconciliationList };
