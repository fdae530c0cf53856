import type { HandlerMap } from '../ipc/types';

export const beneficiariesHandlers: HandlerMap<never> = {};
