import { AppError } from '../../shared/errors';
import type { AuditEntry } from '../../shared/ipc/app';
import type { ComponentCounts } from '../../shared/domain/register';
import type { EnrollmentInfo, FamilyDetail, FamilyInfo, ImportTouch, MemberInfo, StatusEvent } from '../../shared/ipc/beneficiaries';
import type { ServiceContext } from '../context';
import { AUDIT_COLUMNS, toAuditEntry, type AuditRow } from '../audit/service';

/** Audit entries kept per family in the detail view: the newest first. */
const AUDIT_LIMIT = 200;


/** Everything the register knows about one family: members, enrollments with history, and who changed what. */
export function familyDetail(ctx: Pick<ServiceContext, 'db'>, familyId: number): FamilyDetail {
  const db = ctx.db;
  const family = db
    .prepare(
      `SELECT f.id, f.kk, f.address, f.rt, f.rw, f.kecamatan_code AS kecamatanCode, k.name AS kecamatan,
         f.desa_code AS desaCode, d.name AS desa, f.dtks_id AS dtksId, f.desil, f.desil_as_of AS desilAsOf,
         f.is_demo AS isDemo, f.created_at AS createdAt, f.updated_at AS updatedAt
       FROM families f
       LEFT JOIN regions k ON k.code = f.kecamatan_code
       LEFT JOIN regions d ON d.code = f.desa_code
       WHERE f.id = ?`,
    )
    .get(familyId) as (Omit<FamilyInfo, 'isDemo'> & { isDemo: number }) | undefined;
  if (!family) throw new AppError('NOT_FOUND');

  const members = (
    db
      .prepare(
        `SELECT id, nik, name, sex, birth_place AS birthPlace, birth_date AS birthDate, relationship,
           mother_name AS motherName, disability, school_level AS schoolLevel, is_pengurus AS isPengurus
         FROM members WHERE family_id = ? ORDER BY is_pengurus DESC, id`,
      )
      .all(familyId) as (Omit<MemberInfo, 'isPengurus'> & { isPengurus: number })[]
  ).map((m) => ({ ...m, isPengurus: m.isPengurus === 1 }));

  const enrollments = readEnrollments(ctx, familyId, new Map(members.map((m) => [m.id, m.name])));
  const receiving = [...new Set(enrollments.filter((e) => e.countsAsActive).map((e) => e.programCode))].sort();
  return {
    family: { ...family, isDemo: family.isDemo === 1 },
    members,
    enrollments,
    receiving,
    audit: familyAudit(ctx, familyId, members.map((m) => m.id), enrollments.map((e) => e.id)),
    imports: importTouches(ctx, enrollments.map((e) => e.id)),
  };
}

function readEnrollments(ctx: Pick<ServiceContext, 'db'>, familyId: number, memberNames: Map<number, string>): EnrollmentInfo[] {
  const db = ctx.db;
  const rows = db
    .prepare(
      `SELECT e.id, e.program_id AS programId, p.code AS programCode, p.name AS programName, e.member_key AS memberKey,
         e.status, e.status_date AS statusDate, e.enrolled_on AS enrolledOn, coalesce(s.counts_as_active, 0) AS countsAsActive
       FROM enrollments e
       JOIN programs p ON p.id = e.program_id
       LEFT JOIN enrollment_statuses s ON s.code = e.status
       WHERE e.family_id = ?
       ORDER BY p.code, e.member_key`,
    )
    .all(familyId) as {
    id: number;
    programId: number;
    programCode: string;
    programName: string;
    memberKey: number;
    status: string;
    statusDate: string;
    enrolledOn: string;
    countsAsActive: number;
  }[];
  const periods = db.prepare(
    'SELECT period, nominal, components_json AS components FROM enrollment_periods WHERE enrollment_id = ? ORDER BY period DESC',
  );
  const history = db.prepare(
    `SELECT id, status, status_date AS statusDate, reason, actor, at, batch_id AS batchId
     FROM enrollment_status_history WHERE enrollment_id = ? ORDER BY id DESC`,
  );
  return rows.map((r) => ({
    id: r.id,
    programId: r.programId,
    programCode: r.programCode,
    programName: r.programName,
    memberId: r.memberKey === 0 ? null : r.memberKey,
    memberName: r.memberKey === 0 ? null : (memberNames.get(r.memberKey) ?? null),
    status: r.status,
    statusDate: r.statusDate,
    enrolledOn: r.enrolledOn,
    countsAsActive: r.countsAsActive === 1,
    periods: (periods.all(r.id) as { period: string; nominal: number | null; components: string | null }[]).map((p) => ({
      period: p.period,
      nominal: p.nominal,
      components: p.components === null ? null : (JSON.parse(p.components) as ComponentCounts),
    })),
    history: history.all(r.id) as StatusEvent[],
  }));
}

/**
 * Audit rows of the family, its members and its enrollments. One query per entity kind, each an
 * equality or IN on audit_log_entity (entity, entity_id, id), so the trail stays quick however
 * long the log grows.
 */
function familyAudit(ctx: Pick<ServiceContext, 'db'>, familyId: number, memberIds: number[], enrollmentIds: number[]): AuditEntry[] {
  const byEntity = ctx.db.prepare(
    `SELECT ${AUDIT_COLUMNS} FROM audit_log
     WHERE entity = :entity AND entity_id IN (SELECT value FROM json_each(:ids))
     ORDER BY id DESC LIMIT ${AUDIT_LIMIT}`,
  );
  const rows = [
    ...(byEntity.all({ entity: 'family', ids: JSON.stringify([String(familyId)]) }) as AuditRow[]),
    ...(memberIds.length > 0 ? (byEntity.all({ entity: 'member', ids: JSON.stringify(memberIds.map(String)) }) as AuditRow[]) : []),
    ...(enrollmentIds.length > 0 ? (byEntity.all({ entity: 'enrollment', ids: JSON.stringify(enrollmentIds.map(String)) }) as AuditRow[]) : []),
  ];
  return rows
    .sort((a, b) => b.id - a.id)
    .slice(0, AUDIT_LIMIT)
    .map(toAuditEntry);
}

/** Import batches that enrolled the family, changed a status of it, or put it on a period's list. */
function importTouches(ctx: Pick<ServiceContext, 'db'>, enrollmentIds: number[]): ImportTouch[] {
  if (enrollmentIds.length === 0) return [];
  return ctx.db
    .prepare(
      `WITH ids(id) AS (SELECT value FROM json_each(:ids)),
       touched(batch_id) AS (
         SELECT e.batch_id FROM enrollments e JOIN ids ON ids.id = e.id
         UNION SELECT h.batch_id FROM enrollment_status_history h JOIN ids ON ids.id = h.enrollment_id
         UNION SELECT ep.batch_id FROM enrollment_periods ep JOIN ids ON ids.id = ep.enrollment_id)
       SELECT b.id AS batchId, b.file_name AS fileName, p.code AS programCode, b.period, b.at, b.actor, b.undone_at AS undoneAt
       FROM touched t JOIN import_batches b ON b.id = t.batch_id LEFT JOIN programs p ON p.id = b.program_id
       ORDER BY b.id DESC`,
    )
    .all({ ids: JSON.stringify(enrollmentIds) }) as ImportTouch[];
}
