import type { SurveyCounts, SurveyRow } from '../../../shared/domain/survey-import';
import type { SurveyWave } from '../../../shared/domain/welfare';
import { AppError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import type { ImportRequest, ImportResult } from '../../../shared/ipc/imports';
import { recordAudit } from '../../audit/service';
import type { ServiceContext } from '../../context';
import type { ParseResult } from '../../imports/parse';
import { throwIfCancelled, type CommitOptions } from '../../imports/write';
import { readLocale } from '../../settings/service';
import { findWave, listIndicators, writeSurveyValues, type SurveyValue } from '../welfare';

/** A survey file's values belong to one wave: WAVE_REQUIRED without it, WAVE_UNKNOWN for an id not held. */
export function requireWave(ctx: Pick<ServiceContext, 'db'>, request: Pick<ImportRequest, 'waveId'>): SurveyWave {
  if (request.waveId === undefined) throw new AppError('WAVE_REQUIRED');
  return findWave(ctx, request.waveId);
}

/** Rows → the values to store: member-level indicators per person, family-level ones per family (member_key 0). */
export function surveyValues(ctx: Pick<ServiceContext, 'db'>, rows: readonly SurveyRow[]): SurveyValue[] {
  const level = new Map(listIndicators(ctx).map((i) => [i.code, i.level]));
  const out: SurveyValue[] = [];
  for (const r of rows) {
    for (const [indicator, value] of Object.entries(r.values)) {
      const memberKey = level.get(indicator) === 'member' ? r.memberId! : 0;
      out.push({ familyId: r.familyId, memberKey, indicator, value, observedOn: r.observedOn });
    }
  }
  return out;
}

/** Per indicator, and how many values replace an earlier one of the wave (reads only). */
export function surveyCounts(ctx: Pick<ServiceContext, 'db'>, wave: SurveyWave, values: readonly SurveyValue[]): SurveyCounts {
  const existing = ctx.db.prepare('SELECT value, observed_on FROM survey_values WHERE wave_id = ? AND indicator_code = ? AND family_id = ? AND member_key = ?');
  const byIndicator: Record<string, number> = {};
  let replaced = 0;
  for (const v of values) {
    byIndicator[v.indicator] = (byIndicator[v.indicator] ?? 0) + 1;
    const before = existing.get(wave.id, v.indicator, v.familyId, v.memberKey) as { value: number; observed_on: string | null } | undefined;
    if (before && (before.value !== v.value || before.observed_on !== v.observedOn)) replaced++;
  }
  return { waveId: wave.id, waveCode: wave.code, byIndicator, values: values.length, replaced };
}

/**
 * Writes a survey file's values into its wave as one batch (kind 'survey') in one immediate
 * transaction; every write is logged with its before-image (writeSurveyValues), so undo restores
 * the wave as it was. Counts: imported = rows (units) written, updated = values that replaced a different earlier value.
 */
export function commitSurvey(ctx: ServiceContext, wave: SurveyWave, parsed: ParseResult<SurveyRow>, options: CommitOptions): ImportResult {
  const locale = readLocale(ctx);
  const base = { file: parsed.file, sheet: parsed.sheet, headerRow: parsed.headerRow, rows: parsed.rowsSeen, rejected: parsed.rejected.length };
  const values = surveyValues(ctx, parsed.rows);
  if (options.dryRun) {
    const survey = surveyCounts(ctx, wave, values);
    return { ...base, batchId: null, imported: parsed.rows.length, updated: 0, skipped: 0, issues: parsed.issues, survey };
  }
  const label = translate(locale, 'impactImport.progress.survey');
  return ctx.db.transaction(() => {
    const survey = surveyCounts(ctx, wave, values);
    throwIfCancelled(options.signal);
    const batchId = Number(
      ctx.db
        .prepare(
          `INSERT INTO import_batches (kind, program_id, period, file_name, sheet, header_row, mapping_json, rows_total, imported, updated, rejected, actor, at)
           VALUES ('survey', NULL, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          parsed.file,
          parsed.sheet,
          parsed.headerRow,
          JSON.stringify(parsed.mapping),
          parsed.rowsSeen,
          parsed.rows.length,
          survey.replaced,
          parsed.rejected.length,
          ctx.actor,
          ctx.now().toISOString(),
        ).lastInsertRowid,
    );
    options.onProgress?.({ label, done: 0, total: values.length });
    writeSurveyValues(ctx, wave.id, values, batchId);
    options.onProgress?.({ label, done: values.length, total: values.length });
    const summary = { ...base, imported: parsed.rows.length, updated: survey.replaced, skipped: 0 };
    recordAudit(ctx, {
      action: 'import',
      entity: 'batch',
      entityId: batchId,
      before: null,
      after: { kind: 'survey', wave: wave.code, ...summary, values: survey.values, byIndicator: survey.byIndicator },
      batchId,
    });
    throwIfCancelled(options.signal);
    return { ...summary, batchId, issues: parsed.issues, survey };
  }).immediate();
}
