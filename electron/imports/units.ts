import type { ParsedRow } from '../../shared/domain/imports';
import type { ComponentCounts } from '../../shared/domain/register';

/**
 * What a list says about one enrollment unit (a family by KK, or a person by NIK for per-person
 * programs). A family often spans several rows (one per member), not always next to each other;
 * it is enrolled once, at its first row, with the first status, amount and component counts any
 * of its rows states.
 */
export interface Unit<Ids> {
  /** Index of its first row among the rows seen, and that row's sheet row. */
  first: number;
  row: number;
  status: string | null;
  nominal: number | null;
  components: ComponentCounts | null;
  /** What the caller keeps of the first row (family and member ids). */
  ids: Ids;
}

export const DEFAULT_STATUS = 'aktif';

export function unitKey(row: ParsedRow, perPerson: boolean): string {
  return perPerson ? row.member.nik : row.family.kk;
}

/** A list's units, gathered row by row as the list is read. */
export class Units<Ids> {
  readonly list: Unit<Ids>[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(private readonly perPerson: boolean) {}

  /** `ids` is asked for on the unit's first row only. */
  add(row: ParsedRow, index: number, ids: () => Ids): void {
    const key = unitKey(row, this.perPerson);
    const known = this.byKey.get(key);
    if (known === undefined) {
      this.byKey.set(key, this.list.length);
      this.list.push({ first: index, row: row.row, status: row.status, nominal: row.nominal, components: row.components, ids: ids() });
      return;
    }
    const unit = this.list[known]!;
    unit.status ??= row.status;
    unit.nominal ??= row.nominal;
    unit.components ??= row.components;
  }

  /** The units' keys (KK, or NIK for per-person programs). */
  keys(): ReadonlySet<string> {
    return new Set(this.byKey.keys());
  }
}

export const UNCHANGED = 0;
export const UPDATED = 1;
export const ADDED = 2;
export type RowKindCode = typeof UNCHANGED | typeof UPDATED | typeof ADDED;

/** Per row seen, what committing it does; a unit's enrollment can still make its first row UPDATED. */
export class RowKinds {
  private kinds = new Uint8Array(1024);
  private size = 0;

  get length(): number {
    return this.size;
  }

  push(kind: RowKindCode): number {
    if (this.size === this.kinds.length) {
      const grown = new Uint8Array(this.kinds.length * 2);
      grown.set(this.kinds);
      this.kinds = grown;
    }
    this.kinds[this.size] = kind;
    return this.size++;
  }

  /** An unchanged row becomes updated (its unit's enrollment or period entry changes). */
  touch(index: number): void {
    if (this.kinds[index] === UNCHANGED) this.kinds[index] = UPDATED;
  }

  counts(): { added: number; updated: number; unchanged: number } {
    const counts = { added: 0, updated: 0, unchanged: 0 };
    for (let i = 0; i < this.size; i++) {
      const kind = this.kinds[i];
      if (kind === ADDED) counts.added++;
      else if (kind === UPDATED) counts.updated++;
      else counts.unchanged++;
    }
    return counts;
  }
}
