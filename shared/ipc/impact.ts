import { z } from 'zod';
import { channel } from './define';
import { povertyPeriodSchema, type PovertyRecord } from '../domain/poverty';
import type { PovertyChange } from '../domain/impact/poverty-change';
import type { BeforeAfterResult } from '../domain/impact/before-after';
import type { DidResult } from '../domain/impact/did';
import type { StratifiedDidResult } from '../domain/impact/did-stratified';
import type { InBetterTerms, Verdict } from '../domain/impact/direction';
import type { DesilTransition } from '../domain/impact/desil-transition';
import { indicatorInputSchema, waveInputSchema, type Indicator, type SurveyWave } from '../domain/welfare';
import type { OfficeProfile } from '../domain/office';

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

/** A survey wave by its code (as typed on the command line) or id. */
const waveRef = z.union([z.string().trim().min(2).max(40), z.number().int().positive()]);

const matchBySchema = z.array(z.enum(['desil', 'kecamatan'])).max(2);

export const estimateRequestSchema = z
  .object({
    indicator: z.string().trim().min(2).max(30),
    programId: z.number().int().positive(),
    /** Wave code (as on the command line) or id. */
    from: waveRef,
    to: waveRef,
    /** Empty: plain DiD against all non-beneficiaries; else matched within desil and/or kecamatan. */
    matchBy: matchBySchema,
  })
  .strict();
export type EstimateRequest = z.infer<typeof estimateRequestSchema>;

export interface ImpactEstimate {
  indicator: Indicator;
  program: { id: number; code: string; name: string };
  from: SurveyWave;
  to: SurveyWave;
  matchBy: ('desil' | 'kecamatan')[];
  /** Beneficiaries only: labelled not causal. */
  beforeAfter: BeforeAfterResult;
  did: DidResult | StratifiedDidResult;
  /** The DiD in "better" terms (positive = improvement) and what may be said of it. */
  better: InBetterTerms | null;
  verdict: Verdict;
  /** Units measured but neither exposed throughout nor never enrolled (joined or left between the waves). */
  excludedPartial: number;
}

export interface KeyFigures {
  /** Families receiving each program now (active status), most first. */
  programs: { programId: number; code: string; name: string; families: number }[];
  graduationsThisYear: { year: number; count: number };
  latestP0: { regency: PovertyRecord | null; province: PovertyRecord | null };
  /** The current quarter's disbursement: allocated and realised Rupiah over all programs. */
  realisation: { period: string; allocated: number; realised: number; percent: number | null } | null;
}

export interface DesilMovement {
  from: SurveyWave;
  to: SurveyWave;
  programId: number | null;
  transition: DesilTransition;
}

/**
 * The impact brief (ringkasan dampak): which program and which two waves. Null parts are chosen
 * by the service: the program with the most active families, the two latest waves; the year of
 * the graduation summary defaults to the current year.
 */
export const briefRequestSchema = z
  .object({
    programId: programFilter,
    from: waveRef.nullable(),
    to: waveRef.nullable(),
    year: z.number().int().min(2000).max(2100).nullable().optional(),
    /** As the estimate's: comparison families matched within desil and/or kecamatan; none: plain DiD. */
    matchBy: matchBySchema.optional(),
  })
  .strict();
export type BriefRequest = z.infer<typeof briefRequestSchema>;

/** An area's latest two P0 figures (BPS periods), for "10,20 % → 11,09 %, +0,89 poin". */
export interface BriefPovertyArea extends PovertyArea {
  latest: PovertyRecord | null;
  previous: PovertyRecord | null;
  change: PovertyChange | null;
}

/** Everything the printed impact brief shows. Aggregates only: no NIK, KK or name. */
export interface ImpactBrief {
  profile: OfficeProfile;
  /** `Kabupaten Sidoarjo`, for the letterhead and the title. */
  regencyName: string;
  /** The date the signature block carries (the day it is made). */
  signedOn: string;
  computedAt: string;
  program: { id: number; code: string; name: string } | null;
  from: SurveyWave | null;
  to: SurveyWave | null;
  poverty: { regency: BriefPovertyArea; province: BriefPovertyArea };
  /** DiD and before/after of every indicator measured in both waves, compared as `matchBy` says. */
  estimates: ImpactEstimate[];
  /** Empty: plain DiD against all non-beneficiaries; else matched within desil and/or kecamatan. */
  matchBy: ('desil' | 'kecamatan')[];
  graduation: {
    year: number;
    total: number;
    byCategory: { status: string; label: string; count: number }[];
    reentry: Reentry;
  };
  targeting: { poorFamilies: number; poorUncovered: number; programs: ProgramTargeting[] };
  /** Null unless both waves measured DESIL. */
  desil: DesilMovement | null;
}

export const impactChannels = {
  'impact.keyFigures': channel<KeyFigures>()(z.object({}).strict()),
  'impact.desilMovement': channel<DesilMovement>()(z.object({ programId: programFilter, from: waveRef, to: waveRef }).strict()),
  'impact.indicators': channel<Indicator[]>()(z.object({}).strict()),
  'impact.saveIndicator': channel<Indicator>()(indicatorInputSchema),
  'impact.waves': channel<SurveyWave[]>()(z.object({}).strict()),
  'impact.createWave': channel<SurveyWave>()(waveInputSchema),
  'impact.estimate': channel<ImpactEstimate>()(estimateRequestSchema),
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
  'impact.brief': channel<ImpactBrief>()(briefRequestSchema),
  /** The brief's A4 PDF to a file the user picks; null when cancelled. */
  'impact.saveBriefPdf': channel<{ path: string; pages: number } | null>()(briefRequestSchema),
};
