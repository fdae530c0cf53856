import { listAudit } from '../audit/service';
import { serviceContext, type HandlerMap } from '../ipc/types';
import { setLocale } from '../settings/service';
import { appStatus } from './status';
import { saveImage } from './save-image';

export const appHandlers: HandlerMap<'app.status' | 'app.setLocale' | 'app.saveImage' | 'audit.list'> = {
  'app.status': (app) => appStatus(app),
  'app.setLocale': (app, { locale }) => {
    setLocale(serviceContext(app), locale);
    return appStatus(app);
  },
  'app.saveImage': (app, { dataUrl, suggestedName }) => saveImage(app, dataUrl, suggestedName),
  'audit.list': (app, filter) => listAudit(serviceContext(app), filter),
};
