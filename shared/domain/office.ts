import { z } from 'zod';
import { REGENCY_CODE, regencyPlaceName } from './regions';
import { isValidNip, normalizeNip } from '../validators/nip';

/** Largest emblem image accepted (the data URL's length), so the letterhead stays light. */
export const EMBLEM_MAX_CHARS = 700_000;

export const emblemSchema = z
  .string()
  .max(EMBLEM_MAX_CHARS, { message: 'emblem.tooLarge' })
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/, { message: 'emblem.format' });

/**
 * The office profile printed on every document (kop surat and signature block). Only the office
 * and place names are required up front; the rest can be completed later under Pengaturan.
 */
export const officeProfileSchema = z
  .object({
    officeName: z.string().trim().min(5).max(150),
    address: z.string().trim().max(300),
    phone: z.string().trim().max(40).regex(/^[0-9+()\-\s]*$/, { message: 'phone.format' }),
    email: z.union([z.literal(''), z.email()]),
    emblem: emblemSchema.nullable(),
    headName: z.string().trim().max(120),
    headRank: z.string().trim().max(80),
    headNip: z
      .string()
      .transform(normalizeNip)
      .refine((v) => v === '' || isValidNip(v), { message: 'nip.invalid' }),
    placeName: z.string().trim().min(2).max(60),
  })
  .strict();
export type OfficeProfile = z.infer<typeof officeProfileSchema>;

export const regencyCodeSchema = z.string().regex(REGENCY_CODE, { message: 'regency.code' });

export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A profile to start from for a regency (`Kabupaten Sidoarjo`): what an office would type first. */
export function defaultProfile(regencyName: string): OfficeProfile {
  return {
    officeName: `Dinas Sosial ${regencyName}`,
    address: '',
    phone: '',
    email: '',
    emblem: null,
    headName: '',
    headRank: '',
    headNip: '',
    placeName: regencyPlaceName(regencyName),
  };
}
