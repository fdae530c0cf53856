import { z } from 'zod';
import { channel } from './define';
import { povertyPeriodSchema, type PovertyRecord } from '../domain/poverty';
import type { PovertyChange } from '../domain/impact/poverty-change';

// Channels of the 'impact' area (area.verb). Each is listed in names.ts too.

const programFilter = z.number().int().positive().nullable();

export interface GraduationCount {
  year: number;
  kecamatanCode: string | null;
  kecamatan: string | null;
  /** The exit status (graduasi alamiah, graduasi sejahtera mandiri, or one the office added). */
  status: string;
  label: string;
  count: number;
}

export interface TimeToGraduation {
  graduations: number;
  /** Whole months from enrollment to graduation. */
  medianMonths: number | null;
  meanMonths: number | null;
  /** Graduations by years in the program: < 1, 1–2, 2–3, 3–5, ≥ 5. */
  byYears: { fromYears: number; toYears: number | null; count: number }[];
}

export interface Reentry {
  /** Families that graduated (in the chosen program, or any). */
  graduatedFamilies: number;
  /** Of those, families active again in any program after their graduation date. */
  reentered: number;
  /** reentered ÷ graduatedFamilies in percent (one decimal), null when none graduated. */
  percent: number | null;
}

export interface GraduationSummary {
  programId: number | null;
  counts: GraduationCount[];
  time: TimeToGraduation;
  reentry: Reentry;
}

export interface ProgramTargeting {
  programId: number;
  code: string;
  name: string;
  /** Families receiving the program now (active status). */
  families: number;
  /** Of them, in desil 1–4. */
  poor: number;
  /** Of them, in desil 6 and above (better off than the programs aim at). */
  desil6Plus: number;
  /** Of them, without a desil in the register. */
  desilUnknown: number;
  /** Share of the register's desil 1–4 families that this program reaches, in percent. */
  coveragePercent: number | null;
}

export interface KecamatanTargeting {
  kecamatanCode: string | null;
  kecamatan: string | null;
  poorFamilies: number;
  /** Desil 1–4 families receiving no program at all. */
  poorUncovered: number;
  /** Families receiving any program. */
  beneficiaries: number;
  beneficiariesDesil6Plus: number;
}

export interface TargetingSummary {
  /** Families in the register with desil 1–4 (the register only knows families some list brought in). */
  poorFamilies: number;
  poorUncovered: number;
  programs: ProgramTargeting[];
  kecamatan: KecamatanTargeting[];
}

export interface PovertyArea {
  code: string;
  name: string;
  /** Oldest first. */
  series: PovertyRecord[];
}

export interface PovertyOverview {
  regency: PovertyArea;
  province: PovertyArea;
  /** The latest figures of each kecamatan of the regency the office has imported. */
  kecamatan: PovertyRecord[];
}

export interface PovertyComparison {
  from: PovertyRecord;
  to: PovertyRecord;
  change: PovertyChange;
}

export const impactChannels = {
  'impact.poverty': channel<PovertyOverview>()(z.object({}).strict()),
  'impact.povertyChange': channel<PovertyComparison>()(
    z
      .object({
        areaCode: z.string().regex(/^\d{2}(\.\d{2}){0,2}$/),
        from: povertyPeriodSchema,
        to: povertyPeriodSchema,
      })
      .strict(),
  ),
  'impact.graduation': channel<GraduationSummary>()(z.object({ programId: programFilter }).strict()),
  'impact.targeting': channel<TargetingSummary>()(z.object({}).strict()),
};
