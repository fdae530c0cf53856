import { z } from 'zod';

/**
 * BPS poverty statistics (statistik kemiskinan): published per area for March and September.
 * A period is written `2024-03` or `2024-09`. Kab/kota figures are annual (March).
 */
export const POVERTY_PERIOD_PATTERN = /^(\d{4})-(03|09)$/;
export const povertyPeriodSchema = z.string().regex(POVERTY_PERIOD_PATTERN, { message: 'povertyPeriod.format' });

export const POVERTY_AREA_LEVELS = ['provinsi', 'kabkota', 'kecamatan'] as const;
export type PovertyAreaLevel = (typeof POVERTY_AREA_LEVELS)[number];

export interface PovertyRecord {
  /** Kemendagri code: `35`, `35.15`, `35.15.08`. */
  areaCode: string;
  areaLevel: PovertyAreaLevel;
  areaName: string;
  period: string;
  /** Headcount index, % of the population. */
  p0: number | null;
  /** Number of poor people. */
  poor: number | null;
  /** Poverty line GK, Rp per capita per month. */
  povertyLine: number | null;
  p1: number | null;
  p2: number | null;
  source: 'reference' | 'import';
}

const MONTHS: Record<string, string> = { '03': 'Maret', '09': 'September' };

/** `2024-03` → `Maret 2024`. */
export function povertyPeriodLabel(period: string): string {
  const m = POVERTY_PERIOD_PATTERN.exec(period);
  return m ? `${MONTHS[m[2]!]} ${m[1]}` : period;
}

/** The level of a Kemendagri area code by its shape. */
export function areaLevelOf(code: string): PovertyAreaLevel | null {
  if (/^\d{2}$/.test(code)) return 'provinsi';
  if (/^\d{2}\.\d{2}$/.test(code)) return 'kabkota';
  if (/^\d{2}\.\d{2}\.\d{2}$/.test(code)) return 'kecamatan';
  return null;
}
