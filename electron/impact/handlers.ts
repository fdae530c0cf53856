import { serviceContext, type HandlerMap } from '../ipc/types';
import { graduationSummary } from './graduation';
import { comparePoverty, povertyOverview } from './poverty';
import { targetingSummary } from './targeting';
import { desilMovement, estimateImpact } from './estimate';
import { keyFigures } from './key-figures';
import { impactBrief } from './brief';
import { saveBriefPdf } from './brief-output';
import { createWave, listIndicators, listWaves, saveIndicator } from './welfare';

export const impactHandlers: HandlerMap<
  | 'impact.graduation'
  | 'impact.targeting'
  | 'impact.poverty'
  | 'impact.povertyChange'
  | 'impact.indicators'
  | 'impact.saveIndicator'
  | 'impact.waves'
  | 'impact.createWave'
  | 'impact.estimate'
  | 'impact.desilMovement'
  | 'impact.keyFigures'
  | 'impact.brief'
  | 'impact.saveBriefPdf'
> = {
  'impact.graduation': (app, { programId }) => graduationSummary(serviceContext(app), programId),
  'impact.targeting': (app) => targetingSummary(serviceContext(app)),
  'impact.poverty': (app) => povertyOverview(serviceContext(app)),
  'impact.povertyChange': (app, { areaCode, from, to }) => comparePoverty(serviceContext(app), areaCode, from, to),
  'impact.indicators': (app) => listIndicators(serviceContext(app)),
  'impact.saveIndicator': (app, input) => saveIndicator(serviceContext(app), input),
  'impact.waves': (app) => listWaves(serviceContext(app)),
  'impact.createWave': (app, input) => createWave(serviceContext(app), input),
  'impact.estimate': (app, request) => estimateImpact(serviceContext(app), request),
  'impact.desilMovement': (app, request) => desilMovement(serviceContext(app), request),
  'impact.keyFigures': (app) => keyFigures(serviceContext(app)),
  'impact.brief': (app, request) => impactBrief(serviceContext(app), request),
  'impact.saveBriefPdf': (app, request) => saveBriefPdf(app, request),
};
