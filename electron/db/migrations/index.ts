import type { Migration } from './types';
import { migration001 } from './001-core';
import { migration002 } from './002-programs';
import { migration003 } from './003-register';
import { migration004 } from './004-disbursements';
import { migration005 } from './005-poverty';
import { migration006 } from './006-welfare';

/** Every schema change, in order. Later issues append here; a released migration never changes. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export type { Migration };
