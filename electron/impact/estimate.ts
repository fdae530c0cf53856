import { beforeAfter } from '../../shared/domain/impact/before-after';
import { differenceInDifferences, type DidObservation, type StudyGroup } from '../../shared/domain/impact/did';
import { stratifiedDifferenceInDifferences } from '../../shared/domain/impact/did-stratified';
import { inBetterTerms, verdict } from '../../shared/domain/impact/direction';
import { desilTransition } from '../../shared/domain/impact/desil-transition';
import type { DesilMovement, EstimateRequest, ImpactEstimate } from '../../shared/ipc/impact';
import { AppError } from '../../shared/errors';
import type { ServiceContext } from '../context';
import { getIndicator, findWave } from './welfare';

interface UnitRow {
  unitId: string;
  familyId: number;
  baseline: number | null;
  followUp: number | null;
  desil: number | null;
  kecamatan: string | null;
}

interface ExposureRow {
  familyId: number;
  activeAtFrom: number;
  activeAtTo: number;
  everByTo: number;
}

// The status an enrollment had on a day: its latest history row dated on or before it.
const ACTIVE_ON = (day: string) => `coalesce((
  SELECT s.counts_as_active FROM enrollment_status_history h JOIN enrollment_statuses s ON s.code = h.status
  WHERE h.enrollment_id = e.id AND h.status_date <= ${day}
  ORDER BY h.status_date DESC, h.id DESC LIMIT 1), 0)`;

/**
 * Who was exposed: a family is in the treatment group when an enrollment of it in the program was
 * active on both waves' dates, in the comparison group when it had no status in the program on
 * or before the follow-up, and left out otherwise (it joined or left between the waves, so its
 * change mixes both states).
 */
function exposure(ctx: Pick<ServiceContext, 'db'>, programId: number, fromDate: string, toDate: string): Map<number, StudyGroup | 'partial'> {
  const rows = ctx.db
    .prepare(
      `SELECT e.family_id AS familyId,
              max(${ACTIVE_ON(':fromDate')}) AS activeAtFrom,
              max(${ACTIVE_ON(':toDate')}) AS activeAtTo,
              max(EXISTS (SELECT 1 FROM enrollment_status_history h WHERE h.enrollment_id = e.id AND h.status_date <= :toDate)) AS everByTo
       FROM enrollments e WHERE e.program_id = :programId
       GROUP BY e.family_id`,
    )
    .all({ programId, fromDate, toDate }) as ExposureRow[];
  const groups = new Map<number, StudyGroup | 'partial'>();
  for (const r of rows) {
    if (r.activeAtFrom === 1 && r.activeAtTo === 1) groups.set(r.familyId, 'treatment');
    else if (r.everByTo === 1) groups.set(r.familyId, 'partial');
  }
  return groups;
}

function units(ctx: Pick<ServiceContext, 'db'>, indicator: string, fromId: number, toId: number): UnitRow[] {
  return ctx.db
    .prepare(
      `SELECT v.family_id || ':' || v.member_key AS unitId, v.family_id AS familyId,
              max(CASE WHEN v.wave_id = :fromId THEN v.value END) AS baseline,
              max(CASE WHEN v.wave_id = :toId THEN v.value END) AS followUp,
              f.desil AS desil, f.kecamatan_code AS kecamatan
       FROM survey_values v JOIN families f ON f.id = v.family_id
       WHERE v.indicator_code = :indicator AND v.wave_id IN (:fromId, :toId)
       GROUP BY v.family_id, v.member_key`,
    )
    .all({ indicator, fromId, toId }) as UnitRow[];
}

export function estimateImpact(ctx: Pick<ServiceContext, 'db'>, request: EstimateRequest): ImpactEstimate {
  const indicator = getIndicator(ctx, request.indicator);
  const program = ctx.db.prepare('SELECT id, code, name FROM programs WHERE id = ?').get(request.programId) as ImpactEstimate['program'] | undefined;
  if (!program) throw new AppError('NOT_FOUND');
  const from = findWave(ctx, request.from);
  const to = findWave(ctx, request.to);
  if (from.heldOn >= to.heldOn) throw new AppError('WAVES_OUT_OF_ORDER', { from: from.name, to: to.name });

  const groups = exposure(ctx, program.id, from.heldOn, to.heldOn);
  const observations: DidObservation[] = [];
  let excludedPartial = 0;
  for (const u of units(ctx, indicator.code, from.id, to.id)) {
    const group = groups.get(u.familyId) ?? 'comparison';
    if (group === 'partial') {
      excludedPartial++;
      continue;
    }
    observations.push({ unitId: u.unitId, baseline: u.baseline, followUp: u.followUp, group, desil: u.desil, kecamatan: u.kecamatan });
  }
  const did =
    request.matchBy.length === 0
      ? differenceInDifferences(observations)
      : stratifiedDifferenceInDifferences(observations, { matchBy: request.matchBy });
  return {
    indicator,
    program,
    from,
    to,
    matchBy: request.matchBy,
    beforeAfter: beforeAfter(observations.filter((o) => o.group === 'treatment')),
    did,
    better: did.estimate === null ? null : inBetterTerms(did.estimate, did.ci95, indicator.better),
    verdict: verdict(did.ci95, indicator.better),
    excludedPartial,
  };
}

/**
 * Desil movement between two waves that measured DESIL (DTSEN snapshots): the families receiving
 * the program (or any program) on the first wave's date, from their desil then to their desil on
 * the second.
 */
export function desilMovement(ctx: Pick<ServiceContext, 'db'>, request: { programId: number | null; from: string | number; to: string | number }): DesilMovement {
  const from = findWave(ctx, request.from);
  const to = findWave(ctx, request.to);
  if (from.heldOn >= to.heldOn) throw new AppError('WAVES_OUT_OF_ORDER', { from: from.name, to: to.name });
  const receiving = new Set(
    (
      ctx.db
        .prepare(
          `SELECT DISTINCT e.family_id AS familyId FROM enrollments e
           WHERE (:programId IS NULL OR e.program_id = :programId) AND ${ACTIVE_ON(':day')} = 1`,
        )
        .all({ programId: request.programId, day: from.heldOn }) as { familyId: number }[]
    ).map((r) => r.familyId),
  );
  const snapshot = (waveId: number) => {
    const rows = ctx.db
      .prepare(`SELECT family_id AS familyId, value FROM survey_values WHERE wave_id = ? AND indicator_code = 'DESIL' AND member_key = 0`)
      .all(waveId) as { familyId: number; value: number }[];
    return new Map(rows.filter((r) => receiving.has(r.familyId)).map((r) => [String(r.familyId), r.value]));
  };
  return { from, to, programId: request.programId, transition: desilTransition(snapshot(from.id), snapshot(to.id)) };
}
