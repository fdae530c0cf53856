import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RegisterWriter } from '../../electron/beneficiaries/writer';
import { undoBatch } from '../../electron/imports/batches';
import { commitParsed, type ParsedList } from '../../electron/imports/write';
import { completeSetup } from '../../electron/settings/service';
import { isAppError } from '../../shared/errors';
import { family, member, nikOf, parsedList, row, rows } from '../support/parsed-rows';
import { SIDOARJO_PROFILE, tempApp, type TempApp } from '../support/temp-app';

// An import indexes its new members' names in one statement at the end of its transaction
// (migration 003's members_fts_deferred). These check that the name search index then holds
// exactly the register's names, after renames inside and across batches, undo and cancel.

let app: TempApp;
beforeEach(() => {
  app = tempApp();
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
});
afterEach(() => app.dispose());

const db = () => app.svc().db;
const programId = () => db().prepare("SELECT id FROM programs WHERE code = 'PKH'").pluck().get() as number;
const commit = (list: ParsedList, options: Parameters<typeof commitParsed>[3] = { dryRun: false }) =>
  commitParsed(app.svc(), { programId: programId(), period: '2024-Q3' }, list, options);

/** Member ids whose folded name matches, as the register's search asks members_fts. */
const found = (word: string) =>
  db().prepare('SELECT rowid FROM members_fts WHERE members_fts MATCH ? ORDER BY rowid').pluck().all(`"${word}"`) as number[];
const idOf = (nik: string) => db().prepare('SELECT id FROM members WHERE nik = ?').pluck().get(nik) as number;

function expectIndexMatchesRegister(): void {
  // FTS5 compares its index with the content table (members) and throws on any difference.
  db().prepare("INSERT INTO members_fts (members_fts) VALUES ('integrity-check')").run();
  expect(db().prepare('SELECT count(*) FROM members_fts_deferred').pluck().get()).toBe(0);
}

describe('name search index after an import', () => {
  it('finds the imported members by name, including one renamed later in the same list', () => {
    const list = parsedList([
      ...rows(3, (n) => row(n, { member: { name: `Sumiati Lestari ${n}` } })),
      // NIK 2 again, further down, under another name: the list's last word on it wins.
      row(2, { member: { name: 'Wahyuningsih' } }),
    ]);
    commit(list);
    expectIndexMatchesRegister();
    expect(found('SUMIATI')).toEqual([idOf(nikOf(1)), idOf(nikOf(3))]);
    expect(found('WAHYUNINGSIH')).toEqual([idOf(nikOf(2))]);
  });

  it('follows a rename of a member already in the register, and undo puts the names back', () => {
    commit(parsedList(rows(2, (n) => row(n, { member: { name: `Sumiati ${n}` } }))));
    const second = commit(
      parsedList([row(1, { member: { name: 'Khoirun Nisa' } }), row(7, { member: { name: 'Sumiati Baru' } })]),
    );
    expectIndexMatchesRegister();
    expect(found('KHOIRUN')).toEqual([idOf(nikOf(1))]);
    expect(found('SUMIATI')).toEqual([idOf(nikOf(2)), idOf(nikOf(7))]);

    undoBatch(app.svc(), second.batchId!);
    expectIndexMatchesRegister();
    expect(found('KHOIRUN')).toEqual([]);
    expect(found('SUMIATI')).toEqual([idOf(nikOf(1)), idOf(nikOf(2))]);
  });

  it('leaves the index as it was when the import is cancelled while writing', () => {
    commit(parsedList(rows(2, (n) => row(n, { member: { name: `Sumiati ${n}` } }))));
    let checks = 0;
    const signal = {
      get aborted() {
        // Not while matching: a few rows into the writing.
        return ++checks > 5;
      },
    };
    let code = '';
    try {
      commit(parsedList(rows(40, (n) => row(n, { member: { name: `Rahayu ${n}` } }))), { dryRun: false, signal });
    } catch (err) {
      if (!isAppError(err)) throw err;
      code = err.code;
    }
    expect(code).toBe('IMPORT_CANCELLED');
    expectIndexMatchesRegister();
    expect(found('RAHAYU')).toEqual([]);
    expect(found('SUMIATI')).toHaveLength(2);
  });

  it('indexes at once what is written outside an import', () => {
    commit(parsedList(rows(1)));
    const ctx = app.svc();
    const id = ctx.db.transaction(() => {
      const writer = new RegisterWriter(ctx, null);
      const f = writer.upsertFamily(family('3515140101109999'));
      return writer.upsertMember(f.id, member('3515144508689999', 'Endang Purwati')).id;
    })();
    expectIndexMatchesRegister();
    expect(found('PURWATI')).toEqual([id]);
  });
});
