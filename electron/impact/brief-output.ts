import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { countPdfPages } from '../../shared/domain/report-print';
import { translate, type MessageKey } from '../../shared/i18n';
import type { BriefRequest, ImpactBrief } from '../../shared/ipc/impact';
import { recordExport } from '../audit/service';
import { serviceContext, type AppContext } from '../ipc/types';
import { writeOutput } from '../app/output-file';
import { readLocale } from '../settings/service';
import { impactBrief } from './brief';

/** `Ringkasan-Dampak-PKH-2024-07-01.pdf`: the program and the follow-up wave's date. */
export function briefFileName(app: AppContext, brief: ImpactBrief): string {
  const stem = translate(readLocale(serviceContext(app)), 'impactBrief.fileStem');
  const parts = [stem, brief.program?.code, brief.to?.heldOn ?? brief.signedOn].filter((p): p is string => Boolean(p));
  return `${parts.join('-').replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf`;
}

/** The brief's A4 PDF (the print route's second document) written to `path`, on the audit log. */
export async function writeBriefPdf(app: AppContext, brief: ImpactBrief, path: string): Promise<{ path: string; pages: number }> {
  const pdf = await app.printer.print({ document: 'impact-brief', brief });
  const pages = countPdfPages(pdf);
  await writeOutput(path, () => writeFileSync(path, pdf));
  const ctx = serviceContext(app);
  recordExport(ctx, {
    entity: 'impact_brief',
    entityId: brief.program?.code ?? '-',
    after: {
      format: 'pdf',
      file: basename(path),
      pages,
      program: brief.program?.code ?? null,
      from: brief.from?.code ?? null,
      to: brief.to?.code ?? null,
      indicators: brief.estimates.map((e) => e.indicator.code),
    },
  });
  return { path, pages };
}

/** impact.saveBriefPdf: asks where to save (null when cancelled), then prints what impact.brief returns. */
export async function saveBriefPdf(app: AppContext, request: BriefRequest): Promise<{ path: string; pages: number } | null> {
  const brief = impactBrief(serviceContext(app), request);
  const t = (key: MessageKey) => translate(readLocale(serviceContext(app)), key);
  const path = await app.dialogs.saveFile({
    title: t('impactBrief.dialog'),
    defaultName: briefFileName(app, brief),
    filters: [{ name: t('reportPdf.filter'), extensions: ['pdf'] }],
  });
  if (path === null) return null;
  return writeBriefPdf(app, brief, path);
}
