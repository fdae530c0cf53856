// Messages of the 'beneficiaries' area: Indonesian first; English typed against it.
export const beneficiariesId = {} as const;

export const beneficiariesEn: Record<keyof typeof beneficiariesId, string> = {};
