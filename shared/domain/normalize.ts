import { isIsoDate } from './dates';

/**
 * Normalisers for the values Excel lists carry, applied only where a value is unambiguous.
 * Each returns null when the input cannot be read safely; nothing is guessed.
 */

/** `5`, `05`, `005` → `005`; RT/RW are three digits in the register. */
export function normalizeRtRw(raw: unknown): string | null {
  const text = String(raw ?? '').trim().replace(/^'/, '');
  if (text === '') return null;
  if (!/^\d{1,3}$/.test(text)) return null;
  return text.padStart(3, '0');
}

/** `L`, `P`, `LAKI-LAKI`, `PEREMPUAN`, `1`, `2` (and common spellings) → `L` | `P`. */
export function normalizeSex(raw: unknown): 'L' | 'P' | null {
  const text = String(raw ?? '').trim().toUpperCase().replace(/[\s.-]+/g, '');
  if (['L', 'LK', 'LAKILAKI', 'PRIA', '1', 'M', 'MALE'].includes(text)) return 'L';
  if (['P', 'PR', 'PEREMPUAN', 'WANITA', '2', 'F', 'FEMALE'].includes(text)) return 'P';
  return null;
}

/**
 * A date cell → ISO `YYYY-MM-DD`: real date cells (JS Date), `dd-mm-yyyy`, `dd/mm/yyyy`, `yyyy-mm-dd`.
 * Dates in cells are read as their calendar date (exceljs gives midnight UTC).
 */
export function normalizeDate(raw: unknown): string | null {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return null;
    return raw.toISOString().slice(0, 10);
  }
  const text = String(raw ?? '').trim().replace(/^'/, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  let iso: string | null = null;
  if (m) iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return iso && isIsoDate(iso) ? iso : null;
}

/**
 * Region names as users type them: any case, extra spaces, prefixes such as `KEC.`, `KECAMATAN`,
 * `DESA`, `KEL.`, `KELURAHAN`, `KAB.`, `KABUPATEN`, `KOTA`. The key compares names, not spellings.
 */
export function regionNameKey(raw: unknown): string {
  return String(raw ?? '')
    .toUpperCase()
    .replace(/[^A-Z0-9\s.]/g, ' ')
    .replace(/^\s*(KECAMATAN|KEC\.?|KELURAHAN|KEL\.?|DESA|DS\.?|KABUPATEN|KAB\.?|KOTA)\s+/, '')
    .replace(/[.\s]+/g, '');
}

/** Cell text for display and comparison: trimmed, inner spaces single, leading apostrophe gone. */
export function cleanText(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  return String(raw).replace(/^'/, '').replace(/[\s\u00a0]+/g, ' ').trim();
}
