import type { Db } from './db/open';

/** What every service needs: the database, who is acting, and the clock (fixed in tests). */
export interface ServiceContext {
  db: Db;
  actor: string;
  now(): Date;
}
