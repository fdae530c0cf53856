// Channels of the 'imports' area (area.verb). Each is listed in names.ts too.
export const importsChannels = {};
