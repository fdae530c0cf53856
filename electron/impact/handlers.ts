import { serviceContext, type HandlerMap } from '../ipc/types';
import { graduationSummary } from './graduation';
import { targetingSummary } from './targeting';

export const impactHandlers: HandlerMap<'impact.graduation' | 'impact.targeting'> = {
  'impact.graduation': (app, { programId }) => graduationSummary(serviceContext(app), programId),
  'impact.targeting': (app) => targetingSummary(serviceContext(app)),
};
