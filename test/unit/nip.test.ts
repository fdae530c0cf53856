import { describe, expect, it } from 'vitest';
import { formatNip, isValidNip, normalizeNip } from '../../shared/validators/nip';
import { officeProfileSchema } from '../../shared/domain/office';

describe('NIP', () => {
  it.each([
    ['196804111993031009'],
    ['19680411 199303 1 009'],
    ['197002021995032001'],
    // 29 February of a leap year is a real birth date.
    ['198002292005011002'],
  ])('accepts %s', (nip) => {
    expect(isValidNip(nip)).toBe(true);
  });

  it.each([
    ['17 digits', '19680411199303100'],
    ['19 digits', '1968041119930310091'],
    ['empty', ''],
    ['letters', '1968041119930310O9'],
    ['a dash', '19680411-199303-1-009'],
    ['birth month 13', '196813111993031009'],
    ['birth day 32', '196804321993031009'],
    ['30 February', '196802301993031009'],
    ['29 February of a common year', '197102291993031009'],
    ['start month 00', '196804111993001009'],
    ['start month 13', '196804111993131009'],
    ['sex code 0', '196804111993030009'],
    ['sex code 3', '196804111993033009'],
  ])('refuses %s', (_label, nip) => {
    expect(isValidNip(nip)).toBe(false);
  });

  it('prints the NIP grouped as signature blocks do', () => {
    expect(formatNip('196804111993031009')).toBe('19680411 199303 1 009');
    expect(formatNip('19680411 199303 1 009')).toBe('19680411 199303 1 009');
    expect(formatNip(' 196804111993031009 ')).toBe('19680411 199303 1 009');
    // Not 18 digits: printed as typed, so nothing is silently cut.
    expect(formatNip('12345')).toBe('12345');
  });

  it('strips every kind of whitespace', () => {
    expect(normalizeNip('19680411\t199303 1\u00a0009')).toBe('196804111993031009');
  });

  it('is stored without spaces by the office profile schema', () => {
    const base = {
      officeName: 'Dinas Sosial Kabupaten Sidoarjo',
      address: '',
      phone: '',
      email: '',
      emblem: null,
      headName: '',
      headRank: '',
      placeName: 'Sidoarjo',
    };
    expect(officeProfileSchema.parse({ ...base, headNip: '19680411 199303 1 009' }).headNip).toBe('196804111993031009');
    expect(officeProfileSchema.parse({ ...base, headNip: '' }).headNip).toBe('');
    const bad = officeProfileSchema.safeParse({ ...base, headNip: '196804111993033009' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['headNip', 'nip.invalid']]);
  });
});
