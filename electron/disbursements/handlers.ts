import { serviceContext, type HandlerMap } from '../ipc/types';
import { byKecamatan, closePeriod, listClosures, overview, reopenPeriod } from './closures';
import { reconciliationRows } from './reconciliation';
import { exportReconciliation } from './reconciliation-export';
import { listTotals, saveTotals } from './totals';
import { nominalDifferences } from './nominal-check';

export const disbursementsHandlers: HandlerMap<
  | 'disbursements.overview'
  | 'disbursements.byKecamatan'
  | 'disbursements.reconciliation'
  | 'disbursements.exportReconciliation'
  | 'disbursements.nominalDifferences'
  | 'disbursements.totals'
  | 'disbursements.saveTotals'
  | 'disbursements.closures'
  | 'disbursements.closePeriod'
  | 'disbursements.reopenPeriod'
> = {
  'disbursements.overview': (app, { period }) => overview(serviceContext(app), period),
  'disbursements.byKecamatan': (app, { programId, period }) => byKecamatan(serviceContext(app), programId, period),
  // The office's own screen: NIK masked as everywhere a list is shown (full NIK only in an audited export).
  'disbursements.reconciliation': (app, input) => reconciliationRows(serviceContext(app), { ...input, fullNik: false }),
  'disbursements.exportReconciliation': (app, input) => exportReconciliation(app, input),
  'disbursements.nominalDifferences': (app, { programId, period }) => nominalDifferences(serviceContext(app), programId, period),
  'disbursements.totals': (app, { programId, period }) => listTotals(serviceContext(app), programId, period),
  'disbursements.saveTotals': (app, input) => saveTotals(serviceContext(app), input),
  'disbursements.closures': (app, { period }) => listClosures(serviceContext(app), period),
  'disbursements.closePeriod': (app, { period }) => closePeriod(serviceContext(app), period),
  'disbursements.reopenPeriod': (app, { period, reason }) => reopenPeriod(serviceContext(app), period, reason),
};
