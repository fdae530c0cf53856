// Messages of the printed report, its PDF and Excel outputs, BNBA annex, CLI report: Indonesian first; English typed against it.
export const reportOutputId = {
} as const;

export const reportOutputEn: Record<keyof typeof reportOutputId, string> = {
};
