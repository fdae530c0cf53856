import type { HandlerMap } from '../ipc/types';

export const importsHandlers: HandlerMap<never> = {};
