import { AppError } from '../../shared/errors';
import { defaultProfile, LOCALES, officeProfileSchema, type Locale, type OfficeProfile } from '../../shared/domain/office';
import type { OfficeSettings } from '../../shared/ipc/settings';
import { recordAudit } from '../audit/service';
import type { ServiceContext } from '../context';
import { seedPrograms } from '../programs/seed';
import type { RegionCatalog } from '../regions/catalog';
import { storeRegencyRegions } from '../regions/service';

interface RegencySetting {
  code: string;
  name: string;
  provinceName: string;
}

/** Setting keys and the shape of their JSON values. */
interface SettingValues {
  regency: RegencySetting;
  office_profile: OfficeProfile;
  locale: Locale;
}
type SettingKey = keyof SettingValues;

export function readSetting<K extends SettingKey>(ctx: Pick<ServiceContext, 'db'>, key: K): SettingValues[K] | null {
  const row = ctx.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as SettingValues[K]) : null;
}

function writeSetting<K extends SettingKey>(ctx: ServiceContext, key: K, value: SettingValues[K]): void {
  const before = readSetting(ctx, key);
  ctx.db
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(key, JSON.stringify(value));
  recordAudit(ctx, { action: before === null ? 'create' : 'update', entity: 'setting', entityId: key, before, after: value });
}

export function readLocale(ctx: Pick<ServiceContext, 'db'>): Locale {
  const locale = readSetting(ctx, 'locale');
  return locale && (LOCALES as readonly string[]).includes(locale) ? locale : 'id';
}

export function setLocale(ctx: ServiceContext, locale: Locale): void {
  ctx.db.transaction(() => writeSetting(ctx, 'locale', locale))();
}

export function isSetupComplete(ctx: Pick<ServiceContext, 'db'>): boolean {
  return readSetting(ctx, 'regency') !== null && readSetting(ctx, 'office_profile') !== null;
}

function resolveRegency(catalog: RegionCatalog, code: string): RegencySetting {
  const regency = catalog.regency(code);
  if (!regency) throw new AppError('REGENCY_UNKNOWN', { code });
  return { code: regency.code, name: regency.name, provinceName: regency.provinceName };
}

/** First start: store the regency with its kecamatan and desa, the office profile, and the seed catalogue. */
export function completeSetup(
  ctx: ServiceContext,
  catalog: RegionCatalog,
  regencyCode: string,
  profile: OfficeProfile | null,
): OfficeSettings {
  const regency = resolveRegency(catalog, regencyCode);
  const validProfile = officeProfileSchema.parse(profile ?? defaultProfile(regency.name));
  ctx.db.transaction(() => {
    if (isSetupComplete(ctx)) throw new AppError('SETUP_ALREADY_DONE');
    writeSetting(ctx, 'regency', regency);
    storeRegencyRegions(ctx, catalog, regency.code);
    writeSetting(ctx, 'office_profile', validProfile);
    seedPrograms(ctx);
  })();
  return readOfficeSettings(ctx);
}

export function readOfficeSettings(ctx: Pick<ServiceContext, 'db'>): OfficeSettings {
  const regency = readSetting(ctx, 'regency');
  const profile = readSetting(ctx, 'office_profile');
  if (!regency || !profile) throw new AppError('SETUP_REQUIRED');
  return { regencyCode: regency.code, regencyName: regency.name, provinceName: regency.provinceName, profile };
}

export function saveProfile(ctx: ServiceContext, profile: OfficeProfile): OfficeSettings {
  const valid = officeProfileSchema.parse(profile);
  ctx.db.transaction(() => {
    readOfficeSettings(ctx);
    writeSetting(ctx, 'office_profile', valid);
  })();
  return readOfficeSettings(ctx);
}

/** Moves the office to another kabupaten/kota: its kecamatan and desa replace the old ones. */
export function changeRegency(ctx: ServiceContext, catalog: RegionCatalog, regencyCode: string): OfficeSettings {
  const regency = resolveRegency(catalog, regencyCode);
  ctx.db.transaction(() => {
    readOfficeSettings(ctx);
    writeSetting(ctx, 'regency', regency);
    storeRegencyRegions(ctx, catalog, regency.code);
  })();
  return readOfficeSettings(ctx);
}
