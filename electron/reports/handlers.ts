import { serviceContext, type HandlerMap } from '../ipc/types';
import { readNotes, saveNotes } from './notes';
import { quarterlyReport } from './quarterly';
import { saveAnnex, saveExcel, savePdf } from './output-handlers';

export const reportsHandlers: HandlerMap<
  'reports.quarterly' | 'reports.notes' | 'reports.saveNotes' | 'reports.savePdf' | 'reports.saveExcel' | 'reports.saveAnnex'
> = {
  'reports.quarterly': (app, input) => quarterlyReport(serviceContext(app), input),
  'reports.notes': (app, { period }) => readNotes(serviceContext(app), period),
  'reports.saveNotes': (app, { period, text }) => saveNotes(serviceContext(app), period, text),
  'reports.savePdf': (ctx, input) => savePdf(ctx, input),
  'reports.saveExcel': (ctx, input) => saveExcel(ctx, input),
  'reports.saveAnnex': (ctx, input) => saveAnnex(ctx, input),
};
