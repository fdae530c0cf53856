// Messages of the 'demo' area: Indonesian first; English typed against it.
export const demoId = {} as const;

export const demoEn: Record<keyof typeof demoId, string> = {};
