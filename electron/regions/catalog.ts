import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseCsvRecords } from '../../shared/csv';
import { HOME_PROVINCE_CODE, type Region } from '../../shared/domain/regions';

/**
 * All of Indonesia's Kemendagri regions from the `idn-area-data` package (code MIT, data ODbL;
 * attributed in Pengaturan → Tentang). Read lazily, once, from the package's CSV files.
 */
export interface RegionCatalog {
  provinces(): Region[];
  regencies(provinceCode: string): Region[];
  regency(code: string): (Region & { provinceName: string }) | null;
  districts(regencyCode: string): Region[];
  villages(regencyCode: string): (Region & { districtCode: string })[];
}

function dataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('idn-area-data/package.json')), 'data');
}

function load(name: string): Record<string, string>[] {
  return parseCsvRecords(readFileSync(join(dataDir(), `${name}.csv`), 'utf8'));
}

function byName(a: Region, b: Region): number {
  return a.name.localeCompare(b.name, 'id');
}

export function createRegionCatalog(): RegionCatalog {
  let provinces: Region[] | null = null;
  let regencies: (Region & { provinceCode: string })[] | null = null;
  let districts: (Region & { regencyCode: string })[] | null = null;
  let villages: (Region & { districtCode: string })[] | null = null;

  const allProvinces = () =>
    (provinces ??= load('provinces').map((r) => ({ code: r.code!, name: r.name! })));
  const allRegencies = () =>
    (regencies ??= load('regencies').map((r) => ({ code: r.code!, name: r.name!, provinceCode: r.province_code! })));
  const allDistricts = () =>
    (districts ??= load('districts').map((r) => ({ code: r.code!, name: r.name!, regencyCode: r.regency_code! })));
  const allVillages = () =>
    (villages ??= load('villages').map((r) => ({ code: r.code!, name: r.name!, districtCode: r.district_code! })));

  return {
    provinces() {
      const list = [...allProvinces()].sort(byName);
      const home = list.findIndex((p) => p.code === HOME_PROVINCE_CODE);
      if (home > 0) list.unshift(...list.splice(home, 1));
      return list;
    },
    regencies(provinceCode) {
      return allRegencies()
        .filter((r) => r.provinceCode === provinceCode)
        .map(({ code, name }) => ({ code, name }))
        .sort((a, b) => a.code.localeCompare(b.code));
    },
    regency(code) {
      const r = allRegencies().find((x) => x.code === code);
      if (!r) return null;
      const province = allProvinces().find((p) => p.code === r.provinceCode);
      return { code: r.code, name: r.name, provinceName: province?.name ?? '' };
    },
    districts(regencyCode) {
      return allDistricts()
        .filter((d) => d.regencyCode === regencyCode)
        .map(({ code, name }) => ({ code, name }))
        .sort(byName);
    },
    villages(regencyCode) {
      const prefix = `${regencyCode}.`;
      return allVillages().filter((v) => v.code.startsWith(prefix));
    },
  };
}
