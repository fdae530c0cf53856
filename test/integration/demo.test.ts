import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RegisterWriter } from '../../electron/beneficiaries/writer';
import { runCli } from '../../electron/cli/run';
import { generateFamilies, type DemoFamily } from '../../electron/demo/generate';
import { IdentityAllocator } from '../../electron/demo/identity';
import { demoStatus, loadDemo, removeDemo } from '../../electron/demo/service';
import { readDemoSetting } from '../../electron/demo/setting';
import type { ServiceContext } from '../../electron/context';
import { completeSetup } from '../../electron/settings/service';
import { nameKey } from '../../shared/domain/names';
import { checkKk, checkNik, nikMatchesBirthDate } from '../../shared/validators/nik';
import type { DemoLoadResult, DemoRemoveResult } from '../../shared/ipc/demo';
import type { Events } from '../../shared/ipc';
import { tableRows } from '../support/db-snapshot';
import { queryPlan, recordStatements } from '../support/query-plans';
import { SIDOARJO_PROFILE, call, tempApp, type TempApp } from '../support/temp-app';

const REGISTER_TABLES = ['families', 'members', 'enrollments', 'enrollment_status_history', 'enrollment_periods'];

let apps: TempApp[] = [];
function setUpApp(options: Parameters<typeof tempApp>[0] = {}): TempApp {
  const app = tempApp(options);
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
  apps.push(app);
  return app;
}
beforeEach(() => {
  apps = [];
});
afterEach(() => {
  for (const a of apps) a.dispose();
});

function snapshot(ctx: ServiceContext) {
  return Object.fromEntries(REGISTER_TABLES.map((t) => [t, tableRows(ctx.db, t)]));
}

function freshIds(ctx: ServiceContext) {
  const nik = ctx.db.prepare('SELECT 1 FROM members WHERE nik = ?').pluck();
  const kk = ctx.db.prepare('SELECT 1 FROM families WHERE kk = ?').pluck();
  return {
    nik: new IdentityAllocator((v) => nik.get(v) !== undefined),
    kk: new IdentityAllocator((v) => kk.get(v) !== undefined),
  };
}

function programId(ctx: ServiceContext, code: string): number {
  return ctx.db.prepare('SELECT id FROM programs WHERE code = ?').pluck().get(code) as number;
}

/** A real family entered before the demo: it must come through load and removal untouched. */
function addRealFamily(ctx: ServiceContext): void {
  ctx.db.transaction(() => {
    const w = new RegisterWriter(ctx, null);
    const f = w.upsertFamily({
      kk: '3515140101100001', address: 'Dusun Krajan', rt: '005', rw: '002', kecamatanCode: '35.15.14', desaCode: null,
      dtksId: null, desil: 2, desilAsOf: '2024-06-30',
    });
    w.upsertMember(f.id, {
      nik: '3515144508680002', name: 'Siti Aminah', sex: 'P', birthPlace: 'Sidoarjo', birthDate: '1968-08-05', relationship: 'ISTRI',
      motherName: null, disability: null, schoolLevel: null, isPengurus: true,
    });
    const e = w.enroll({ programId: programId(ctx, 'PKH'), familyId: f.id, status: 'aktif', date: '2024-01-02', reason: 'FC tahap I' });
    w.setPeriod(e.id, '2024-Q1', 750_000, { AUD: 1 });
  })();
}

describe('demo data generator', () => {
  it('is deterministic for a seed and differs for another seed', () => {
    const app = setUpApp();
    const ctx = app.svc();
    const setting = readDemoSetting(ctx, app.ctx.regions);
    const run = (seed: number) => [...generateFamilies(setting, seed, 300, freshIds(ctx))];
    const a = run(7);
    expect(run(7)).toEqual(a);
    const b = run(8);
    expect(b.map((f) => f.family.kk)).not.toEqual(a.map((f) => f.family.kk));
  });

  it('covers the last four tahap up to today, from the office programs', () => {
    const app = setUpApp();
    const setting = readDemoSetting(app.svc(), app.ctx.regions);
    expect(setting.periods).toEqual(['2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3']);
    expect(setting.homePlace).toBe('SIDOARJO');
    expect(Object.values(setting.programs).map((p) => p?.code)).toEqual(['PKH', 'SEMBAKO', 'PBI-JK', 'PKH-PLUS']);
  });
});

describe('loading demo data', () => {
  it('writes valid NIKs and KKs, real kecamatan and desa, households of all ages, one pengurus each', async () => {
    const app = setUpApp();
    const ctx = app.svc();
    const result = await loadDemo(ctx, app.ctx.regions, { families: 2000, seed: 3 });
    expect(result.families).toBe(2000);
    expect(result.members).toBeGreaterThan(2000 * 3.3);
    expect(demoStatus(ctx)).toEqual({ families: 2000, members: result.members });

    const members = ctx.db
      .prepare('SELECT nik, name, name_key AS nameKey, sex, birth_date AS birthDate, relationship, is_demo AS isDemo FROM members')
      .all() as { nik: string; name: string; nameKey: string; sex: 'L' | 'P'; birthDate: string; relationship: string; isDemo: number }[];
    expect(members).toHaveLength(result.members);
    const officeKecamatan = new Set(app.ctx.regions.districts('35.15').map((d) => d.code));
    let home = 0;
    const ages = new Set<number>();
    for (const m of members) {
      const check = checkNik(m.nik);
      expect(check.ok, m.nik).toBe(true);
      if (!check.ok) continue;
      expect(check.facts.sex).toBe(m.sex);
      expect(nikMatchesBirthDate(check.facts, m.birthDate)).toBe(true);
      if (officeKecamatan.has(check.facts.kecamatanCode)) home += 1;
      expect(m.nameKey).toBe(nameKey(m.name));
      expect(m.isDemo).toBe(1);
      ages.add(Math.floor((2024 - Number(m.birthDate.slice(0, 4))) / 10));
    }
    // Mostly issued in the office's own kabupaten, some elsewhere (people who moved in).
    expect(home / members.length).toBeGreaterThan(0.85);
    expect(home).toBeLessThan(members.length);
    expect([...ages].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(members.map((m) => m.relationship))).toEqual(new Set(['KEPALA KELUARGA', 'ISTRI', 'ANAK', 'ORANG TUA', 'MERTUA', 'CUCU']));
    // Registers spell Muhammad many ways; the demo does too, and search folds them together.
    expect(members.some((m) => m.name.startsWith('MOCH. '))).toBe(true);
    expect(members.some((m) => m.name.startsWith('MUHAMMAD '))).toBe(true);

    const families = ctx.db
      .prepare(
        `SELECT f.kk, f.kecamatan_code AS kec, f.desa_code AS desa, f.desil, f.desil_as_of AS asOf, f.is_demo AS isDemo,
                k.level AS kLevel, d.level AS dLevel, d.parent_code AS dParent,
                (SELECT count(*) FROM members m WHERE m.family_id = f.id AND m.is_pengurus = 1) AS pengurus
         FROM families f LEFT JOIN regions k ON k.code = f.kecamatan_code LEFT JOIN regions d ON d.code = f.desa_code`,
      )
      .all() as { kk: string; kec: string; desa: string; desil: number; asOf: string; isDemo: number; kLevel: string; dLevel: string; dParent: string; pengurus: number }[];
    const villages = new Set(app.ctx.regions.villages('35.15').map((v) => v.code));
    for (const f of families) {
      expect(checkKk(f.kk).ok, f.kk).toBe(true);
      expect(f.kk.slice(0, 6)).toBe(f.kec.replace(/\./g, ''));
      expect([f.kLevel, f.dLevel, f.dParent]).toEqual(['kecamatan', 'desa', f.kec]);
      expect(officeKecamatan.has(f.kec) && villages.has(f.desa)).toBe(true);
      expect(f.desil).toBeGreaterThanOrEqual(1);
      expect(['2024-04-01', '2024-07-01']).toContain(f.asOf);
      expect(f.pengurus).toBe(1);
      expect(f.isDemo).toBe(1);
    }
    // Spread over the whole kabupaten, not a corner of it.
    expect(new Set(families.map((f) => f.kec)).size).toBe(officeKecamatan.size);
  });

  it('enrolls in PKH, Sembako, PBI-JK per person and PKH Plus over four tahap, with the tahap amounts', async () => {
    const app = setUpApp();
    const ctx = app.svc();
    const result = await loadDemo(ctx, app.ctx.regions, { families: 1500, seed: 11 });
    expect(result.periods).toEqual(['2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3']);
    const rows = ctx.db
      .prepare(
        `SELECT p.code, ep.period, ep.nominal, ep.components_json AS comps, e.member_key AS memberKey,
                (SELECT family_id FROM members WHERE id = e.member_key) AS memberFamily, e.family_id AS familyId
         FROM enrollment_periods ep JOIN enrollments e ON e.id = ep.enrollment_id JOIN programs p ON p.id = e.program_id`,
      )
      .all() as { code: string; period: string; nominal: number; comps: string | null; memberKey: number; memberFamily: number | null; familyId: number }[];
    expect(rows).toHaveLength(result.periodRows);
    expect(new Set(rows.map((r) => r.code))).toEqual(new Set(['PKH', 'SEMBAKO', 'PBI-JK', 'PKH-PLUS']));
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(result.periods));
    // Per tahap, from DOMAIN.md: components a quarter of the yearly amount, Sembako 3 × Rp200,000,
    // PBI-JK 3 × Rp42,000 per person, PKH Plus a quarter of Rp2,000,000; at most 4 PKH components.
    const perTahap: Record<string, number> = { HAMIL: 750_000, AUD: 750_000, SD: 225_000, SMP: 375_000, SMA: 500_000, DISABIL: 600_000, LANSIA: 600_000, HAM: 2_700_000 };
    for (const r of rows) {
      if (r.code === 'SEMBAKO') expect(r.nominal).toBe(600_000);
      if (r.code === 'PKH-PLUS') expect(r.nominal).toBe(500_000);
      if (r.code === 'PBI-JK') {
        expect(r.nominal).toBe(126_000);
        expect(r.memberFamily).toBe(r.familyId);
      } else {
        expect(r.memberKey).toBe(0);
      }
      if (r.code === 'PKH') {
        const counts = JSON.parse(r.comps!) as Record<string, number>;
        const paid = Object.entries(counts).flatMap(([c, n]) => Array<number>(n).fill(perTahap[c]!)).sort((a, b) => b - a);
        expect(paid.length).toBeGreaterThan(0);
        expect(r.nominal).toBe(paid.slice(0, 4).reduce((s, a) => s + a, 0));
      } else {
        expect(r.comps).toBeNull();
      }
    }
    // Elderly members are a PKH component from 2024 at 60, before at 70.
    const lansia = rows.filter((r) => r.code === 'PKH' && (JSON.parse(r.comps!) as Record<string, number>).LANSIA! > 0);
    expect(lansia.some((r) => r.period === '2023-Q4')).toBe(true);
    expect(lansia.filter((r) => r.period === '2024-Q1').length).toBeGreaterThan(lansia.filter((r) => r.period === '2023-Q4').length);

    // PKH Plus only for families with someone of 70 or more.
    const plusWithoutElder = ctx.db
      .prepare(
        `SELECT count(*) FROM enrollments e JOIN programs p ON p.id = e.program_id WHERE p.code = 'PKH-PLUS'
         AND NOT EXISTS (SELECT 1 FROM members m WHERE m.family_id = e.family_id AND m.birth_date <= '1953-12-31')`,
      )
      .pluck()
      .get();
    expect(plusWithoutElder).toBe(0);
  });

  it('has families leaving with a dated status history, and new ones joining in later tahap', async () => {
    const app = setUpApp();
    const ctx = app.svc();
    await loadDemo(ctx, app.ctx.regions, { families: 3000, seed: 5 });
    const statuses = new Map(
      (ctx.db.prepare('SELECT status, count(*) AS n FROM enrollments GROUP BY status').all() as { status: string; n: number }[]).map((r) => [r.status, r.n]),
    );
    for (const s of ['aktif', 'graduasi_alamiah', 'graduasi_sejahtera_mandiri', 'meninggal', 'pindah', 'tidak_eligible']) {
      expect(statuses.get(s) ?? 0, s).toBeGreaterThan(0);
    }
    const enrollments = ctx.db
      .prepare(
        `SELECT e.id, e.status, e.status_date AS statusDate, e.enrolled_on AS enrolledOn, s.counts_as_active AS active,
                (SELECT json_group_array(json_array(h.status, h.status_date)) FROM (SELECT * FROM enrollment_status_history WHERE enrollment_id = e.id ORDER BY id) h) AS history,
                (SELECT json_group_array(period) FROM (SELECT period FROM enrollment_periods WHERE enrollment_id = e.id ORDER BY period)) AS periods
         FROM enrollments e JOIN enrollment_statuses s ON s.code = e.status`,
      )
      .all() as { id: number; status: string; statusDate: string; enrolledOn: string; active: number; history: string; periods: string }[];
    let joinedLater = 0;
    let suspended = 0;
    for (const e of enrollments) {
      const history = JSON.parse(e.history) as [string, string][];
      const periods = JSON.parse(e.periods) as string[];
      // The history starts with the enrollment, ends with the current status, in date order.
      expect(history[0]).toEqual(['aktif', e.enrolledOn]);
      expect(history[history.length - 1]).toEqual([e.status, e.statusDate]);
      expect(history.map((h) => h[1])).toEqual([...history.map((h) => h[1])].sort());
      expect(e.statusDate <= '2024-09-30').toBe(true);
      if (history.some((h) => h[0] === 'ditangguhkan')) suspended += 1;
      if (e.active === 0) {
        // Gone from the lists from the tahap of the exit on.
        const exitPeriod = `${e.statusDate.slice(0, 4)}-Q${Math.floor((Number(e.statusDate.slice(5, 7)) - 1) / 3) + 1}`;
        expect(periods.every((p) => p < exitPeriod), `${e.id} ${e.status}`).toBe(true);
      }
      if (periods[0] !== '2023-Q4') {
        joinedLater += 1;
        expect(e.enrolledOn >= '2024-01-01').toBe(true);
      }
    }
    expect(joinedLater).toBeGreaterThan(100);
    expect(suspended).toBeGreaterThan(0);
  });

  it('writes exactly what the register writer would write for the same families', async () => {
    const bulk = setUpApp();
    const viaWriter = setUpApp();
    await loadDemo(bulk.svc(), bulk.ctx.regions, { families: 200, seed: 9 });

    const ctx = viaWriter.svc();
    const setting = readDemoSetting(ctx, viaWriter.ctx.regions);
    const families: DemoFamily[] = [...generateFamilies(setting, 9, 200, freshIds(ctx))];
    ctx.db.transaction(() => {
      const w = new RegisterWriter(ctx, null, { demo: true });
      for (const f of families) {
        const familyId = w.upsertFamily(f.family).id;
        const memberIds = f.members.map((m) => w.upsertMember(familyId, m).id);
        for (const e of f.enrollments) {
          const [first, ...later] = e.events;
          const memberKey = e.memberIndex === null ? 0 : memberIds[e.memberIndex]!;
          const { id } = w.enroll({ programId: e.program.id, familyId, memberKey, status: first!.status, date: first!.date, reason: first!.reason });
          for (const ev of later) w.setStatus(id, ev.status, ev.date, ev.reason);
          for (const p of e.periods) w.setPeriod(id, p.period, p.nominal, p.components);
        }
      }
    })();
    expect(snapshot(bulk.svc())).toEqual(snapshot(ctx));
    const search = (a: TempApp) => a.svc().db.prepare(`SELECT rowid FROM members_fts WHERE members_fts MATCH ? ORDER BY rowid`).pluck().all('"MUHAMAD"');
    expect(search(bulk).length).toBeGreaterThan(0);
    expect(search(bulk)).toEqual(search(viaWriter));
  });

  it('reports progress through task.progress, audits the load, and refuses a second load', async () => {
    const events: Events['task.progress'][] = [];
    const app = setUpApp({ emit: (_e, p) => events.push(p) });
    const result = await call<DemoLoadResult>(app, 'demo.load', { families: 2500, taskId: 't1' });
    expect(result.families).toBe(2500);
    expect(events[0]).toEqual({ taskId: 't1', label: 'demo.load', done: 0, total: 2500 });
    expect(events.map((e) => e.done)).toEqual([0, 1000, 2000, 2500]);
    const audit = app.svc().db.prepare("SELECT action, entity, after_json AS after FROM audit_log WHERE entity = 'demo'").all() as { action: string; after: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.action).toBe('demo_load');
    expect(JSON.parse(audit[0]!.after)).toMatchObject({ families: 2500, members: result.members, enrollments: result.enrollments, seed: 1 });

    const again = await app.dispatch('demo.load', { families: 10, taskId: 't2' }, { senderUrl: null });
    expect(again).toMatchObject({ ok: false, code: 'DEMO_PRESENT' });
    const tooMany = await app.dispatch('demo.load', { families: 200_001, taskId: 't3' }, { senderUrl: null });
    expect(tooMany).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it('runs one demo job at a time', async () => {
    const app = setUpApp();
    const first = call<DemoLoadResult>(app, 'demo.load', { families: 3000, taskId: 'a' });
    const second = await app.dispatch('demo.remove', { taskId: 'b' }, { senderUrl: null });
    expect(second).toMatchObject({ ok: false, code: 'DEMO_BUSY' });
    expect((await first).families).toBe(3000);
  });
});

describe('demo status', () => {
  it('counts demo rows through their partial indexes, never by scanning the register', async () => {
    const app = setUpApp();
    const ctx = app.svc();
    await loadDemo(ctx, app.ctx.regions, { families: 20, seed: 1 });
    const statements = recordStatements(ctx.db, () => demoStatus(ctx));
    expect(statements).toHaveLength(1);
    const plan = queryPlan(ctx.db, statements[0]!).join('\n');
    expect(plan).toContain('USING COVERING INDEX families_demo');
    expect(plan).toContain('USING COVERING INDEX members_demo');
    expect(plan).not.toMatch(/SCAN (families|members)(\n|$)/);
  });
});

describe('removing demo data', () => {
  it('removes every demo row in one step and leaves real data exactly as it was', async () => {
    const app = setUpApp();
    const ctx = app.svc();
    addRealFamily(ctx);
    const realBefore = snapshot(ctx);
    const loaded = await loadDemo(ctx, app.ctx.regions, { families: 1200, seed: 2 });
    const removed = await call<DemoRemoveResult>(app, 'demo.remove', { taskId: 'rm' });
    expect(removed).toEqual({ families: 1200, members: loaded.members, enrollments: loaded.enrollments, keptFamilies: 0 });
    expect(snapshot(ctx)).toEqual(realBefore);
    expect(demoStatus(ctx)).toEqual({ families: 0, members: 0 });
    // The name index forgot the demo people too: only the real member is found.
    const fts = ctx.db.prepare('SELECT count(*) FROM members_fts').pluck().get();
    expect(fts).toBe(1);
    const audit = ctx.db.prepare("SELECT action, before_json AS before, after_json AS after FROM audit_log WHERE entity = 'demo' ORDER BY id").all() as {
      action: string;
      before: string | null;
      after: string;
    }[];
    expect(audit.map((a) => a.action)).toEqual(['demo_load', 'demo_remove']);
    expect(JSON.parse(audit[1]!.before!)).toEqual({ families: 1200, members: loaded.members });
    expect(JSON.parse(audit[1]!.after)).toEqual(removed);
  });

  it('keeps a demo family that real people were added to, as a real family with only its real people', async () => {
    const app = setUpApp();
    const ctx = app.svc();
    await loadDemo(ctx, app.ctx.regions, { families: 50, seed: 4 });
    const familyId = ctx.db.prepare('SELECT id FROM families WHERE is_demo = 1 ORDER BY id LIMIT 1').pluck().get() as number;
    ctx.db.transaction(() => {
      new RegisterWriter(ctx, null).upsertMember(familyId, {
        nik: '3515140303900001', name: 'Moch. Sholeh', sex: 'L', birthPlace: null, birthDate: '1990-03-03', relationship: 'FAMILI LAIN',
        motherName: null, disability: null, schoolLevel: null, isPengurus: false,
      });
    })();
    const removed = await removeDemo(ctx);
    expect(removed.keptFamilies).toBe(1);
    expect(removed.families).toBe(49);
    expect(demoStatus(ctx)).toEqual({ families: 0, members: 0 });
    expect(ctx.db.prepare('SELECT nik FROM members').pluck().all()).toEqual(['3515140303900001']);
    expect(ctx.db.prepare('SELECT count(*) FROM enrollments WHERE member_key <> 0').pluck().get()).toBe(0);
  });
});

describe('sidampak demo', () => {
  function capture() {
    const out = { stdout: '', stderr: '' };
    return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
  }
  const now = () => new Date('2024-09-30T08:00:00');

  it('loads 50 families as JSON, then removes them', async () => {
    const app = setUpApp();
    app.close();
    const load = capture();
    expect(await runCli(['demo', '--families', '50', '--json', '--db', app.dbFile], { io: load.io, now, actor: 'skrip' })).toBe(0);
    expect(load.out.stderr).toBe('');
    const loaded = JSON.parse(load.out.stdout) as DemoLoadResult;
    expect(loaded).toMatchObject({ families: 50, seed: 1, periods: ['2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3'] });
    expect(loaded.members).toBeGreaterThan(100);

    const again = capture();
    expect(await runCli(['demo', '--families', '50', '--db', app.dbFile], { io: again.io, now })).toBe(1);
    expect(again.out.stderr).toContain('Galat [DEMO_PRESENT]');

    const remove = capture();
    expect(await runCli(['demo', '--remove', '--db', app.dbFile], { io: remove.io, now })).toBe(0);
    expect(remove.out.stdout).toBe(`Data contoh dihapus: 50 keluarga, ${loaded.members} anggota, ${loaded.enrollments} kepesertaan.\n`);

    const text = capture();
    expect(await runCli(['demo', '--families', '20', '--seed', '42', '--db', app.dbFile], { io: text.io, now })).toBe(0);
    expect(text.out.stdout).toMatch(/^Data contoh dimuat: 20 keluarga, \d+ anggota, \d+ kepesertaan \(2023-Q4, 2024-Q1, 2024-Q2, 2024-Q3\) dalam [\d,]+ detik\.\n$/);
  });

  it('asks for --families, and refuses a number out of range naming the flag', async () => {
    const app = setUpApp();
    app.close();
    const none = capture();
    expect(await runCli(['demo', '--db', app.dbFile], { io: none.io })).toBe(2);
    expect(none.out.stderr.split('\n')[0]).toBe('Galat [USAGE]: Sebutkan jumlah keluarga dengan --families, atau --remove untuk menghapus data contoh.');
    for (const bad of ['0', 'seratus', '200001']) {
      const r = capture();
      expect(await runCli(['demo', '--families', bad, '--db', app.dbFile], { io: r.io })).toBe(2);
      expect(r.out.stderr).toContain('Galat [VALIDATION_FAILED]');
      expect(r.out.stderr).toContain('--families:');
    }
  });
});
