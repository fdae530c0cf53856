import type { ProgramOption, RegisterOptions } from '../../shared/ipc/beneficiaries';
import type { ServiceContext } from '../context';
import { listStatuses } from './status';

/** What the Penerima page's filters offer: active programs (with components), kecamatan and desa, statuses. */
export function registerOptions(ctx: Pick<ServiceContext, 'db'>): RegisterOptions {
  const programs = ctx.db
    .prepare('SELECT id, code, name, per_person AS perPerson FROM programs WHERE is_active = 1 ORDER BY code')
    .all() as (Omit<ProgramOption, 'perPerson' | 'components'> & { perPerson: number })[];
  const components = ctx.db.prepare('SELECT code, name FROM program_components WHERE program_id = ? ORDER BY sort');
  const regions = ctx.db
    .prepare(
      `SELECT k.code AS kecCode, k.name AS kecName, d.code AS desaCode, d.name AS desaName
       FROM regions k LEFT JOIN regions d ON d.parent_code = k.code AND d.level = 'desa'
       WHERE k.level = 'kecamatan' ORDER BY k.name, d.name`,
    )
    .all() as { kecCode: string; kecName: string; desaCode: string | null; desaName: string | null }[];
  const kecamatan: RegisterOptions['kecamatan'] = [];
  for (const r of regions) {
    let last = kecamatan[kecamatan.length - 1];
    if (last?.code !== r.kecCode) {
      last = { code: r.kecCode, name: r.kecName, desa: [] };
      kecamatan.push(last);
    }
    if (r.desaCode !== null && r.desaName !== null) last.desa.push({ code: r.desaCode, name: r.desaName });
  }
  return {
    programs: programs.map((p) => ({ ...p, perPerson: p.perPerson === 1, components: components.all(p.id) as ProgramOption['components'] })),
    kecamatan,
    statuses: listStatuses(ctx),
  };
}
