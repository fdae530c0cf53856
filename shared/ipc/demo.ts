// Channels of the 'demo' area (area.verb). Each is listed in names.ts too.
export const demoChannels = {};
