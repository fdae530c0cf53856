import { isIsoDate } from '../domain/dates';

/**
 * NIP (civil servant number), 18 digits: birth date (8), start year-month (6), sex 1/2 (1), serial (3).
 * Printed grouped as `19680411 199303 1 009`; spaces are accepted on input.
 */
export function normalizeNip(raw: string): string {
  return raw.replace(/\s+/g, '');
}

export function isValidNip(raw: string): boolean {
  const nip = normalizeNip(raw);
  if (!/^\d{18}$/.test(nip)) return false;
  const birth = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const startMonth = Number(nip.slice(12, 14));
  const sex = nip[14];
  return isIsoDate(birth) && startMonth >= 1 && startMonth <= 12 && (sex === '1' || sex === '2');
}

/** `196804111993031009` → `19680411 199303 1 009`, the way signature blocks print it. */
export function formatNip(raw: string): string {
  const nip = normalizeNip(raw);
  if (nip.length !== 18) return raw;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}
