/**
 * Disbursement (penyaluran): what the bank or PT Pos reports back per family and tahap.
 * `tersalur` = paid out; `gagal` = could not be paid (account closed, not collected);
 * `retur` = paid, then returned to the treasury.
 */
export const DISBURSEMENT_STATUSES = ['tersalur', 'gagal', 'retur'] as const;
export type DisbursementStatus = (typeof DISBURSEMENT_STATUSES)[number];

/** A count of KPM (families, or persons for per-person programs) and the Rupiah they stand for. */
export interface KpmAmount {
  kpm: number;
  amount: number;
}

/** The four reconciliation lists of a program's tahap. */
export const RECONCILIATION_LISTS = ['paidNotEnrolled', 'enrolledNotPaid', 'paidTwice', 'amountDiffers'] as const;
export type ReconciliationList = (typeof RECONCILIATION_LISTS)[number];

/** Where a program's realisation for a period comes from. */
export type RealisationSource = 'lines' | 'manual' | 'none';
