import type { HandlerMap } from '../ipc/types';

// TEMPORARY scaffold while the area is built: every handler below is replaced before commit.
const notBuilt = (): never => {
  throw new Error('disbursements: not built yet');
};

export const disbursementsHandlers: HandlerMap<
  | 'disbursements.overview'
  | 'disbursements.byKecamatan'
  | 'disbursements.reconciliation'
  | 'disbursements.exportReconciliation'
  | 'disbursements.totals'
  | 'disbursements.saveTotals'
  | 'disbursements.closures'
  | 'disbursements.closePeriod'
  | 'disbursements.reopenPeriod'
> = {
  'disbursements.overview': notBuilt,
  'disbursements.byKecamatan': notBuilt,
  'disbursements.reconciliation': notBuilt,
  'disbursements.exportReconciliation': notBuilt,
  'disbursements.totals': notBuilt,
  'disbursements.saveTotals': notBuilt,
  'disbursements.closures': notBuilt,
  'disbursements.closePeriod': notBuilt,
  'disbursements.reopenPeriod': notBuilt,
};
