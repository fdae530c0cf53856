import { z } from 'zod';
import { isoDateSchema } from './dates';
import { formatRupiah } from '../format';

/** Government level that owns a program. `kabkota` = kabupaten/kota. */
export const PROGRAM_LEVELS = ['pusat', 'provinsi', 'kabkota', 'desa'] as const;
export type ProgramLevel = (typeof PROGRAM_LEVELS)[number];

export const FUNDING_SOURCES = [
  'APBN',
  'APBD_PROV',
  'APBD_KABKOTA',
  'DANA_DESA',
  'DAK',
  'CSR',
  'BAZNAS',
  'LAINNYA',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** How often money (or goods) reach the family. `tahap` = once per quarter. */
export const FREQUENCIES = ['monthly', 'tahap', 'yearly', 'once', 'case'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const BENEFIT_KINDS = ['components', 'flat', 'in_kind'] as const;

/** The period a flat amount is expressed in. */
export const FLAT_UNITS = ['month', 'tahap', 'year', 'once'] as const;
export type FlatUnit = (typeof FLAT_UNITS)[number];

const rupiah = z.number().int().min(0).max(1_000_000_000_000);

export const datedAmountSchema = z
  .object({
    validFrom: isoDateSchema,
    amount: rupiah,
  })
  .strict();
export type DatedAmount = z.infer<typeof datedAmountSchema>;

const amountList = z
  .array(datedAmountSchema)
  .min(1)
  .max(50)
  .refine((list) => new Set(list.map((a) => a.validFrom)).size === list.length, {
    message: 'amounts.duplicateDate',
  });

export const componentSchema = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z][A-Z0-9_]{1,19}$/, { message: 'component.code' }),
    name: z.string().trim().min(2).max(80),
    amounts: amountList,
  })
  .strict();
export type ProgramComponent = z.infer<typeof componentSchema>;

export const benefitSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('components'),
      /** Most components paid per family; null = no limit. */
      maxComponents: z.number().int().min(1).max(20).nullable(),
      components: z
        .array(componentSchema)
        .min(1)
        .max(30)
        .refine((list) => new Set(list.map((c) => c.code)).size === list.length, {
          message: 'component.duplicate',
        }),
    })
    .strict(),
  z
    .object({
      kind: z.literal('flat'),
      unit: z.enum(FLAT_UNITS),
      /** Paid per person (PBI-JK) rather than per family. */
      perPerson: z.boolean(),
      amounts: amountList,
    })
    .strict(),
  z
    .object({
      kind: z.literal('in_kind'),
      note: z.string().trim().max(500),
    })
    .strict(),
]);
export type Benefit = z.infer<typeof benefitSchema>;

export const quotaSchema = z
  .object({
    kecamatanCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/),
    quota: z.number().int().min(0).max(10_000_000),
  })
  .strict();
export type KecamatanQuota = z.infer<typeof quotaSchema>;

const desil = z.number().int().min(1).max(10);

/** What a user enters for a program: the single validator for the form, IPC and the CLI. */
export const programInputSchema = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,19}$/, { message: 'program.code' }),
    name: z.string().trim().min(3).max(120),
    description: z.string().trim().max(2000),
    level: z.enum(PROGRAM_LEVELS),
    fundingSource: z.enum(FUNDING_SOURCES),
    parentId: z.number().int().positive().nullable(),
    benefit: benefitSchema,
    frequency: z.enum(FREQUENCIES),
    activeFrom: isoDateSchema,
    activeTo: isoDateSchema.nullable(),
    desilMin: desil.nullable(),
    desilMax: desil.nullable(),
    /** Amounts or rules the office has not confirmed; the UI says so. */
    uncertainNote: z.string().trim().max(500),
    quotas: z
      .array(quotaSchema)
      .max(100)
      .refine((list) => new Set(list.map((q) => q.kecamatanCode)).size === list.length, {
        message: 'quota.duplicate',
      }),
  })
  .strict()
  .refine((p) => p.activeTo === null || p.activeTo >= p.activeFrom, {
    message: 'program.activeRange',
    path: ['activeTo'],
  })
  .refine((p) => (p.desilMin === null) === (p.desilMax === null), {
    message: 'program.desilBoth',
    path: ['desilMax'],
  })
  .refine((p) => p.desilMin === null || p.desilMax === null || p.desilMin <= p.desilMax, {
    message: 'program.desilRange',
    path: ['desilMax'],
  });
export type ProgramInput = z.infer<typeof programInputSchema>;

/** A stored program as the register shows it. */
export interface Program extends ProgramInput {
  id: number;
  isActive: boolean;
  parentCode: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProgramSummary {
  id: number;
  code: string;
  name: string;
  level: ProgramLevel;
  fundingSource: FundingSource;
  parentId: number | null;
  parentCode: string | null;
  benefitKind: Benefit['kind'];
  frequency: Frequency;
  desilMin: number | null;
  desilMax: number | null;
  isActive: boolean;
  uncertainNote: string;
}

/**
 * The amount in force on `date`: the entry with the latest `validFrom` not after it.
 * Amounts change by year (and sometimes mid-year, as in April 2020), so this is the one period rule.
 */
export function amountOn(amounts: readonly DatedAmount[], date: string): number | null {
  let best: DatedAmount | null = null;
  for (const a of amounts) {
    if (a.validFrom <= date && (best === null || a.validFrom > best.validFrom)) best = a;
  }
  return best ? best.amount : null;
}

/** One field a regional variant changed from its parent program. */
export interface ProgramChange {
  field: string;
  parentValue: string;
  value: string;
}

function describeAmounts(amounts: readonly DatedAmount[]): string {
  return [...amounts]
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom))
    .map((a) => `${formatRupiah(a.amount)} (${a.validFrom})`)
    .join(', ');
}

function benefitFacts(b: Benefit): Record<string, string> {
  if (b.kind === 'in_kind') return { 'benefit.kind': b.kind, 'benefit.note': b.note };
  if (b.kind === 'flat') {
    return {
      'benefit.kind': b.kind,
      'benefit.unit': b.unit,
      'benefit.perPerson': String(b.perPerson),
      'benefit.amounts': describeAmounts(b.amounts),
    };
  }
  const facts: Record<string, string> = {
    'benefit.kind': b.kind,
    'benefit.maxComponents': b.maxComponents === null ? '-' : String(b.maxComponents),
  };
  for (const c of b.components) facts[`component.${c.code}`] = `${c.name} [${describeAmounts(c.amounts)}]`;
  return facts;
}

function programFacts(p: ProgramInput): Record<string, string> {
  const desil = p.desilMin === null ? '-' : `${p.desilMin}-${p.desilMax}`;
  return {
    level: p.level,
    fundingSource: p.fundingSource,
    frequency: p.frequency,
    activeFrom: p.activeFrom,
    activeTo: p.activeTo ?? '-',
    desil,
    // Sorted like amounts: a form lists quotas in the order typed, the database by kecamatan code.
    quotas:
      p.quotas.length === 0
        ? '-'
        : [...p.quotas]
            .sort((a, b) => a.kecamatanCode.localeCompare(b.kecamatanCode))
            .map((q) => `${q.kecamatanCode}=${q.quota}`)
            .join(', '),
    ...benefitFacts(p.benefit),
  };
}

/** What a regional variant changes from its parent: the facts that differ, in a stable order. */
export function changesFromParent(variant: ProgramInput, parent: ProgramInput): ProgramChange[] {
  const mine = programFacts(variant);
  const theirs = programFacts(parent);
  const fields = [...new Set([...Object.keys(theirs), ...Object.keys(mine)])];
  return fields
    .filter((f) => (mine[f] ?? '-') !== (theirs[f] ?? '-'))
    .map((f) => ({ field: f, parentValue: theirs[f] ?? '-', value: mine[f] ?? '-' }));
}

/** The editable part of a stored program: what a form starts from when editing or deriving a variant. */
export function programToInput(p: Program): ProgramInput {
  return {
    code: p.code,
    name: p.name,
    description: p.description,
    level: p.level,
    fundingSource: p.fundingSource,
    parentId: p.parentId,
    benefit: p.benefit,
    frequency: p.frequency,
    activeFrom: p.activeFrom,
    activeTo: p.activeTo,
    desilMin: p.desilMin,
    desilMax: p.desilMax,
    uncertainNote: p.uncertainNote,
    quotas: p.quotas,
  };
}
