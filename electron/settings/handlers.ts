import { appStatus } from '../app/status';
import { serviceContext, type HandlerMap } from '../ipc/types';
import { changeRegency, completeSetup, readOfficeSettings, saveProfile } from './service';

export const settingsHandlers: HandlerMap<
  'settings.completeSetup' | 'settings.get' | 'settings.saveProfile' | 'settings.changeRegency'
> = {
  'settings.completeSetup': (app, { regencyCode, profile }) => {
    completeSetup(serviceContext(app), app.regions, regencyCode, profile);
    return appStatus(app);
  },
  'settings.get': (app) => readOfficeSettings(serviceContext(app)),
  'settings.saveProfile': (app, { profile }) => saveProfile(serviceContext(app), profile),
  'settings.changeRegency': (app, { regencyCode }) => changeRegency(serviceContext(app), app.regions, regencyCode),
};
