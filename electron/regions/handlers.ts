import { AppError } from '../../shared/errors';
import { serviceContext, type HandlerMap } from '../ipc/types';
import { listKecamatan } from './service';

export const regionsHandlers: HandlerMap<'regions.provinces' | 'regions.regencies' | 'regions.kecamatan'> = {
  'regions.provinces': (app) => app.regions.provinces(),
  'regions.regencies': (app, { provinceCode }) => {
    if (!app.regions.provinces().some((p) => p.code === provinceCode)) {
      throw new AppError('PROVINCE_UNKNOWN', { code: provinceCode });
    }
    return app.regions.regencies(provinceCode);
  },
  'regions.kecamatan': (app) => listKecamatan(serviceContext(app)),
};
