export interface Migration {
  /** Becomes `PRAGMA user_version` once applied. Never reuse or reorder. */
  version: number;
  name: string;
  sql: string;
}
