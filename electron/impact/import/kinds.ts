import { PROGRAMLESS_KINDS, type ListKind, type ProgramlessKind } from '../../../shared/domain/imports';
import { translate } from '../../../shared/i18n';
import type { ImportPreview, ImportRequest, ImportResult } from '../../../shared/ipc/imports';
import type { ServiceContext } from '../../context';
import type { ParseOptions, ParseResult } from '../../imports/parse';
import { previewOf } from '../../imports/preview-shape';
import type { CommitOptions } from '../../imports/write';
import { throwIfCancelled } from '../../imports/write';
import { readLocale } from '../../settings/service';
import { parseStatistics } from './statistics-parse';
import { commitStatistics, planStatistics } from './statistics-write';
import { parseSurvey } from './survey-parse';
import { commitSurvey, requireWave, surveyCounts, surveyValues } from './survey-write';

/**
 * The two kinds of list that feed the impact figures: BPS poverty tables ('statistics') and survey
 * waves ('survey'). The import pipeline (electron/imports: commit.ts, preview.ts, the error
 * workbook) hands a request of these kinds over here; neither needs a program.
 */
export function isImpactKind(kind: ListKind | undefined): kind is ProgramlessKind {
  return (PROGRAMLESS_KINDS as readonly (ListKind | undefined)[]).includes(kind);
}

/** The read side only (the error workbook needs the rejected rows under the file's header). */
export function parseImpactList(
  ctx: ServiceContext,
  request: ImportRequest,
  options: Pick<ParseOptions, 'locale' | 'keepRows'>,
): Promise<ParseResult<unknown>> {
  if (request.kind === 'survey') requireWave(ctx, request);
  return request.kind === 'survey' ? parseSurvey(ctx, request, options) : parseStatistics(ctx, request, options);
}

export async function runImpactImport(ctx: ServiceContext, request: ImportRequest, options: CommitOptions): Promise<ImportResult> {
  const wave = request.kind === 'survey' ? requireWave(ctx, request) : null;
  throwIfCancelled(options.signal);
  const locale = readLocale(ctx);
  const reading = translate(locale, 'imports.progress.reading');
  options.onProgress?.({ label: reading, done: 0, total: 0 });
  const parseOptions = {
    locale,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: (rowsSeen: number) => options.onProgress?.({ label: reading, done: rowsSeen, total: 0 }) } : {}),
  };
  if (wave) {
    const parsed = await parseSurvey(ctx, request, parseOptions);
    throwIfCancelled(options.signal);
    return commitSurvey(ctx, wave, parsed, options);
  }
  const parsed = await parseStatistics(ctx, request, parseOptions);
  throwIfCancelled(options.signal);
  return commitStatistics(ctx, parsed, options);
}

/** What committing would do, without writing: new, replaced and unchanged figures (statistics) or values per indicator (survey). */
export async function previewImpactImport(ctx: ServiceContext, request: ImportRequest): Promise<ImportPreview> {
  const locale = readLocale(ctx);
  if (request.kind === 'survey') {
    const wave = requireWave(ctx, request);
    const parsed = await parseSurvey(ctx, request, { locale });
    const survey = surveyCounts(ctx, wave, surveyValues(ctx, parsed.rows));
    return previewOf(parsed, { new: parsed.rows.length, updated: survey.replaced, skipped: 0 }, parsed.issues, { survey });
  }
  const parsed = await parseStatistics(ctx, request, { locale });
  const plan = planStatistics(ctx, parsed.rows);
  return previewOf(parsed, { new: plan.inserted, updated: plan.replaced, skipped: plan.unchanged }, parsed.issues, {});
}

