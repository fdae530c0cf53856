import { appStatus } from '../app/status';
import type { HandlerMap } from '../ipc/types';

export const backupsHandlers: HandlerMap<'backups.list' | 'backups.create' | 'backups.restore'> = {
  'backups.list': (app) => app.database.listBackups(),
  'backups.create': (app) => app.database.backupNow(),
  'backups.restore': (app, { fileName }) => {
    app.database.restore(fileName);
    return appStatus(app);
  },
};
