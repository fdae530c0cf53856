// Messages of the 'imports' area: Indonesian first; English typed against it.
export const importsId = {} as const;

export const importsEn: Record<keyof typeof importsId, string> = {};
