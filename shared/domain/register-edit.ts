import { z } from 'zod';
import { isIsoDate, isoDateSchema } from './dates';
import { cleanText, normalizeRtRw } from './normalize';
import { KECAMATAN_CODE, VILLAGE_CODE } from './regions';
import { checkKk, checkNik, nikMatchesBirthDate } from '../validators/nik';

/**
 * What a clerk may change in the register by hand, checked by the same rules as the import:
 * NIK through checkNik, No. KK through checkKk, RT/RW and text through the shared normalisers.
 * Unlike an import, an edit may clear a field: an empty value means "not known".
 */

/** '' and whitespace → null; otherwise the cleaned text (inner spaces single, no leading apostrophe). */
const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .nullable()
    .transform((v) => {
      const text = cleanText(v);
      return text === '' ? null : text;
    });

/** The NIK field: the message names the rule that failed (`nik.NIK_INVALID_LENGTH`, …). */
export const nikFieldSchema = z.string().max(40).transform((raw, ctx) => {
  const checked = checkNik(raw.trim());
  if (checked.ok) return checked.facts.nik;
  ctx.addIssue({ code: 'custom', message: `nik.${checked.problem}` });
  return z.NEVER;
});

export const kkFieldSchema = z.string().max(40).transform((raw, ctx) => {
  const checked = checkKk(raw.trim());
  if (checked.ok) return checked.kk;
  ctx.addIssue({ code: 'custom', message: `kk.${checked.problem}` });
  return z.NEVER;
});

/** RT or RW: `5` → `005`; empty → null; anything else is refused rather than guessed. */
const rtRwSchema = z.string().max(10).nullable().transform((raw, ctx) => {
  if (raw === null || raw.trim() === '') return null;
  const value = normalizeRtRw(raw);
  if (value !== null) return value;
  ctx.addIssue({ code: 'custom', message: 'rtrw.invalid' });
  return z.NEVER;
});

export const familyEditSchema = z
  .object({
    kk: kkFieldSchema,
    address: z.string().max(300).transform((v) => cleanText(v)),
    rt: rtRwSchema,
    rw: rtRwSchema,
    kecamatanCode: z.string().regex(KECAMATAN_CODE).nullable(),
    desaCode: z.string().regex(VILLAGE_CODE).nullable(),
    dtksId: optionalText(40),
    desil: z.number().int().min(1).max(10).nullable(),
    desilAsOf: isoDateSchema.nullable(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.desaCode !== null && (f.kecamatanCode === null || !f.desaCode.startsWith(`${f.kecamatanCode}.`))) {
      ctx.addIssue({ code: 'custom', path: ['desaCode'], message: 'region.desaOutside' });
    }
    if (f.desilAsOf !== null && f.desil === null) {
      ctx.addIssue({ code: 'custom', path: ['desil'], message: 'desil.dateWithout' });
    }
  });
export type FamilyEditInput = z.input<typeof familyEditSchema>;
export type FamilyEdit = z.output<typeof familyEditSchema>;

export const memberEditSchema = z
  .object({
    nik: nikFieldSchema,
    name: z
      .string()
      .max(150)
      .transform((v) => cleanText(v))
      .pipe(z.string().min(2)),
    sex: z.enum(['L', 'P']).nullable(),
    birthPlace: optionalText(80),
    birthDate: isoDateSchema.nullable(),
    relationship: optionalText(60),
    motherName: optionalText(150),
    disability: optionalText(80),
    schoolLevel: optionalText(40),
    isPengurus: z.boolean(),
  })
  .strict();
export type MemberEditInput = z.input<typeof memberEditSchema>;
export type MemberEdit = z.output<typeof memberEditSchema>;

/** Things worth a second look that do not stop a save (the import reports them as warnings too). */
export type MemberWarning = 'NIK_BIRTHDATE_MISMATCH' | 'NIK_SEX_MISMATCH';

export function memberWarnings(member: Pick<MemberEdit, 'nik' | 'sex' | 'birthDate'>): MemberWarning[] {
  const checked = checkNik(member.nik);
  if (!checked.ok) return [];
  const warnings: MemberWarning[] = [];
  if (member.birthDate !== null && isIsoDate(member.birthDate) && !nikMatchesBirthDate(checked.facts, member.birthDate)) {
    warnings.push('NIK_BIRTHDATE_MISMATCH');
  }
  if (member.sex !== null && member.sex !== checked.facts.sex) warnings.push('NIK_SEX_MISMATCH');
  return warnings;
}

/** A status change of one enrollment: the new status, from when, and why. */
export const statusChangeSchema = z
  .object({
    enrollmentId: z.number().int().positive(),
    status: z.string().min(1).max(40),
    date: isoDateSchema,
    reason: z.string().max(300).transform((v) => cleanText(v)).pipe(z.string().min(3)),
  })
  .strict();
export type StatusChangeInput = z.input<typeof statusChangeSchema>;

export const EXIT_KINDS = ['graduation', 'death', 'moved', 'withdrawn', 'ineligible'] as const;
export type ExitKind = (typeof EXIT_KINDS)[number];

/** A status the office adds to the lookup table (there is no official code list). */
export const newStatusSchema = z
  .object({
    label: z.string().max(60).transform((v) => cleanText(v)).pipe(z.string().min(3)),
    countsAsActive: z.boolean(),
    exitKind: z.enum(EXIT_KINDS).nullable(),
  })
  .strict()
  .refine((s) => !(s.countsAsActive && s.exitKind !== null), { path: ['exitKind'], message: 'status.activeExit' });
export type NewStatusInput = z.input<typeof newStatusSchema>;

/** `Meninggal dunia` → `meninggal_dunia`: the stored code of a new status. */
export function statusCodeOf(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
}
