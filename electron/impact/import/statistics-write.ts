import type { StatisticsRow } from '../../../shared/domain/statistics-import';
import { translate } from '../../../shared/i18n';
import type { ImportResult } from '../../../shared/ipc/imports';
import { recordAudit } from '../../audit/service';
import type { ServiceContext } from '../../context';
import type { ParseResult } from '../../imports/parse';
import { throwIfCancelled, type CommitOptions } from '../../imports/write';
import { readLocale } from '../../settings/service';

/**
 * Writes a BPS table's rows into poverty_stats as one batch (kind 'statistics'): a row replaces the
 * figures of the same area and period (a reference figure or an earlier import), and each write
 * logs the row's before-image in import_changes, so undoing the batch puts those figures back.
 */

interface StoredFigures {
  area_level: string;
  area_name: string;
  p0: number | null;
  poor: number | null;
  poverty_line: number | null;
  p1: number | null;
  p2: number | null;
  source: string;
  batch_id: number | null;
}

export interface StatisticsPlan {
  inserted: number;
  replaced: number;
  /** Same figures already imported: nothing to write. */
  unchanged: number;
  /** Per row (same order): what the commit does with it. */
  actions: ('insert' | 'update' | 'skip')[];
  before: (StoredFigures | null)[];
}

const same = (a: number | null, b: number | null) => (a === null ? b === null : b !== null && Math.abs(a - b) < 1e-9);

/** What committing the rows would do (reads only: the preview, the dry run and the commit share it). */
export function planStatistics(ctx: Pick<ServiceContext, 'db'>, rows: readonly StatisticsRow[]): StatisticsPlan {
  const find = ctx.db.prepare(
    'SELECT area_level, area_name, p0, poor, poverty_line, p1, p2, source, batch_id FROM poverty_stats WHERE area_code = ? AND period = ?',
  );
  const plan: StatisticsPlan = { inserted: 0, replaced: 0, unchanged: 0, actions: [], before: [] };
  for (const r of rows) {
    const before = (find.get(r.areaCode, r.period) as StoredFigures | undefined) ?? null;
    let action: 'insert' | 'update' | 'skip';
    if (!before) action = 'insert';
    else if (
      before.source === 'import' &&
      same(before.p0, r.p0) &&
      same(before.poor, r.poor) &&
      same(before.poverty_line, r.povertyLine) &&
      same(before.p1, r.p1) &&
      same(before.p2, r.p2)
    ) {
      action = 'skip';
    } else action = 'update';
    plan.actions.push(action);
    plan.before.push(before);
    if (action === 'insert') plan.inserted++;
    else if (action === 'update') plan.replaced++;
    else plan.unchanged++;
  }
  return plan;
}

export function commitStatistics(ctx: ServiceContext, parsed: ParseResult<StatisticsRow>, options: CommitOptions): ImportResult {
  const locale = readLocale(ctx);
  const base = { file: parsed.file, sheet: parsed.sheet, headerRow: parsed.headerRow, rows: parsed.rowsSeen, rejected: parsed.rejected.length };
  if (options.dryRun) {
    const plan = planStatistics(ctx, parsed.rows);
    return { ...base, batchId: null, imported: plan.inserted, updated: plan.replaced, skipped: plan.unchanged, issues: parsed.issues };
  }
  const label = translate(locale, 'impactImport.progress.statistics');
  return ctx.db.transaction(() => {
    const plan = planStatistics(ctx, parsed.rows);
    throwIfCancelled(options.signal);
    const batchId = Number(
      ctx.db
        .prepare(
          `INSERT INTO import_batches (kind, program_id, period, file_name, sheet, header_row, mapping_json, rows_total, imported, updated, skipped, rejected, actor, at)
           VALUES ('statistics', NULL, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          parsed.file,
          parsed.sheet,
          parsed.headerRow,
          JSON.stringify(parsed.mapping),
          parsed.rowsSeen,
          plan.inserted,
          plan.replaced,
          plan.unchanged,
          parsed.rejected.length,
          ctx.actor,
          ctx.now().toISOString(),
        ).lastInsertRowid,
    );
    const upsert = ctx.db.prepare(
      `INSERT INTO poverty_stats (area_code, area_level, area_name, period, p0, poor, poverty_line, p1, p2, source, batch_id)
       VALUES (:areaCode, :areaLevel, :areaName, :period, :p0, :poor, :povertyLine, :p1, :p2, 'import', :batchId)
       ON CONFLICT (area_code, period) DO UPDATE SET area_level = :areaLevel, area_name = :areaName, p0 = :p0, poor = :poor,
         poverty_line = :povertyLine, p1 = :p1, p2 = :p2, source = 'import', batch_id = :batchId`,
    );
    const change = ctx.db.prepare('INSERT INTO import_changes (batch_id, seq, table_name, row_key, op, before_json) VALUES (?, ?, ?, ?, ?, ?)');
    let seq = 0;
    options.onProgress?.({ label, done: 0, total: parsed.rows.length });
    parsed.rows.forEach((r, i) => {
      const action = plan.actions[i]!;
      if (action === 'skip') return;
      const { row: _row, ...figures } = r;
      upsert.run({ ...figures, batchId });
      const before = plan.before[i] ?? null;
      change.run(batchId, ++seq, 'poverty_stats', JSON.stringify({ area_code: r.areaCode, period: r.period }), action, before ? JSON.stringify(before) : null);
    });
    options.onProgress?.({ label, done: parsed.rows.length, total: parsed.rows.length });
    const summary = { ...base, imported: plan.inserted, updated: plan.replaced, skipped: plan.unchanged };
    recordAudit(ctx, {
      action: 'import',
      entity: 'batch',
      entityId: batchId,
      before: null,
      after: {
        kind: 'statistics',
        ...summary,
        areas: [...new Set(parsed.rows.map((r) => r.areaCode))],
        periods: [...new Set(parsed.rows.map((r) => r.period))].sort(),
      },
      batchId,
    });
    throwIfCancelled(options.signal);
    return { ...summary, batchId, issues: parsed.issues };
  }).immediate();
}
