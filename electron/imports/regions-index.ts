import { STATUS_ALIASES, statusKey } from '../../shared/domain/import-aliases';
import { regionNameKey } from '../../shared/domain/normalize';
import type { Db } from '../db/open';

/**
 * Lookups the row validator needs, loaded once per import: the office's kecamatan and desa by
 * name key (case, spaces and prefixes such as `KEC.`, `DESA`, `KEL.` ignored), and status spellings.
 */
export interface RegionIndex {
  regencyCode: string;
  regencyName: string;
  kecamatanByKey: Map<string, { code: string; name: string }>;
  /** `${kecamatanCode}|${nameKey}` → desa code. */
  desaInKecamatan: Map<string, string>;
  /** Name key → every desa with that name in the regency (names repeat across kecamatan). */
  desaByKey: Map<string, { code: string; kecamatanCode: string }[]>;
  kecamatanName: Map<string, string>;
}

export function loadRegionIndex(db: Db, regency: { code: string; name: string }): RegionIndex {
  const index: RegionIndex = {
    regencyCode: regency.code,
    regencyName: regency.name,
    kecamatanByKey: new Map(),
    desaInKecamatan: new Map(),
    desaByKey: new Map(),
    kecamatanName: new Map(),
  };
  const rows = db.prepare('SELECT code, parent_code AS parent, level, name FROM regions').all() as {
    code: string;
    parent: string;
    level: string;
    name: string;
  }[];
  for (const r of rows) {
    const key = regionNameKey(r.name);
    if (r.level === 'kecamatan') {
      index.kecamatanByKey.set(key, { code: r.code, name: r.name });
      index.kecamatanName.set(r.code, r.name);
    } else {
      index.desaInKecamatan.set(`${r.parent}|${key}`, r.code);
      const list = index.desaByKey.get(key);
      if (list) list.push({ code: r.code, kecamatanCode: r.parent });
      else index.desaByKey.set(key, [{ code: r.code, kecamatanCode: r.parent }]);
    }
  }
  return index;
}

/** Status text → a code of the `enrollment_statuses` lookup (its codes, its labels, the usual spellings). */
export function loadStatusIndex(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT code, label FROM enrollment_statuses').all() as { code: string; label: string }[];
  const codes = new Set(rows.map((r) => r.code));
  const index = new Map<string, string>();
  for (const [spelling, code] of STATUS_ALIASES) if (codes.has(code)) index.set(spelling, code);
  for (const r of rows) {
    index.set(statusKey(r.code.replace(/_/g, ' ')), r.code);
    index.set(statusKey(r.label), r.code);
  }
  return index;
}
