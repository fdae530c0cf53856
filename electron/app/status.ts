import type { AppStatus } from '../../shared/ipc/app';
import { schemaVersion } from '../db/open';
import { serviceContext, type AppContext } from '../ipc/types';
import { isSetupComplete, readLocale, readSetting } from '../settings/service';

export function appStatus(app: AppContext): AppStatus {
  const ctx = serviceContext(app);
  const regency = readSetting(ctx, 'regency');
  return {
    setupComplete: isSetupComplete(ctx),
    regencyCode: regency?.code ?? null,
    regencyName: regency?.name ?? null,
    locale: readLocale(ctx),
    version: app.version,
    dbPath: app.database.file,
    schemaVersion: schemaVersion(ctx.db),
  };
}
