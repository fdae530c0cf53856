import type { ChannelName } from '../../shared/ipc';
import { appHandlers } from '../app/handlers';
import { backupsHandlers } from '../backups/handlers';
import { programsHandlers } from '../programs/handlers';
import { regionsHandlers } from '../regions/handlers';
import { settingsHandlers } from '../settings/handlers';
import type { HandlerMap } from './types';
import { beneficiariesHandlers } from '../beneficiaries/handlers';
import { importsHandlers } from '../imports/handlers';
import { demoHandlers } from '../demo/handlers';
import { disbursementsHandlers } from '../disbursements/handlers';
import { reportsHandlers } from '../reports/handlers';
import { impactHandlers } from '../impact/handlers';

/** Every channel of the contract has exactly one handler; the type fails if one is missing. */
export const handlers: HandlerMap<ChannelName> = {
  ...appHandlers,
  ...regionsHandlers,
  ...settingsHandlers,
  ...programsHandlers,
  ...backupsHandlers,
  ...beneficiariesHandlers,
  ...importsHandlers,
  ...demoHandlers,
  ...disbursementsHandlers,
  ...reportsHandlers,
  ...impactHandlers,
};
