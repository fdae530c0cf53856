import type { Db } from '../../electron/db/open';

export interface RecordedStatement {
  sql: string;
  params: unknown[];
}

/**
 * Runs `fn` while recording each statement the services execute on `db`, with its parameters, so
 * a test checks the plan of the SQL the service really runs rather than a copy of it.
 */
export function recordStatements(db: Db, fn: () => void): RecordedStatement[] {
  const recorded: RecordedStatement[] = [];
  const prepare = db.prepare.bind(db);
  const patched = ((sql: string) => {
    const statement = prepare(sql);
    for (const method of ['run', 'get', 'all', 'iterate'] as const) {
      const original = (statement[method] as (...args: unknown[]) => unknown).bind(statement);
      Object.defineProperty(statement, method, {
        value: (...params: unknown[]) => {
          recorded.push({ sql, params });
          return original(...params);
        },
      });
    }
    return statement;
  }) as Db['prepare'];
  Object.defineProperty(db, 'prepare', { value: patched, configurable: true, writable: true });
  try {
    fn();
  } finally {
    delete (db as { prepare?: unknown }).prepare;
  }
  return recorded;
}

/** The `detail` lines of EXPLAIN QUERY PLAN for a statement and its parameters. */
export function queryPlan(db: Db, statement: RecordedStatement): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.params) as { detail: string }[]).map((r) => r.detail);
}

/** The one recorded statement whose SQL matches, failing clearly when there is none or several differ. */
export function findStatement(recorded: readonly RecordedStatement[], pattern: RegExp): RecordedStatement {
  const matches = recorded.filter((r) => pattern.test(r.sql));
  if (matches.length === 0) throw new Error(`No statement matched ${pattern}; recorded:\n${recorded.map((r) => r.sql).join('\n---\n')}`);
  return matches[0]!;
}
