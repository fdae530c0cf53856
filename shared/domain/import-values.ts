/**
 * Readers for the numeric cells of beneficiary lists (tahap amounts, component counts, desil).
 * Like the normalisers in normalize.ts they return null when a value cannot be read without guessing.
 */

/**
 * Rupiah amounts as lists write them: a number cell, `750000`, `750.000`, `Rp 750.000,00`,
 * `750,000.00`. Only whole rupiah: a fraction other than zero is not an amount a list pays.
 */
export function readAmount(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 0 ? raw : null;
  const text = String(raw ?? '')
    .trim()
    .replace(/^'/, '')
    .replace(/^RP\.?\s*/i, '')
    .replace(/[\s\u00a0]/g, '');
  let digits: string | null = null;
  let m: RegExpExecArray | null;
  if (/^\d+$/.test(text)) digits = text;
  else if ((m = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/.exec(text))) digits = fractionZero(m[2]) ? m[1]!.replace(/\./g, '') : null;
  else if ((m = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/.exec(text))) digits = fractionZero(m[2]) ? m[1]!.replace(/,/g, '') : null;
  else if ((m = /^(\d+)[.,](\d{1,2})$/.exec(text))) digits = fractionZero(m[2]) ? m[1]! : null;
  if (digits === null) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}

function fractionZero(fraction: string | undefined): boolean {
  return fraction === undefined || /^0+$/.test(fraction);
}

/** A count (PKH component columns): a whole number 0–99; an empty cell is 0. */
export function readCount(raw: unknown): number | null {
  if (raw === null || raw === undefined) return 0;
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 0 && raw < 100 ? raw : null;
  const text = String(raw).trim().replace(/^'/, '');
  if (text === '' || text === '-') return 0;
  return /^\d{1,2}$/.test(text) ? Number(text) : null;
}

/** Desil 1–10 (DTKS/DTSEN welfare decile), as a number or text (`3`, `Desil 3`). */
export function readDesil(raw: unknown): number | null {
  const text = typeof raw === 'number' ? String(raw) : String(raw ?? '').trim().replace(/^'/, '').replace(/^DESIL\s*/i, '');
  if (!/^\d{1,2}$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= 10 ? value : null;
}
