import { z } from 'zod';
import { isoDateSchema } from './dates';
import type { BetterDirection } from './impact/direction';

/**
 * Welfare assessments: indicators an office follows and the survey waves that measure them.
 * One validator per input, used by the form, IPC and the command line.
 */
export const INDICATOR_LEVELS = ['family', 'member'] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

export const indicatorInputSchema = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z][A-Z0-9_]{1,29}$/, { message: 'indicator.code' }),
    name: z.string().trim().min(3).max(120),
    unit: z.string().trim().min(1).max(60),
    better: z.enum(['up', 'down']),
    level: z.enum(INDICATOR_LEVELS),
    description: z.string().trim().max(500),
  })
  .strict();
export type IndicatorInput = z.infer<typeof indicatorInputSchema>;

export interface Indicator extends IndicatorInput {
  better: BetterDirection;
  isBuiltin: boolean;
}

export const WAVE_KINDS = ['baseline', 'followup'] as const;
export type WaveKind = (typeof WAVE_KINDS)[number];

export const waveInputSchema = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9_-]{1,39}$/, { message: 'wave.code' }),
    name: z.string().trim().min(3).max(120),
    kind: z.enum(WAVE_KINDS),
    heldOn: isoDateSchema,
  })
  .strict();
export type WaveInput = z.infer<typeof waveInputSchema>;

export interface SurveyWave extends WaveInput {
  id: number;
  /** Values recorded in the wave, per indicator code. */
  values: Record<string, number>;
}
