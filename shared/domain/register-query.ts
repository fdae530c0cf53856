import { z } from 'zod';
import { KECAMATAN_CODE, VILLAGE_CODE } from './regions';
import { nameKey } from './names';
import { cleanIdentityText } from '../validators/nik';

/**
 * One view of the beneficiary register: which program (or all), which filters, what is searched.
 * The Penerima page, its windowed table and the Excel export all describe the rows by this value.
 */
export const registerQuerySchema = z
  .object({
    /** null = the whole register (all programs, and families in none). */
    programId: z.number().int().positive().nullable(),
    kecamatanCode: z.string().regex(KECAMATAN_CODE).nullable(),
    desaCode: z.string().regex(VILLAGE_CODE).nullable(),
    /** An enrollment status code (lookup table `enrollment_statuses`). */
    status: z.string().min(1).max(40).nullable(),
    desilMin: z.number().int().min(1).max(10).nullable(),
    desilMax: z.number().int().min(1).max(10).nullable(),
    /** A component code (PKH: HAMIL, AUD, SD, …) counted in the enrollment's latest period. */
    component: z.string().regex(/^[A-Z][A-Z0-9_]{1,19}$/).nullable(),
    /** NIK (exact or first digits), No. KK (exact), or a name. */
    search: z.string().max(100),
    /** One row per KPM: only the member marked as pengurus. */
    pengurusOnly: z.boolean(),
  })
  .strict();
export type RegisterQuery = z.infer<typeof registerQuerySchema>;

export const EMPTY_REGISTER_QUERY: RegisterQuery = {
  programId: null,
  kecamatanCode: null,
  desaCode: null,
  status: null,
  desilMin: null,
  desilMax: null,
  component: null,
  search: '',
  pengurusOnly: false,
};

/** What a search box value means: digits search identity numbers, anything else names. */
export type RegisterSearch =
  | { kind: 'none' }
  /** 16 digits: a NIK or a No. KK, exactly. */
  | { kind: 'identity'; digits: string }
  /** Fewer digits: NIKs that start with them (region, then birth date). */
  | { kind: 'nikPrefix'; prefix: string }
  /** Folded name tokens (nameKey), each matched as a word prefix. */
  | { kind: 'name'; tokens: string[] };

export function parseRegisterSearch(raw: string): RegisterSearch {
  const text = raw.trim();
  if (text === '') return { kind: 'none' };
  const compact = cleanIdentityText(text);
  if (/^\d+$/.test(compact)) {
    return compact.length >= 16 ? { kind: 'identity', digits: compact } : { kind: 'nikPrefix', prefix: compact };
  }
  const tokens = nameKey(text).split(' ').filter(Boolean);
  return tokens.length === 0 ? { kind: 'none' } : { kind: 'name', tokens };
}

/**
 * The half-open range of NIKs starting with `prefix` (`3515` → [`3515`, `3516`)), so the lookup
 * walks the UNIQUE index on nik instead of testing every row with LIKE. ':' follows '9' in ASCII.
 */
export function nikPrefixRange(prefix: string): { from: string; to: string } {
  const last = prefix.charCodeAt(prefix.length - 1);
  return { from: prefix, to: prefix.slice(0, -1) + String.fromCharCode(last + 1) };
}

/**
 * An FTS5 query over name_key: every folded token as a prefix, all required. Tokens are
 * [A-Z0-9] only after nameKey, so quoting them is enough to keep FTS syntax out.
 */
export function ftsNameQuery(tokens: readonly string[]): string {
  return tokens.map((t) => `"${t}"*`).join(' AND ');
}
