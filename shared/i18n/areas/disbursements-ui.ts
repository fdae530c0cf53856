// Messages of the Penyaluran and Laporan pages: Indonesian first; English typed against it.
export const disbursementsUiId = {
} as const;

export const disbursementsUiEn: Record<keyof typeof disbursementsUiId, string> = {
};
