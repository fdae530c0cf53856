import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_REGISTER_QUERY, type RegisterQuery } from '../../shared/domain/register-query';
import { familyDetail } from '../../electron/beneficiaries/detail';
import { listRegister } from '../../electron/beneficiaries/list';
import { completeSetup } from '../../electron/settings/service';
import { findStatement, queryPlan, recordStatements, type RecordedStatement } from '../support/query-plans';
import { bulkFamilies, KEBONAGUNG, seedRegister, SUKODONO, writeFamilies, type SeededRegister } from '../support/register-fixture';
import { SIDOARJO_PROFILE, tempApp, type TempApp } from '../support/temp-app';

let app: TempApp;
let reg: SeededRegister;
beforeEach(() => {
  app = tempApp();
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
  reg = seedRegister(app.svc());
  writeFamilies(app.svc(), bulkFamilies(200), reg);
});
afterEach(() => app.dispose());

/** The plan of the statement that lists a view's ids (the hot query behind search and filters). */
function keysPlan(query: Partial<RegisterQuery>): string[] {
  const recorded = recordStatements(app.svc().db, () => {
    listRegister(app.svc(), { query: { ...EMPTY_REGISTER_QUERY, ...query }, offset: 0, limit: 50 });
  });
  return queryPlan(app.svc().db, findStatement(recorded, /^SELECT m\.id FROM/));
}

/** A full scan of a register table (not a search on an index, not the FTS or json_each virtual tables). */
const FULL_SCAN = /^SCAN (m|f|e|ep|members|families|enrollments)\b/;

function expectNoFullScan(plan: string[]) {
  expect(plan.filter((line) => FULL_SCAN.test(line)), plan.join('\n')).toEqual([]);
}

describe('query plans of the register', () => {
  it('looks up an exact NIK or No. KK through the UNIQUE indexes', () => {
    const plan = keysPlan({ search: '3515144508680002' });
    expectNoFullScan(plan);
    expect(plan.some((l) => /SEARCH members USING (COVERING )?INDEX sqlite_autoindex_members_1 \(nik=\?\)/.test(l)), plan.join('\n')).toBe(true);
    expect(plan.some((l) => /SEARCH families USING (COVERING )?INDEX sqlite_autoindex_families_1 \(kk=\?\)/.test(l)), plan.join('\n')).toBe(true);
  });

  it('walks a NIK prefix as a range on the UNIQUE nik index, already in order', () => {
    const plan = keysPlan({ search: '351514' });
    expectNoFullScan(plan);
    expect(plan[0]).toMatch(/^SEARCH m USING (COVERING )?INDEX sqlite_autoindex_members_1 \(nik>\? AND nik<\?\)/);
    expect(plan.join('\n')).not.toContain('TEMP B-TREE');
  });

  it('drives a name search from members_fts, also with a program and a status', () => {
    for (const query of [{ search: 'Moch. Sholeh' }, { search: 'Siti', programId: reg.programs.PKH!, status: 'aktif', kecamatanCode: SUKODONO }]) {
      const plan = keysPlan(query);
      expectNoFullScan(plan);
      expect(plan[0], plan.join('\n')).toMatch(/^SCAN members_fts VIRTUAL TABLE INDEX \d+:M/);
      expect(plan[1]).toMatch(/^SEARCH m USING INTEGER PRIMARY KEY/);
      if ('programId' in query) {
        expect(plan.some((l) => /SEARCH e EXISTS USING (COVERING )?INDEX sqlite_autoindex_enrollments_1 \(program_id=\? AND family_id=\? AND member_key=\?\)/.test(l)), plan.join('\n')).toBe(true);
        expect(plan).toContain('SEARCH f USING INTEGER PRIMARY KEY (rowid=?)');
      } else {
        // Every hit of a common name costs a row lookup: families only when a filter needs them.
        expect(plan.filter((l) => /\b(f|families)\b/.test(l)), plan.join('\n')).toEqual([]);
      }
    }
  });

  it('reaches a program through its enrollments index, and regions through families_region', () => {
    const program = keysPlan({ programId: reg.programs.SEMBAKO!, status: 'aktif' });
    expectNoFullScan(program);
    expect(program.some((l) => /SEARCH e USING (COVERING )?INDEX (enrollments_program_status|sqlite_autoindex_enrollments_1) \(program_id=\?/.test(l)), program.join('\n')).toBe(true);

    const desa = keysPlan({ desaCode: KEBONAGUNG });
    expectNoFullScan(desa);
    expect(desa[0]).toMatch(/^SEARCH f USING (COVERING )?INDEX families_region \(kecamatan_code=\? AND desa_code=\?\)/);
    expect(desa.some((l) => /SEARCH m USING (COVERING )?INDEX members_family \(family_id=\?\)/.test(l))).toBe(true);
  });

  it('lists the whole register in No. KK order from the index, without sorting', () => {
    const plan = keysPlan({});
    expect(plan[0]).toMatch(/^SCAN f USING COVERING INDEX sqlite_autoindex_families_1/);
    expect(plan.join('\n')).not.toContain('TEMP B-TREE');
  });

  it('reads a window by primary keys only', () => {
    const recorded = recordStatements(app.svc().db, () => {
      listRegister(app.svc(), { query: { ...EMPTY_REGISTER_QUERY, programId: reg.programs.PKH! }, offset: 0, limit: 50 });
    });
    const plan = queryPlan(app.svc().db, findStatement(recorded, /FROM json_each\(:ids\) j/));
    expectNoFullScan(plan);
    expect(plan[0]).toMatch(/^SCAN j VIRTUAL TABLE/);
    for (const table of ['m', 'f']) expect(plan).toContain(`SEARCH ${table} USING INTEGER PRIMARY KEY (rowid=?)`);
    expect(plan.some((l) => /SEARCH pe USING (COVERING )?INDEX sqlite_autoindex_enrollments_1 \(program_id=\? AND family_id=\? AND member_key=\?\)/.test(l)), plan.join('\n')).toBe(true);
  });

  it('builds the family detail from indexes, its audit trail on audit_log_entity', () => {
    let recorded: RecordedStatement[] = [];
    recorded = recordStatements(app.svc().db, () => familyDetail(app.svc(), reg.families['3515140202150002']!));
    expect(recorded.length).toBeGreaterThan(5);
    for (const statement of recorded) expectNoFullScan(queryPlan(app.svc().db, statement));
    const audit = queryPlan(app.svc().db, findStatement(recorded, /FROM audit_log/));
    expect(audit.some((l) => /SEARCH audit_log USING INDEX audit_log_entity \(entity=\? AND entity_id=\?\)/.test(l)), audit.join('\n')).toBe(true);
  });
});
