import type { ParsedRow } from '../../shared/domain/imports';
import type { ComponentCounts } from '../../shared/domain/register';

/**
 * What a list says about one enrollment unit (a family by KK, or a person by NIK for per-person
 * programs). A family often spans several rows (one per member); it is enrolled once, at its first
 * row, with the first status, amount and component counts any of its rows states.
 */
export interface UnitPlan {
  /** True on the unit's first row: the row that enrolls it and writes its period entry. */
  first: boolean;
  status: string;
  nominal: number | null;
  components: ComponentCounts | null;
}

export const DEFAULT_STATUS = 'aktif';

export function unitKey(row: ParsedRow, perPerson: boolean): string {
  return perPerson ? row.member.nik : row.family.kk;
}

/** One plan per row, in row order. */
export function planUnits(rows: readonly ParsedRow[], perPerson: boolean): UnitPlan[] {
  const units = new Map<string, { status: string | null; nominal: number | null; components: ComponentCounts | null }>();
  for (const row of rows) {
    const key = unitKey(row, perPerson);
    const unit = units.get(key);
    if (!unit) {
      units.set(key, { status: row.status, nominal: row.nominal, components: row.components });
      continue;
    }
    unit.status ??= row.status;
    unit.nominal ??= row.nominal;
    unit.components ??= row.components;
  }
  const seen = new Set<string>();
  return rows.map((row) => {
    const key = unitKey(row, perPerson);
    const unit = units.get(key)!;
    const first = !seen.has(key);
    seen.add(key);
    return { first, status: unit.status ?? DEFAULT_STATUS, nominal: unit.nominal, components: unit.components };
  });
}
