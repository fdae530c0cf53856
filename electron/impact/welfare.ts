import type { Indicator, IndicatorInput, SurveyWave, WaveInput } from '../../shared/domain/welfare';
import { AppError } from '../../shared/errors';
import { recordAudit } from '../audit/service';
import type { ServiceContext } from '../context';

/** Indicators and survey waves: what an office measures, and when. */

interface IndicatorRow {
  code: string;
  name: string;
  unit: string;
  better: 'up' | 'down';
  level: 'family' | 'member';
  description: string;
  is_builtin: number;
}

const toIndicator = (r: IndicatorRow): Indicator => ({
  code: r.code,
  name: r.name,
  unit: r.unit,
  better: r.better,
  level: r.level,
  description: r.description,
  isBuiltin: r.is_builtin === 1,
});

export function listIndicators(ctx: Pick<ServiceContext, 'db'>): Indicator[] {
  return (ctx.db.prepare('SELECT * FROM indicators ORDER BY is_builtin DESC, name').all() as IndicatorRow[]).map(toIndicator);
}

export function getIndicator(ctx: Pick<ServiceContext, 'db'>, code: string): Indicator {
  const row = ctx.db.prepare('SELECT * FROM indicators WHERE code = ?').get(code.trim().toUpperCase()) as IndicatorRow | undefined;
  if (!row) throw new AppError('INDICATOR_UNKNOWN', { code });
  return toIndicator(row);
}

/** Adds an indicator the office follows, or changes one it added (built-in ones stay as shipped). */
export function saveIndicator(ctx: ServiceContext, input: IndicatorInput): Indicator {
  return ctx.db.transaction(() => {
    const before = ctx.db.prepare('SELECT * FROM indicators WHERE code = ?').get(input.code) as IndicatorRow | undefined;
    if (before?.is_builtin === 1) throw new AppError('INDICATOR_BUILTIN', { code: input.code });
    ctx.db
      .prepare(
        `INSERT INTO indicators (code, name, unit, better, level, description, is_builtin, created_at)
         VALUES (:code, :name, :unit, :better, :level, :description, 0, :now)
         ON CONFLICT (code) DO UPDATE SET name = :name, unit = :unit, better = :better, level = :level, description = :description`,
      )
      .run({ ...input, now: ctx.now().toISOString() });
    const after = getIndicator(ctx, input.code);
    recordAudit(ctx, { action: before ? 'update' : 'create', entity: 'indicator', entityId: input.code, before: before ? toIndicator(before) : null, after });
    return after;
  })();
}

interface WaveRow {
  id: number;
  code: string;
  name: string;
  kind: 'baseline' | 'followup';
  held_on: string;
}

function valueCounts(ctx: Pick<ServiceContext, 'db'>): Map<number, Record<string, number>> {
  const rows = ctx.db
    .prepare('SELECT wave_id AS waveId, indicator_code AS code, count(*) AS n FROM survey_values GROUP BY wave_id, indicator_code')
    .all() as { waveId: number; code: string; n: number }[];
  const byWave = new Map<number, Record<string, number>>();
  for (const r of rows) byWave.set(r.waveId, { ...byWave.get(r.waveId), [r.code]: r.n });
  return byWave;
}

export function listWaves(ctx: Pick<ServiceContext, 'db'>): SurveyWave[] {
  const counts = valueCounts(ctx);
  return (ctx.db.prepare('SELECT id, code, name, kind, held_on FROM survey_waves ORDER BY held_on, id').all() as WaveRow[]).map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    heldOn: r.held_on,
    values: counts.get(r.id) ?? {},
  }));
}

/** A wave by its code (as typed on the command line) or id. */
export function findWave(ctx: Pick<ServiceContext, 'db'>, codeOrId: string | number): SurveyWave {
  const wave = listWaves(ctx).find((w) => (typeof codeOrId === 'number' ? w.id === codeOrId : w.code === codeOrId.trim().toUpperCase()));
  if (!wave) throw new AppError('WAVE_UNKNOWN', { wave: String(codeOrId) });
  return wave;
}

export function createWave(ctx: ServiceContext, input: WaveInput): SurveyWave {
  return ctx.db.transaction(() => {
    if (ctx.db.prepare('SELECT 1 FROM survey_waves WHERE code = ?').get(input.code)) throw new AppError('WAVE_CODE_TAKEN', { code: input.code });
    const id = Number(
      ctx.db
        .prepare(
          `INSERT INTO survey_waves (code, name, kind, held_on, created_at, created_by)
           VALUES (:code, :name, :kind, :heldOn, :now, :actor)`,
        )
        .run({ ...input, now: ctx.now().toISOString(), actor: ctx.actor }).lastInsertRowid,
    );
    const wave = findWave(ctx, id);
    recordAudit(ctx, { action: 'create', entity: 'survey_wave', entityId: id, before: null, after: input });
    return wave;
  })();
}

export interface SurveyValue {
  familyId: number;
  /** 0 for a family-level indicator, else the member's id. */
  memberKey: number;
  indicator: string;
  value: number;
  observedOn: string | null;
}

/**
 * Writes one wave's measured values (a later value for the same unit replaces the earlier one).
 * With a batch (the survey import), each write is logged in import_changes with the row's
 * before-image, so undoing the batch deletes new values and puts replaced ones back.
 * Returns how many values were new and how many replaced a different earlier value.
 */
export function recordSurveyValues(
  ctx: ServiceContext,
  waveId: number,
  values: readonly SurveyValue[],
  batchId: number | null,
): number {
  return writeSurveyValues(ctx, waveId, values, batchId).written;
}

export interface SurveyWriteCounts {
  written: number;
  inserted: number;
  replaced: number;
  unchanged: number;
}

export function writeSurveyValues(ctx: ServiceContext, waveId: number, values: readonly SurveyValue[], batchId: number | null): SurveyWriteCounts {
  return ctx.db.transaction(() => {
    const insert = ctx.db.prepare(
      `INSERT INTO survey_values (wave_id, indicator_code, family_id, member_key, value, observed_on, batch_id)
       VALUES (:waveId, :indicator, :familyId, :memberKey, :value, :observedOn, :batchId)
       ON CONFLICT (wave_id, indicator_code, family_id, member_key)
       DO UPDATE SET value = :value, observed_on = :observedOn, batch_id = :batchId`,
    );
    const existing = ctx.db.prepare(
      'SELECT value, observed_on, batch_id FROM survey_values WHERE wave_id = ? AND indicator_code = ? AND family_id = ? AND member_key = ?',
    );
    const change = ctx.db.prepare('INSERT INTO import_changes (batch_id, seq, table_name, row_key, op, before_json) VALUES (?, ?, ?, ?, ?, ?)');
    let seq = batchId === null ? 0 : ((ctx.db.prepare('SELECT max(seq) AS seq FROM import_changes WHERE batch_id = ?').get(batchId) as { seq: number | null }).seq ?? 0);
    const counts: SurveyWriteCounts = { written: values.length, inserted: 0, replaced: 0, unchanged: 0 };
    for (const v of values) {
      const before = existing.get(waveId, v.indicator, v.familyId, v.memberKey) as { value: number; observed_on: string | null; batch_id: number | null } | undefined;
      if (!before) counts.inserted++;
      else if (before.value === v.value && before.observed_on === v.observedOn) counts.unchanged++;
      else counts.replaced++;
      insert.run({ ...v, waveId, batchId });
      if (batchId !== null) {
        const key = JSON.stringify({ wave_id: waveId, indicator_code: v.indicator, family_id: v.familyId, member_key: v.memberKey });
        change.run(batchId, ++seq, 'survey_values', key, before ? 'update' : 'insert', before ? JSON.stringify(before) : null);
      }
    }
    recordAudit(ctx, { action: 'record', entity: 'survey_wave', entityId: waveId, before: null, after: { values: values.length }, batchId });
    return counts;
  })();
}
