// Channels of the 'beneficiaries' area (area.verb). Each is listed in names.ts too.
export const beneficiariesChannels = {};
