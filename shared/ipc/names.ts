/**
 * Channel and event names alone, without their zod schemas, so the sandboxed preload stays small.
 * `index.ts` checks at compile time that this list is exactly the contract's keys.
 */
export const CHANNEL_NAMES = [
  'app.status',
  'app.setLocale',
  'app.saveImage',
  'audit.list',
  'regions.provinces',
  'regions.regencies',
  'regions.kecamatan',
  'settings.completeSetup',
  'settings.get',
  'settings.saveProfile',
  'settings.changeRegency',
  'programs.list',
  'programs.get',
  'programs.create',
  'programs.update',
  'programs.setActive',
  'backups.list',
  'backups.create',
  'backups.restore',
  // beneficiaries
  'beneficiaries.options',
  'beneficiaries.list',
  'beneficiaries.family',
  'beneficiaries.updateFamily',
  'beneficiaries.updateMember',
  'beneficiaries.setStatus',
  'beneficiaries.statuses',
  'beneficiaries.addStatus',
  'beneficiaries.overlap',
  'beneficiaries.export',
  'beneficiaries.cancelExport',
  // imports
  'imports.pickFile',
  'imports.inspect',
  'imports.preview',
  'imports.commit',
  'imports.cancel',
  'imports.saveErrorWorkbook',
  'imports.batches',
  'imports.undo',
  'imports.profiles',
  'imports.saveProfile',
  'imports.recordExits',
  // demo
  'demo.status',
  'demo.load',
  'demo.remove',
  // disbursements
  'disbursements.overview',
  'disbursements.byKecamatan',
  'disbursements.reconciliation',
  'disbursements.exportReconciliation',
  'disbursements.nominalDifferences',
  'disbursements.totals',
  'disbursements.saveTotals',
  'disbursements.closures',
  'disbursements.closePeriod',
  'disbursements.reopenPeriod',
  // reports
  'reports.quarterly',
  'reports.notes',
  'reports.saveNotes',
  'reports.savePdf',
  'reports.saveExcel',
  'reports.saveAnnex',
  // impact
  'impact.graduation',
  'impact.targeting',
  'impact.poverty',
  'impact.povertyChange',
  'impact.indicators',
  'impact.saveIndicator',
  'impact.waves',
  'impact.createWave',
  'impact.estimate',
  'impact.desilMovement',
  'impact.keyFigures',
  'impact.brief',
  'impact.saveBriefPdf',
] as const;

export type ChannelNameLiteral = (typeof CHANNEL_NAMES)[number];

export function isChannelName(name: unknown): name is ChannelNameLiteral {
  return typeof name === 'string' && (CHANNEL_NAMES as readonly string[]).includes(name);
}

/** Push events from main to the renderer (progress of long work). */
export interface Events {
  'task.progress': { taskId: string; label: string; done: number; total: number };
}
export type EventName = keyof Events;
export const EVENT_NAMES: readonly EventName[] = ['task.progress'];
