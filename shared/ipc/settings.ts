import { z } from 'zod';
import { channel } from './define';
import { officeProfileSchema, regencyCodeSchema, type OfficeProfile } from '../domain/office';
import type { AppStatus } from './app';

export interface OfficeSettings {
  regencyCode: string;
  regencyName: string;
  provinceName: string;
  profile: OfficeProfile;
}

export const settingsChannels = {
  /** First start: the kabupaten/kota and the office profile, then the seed catalogue. */
  'settings.completeSetup': channel<AppStatus>()(
    z.object({ regencyCode: regencyCodeSchema, profile: officeProfileSchema }).strict(),
  ),
  'settings.get': channel<OfficeSettings>()(z.object({}).strict()),
  'settings.saveProfile': channel<OfficeSettings>()(z.object({ profile: officeProfileSchema }).strict()),
  'settings.changeRegency': channel<OfficeSettings>()(z.object({ regencyCode: regencyCodeSchema }).strict()),
};
