import type { KecamatanTargeting, ProgramTargeting, TargetingSummary } from '../../shared/ipc/impact';
import { percentOf } from '../../shared/domain/report';
import type { ServiceContext } from '../context';

/**
 * Targeting (ketepatan sasaran) from the register's desil: the poor (desil 1–4) that no program
 * reaches, and beneficiaries ranked desil 6 or above. "Receives" = an enrollment whose status
 * counts as active now; a per-person enrollment counts for the family. The register only holds
 * families that some list brought in, so "poor and uncovered" is a floor, not a census.
 */

const POOR_MAX = 4;
const BETTER_OFF_MIN = 6;

const RECEIVING = `
  SELECT DISTINCT e.program_id AS program_id, e.family_id AS family_id
  FROM enrollments e
  JOIN enrollment_statuses s ON s.code = e.status AND s.counts_as_active = 1`;

export function targetingSummary(ctx: Pick<ServiceContext, 'db'>): TargetingSummary {
  const params = { poorMax: POOR_MAX, betterOffMin: BETTER_OFF_MIN };
  const totals = ctx.db
    .prepare(
      `WITH receiving AS (${RECEIVING})
       SELECT count(*) AS poor,
              sum(NOT EXISTS (SELECT 1 FROM receiving r WHERE r.family_id = f.id)) AS uncovered
       FROM families f WHERE f.desil <= :poorMax`,
    )
    .get(params) as { poor: number; uncovered: number | null };

  const programs = (
    ctx.db
      .prepare(
        `WITH receiving AS (${RECEIVING})
         SELECT p.id AS programId, p.code AS code, p.name AS name,
                count(f.id) AS families,
                coalesce(sum(f.desil <= :poorMax), 0) AS poor,
                coalesce(sum(f.desil >= :betterOffMin), 0) AS desil6Plus,
                coalesce(sum(f.desil IS NULL), 0) AS desilUnknown
         FROM programs p
         LEFT JOIN receiving r ON r.program_id = p.id
         LEFT JOIN families f ON f.id = r.family_id
         GROUP BY p.id
         HAVING families > 0 OR p.is_active = 1
         ORDER BY p.code`,
      )
      .all(params) as Omit<ProgramTargeting, 'coveragePercent'>[]
  ).map((p) => ({ ...p, coveragePercent: percentOf(p.poor, totals.poor) }));

  const kecamatan = ctx.db
    .prepare(
      `WITH receiving AS (${RECEIVING}),
       receiving_family AS (SELECT DISTINCT family_id FROM receiving)
       SELECT f.kecamatan_code AS kecamatanCode, rg.name AS kecamatan,
              coalesce(sum(f.desil <= :poorMax), 0) AS poorFamilies,
              coalesce(sum(f.desil <= :poorMax AND rf.family_id IS NULL), 0) AS poorUncovered,
              count(rf.family_id) AS beneficiaries,
              coalesce(sum(f.desil >= :betterOffMin AND rf.family_id IS NOT NULL), 0) AS beneficiariesDesil6Plus
       FROM families f
       LEFT JOIN receiving_family rf ON rf.family_id = f.id
       LEFT JOIN regions rg ON rg.code = f.kecamatan_code
       GROUP BY f.kecamatan_code
       ORDER BY rg.name IS NULL, rg.name`,
    )
    .all(params) as KecamatanTargeting[];

  return { poorFamilies: totals.poor, poorUncovered: totals.uncovered ?? 0, programs, kecamatan };
}
