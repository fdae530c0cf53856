import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_REGISTER_QUERY, type RegisterQuery } from '../../shared/domain/register-query';
import type { FamilyDetail, RegisterOptions, RegisterPage } from '../../shared/ipc/beneficiaries';
import { completeSetup } from '../../electron/settings/service';
import { bulkFamilies, KEBONAGUNG, KEC_SIDOARJO, seedRegister, SUKODONO, writeFamilies, type SeededRegister } from '../support/register-fixture';
import { call, SIDOARJO_PROFILE, tempApp, type TempApp } from '../support/temp-app';

let app: TempApp;
let reg: SeededRegister;
beforeEach(() => {
  app = tempApp();
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
  reg = seedRegister(app.svc());
});
afterEach(() => app.dispose());

const list = (query: Partial<RegisterQuery>, offset = 0, limit = 100) =>
  call<RegisterPage>(app, 'beneficiaries.list', { query: { ...EMPTY_REGISTER_QUERY, ...query }, offset, limit });
const names = (page: RegisterPage) => page.rows.map((r) => r.name);

describe('register search', () => {
  it('finds a member by exact NIK and the whole family by exact No. KK', async () => {
    const byNik = await list({ search: '3515144508680002' });
    expect(byNik.total).toBe(1);
    expect(byNik.rows[0]).toMatchObject({ name: 'Siti Aminah', kk: '3515140101100001', isPengurus: true, kecamatan: 'Sukodono', desa: 'Wilayut' });
    // Spaces and a leading apostrophe (as pasted from Excel) do not matter.
    expect((await list({ search: " '3515 1445 0868 0002 " })).total).toBe(1);

    const byKk = await list({ search: '3515140101100001' });
    expect(names(byKk)).toEqual(['Siti Aminah', 'Moch. Sholeh', 'Nur Hidayati']);
    expect((await list({ search: '3515144508680009' })).total).toBe(0);
  });

  it('finds NIKs by their first digits, in NIK order', async () => {
    const sukodono = await list({ search: '351514' });
    expect(sukodono.rows.map((r) => r.nik)).toEqual([
      '3515140303650003', '3515141204900004', '3515144508680002', '3515145012050001', '3515145506920005',
    ]);
    expect(names(await list({ search: '35151445' }))).toEqual(['Siti Aminah']);
    expect((await list({ search: '3516' })).total).toBe(0);
  });

  it("finds name variants: 'Moch.', 'Mochammad' and 'Muhammad' find each other, by word prefix", async () => {
    const everyMuhammad = ['Moch. Sholeh', 'Mochammad Rizki', 'Muhammad Sholeh'];
    for (const query of ['Moch.', 'Mochammad', 'muhammad', 'MOH', 'Muh']) {
      expect(names(await list({ search: query })).sort(), query).toEqual(everyMuhammad);
    }
    expect(names(await list({ search: 'Mochammad Sholeh' })).sort()).toEqual(['Moch. Sholeh', 'Muhammad Sholeh']);
    // A half-typed variant spelling: the stored keys say MUHAMAD, never MOHAM….
    for (const query of ['Moham', 'mochamm', 'Mohamme']) {
      expect(names(await list({ search: query })).sort(), query).toEqual(everyMuhammad);
    }
    expect(names(await list({ search: 'Moham sho' })).sort()).toEqual(['Moch. Sholeh', 'Muhammad Sholeh']);
    expect(names(await list({ search: 'sho' })).sort()).toEqual(['Moch. Sholeh', 'Muhammad Sholeh']);
    expect(names(await list({ search: 'siti am' }))).toEqual(['Siti Aminah']);
    expect((await list({ search: 'Sholeh Rizki' })).total).toBe(0);
    // FTS syntax typed by a user is only text.
    expect(names(await list({ search: 'siti" * (' }))).toEqual(['Siti Aminah']);
  });

  it('combines a search with the program filter', async () => {
    const pkh = reg.programs.PKH!;
    expect(names(await list({ search: 'Sholeh', programId: pkh })).sort()).toEqual(['Moch. Sholeh', 'Muhammad Sholeh']);
    expect(names(await list({ search: 'Sholeh', programId: pkh, status: 'aktif', kecamatanCode: KEC_SIDOARJO }))).toEqual(['Muhammad Sholeh']);
    expect((await list({ search: '3515082102800008', programId: pkh })).total).toBe(0);
  });
});

describe('register filters', () => {
  it('lists one program: family enrollments cover every member, per-person ones only that person', async () => {
    const pkh = await list({ programId: reg.programs.PKH! });
    // Ordered by No. KK, members of a family together.
    expect(names(pkh)).toEqual([
      'Muhammad Sholeh', 'Sri Wahyuni', 'Siti Aminah', 'Moch. Sholeh', 'Nur Hidayati', 'Mochammad Rizki', 'Dewi Lestari',
    ]);
    const siti = pkh.rows.find((r) => r.name === 'Siti Aminah')!;
    expect(siti.enrollment).toMatchObject({ status: 'aktif', period: '2024-Q3', nominal: 500_000, components: { SMA: 1 } });

    const pbi = await list({ programId: reg.programs['PBI-JK']! });
    expect(names(pbi)).toEqual(['Dewi Lestari']);
    expect(pbi.rows[0]!.programs).toEqual([
      { code: 'PBI-JK', status: 'aktif' },
      { code: 'PKH', status: 'graduasi_sejahtera_mandiri' },
    ]);
  });

  it('filters by status, kecamatan, desa, desil, component and pengurus', async () => {
    const pkh = reg.programs.PKH!;
    expect(names(await list({ programId: pkh, status: 'graduasi_sejahtera_mandiri' }))).toEqual(['Mochammad Rizki', 'Dewi Lestari']);
    expect((await list({ programId: pkh, status: 'aktif' })).total).toBe(5);
    // Without a program, a status means "in any program with this status".
    expect(names(await list({ status: 'graduasi_sejahtera_mandiri' }))).toEqual(['Mochammad Rizki', 'Dewi Lestari']);

    expect((await list({ kecamatanCode: SUKODONO })).total).toBe(5);
    expect(names(await list({ desaCode: KEBONAGUNG }))).toEqual(['Mochammad Rizki', 'Dewi Lestari']);
    expect(names(await list({ desilMin: 1, desilMax: 2, pengurusOnly: true }))).toEqual(['Muhammad Sholeh', 'Siti Aminah']);
    expect(names(await list({ desilMin: 5 }))).toEqual(['Agus Santoso']);

    // Components count in the enrollment's latest period only: family 1 had SD in 2024-Q2, SMA in 2024-Q3.
    expect(names(await list({ programId: pkh, component: 'SD', pengurusOnly: true }))).toEqual(['Muhammad Sholeh']);
    expect(names(await list({ programId: pkh, component: 'SMA', pengurusOnly: true }))).toEqual(['Siti Aminah']);
    expect(names(await list({ component: 'AUD', pengurusOnly: true })).sort()).toEqual(['Mochammad Rizki', 'Muhammad Sholeh']);

    expect((await list({})).total).toBe(8);
  });

  it('offers programs with components, kecamatan with their desa, and the statuses', async () => {
    const options = await call<RegisterOptions>(app, 'beneficiaries.options', {});
    expect(options.programs.find((p) => p.code === 'PKH')!.components.map((c) => c.code)).toEqual(['HAMIL', 'AUD', 'SD', 'SMP', 'SMA', 'DISABIL', 'LANSIA', 'HAM']);
    expect(options.programs.find((p) => p.code === 'PBI-JK')!.perPerson).toBe(true);
    const sukodono = options.kecamatan.find((k) => k.code === SUKODONO)!;
    expect(sukodono.name).toBe('Sukodono');
    expect(sukodono.desa.map((d) => d.code)).toContain(KEBONAGUNG);
    expect(options.statuses.map((s) => s.code)).toEqual([
      'aktif', 'ditangguhkan', 'graduasi_alamiah', 'graduasi_sejahtera_mandiri', 'meninggal', 'pindah', 'mengundurkan_diri', 'tidak_eligible',
    ]);
  });
});

describe('register paging', () => {
  it('serves any window of a large view by offset, in a stable order, with the total', async () => {
    writeFamilies(app.svc(), bulkFamilies(700), reg);
    const query = { kecamatanCode: KEC_SIDOARJO };
    const first = await list(query, 0, 500);
    expect(first.total).toBe(3 + 2100);
    const whole = [...first.rows];
    for (let offset = 500; offset < first.total; offset += 500) whole.push(...(await list(query, offset, 500)).rows);
    expect(whole).toHaveLength(first.total);
    expect(new Set(whole.map((r) => r.memberId)).size).toBe(first.total);
    const kks = whole.map((r) => r.kk);
    expect(kks).toEqual([...kks].sort());

    // A window deep in the view equals the same rows read from the start.
    const deep = await list(query, 1234, 50);
    expect(deep.rows.map((r) => r.memberId)).toEqual(whole.slice(1234, 1284).map((r) => r.memberId));
    // A NIK prefix ending in 9 (the range's upper bound is ':') finds exactly what LIKE finds.
    const prefix = '35150809';
    const expected = app.svc().db.prepare('SELECT count(*) FROM members WHERE nik LIKE ?').pluck().get(`${prefix}%`) as number;
    expect(expected).toBeGreaterThan(0);
    expect((await list({ search: prefix }, 0, 500)).total).toBe(expected);
    // Past the end: an empty window, the offset clamped.
    const past = await list(query, 99_999, 50);
    expect(past).toMatchObject({ total: first.total, offset: first.total, rows: [] });
  });

  it('keeps the view while nothing changes and rebuilds it after a write', async () => {
    const pkh = reg.programs.PKH!;
    const before = await list({ programId: pkh, status: 'aktif' });
    expect((await list({ programId: pkh, status: 'aktif' }, 2, 2)).version).toBe(before.version);
    await call(app, 'beneficiaries.setStatus', {
      enrollmentId: reg.enrollments['3515080303180003:PKH'],
      status: 'ditangguhkan',
      date: '2024-09-01',
      reason: 'Tidak hadir pertemuan kelompok',
    });
    const after = await list({ programId: pkh, status: 'aktif' });
    expect(after.version).not.toBe(before.version);
    expect(after.total).toBe(before.total - 2);
  });
});

describe('family detail', () => {
  it('shows members (pengurus first), enrollments in all programs with periods and history', async () => {
    const detail = await call<FamilyDetail>(app, 'beneficiaries.family', { familyId: reg.families['3515140202150002'] });
    expect(detail.family).toMatchObject({ kk: '3515140202150002', kecamatan: 'Sukodono', desa: 'Kebonagung', desil: 4, rt: '001', rw: '003' });
    expect(detail.members.map((m) => [m.name, m.isPengurus])).toEqual([
      ['Mochammad Rizki', true],
      ['Dewi Lestari', false],
    ]);
    expect(detail.enrollments.map((e) => [e.programCode, e.status, e.memberName])).toEqual([
      ['PBI-JK', 'aktif', 'Dewi Lestari'],
      ['PKH', 'graduasi_sejahtera_mandiri', null],
    ]);
    const pkh = detail.enrollments.find((e) => e.programCode === 'PKH')!;
    expect(pkh.history.map((h) => [h.status, h.statusDate, h.reason, h.actor])).toEqual([
      ['graduasi_sejahtera_mandiri', '2024-06-30', 'Ekonomi membaik', 'penguji'],
      ['aktif', '2023-01-01', 'FC tahap I', 'penguji'],
    ]);
    expect(pkh.periods).toEqual([{ period: '2024-Q1', nominal: 750_000, components: { AUD: 1 } }]);
    // Receiving now: only statuses that count as active.
    expect(detail.receiving).toEqual(['PBI-JK']);
    expect(detail.audit).toEqual([]);
  });

  it('refuses an unknown family with NOT_FOUND', async () => {
    const reply = await app.dispatch('beneficiaries.family', { familyId: 999_999 }, { senderUrl: null });
    expect(reply).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
