import type { HandlerMap } from '../ipc/types';

// TEMPORARY scaffold while the area is built: every handler below is replaced before commit.
const notBuilt = (): never => {
  throw new Error('reports: not built yet');
};

export const reportsHandlers: HandlerMap<
  'reports.quarterly' | 'reports.notes' | 'reports.saveNotes' | 'reports.savePdf' | 'reports.saveExcel' | 'reports.saveAnnex'
> = {
  'reports.quarterly': notBuilt,
  'reports.notes': notBuilt,
  'reports.saveNotes': notBuilt,
  'reports.savePdf': notBuilt,
  'reports.saveExcel': notBuilt,
  'reports.saveAnnex': notBuilt,
};
