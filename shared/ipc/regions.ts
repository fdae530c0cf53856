import { z } from 'zod';
import { channel } from './define';
import { PROVINCE_CODE, type Kecamatan, type Region } from '../domain/regions';

export const regionsChannels = {
  'regions.provinces': channel<Region[]>()(z.object({}).strict()),
  'regions.regencies': channel<Region[]>()(z.object({ provinceCode: z.string().regex(PROVINCE_CODE) }).strict()),
  /** Kecamatan of the office's own kabupaten/kota. */
  'regions.kecamatan': channel<Kecamatan[]>()(z.object({}).strict()),
};
