import { isIsoDate } from '../domain/dates';

/**
 * NIK (16 digits) = `PP KK CC DDMMYY SSSS`: province, kab/kota, kecamatan of first registration,
 * birth date with day + 40 for women, serial. The region part is where the NIK was first issued,
 * so it may differ from today's address (a warning elsewhere, never an error here).
 */
export type NikProblem = 'NIK_INVALID_LENGTH' | 'NIK_NOT_NUMERIC' | 'NIK_PRECISION_LOST' | 'NIK_BAD_DATE';

export interface NikFacts {
  nik: string;
  provinceCode: string;
  /** `35.15` */
  regencyCode: string;
  /** `35.15.14` */
  kecamatanCode: string;
  sex: 'L' | 'P';
  day: number;
  month: number;
  /** Two digits only: resolve the century with a birth-date column where there is one. */
  yearTwoDigits: number;
  serial: string;
}

export type NikCheck = { ok: true; facts: NikFacts } | { ok: false; problem: NikProblem };

/** Province codes in use (Kemendagri), including the 2022 Papua provinces. */
export const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36',
  '51', '52', '53',
  '61', '62', '63', '64', '65',
  '71', '72', '73', '74', '75', '76',
  '81', '82',
  '91', '92', '93', '94', '95', '96', '97',
]);

/**
 * How a cell looked: a NIK typed into Excel as a number keeps only 15 significant digits, so a
 * numeric cell, or text in E+ notation, means the 16th digit is gone and cannot be recovered.
 */
export function lostPrecision(raw: unknown): boolean {
  if (typeof raw === 'number') return raw >= 1e15 || !Number.isInteger(raw);
  return typeof raw === 'string' && /^\s*\d+(?:[.,]\d+)?\s*[eE]\s*\+?\s*\d+\s*$/.test(raw);
}

/** Removes what Excel and typists add around an identity number: spaces, a leading apostrophe. */
export function cleanIdentityText(raw: string): string {
  return raw.replace(/^'/, '').replace(/[\s\u00a0]+/g, '');
}

/** Checks a NIK cell (text, or a number that lost its precision). Never repairs a value. */
export function checkNik(raw: unknown): NikCheck {
  if (lostPrecision(raw)) return { ok: false, problem: 'NIK_PRECISION_LOST' };
  const nik = cleanIdentityText(String(raw ?? ''));
  if (!/^\d*$/.test(nik)) return { ok: false, problem: 'NIK_NOT_NUMERIC' };
  if (nik.length !== 16) return { ok: false, problem: 'NIK_INVALID_LENGTH' };
  const province = nik.slice(0, 2);
  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const serial = nik.slice(12);
  const female = rawDay > 40;
  const day = female ? rawDay - 40 : rawDay;
  // Any year works for the day check except 29 February: try a leap year for that one.
  const probeYear = month === 2 && day === 29 ? 2000 : 2001;
  const dateOk = day >= 1 && day <= 31 && month >= 1 && month <= 12 && isIsoDate(`${probeYear}-${pad(month)}-${pad(day)}`);
  if (!PROVINCE_CODES.has(province) || !dateOk || serial === '0000' || (rawDay > 31 && rawDay < 41) || rawDay > 71) {
    return { ok: false, problem: 'NIK_BAD_DATE' };
  }
  return {
    ok: true,
    facts: {
      nik,
      provinceCode: province,
      regencyCode: `${province}.${nik.slice(2, 4)}`,
      kecamatanCode: `${province}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`,
      sex: female ? 'P' : 'L',
      day,
      month,
      yearTwoDigits: yy,
      serial,
    },
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Does a full birth date agree with the NIK's DDMMYY part? */
export function nikMatchesBirthDate(facts: NikFacts, isoBirthDate: string): boolean {
  const [y, m, d] = isoBirthDate.split('-').map(Number);
  return d === facts.day && m === facts.month && (y ?? 0) % 100 === facts.yearTwoDigits;
}

/** `3515144508680002` → `3515**********02`: what leaves the office unless full NIK is asked for. */
export function maskNik(nik: string): string {
  return nik.length === 16 ? `${nik.slice(0, 4)}${'*'.repeat(10)}${nik.slice(14)}` : nik;
}

export type KkProblem = 'KK_INVALID' | 'KK_PRECISION_LOST';

/** No. KK: 16 digits (region 6, issue date 6, serial 4); only length and digits are checked. */
export function checkKk(raw: unknown): { ok: true; kk: string } | { ok: false; problem: KkProblem } {
  if (lostPrecision(raw)) return { ok: false, problem: 'KK_PRECISION_LOST' };
  const kk = cleanIdentityText(String(raw ?? ''));
  return /^\d{16}$/.test(kk) ? { ok: true, kk } : { ok: false, problem: 'KK_INVALID' };
}
