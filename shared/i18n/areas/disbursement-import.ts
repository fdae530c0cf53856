// Messages of the disbursement list import: Indonesian first; English typed against it.
export const disbursementImportId = {
} as const;

export const disbursementImportEn: Record<keyof typeof disbursementImportId, string> = {
};
