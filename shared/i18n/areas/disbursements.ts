// Messages of allocation, realisation, reconciliation, quarter close: Indonesian first; English typed against it.
export const disbursementsId = {
  'error.PERIOD_CLOSED': '{period} sudah ditutup: angkanya dibekukan untuk laporan. Buka kembali periode itu (dengan alasan) di halaman Penyaluran sebelum mengubah datanya.',
} as const;

export const disbursementsEn: Record<keyof typeof disbursementsId, string> = {
  'error.PERIOD_CLOSED': '{period} is closed: its figures are frozen for the report. Reopen the period (with a reason) on the Penyaluran page before changing its data.',
};
