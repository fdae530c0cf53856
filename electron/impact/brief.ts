import { todayIso } from '../../shared/domain/dates';
import { povertyChange } from '../../shared/domain/impact/poverty-change';
import type { SurveyWave } from '../../shared/domain/welfare';
import type { BriefPovertyArea, BriefRequest, ImpactBrief, PovertyArea } from '../../shared/ipc/impact';
import { AppError } from '../../shared/errors';
import type { ServiceContext } from '../context';
import { readOfficeSettings } from '../settings/service';
import { desilMovement, estimateImpact } from './estimate';
import { graduationSummary } from './graduation';
import { povertyOverview } from './poverty';
import { targetingSummary } from './targeting';
import { findWave, listIndicators, listWaves } from './welfare';

const DESIL = 'DESIL';

/**
 * The impact brief (ringkasan dampak): one program's estimates between two survey waves, the
 * regency's poverty against the province, the year's graduations, targeting and desil movement,
 * put together from the same services the Dampak page uses so the brief says what the page shows.
 * Aggregates only: every part is a count, a mean or a rate.
 */
export function impactBrief(ctx: ServiceContext, request: BriefRequest): ImpactBrief {
  const office = readOfficeSettings(ctx);
  const program = chooseProgram(ctx, request.programId);
  const [from, to] = chooseWaves(ctx, request.from, request.to);
  const year = request.year ?? ctx.now().getFullYear();
  const matchBy = request.matchBy ?? [];

  const measuredInBoth = (code: string) => from !== null && to !== null && (from.values[code] ?? 0) > 0 && (to.values[code] ?? 0) > 0;
  const estimates =
    program === null || from === null || to === null
      ? []
      : listIndicators(ctx)
          .filter((i) => measuredInBoth(i.code))
          .map((i) => estimateImpact(ctx, { indicator: i.code, programId: program.id, from: from.id, to: to.id, matchBy }));

  const poverty = povertyOverview(ctx);
  const graduation = graduationSummary(ctx, program?.id ?? null);
  const byCategory = new Map<string, { status: string; label: string; count: number }>();
  for (const c of graduation.counts.filter((g) => g.year === year)) {
    const entry = byCategory.get(c.status) ?? { status: c.status, label: c.label, count: 0 };
    entry.count += c.count;
    byCategory.set(c.status, entry);
  }
  const targeting = targetingSummary(ctx);

  return {
    profile: office.profile,
    regencyName: office.regencyName,
    signedOn: todayIso(ctx.now()),
    computedAt: ctx.now().toISOString(),
    program,
    from,
    to,
    poverty: { regency: latestTwo(poverty.regency), province: latestTwo(poverty.province) },
    estimates,
    matchBy,
    graduation: {
      year,
      total: [...byCategory.values()].reduce((sum, c) => sum + c.count, 0),
      byCategory: [...byCategory.values()].sort((a, b) => a.label.localeCompare(b.label, 'id')),
      reentry: graduation.reentry,
    },
    // The headline only: programs that reach someone, no kecamatan lists.
    targeting: { poorFamilies: targeting.poorFamilies, poorUncovered: targeting.poorUncovered, programs: targeting.programs.filter((p) => p.families > 0) },
    desil: from !== null && to !== null && measuredInBoth(DESIL) ? desilMovement(ctx, { programId: program?.id ?? null, from: from.id, to: to.id }) : null,
  };
}

/** The program asked for, else the one with the most families receiving it now. */
function chooseProgram(ctx: Pick<ServiceContext, 'db'>, programId: number | null): ImpactBrief['program'] {
  if (programId !== null) {
    const row = ctx.db.prepare('SELECT id, code, name FROM programs WHERE id = ?').get(programId) as ImpactBrief['program'] | undefined;
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }
  const largest = ctx.db
    .prepare(
      `SELECT p.id AS id, p.code AS code, p.name AS name FROM programs p
       JOIN enrollments e ON e.program_id = p.id
       JOIN enrollment_statuses s ON s.code = e.status AND s.counts_as_active = 1
       GROUP BY p.id ORDER BY count(DISTINCT e.family_id) DESC, p.code LIMIT 1`,
    )
    .get() as ImpactBrief['program'] | undefined;
  return largest ?? null;
}

/** The waves asked for; a missing end is the latest wave, a missing start the one before the end. */
function chooseWaves(ctx: Pick<ServiceContext, 'db'>, fromRef: string | number | null, toRef: string | number | null): [SurveyWave | null, SurveyWave | null] {
  const waves = listWaves(ctx);
  const to = toRef !== null ? findWave(ctx, toRef) : (waves.at(-1) ?? null);
  if (fromRef !== null) return [findWave(ctx, fromRef), to];
  const earlier = to === null ? [] : waves.filter((w) => w.heldOn < to.heldOn);
  return [earlier.at(-1) ?? null, to];
}

/** The two latest periods with a P0 and their change. */
function latestTwo(area: PovertyArea): BriefPovertyArea {
  const withP0 = area.series.filter((r) => r.p0 !== null);
  const latest = withP0.at(-1) ?? null;
  const previous = withP0.at(-2) ?? null;
  return { ...area, latest, previous, change: latest && previous ? povertyChange(previous, latest) : null };
}
