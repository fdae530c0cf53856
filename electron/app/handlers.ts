import { listAudit } from '../audit/service';
import { serviceContext, type HandlerMap } from '../ipc/types';
import { setLocale } from '../settings/service';
import { appStatus } from './status';

export const appHandlers: HandlerMap<'app.status' | 'app.setLocale' | 'audit.list'> = {
  'app.status': (app) => appStatus(app),
  'app.setLocale': (app, { locale }) => {
    setLocale(serviceContext(app), locale);
    return appStatus(app);
  },
  'audit.list': (app, filter) => listAudit(serviceContext(app), filter),
};
