import { AppError } from '../../shared/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';
import { schemaVersion, type Db } from './open';

/**
 * Applies every migration above the database's `user_version`, each in its own transaction, so a
 * failure leaves the database at the last complete version. Returns the versions applied.
 */
export function migrate(db: Db, target: number = LATEST_SCHEMA_VERSION, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const current = schemaVersion(db);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new AppError('DATABASE_NEWER', { found: current, supported: LATEST_SCHEMA_VERSION });
  }
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}

export function needsMigration(db: Db): boolean {
  return schemaVersion(db) < LATEST_SCHEMA_VERSION;
}
