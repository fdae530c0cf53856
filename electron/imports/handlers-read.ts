import { basename, extname } from 'node:path';
import { translate } from '../../shared/i18n';
import type { AppContext, HandlerMap } from '../ipc/types';
import { serviceContext } from '../ipc/types';
import { readLocale } from '../settings/service';
import { writeErrorWorkbook } from './error-workbook';
import { inspectFile } from './inspect';
import { listProfiles, saveProfile } from './mapping';
import { parseDisbursementList } from '../disbursements/import/parse';
import { isImpactKind, parseImpactList } from '../impact/import/kinds';
import { statisticsListSpec } from '../impact/import/statistics-parse';
import { surveyListSpec } from '../impact/import/survey-parse';
import { DISBURSEMENT_LIST } from '../disbursements/import/parse';
import type { ListKind } from '../../shared/domain/imports';
import type { ServiceContext } from '../context';
import type { SheetDetector } from './inspect';
import { parseImport, REGISTER_LIST } from './parse';
import { importTasks } from './task-runner';

/**
 * The reading half of the import channels: choosing and inspecting a file, the preview (parse and
 * validation here, register matching in preview.ts), the error workbook, and mapping profiles.
 */
export const importsReadHandlers: HandlerMap<
  'imports.pickFile' | 'imports.inspect' | 'imports.preview' | 'imports.saveErrorWorkbook' | 'imports.profiles' | 'imports.saveProfile'
> = {
  'imports.pickFile': async (ctx, { kind }) => {
    const locale = readLocale(serviceContext(ctx));
    const path = await ctx.dialogs.openFile({
      title: translate(locale, 'imports.dialog.open'),
      filters: [{ name: translate(locale, 'imports.dialog.openFilter'), extensions: ['xlsx', 'csv'] }],
    });
    if (path === null) return null;
    ctx.files.grant(path);
    return inspectFile(path, sheetDetector(serviceContext(ctx), kind));
  },
  'imports.inspect': (ctx, { filePath, kind }) => {
    ctx.files.assert(filePath);
    return inspectFile(filePath, sheetDetector(serviceContext(ctx), kind));
  },
  // previewImport (preview.ts) in the import worker, as the commit: a 200,000-row list must not hold up the window.
  'imports.preview': (ctx, request) => {
    ctx.files.assert(request.filePath);
    return importTasks(ctx).preview(ctx, request);
  },
  'imports.saveErrorWorkbook': (ctx, request) => {
    ctx.files.assert(request.filePath);
    return saveErrorWorkbook(ctx, request);
  },
  'imports.profiles': (ctx, { kind }) => listProfiles(serviceContext(ctx), kind),
  'imports.saveProfile': (ctx, input) => saveProfile(serviceContext(ctx), input),
};

async function saveErrorWorkbook(
  ctx: AppContext,
  request: Parameters<(typeof importsReadHandlers)['imports.saveErrorWorkbook']>[1],
): Promise<{ path: string; rows: number } | null> {
  const svc = serviceContext(ctx);
  const locale = readLocale(svc);
  // Parse first: a file that cannot be read fails before the clerk is asked where to save.
  const parsed =
    request.kind === 'disbursement'
      ? await parseDisbursementList(svc, request, { locale, keepRows: false })
      : isImpactKind(request.kind)
        ? await parseImpactList(svc, request, { locale, keepRows: false })
        : await parseImport(svc, request, { locale, keepRows: false });
  const path = await ctx.dialogs.saveFile({
    title: translate(locale, 'imports.dialog.saveErrors'),
    defaultName: `${basename(parsed.file, extname(parsed.file))}-ditolak.xlsx`,
    filters: [{ name: translate(locale, 'imports.dialog.saveFilter'), extensions: ['xlsx'] }],
  });
  if (path === null) return null;
  const rows = await writeErrorWorkbook(path, { headers: parsed.headers, mapping: parsed.mapping, rejected: parsed.rejected, locale });
  return { path, rows };
}

/** Which sheet holds the data depends on the kind of list: each recognises its own header. */
function sheetDetector(ctx: ServiceContext, kind: ListKind | undefined): SheetDetector {
  if (kind === 'disbursement') return DISBURSEMENT_LIST;
  if (kind === 'statistics') return statisticsListSpec(ctx);
  if (kind === 'survey') return surveyListSpec(ctx);
  return REGISTER_LIST;
}
