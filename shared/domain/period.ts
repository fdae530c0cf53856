import { z } from 'zod';

/**
 * Periods are a year and a tahap (quarter): tahap I–IV = Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec.
 * Written `2024-Q3` everywhere (files, CLI, database).
 */
export interface Period {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export const PERIOD_PATTERN = /^(\d{4})-Q([1-4])$/;
export const periodSchema = z.string().regex(PERIOD_PATTERN, { message: 'period.format' });

export function parsePeriod(text: string): Period | null {
  const m = PERIOD_PATTERN.exec(text.trim());
  return m ? { year: Number(m[1]), quarter: Number(m[2]) as Period['quarter'] } : null;
}

export function formatPeriodCode(p: Period): string {
  return `${p.year}-Q${p.quarter}`;
}

export function periodOfDate(iso: string): Period {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as Period['quarter'] };
}

export function periodStart(p: Period): string {
  return `${p.year}-${String((p.quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

export function periodEnd(p: Period): string {
  const lastMonth = p.quarter * 3;
  const lastDay = new Date(Date.UTC(p.year, lastMonth, 0)).getUTCDate();
  return `${p.year}-${String(lastMonth).padStart(2, '0')}-${lastDay}`;
}

export function previousPeriod(p: Period): Period {
  return p.quarter === 1 ? { year: p.year - 1, quarter: 4 } : { year: p.year, quarter: (p.quarter - 1) as Period['quarter'] };
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** `Tahap III 2024` */
export function tahapLabel(p: Period): string {
  return `Tahap ${ROMAN[p.quarter - 1]} ${p.year}`;
}

/** `Triwulan III Tahun 2024`: how the quarterly report names its period. */
export function triwulanLabel(p: Period): string {
  return `Triwulan ${ROMAN[p.quarter - 1]} Tahun ${p.year}`;
}

/** A stored period code in words (`2024-Q3` → `Tahap III 2024`); anything else as it is. */
export function periodText(code: string | null): string {
  if (code === null) return '—';
  const parsed = parsePeriod(code);
  return parsed ? tahapLabel(parsed) : code;
}
