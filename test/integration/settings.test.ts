import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { listAudit } from '../../electron/audit/service';
import { listPrograms } from '../../electron/programs/service';
import { listKecamatan } from '../../electron/regions/service';
import {
  changeRegency,
  completeSetup,
  isSetupComplete,
  readLocale,
  readOfficeSettings,
  readSetting,
  saveProfile,
  setLocale,
} from '../../electron/settings/service';
import { AppError } from '../../shared/errors';
import { defaultProfile } from '../../shared/domain/office';
import { id } from '../../shared/i18n/id';
import type { OfficeSettings } from '../../shared/ipc/settings';
import { checksum } from '../support/db-snapshot';
import { SIDOARJO_PROFILE, call, tempApp, type TempApp } from '../support/temp-app';

let app: TempApp;
beforeEach(() => {
  app = tempApp();
});
afterEach(() => app.dispose());

function regionCounts(): { level: string; n: number }[] {
  return app.ctx.database.db.prepare('SELECT level, count(*) AS n FROM regions GROUP BY level ORDER BY level').all() as {
    level: string;
    n: number;
  }[];
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError ? err.code : err instanceof ZodError ? 'ZodError' : String(err);
  }
  return 'no error';
}

describe('first-time setup', () => {
  it('stores Kabupaten Sidoarjo with its 18 kecamatan and villages, and seeds the 8 programs', () => {
    expect(isSetupComplete(app.svc())).toBe(false);
    const settings = completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
    expect(settings).toEqual({
      regencyCode: '35.15',
      regencyName: 'Kabupaten Sidoarjo',
      provinceName: 'Jawa Timur',
      profile: { ...SIDOARJO_PROFILE, headNip: '196804111993031009' },
    });
    expect(isSetupComplete(app.svc())).toBe(true);

    const kecamatan = listKecamatan(app.svc());
    expect(kecamatan.length).toBe(18);
    expect(kecamatan.every((k) => k.code.startsWith('35.15.'))).toBe(true);
    expect(kecamatan.find((k) => k.code === '35.15.08')).toEqual({ code: '35.15.08', name: 'Sidoarjo', villageCount: 24 });
    expect(kecamatan.reduce((sum, k) => sum + k.villageCount, 0)).toBe(346);
    expect(regionCounts()).toEqual([
      { level: 'desa', n: 346 },
      { level: 'kecamatan', n: 18 },
    ]);
    const village = app.ctx.database.db.prepare("SELECT parent_code, name FROM regions WHERE code = '35.15.08.2001'").get();
    expect(village).toEqual({ parent_code: '35.15.08', name: 'Lebo' });

    expect(listPrograms(app.svc(), { includeInactive: true }).map((p) => p.code).sort()).toEqual([
      'ASPD',
      'ATENSI',
      'BLT-DD',
      'PBI-JK',
      'PKH',
      'PKH-PLUS',
      'RUTILAHU',
      'SEMBAKO',
    ]);
  });

  it('audits the settings it writes with actor, before and after', () => {
    completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
    const audit = listAudit(app.svc(), { entity: 'setting', limit: 50 });
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([
      ['create', 'office_profile'],
      ['create', 'regency'],
    ]);
    const setupTime = new Date('2024-09-30T08:00:00').toISOString();
    expect(audit.every((a) => a.actor === 'penguji' && a.at === setupTime)).toBe(true);
    expect(audit[1]!.before).toBeNull();
    expect(audit[1]!.after).toEqual({ code: '35.15', name: 'Kabupaten Sidoarjo', provinceName: 'Jawa Timur' });
    expect(listAudit(app.svc(), { entity: 'program', limit: 50 }).length).toBe(8);
  });

  it('uses the default profile of the regency when none is given', () => {
    const settings = completeSetup(app.svc(), app.ctx.regions, '35.78', null);
    expect(settings.profile).toEqual(defaultProfile('Kota Surabaya'));
    expect(settings.profile.officeName).toBe('Dinas Sosial Kota Surabaya');
    expect(settings.profile.placeName).toBe('Surabaya');
  });

  it('refuses an unknown regency and a second setup without writing', () => {
    const empty = checksum(app.ctx.database.db);
    expect(codeOf(() => completeSetup(app.svc(), app.ctx.regions, '99.99', SIDOARJO_PROFILE))).toBe('REGENCY_UNKNOWN');
    expect(checksum(app.ctx.database.db)).toBe(empty);

    completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
    const done = checksum(app.ctx.database.db);
    expect(codeOf(() => completeSetup(app.svc(), app.ctx.regions, '35.78', SIDOARJO_PROFILE))).toBe('SETUP_ALREADY_DONE');
    expect(checksum(app.ctx.database.db)).toBe(done);
  });
});

describe('office profile', () => {
  beforeEach(() => {
    completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
  });

  it('saves a changed profile and audits the old and new values', () => {
    app.setNow(new Date('2024-10-01T09:30:00Z'));
    const saved = saveProfile(app.svc(), { ...SIDOARJO_PROFILE, headName: 'Dra. Sri Wahyuni, M.M.', headNip: '197002021995032001' });
    expect(saved.profile.headName).toBe('Dra. Sri Wahyuni, M.M.');
    expect(readOfficeSettings(app.svc()).profile.headNip).toBe('197002021995032001');
    const [latest] = listAudit(app.svc(), { entity: 'setting', entityId: 'office_profile', limit: 1 });
    expect(latest).toMatchObject({ action: 'update', actor: 'penguji', at: '2024-10-01T09:30:00.000Z' });
    expect((latest!.before as { headName: string }).headName).toBe('Drs. Bambang Setiawan, M.Si.');
    expect((latest!.after as { headName: string }).headName).toBe('Dra. Sri Wahyuni, M.M.');
  });

  it.each([
    ['17 digits', '19680411199303100'],
    ['a birth date that does not exist', '196802301993031009'],
    ['start month 13', '196804111993131009'],
    ['sex code 3', '196804111993033009'],
    ['letters', '1968041119930310OO'],
  ])('refuses a NIP with %s', async (_label, headNip) => {
    const before = checksum(app.ctx.database.db);
    expect(codeOf(() => saveProfile(app.svc(), { ...SIDOARJO_PROFILE, headNip }))).toBe('ZodError');
    const reply = await app.dispatch('settings.saveProfile', { profile: { ...SIDOARJO_PROFILE, headNip } }, { senderUrl: null });
    expect(reply).toEqual({
      ok: false,
      code: 'VALIDATION_FAILED',
      message: id['error.VALIDATION_FAILED'],
      fields: [{ path: 'profile.headNip', message: id['validation.nip.invalid'] }],
    });
    expect(checksum(app.ctx.database.db)).toBe(before);
  });

  it('accepts an empty NIP (completed later) and a NIP typed with spaces', async () => {
    const cleared = await call<OfficeSettings>(app, 'settings.saveProfile', { profile: { ...SIDOARJO_PROFILE, headNip: '' } });
    expect(cleared.profile.headNip).toBe('');
    const spaced = await call<OfficeSettings>(app, 'settings.saveProfile', { profile: { ...SIDOARJO_PROFILE, headNip: '19680411 199303 1 009' } });
    expect(spaced.profile.headNip).toBe('196804111993031009');
  });
});

describe('changing the regency', () => {
  it('replaces the kecamatan and villages and audits the move', () => {
    completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
    const settings = changeRegency(app.svc(), app.ctx.regions, '35.78');
    expect(settings).toMatchObject({ regencyCode: '35.78', regencyName: 'Kota Surabaya', provinceName: 'Jawa Timur' });
    const kecamatan = listKecamatan(app.svc());
    expect(kecamatan.length).toBe(31);
    expect(kecamatan.every((k) => k.code.startsWith('35.78.'))).toBe(true);
    expect(regionCounts()).toEqual([
      { level: 'desa', n: 153 },
      { level: 'kecamatan', n: 31 },
    ]);
    const left = app.ctx.database.db.prepare("SELECT count(*) AS n FROM regions WHERE code LIKE '35.15.%'").get();
    expect(left).toEqual({ n: 0 });

    const [move] = listAudit(app.svc(), { entity: 'setting', entityId: 'regency', limit: 1 });
    expect(move).toMatchObject({
      action: 'update',
      before: { code: '35.15', name: 'Kabupaten Sidoarjo', provinceName: 'Jawa Timur' },
      after: { code: '35.78', name: 'Kota Surabaya', provinceName: 'Jawa Timur' },
    });
    // The office profile and the program register stay as they were.
    expect(readOfficeSettings(app.svc()).profile.officeName).toBe(SIDOARJO_PROFILE.officeName);
    expect(listPrograms(app.svc(), { includeInactive: true }).length).toBe(8);
  });

  it('keeps the old regions when the new code is unknown', () => {
    completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
    const before = checksum(app.ctx.database.db);
    expect(codeOf(() => changeRegency(app.svc(), app.ctx.regions, '35.99'))).toBe('REGENCY_UNKNOWN');
    expect(checksum(app.ctx.database.db)).toBe(before);
  });

  it('needs setup first', () => {
    expect(codeOf(() => changeRegency(app.svc(), app.ctx.regions, '35.78'))).toBe('SETUP_REQUIRED');
    expect(regionCounts()).toEqual([]);
  });
});

describe('language setting', () => {
  it('defaults to Indonesian and stores a change with an audit entry', () => {
    expect(readLocale(app.svc())).toBe('id');
    setLocale(app.svc(), 'en');
    expect(readLocale(app.svc())).toBe('en');
    expect(readSetting(app.svc(), 'locale')).toBe('en');
    const [entry] = listAudit(app.svc(), { entity: 'setting', entityId: 'locale', limit: 1 });
    expect(entry).toMatchObject({ action: 'create', before: null, after: 'en' });
  });
});
