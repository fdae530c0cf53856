/** Kemendagri region codes: `35` province, `35.15` kab/kota, `35.15.08` kecamatan, `35.15.08.2001` desa/kelurahan. */
export const PROVINCE_CODE = /^\d{2}$/;
export const REGENCY_CODE = /^\d{2}\.\d{2}$/;
export const KECAMATAN_CODE = /^\d{2}\.\d{2}\.\d{2}$/;
export const VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/** Jawa Timur, where the product starts: listed first in every region picker. */
export const HOME_PROVINCE_CODE = '35';

export interface Region {
  code: string;
  name: string;
}

export interface Kecamatan extends Region {
  villageCount: number;
}

export function provinceOf(regencyCode: string): string {
  return regencyCode.slice(0, 2);
}

/** Kabupaten numbers run 01–29 (up to 69 elsewhere), kota 71–79. */
export function isKota(regencyCode: string): boolean {
  return Number(regencyCode.slice(3, 5)) >= 71;
}

/** `Kabupaten Sidoarjo` → `Sidoarjo`, `Kota Surabaya` → `Surabaya`: the place name used in dates. */
export function regencyPlaceName(regencyName: string): string {
  return regencyName.replace(/^(Kabupaten|Kota|Kab\.)\s+/i, '').trim();
}
