import type { ComponentCounts, Sex } from '../../shared/domain/register';
import type { RegisterRow } from '../../shared/ipc/beneficiaries';
import type { Db } from '../db/open';

interface RowRecord {
  memberId: number;
  familyId: number;
  nik: string;
  name: string;
  sex: Sex | null;
  birthDate: string | null;
  relationship: string | null;
  isPengurus: number;
  kk: string;
  address: string;
  rt: string | null;
  rw: string | null;
  kecamatanCode: string | null;
  kecamatan: string | null;
  desaCode: string | null;
  desa: string | null;
  desil: number | null;
  isDemo: number;
  programsJson: string;
  enrollmentId: number | null;
  enrollmentStatus: string | null;
  enrollmentDate: string | null;
  periodJson: string | null;
}

/**
 * One window of rows by member id, in the order given: every lookup is by primary key or a
 * small index range, so the cost follows the window's size, never the register's.
 */
export const WINDOW_SQL = `
  SELECT m.id AS memberId, m.family_id AS familyId, m.nik, m.name, m.sex, m.birth_date AS birthDate,
    m.relationship, m.is_pengurus AS isPengurus,
    f.kk, f.address, f.rt, f.rw, f.kecamatan_code AS kecamatanCode, k.name AS kecamatan,
    f.desa_code AS desaCode, d.name AS desa, f.desil, f.is_demo AS isDemo,
    (SELECT json_group_array(json_object('code', p.code, 'status', e.status))
       FROM enrollments e JOIN programs p ON p.id = e.program_id
      WHERE e.family_id = m.family_id AND e.member_key IN (0, m.id)) AS programsJson,
    pe.id AS enrollmentId, pe.status AS enrollmentStatus, pe.status_date AS enrollmentDate,
    (SELECT json_object('period', ep.period, 'nominal', ep.nominal, 'components', json(ep.components_json))
       FROM enrollment_periods ep WHERE ep.enrollment_id = pe.id ORDER BY ep.period DESC LIMIT 1) AS periodJson
  FROM json_each(:ids) j
  JOIN members m ON m.id = j.value
  JOIN families f ON f.id = m.family_id
  LEFT JOIN regions k ON k.code = f.kecamatan_code
  LEFT JOIN regions d ON d.code = f.desa_code
  LEFT JOIN enrollments pe ON pe.program_id = :programId AND pe.family_id = m.family_id AND pe.member_key IN (0, m.id)
  ORDER BY j.key`;

export function readRows(db: Db, ids: ArrayLike<number>, programId: number | null): RegisterRow[] {
  if (ids.length === 0) return [];
  const records = db.prepare(WINDOW_SQL).all({ ids: JSON.stringify(Array.from(ids)), programId: programId ?? 0 }) as RowRecord[];
  const rows: RegisterRow[] = [];
  let previous = -1;
  for (const r of records) {
    // Two enrollments of one program covering one member (whole family and per person) would repeat the row.
    if (r.memberId === previous) continue;
    previous = r.memberId;
    rows.push(toRow(r));
  }
  return rows;
}

function toRow(r: RowRecord): RegisterRow {
  const period = r.periodJson === null ? null : (JSON.parse(r.periodJson) as { period: string; nominal: number | null; components: ComponentCounts | null });
  const programs = (JSON.parse(r.programsJson) as { code: string; status: string }[]).sort((a, b) => a.code.localeCompare(b.code));
  return {
    memberId: r.memberId,
    familyId: r.familyId,
    nik: r.nik,
    name: r.name,
    sex: r.sex,
    birthDate: r.birthDate,
    relationship: r.relationship,
    isPengurus: r.isPengurus === 1,
    kk: r.kk,
    address: r.address,
    rt: r.rt,
    rw: r.rw,
    kecamatanCode: r.kecamatanCode,
    kecamatan: r.kecamatan,
    desaCode: r.desaCode,
    desa: r.desa,
    desil: r.desil,
    isDemo: r.isDemo === 1,
    programs,
    enrollment:
      r.enrollmentId === null
        ? null
        : {
            id: r.enrollmentId,
            status: r.enrollmentStatus!,
            statusDate: r.enrollmentDate!,
            period: period?.period ?? null,
            nominal: period?.nominal ?? null,
            components: period?.components ?? null,
          },
  };
}
