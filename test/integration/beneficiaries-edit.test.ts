import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/ipc';
import { EMPTY_REGISTER_QUERY } from '../../shared/domain/register-query';
import type { FamilyDetail, RegisterPage, SaveResult, StatusInfo } from '../../shared/ipc/beneficiaries';
import type { AuditEntry } from '../../shared/ipc/app';
import { id as ID } from '../../shared/i18n/id';
import { listAudit } from '../../electron/audit/service';
import { completeSetup } from '../../electron/settings/service';
import { checksum } from '../support/db-snapshot';
import { seedRegister, SUKODONO, WILAYUT, type SeededRegister } from '../support/register-fixture';
import { call, SIDOARJO_PROFILE, tempApp, type TempApp } from '../support/temp-app';

let app: TempApp;
let reg: SeededRegister;
beforeEach(() => {
  app = tempApp();
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
  reg = seedRegister(app.svc());
});
afterEach(() => app.dispose());

const dispatch = (channel: string, input: unknown) => app.dispatch(channel, input, { senderUrl: null });
const failure = (reply: Envelope<unknown>) => {
  if (reply.ok) throw new Error(`expected a failure, got ${JSON.stringify(reply.value)}`);
  return reply;
};

const SITI = {
  nik: '3515144508680002', name: 'Siti Aminah', sex: 'P', birthPlace: null, birthDate: '1968-08-05', relationship: 'Istri',
  motherName: null, disability: null, schoolLevel: null, isPengurus: true,
};
const FAMILY_1 = {
  kk: '3515140101100001', address: 'Dusun Krajan', rt: '005', rw: '002', kecamatanCode: SUKODONO, desaCode: WILAYUT,
  dtksId: 'DTKS-0001', desil: 2, desilAsOf: '2024-06-30',
};

describe('editing families and members', () => {
  it('refuses an invalid NIK with the rule that failed, per field, and writes nothing', async () => {
    const before = checksum(app.svc().db);
    const cases: [string, string][] = [
      ['351514450868000', ID['validation.nik.NIK_INVALID_LENGTH']],
      ['35151445O8680002', ID['validation.nik.NIK_NOT_NUMERIC']],
      ['3.51514E+15', ID['validation.nik.NIK_PRECISION_LOST']],
      ['3515143508680002', ID['validation.nik.NIK_BAD_DATE']],
      ['9915144508680002', ID['validation.nik.NIK_BAD_DATE']],
    ];
    for (const [nik, message] of cases) {
      const reply = failure(await dispatch('beneficiaries.updateMember', { memberId: reg.members[SITI.nik], member: { ...SITI, nik } }));
      expect(reply.code, nik).toBe('VALIDATION_FAILED');
      expect(reply.fields, nik).toEqual([{ path: 'member.nik', message }]);
    }
    const kk = failure(await dispatch('beneficiaries.updateFamily', { familyId: reg.families[FAMILY_1.kk], family: { ...FAMILY_1, kk: '351514010110000' } }));
    expect(kk.fields).toEqual([{ path: 'family.kk', message: ID['validation.kk.KK_INVALID'] }]);
    const rt = failure(await dispatch('beneficiaries.updateFamily', { familyId: reg.families[FAMILY_1.kk], family: { ...FAMILY_1, rt: 'lima' } }));
    expect(rt.fields).toEqual([{ path: 'family.rt', message: ID['validation.rtrw.invalid'] }]);
    const desa = failure(await dispatch('beneficiaries.updateFamily', { familyId: reg.families[FAMILY_1.kk], family: { ...FAMILY_1, kecamatanCode: '35.15.08' } }));
    expect(desa.fields).toEqual([{ path: 'family.desaCode', message: ID['validation.region.desaOutside'] }]);
    const region = failure(await dispatch('beneficiaries.updateFamily', { familyId: reg.families[FAMILY_1.kk], family: { ...FAMILY_1, kecamatanCode: '35.78.01', desaCode: null } }));
    expect(region.fields).toEqual([{ path: 'family.kecamatanCode', message: ID['validation.region.unknown'] }]);
    expect(checksum(app.svc().db)).toBe(before);
  });

  it('refuses a NIK or No. KK that belongs to someone else with its own code', async () => {
    const before = checksum(app.svc().db);
    const nik = failure(await dispatch('beneficiaries.updateMember', { memberId: reg.members[SITI.nik], member: { ...SITI, nik: '3515141204900004' } }));
    expect(nik.code).toBe('NIK_TAKEN');
    expect(nik.message).toContain('3515141204900004');
    const kk = failure(await dispatch('beneficiaries.updateFamily', { familyId: reg.families[FAMILY_1.kk], family: { ...FAMILY_1, kk: '3515140202150002' } }));
    expect(kk.code).toBe('KK_TAKEN');
    expect(checksum(app.svc().db)).toBe(before);
  });

  it('corrects a NIK and a name, keeps the name searchable, and audits only what changed', async () => {
    const memberId = reg.members[SITI.nik]!;
    const saved = await call<SaveResult>(app, 'beneficiaries.updateMember', {
      memberId,
      member: { ...SITI, nik: " '3515 1445 0868 0012", name: '  Sitti   Aminah ', birthDate: '1968-08-06', motherName: '' },
    });
    expect(saved.detail.members.find((m) => m.id === memberId)).toMatchObject({ nik: '3515144508680012', name: 'Sitti Aminah', motherName: null });
    // The new birth date disagrees with the NIK: saved, with a warning.
    expect(saved.warnings).toEqual(['NIK_BIRTHDATE_MISMATCH']);

    const found = await call<RegisterPage>(app, 'beneficiaries.list', { query: { ...EMPTY_REGISTER_QUERY, search: 'siti aminah' }, offset: 0, limit: 10 });
    expect(found.rows.map((r) => r.nik)).toEqual(['3515144508680012']);
    const byOldNik = await call<RegisterPage>(app, 'beneficiaries.list', { query: { ...EMPTY_REGISTER_QUERY, search: SITI.nik }, offset: 0, limit: 10 });
    expect(byOldNik.total).toBe(0);

    const [entry] = listAudit(app.svc(), { entity: 'member', entityId: String(memberId), limit: 5 });
    expect(entry).toMatchObject({
      action: 'update',
      actor: 'penguji',
      before: { nik: SITI.nik, name: 'Siti Aminah', birthDate: '1968-08-05' },
      after: { nik: '3515144508680012', name: 'Sitti Aminah', birthDate: '1968-08-06' },
    });
    expect(saved.detail.audit.map((a) => a.id)).toContain(entry!.id);

    // Saving the same values again changes nothing and writes no audit row.
    const count = listAudit(app.svc(), { limit: 500 }).length;
    await call(app, 'beneficiaries.updateMember', { memberId, member: { ...SITI, nik: '3515144508680012', name: 'Sitti Aminah', birthDate: '1968-08-06' } });
    expect(listAudit(app.svc(), { limit: 500 })).toHaveLength(count);
  });

  it('moves the pengurus mark: the previous pengurus steps down on the record', async () => {
    const dewi = reg.members['3515145506920005']!;
    const rizki = reg.members['3515141204900004']!;
    const saved = await call<SaveResult>(app, 'beneficiaries.updateMember', {
      memberId: dewi,
      member: { ...SITI, nik: '3515145506920005', name: 'Dewi Lestari', birthDate: '1992-06-15', relationship: 'Istri', disability: 'Tuna daksa', isPengurus: true },
    });
    expect(saved.warnings).toEqual([]);
    expect(saved.detail.members.map((m) => [m.name, m.isPengurus])).toEqual([
      ['Dewi Lestari', true],
      ['Mochammad Rizki', false],
    ]);
    const rizkiAudit = listAudit(app.svc(), { entity: 'member', entityId: String(rizki), limit: 5 });
    expect(rizkiAudit[0]).toMatchObject({ before: { isPengurus: true }, after: { isPengurus: false } });
  });

  it('edits a family: normalises RT/RW, checks the region, clears what is emptied', async () => {
    const familyId = reg.families[FAMILY_1.kk]!;
    const saved = await call<SaveResult>(app, 'beneficiaries.updateFamily', {
      familyId,
      family: { ...FAMILY_1, rt: '7', rw: '03', desaCode: '35.15.14.2005', dtksId: '  ', address: 'Dusun  Krajan Baru' },
    });
    expect(saved.detail.family).toMatchObject({ rt: '007', rw: '003', desa: 'Suruh', dtksId: null, address: 'Dusun Krajan Baru' });
    const [entry] = listAudit(app.svc(), { entity: 'family', entityId: String(familyId), limit: 1 });
    expect(entry).toMatchObject({
      action: 'update',
      before: { kk: FAMILY_1.kk, rt: '005', rw: '002', desaCode: WILAYUT, dtksId: 'DTKS-0001', address: 'Dusun Krajan' },
      after: { rt: '007', rw: '003', desaCode: '35.15.14.2005', dtksId: null, address: 'Dusun Krajan Baru' },
    });
    expect(Object.keys(entry!.after as object).sort()).toEqual(['address', 'desaCode', 'dtksId', 'rt', 'rw']);
  });
});

describe('status changes', () => {
  const kk = '3515140101100001';

  it('changes a status through the writer: enrollment, dated history with reason and actor, and the audit log', async () => {
    const enrollmentId = reg.enrollments[`${kk}:PKH`]!;
    const detail = await call<FamilyDetail>(app, 'beneficiaries.setStatus', {
      enrollmentId,
      status: 'graduasi_alamiah',
      date: '2024-09-15',
      reason: '  Tidak ada komponen yang memenuhi syarat ',
    });
    const pkh = detail.enrollments.find((e) => e.id === enrollmentId)!;
    expect(pkh).toMatchObject({ status: 'graduasi_alamiah', statusDate: '2024-09-15', countsAsActive: false });
    expect(pkh.history.map((h) => [h.status, h.statusDate, h.reason, h.actor, h.batchId])).toEqual([
      ['graduasi_alamiah', '2024-09-15', 'Tidak ada komponen yang memenuhi syarat', 'penguji', null],
      ['aktif', '2024-04-01', 'FC tahap II', 'penguji', null],
    ]);
    expect(detail.receiving).toEqual(['SEMBAKO']);
    const audit: AuditEntry = detail.audit[0]!;
    expect(audit).toMatchObject({
      action: 'status',
      entity: 'enrollment',
      entityId: String(enrollmentId),
      actor: 'penguji',
      before: { status: 'aktif', statusDate: '2024-04-01' },
      after: { status: 'graduasi_alamiah', statusDate: '2024-09-15', reason: 'Tidak ada komponen yang memenuhi syarat' },
    });
  });

  it('refuses an unknown status, a missing reason, a future date and an unknown enrollment, writing nothing', async () => {
    const enrollmentId = reg.enrollments[`${kk}:PKH`]!;
    const before = checksum(app.svc().db);
    const base = { enrollmentId, status: 'meninggal', date: '2024-09-15', reason: 'Akta kematian 12/2024' };
    expect(failure(await dispatch('beneficiaries.setStatus', { ...base, status: 'hilang' }))).toMatchObject({ code: 'STATUS_UNKNOWN' });
    expect(failure(await dispatch('beneficiaries.setStatus', { ...base, reason: '  ' })).fields?.[0]?.path).toBe('reason');
    expect(failure(await dispatch('beneficiaries.setStatus', { ...base, date: '2024-10-01' })).fields).toEqual([
      { path: 'date', message: ID['validation.date.future'] },
    ]);
    expect(failure(await dispatch('beneficiaries.setStatus', { ...base, enrollmentId: 999_999 }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(checksum(app.svc().db)).toBe(before);
  });

  it('extends the status lookup table with a labelled status, audited, and uses it', async () => {
    const statuses = await call<StatusInfo[]>(app, 'beneficiaries.addStatus', { label: 'Meninggal  dunia (ART tunggal)', countsAsActive: false, exitKind: 'death' });
    const added = statuses[statuses.length - 1]!;
    expect(added).toEqual({ code: 'meninggal_dunia_art_tunggal', label: 'Meninggal dunia (ART tunggal)', countsAsActive: false, exitKind: 'death', sort: 9 });
    expect(failure(await dispatch('beneficiaries.addStatus', { label: 'aktif', countsAsActive: true, exitKind: null }))).toMatchObject({ code: 'STATUS_TAKEN' });
    expect(failure(await dispatch('beneficiaries.addStatus', { label: 'Aktif lagi', countsAsActive: true, exitKind: 'death' })).fields?.[0]?.path).toBe('exitKind');
    expect(listAudit(app.svc(), { entity: 'enrollment_status', limit: 5 })).toHaveLength(1);

    const detail = await call<FamilyDetail>(app, 'beneficiaries.setStatus', {
      enrollmentId: reg.enrollments['3515140202150002:PBI-JK'],
      status: added.code,
      date: '2024-09-20',
      reason: 'Laporan desa',
    });
    expect(detail.enrollments.find((e) => e.programCode === 'PBI-JK')!.status).toBe(added.code);
    expect(await call<StatusInfo[]>(app, 'beneficiaries.statuses', {})).toHaveLength(9);
  });
});
