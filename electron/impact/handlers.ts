import { serviceContext, type HandlerMap } from '../ipc/types';
import { graduationSummary } from './graduation';
import { comparePoverty, povertyOverview } from './poverty';
import { targetingSummary } from './targeting';

export const impactHandlers: HandlerMap<'impact.graduation' | 'impact.targeting' | 'impact.poverty' | 'impact.povertyChange'> = {
  'impact.graduation': (app, { programId }) => graduationSummary(serviceContext(app), programId),
  'impact.targeting': (app) => targetingSummary(serviceContext(app)),
  'impact.poverty': (app) => povertyOverview(serviceContext(app)),
  'impact.povertyChange': (app, { areaCode, from, to }) => comparePoverty(serviceContext(app), areaCode, from, to),
};
