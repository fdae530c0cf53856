import type { HandlerMap } from '../ipc/types';

export const demoHandlers: HandlerMap<never> = {};
