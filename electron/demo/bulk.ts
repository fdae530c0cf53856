import { nameKey } from '../../shared/domain/names';
import type { ServiceContext } from '../context';
import type { DemoFamily } from './generate';

export interface DemoWriteCounts {
  families: number;
  members: number;
  enrollments: number;
  periodRows: number;
}

/**
 * Writes generated families straight into the register tables, inside the caller's transaction.
 * It writes the same columns as RegisterWriter (name_key through nameKey(), is_demo = 1, no import
 * batch) but skips the writer's per-row look-ups: every demo family is new (the identity
 * allocator skips NIKs and KKs the register holds), and 100,000 families must load in seconds.
 * test/integration/demo.test.ts checks that both produce identical rows.
 */
export class DemoBulkWriter {
  readonly counts: DemoWriteCounts = { families: 0, members: 0, enrollments: 0, periodRows: 0 };
  private readonly now: string;
  private readonly actor: string;
  private readonly stmts;

  constructor(ctx: ServiceContext) {
    this.now = ctx.now().toISOString();
    this.actor = ctx.actor;
    const db = ctx.db;
    this.stmts = {
      family: db.prepare(
        `INSERT INTO families (kk, address, rt, rw, kecamatan_code, desa_code, dtks_id, desil, desil_as_of, is_demo, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
      ),
      member: db.prepare(
        `INSERT INTO members (family_id, nik, name, name_key, sex, birth_place, birth_date, relationship, mother_name, disability,
           school_level, is_pengurus, is_demo, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
      ),
      enrollment: db.prepare(
        `INSERT INTO enrollments (program_id, family_id, member_key, status, status_date, enrolled_on, batch_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
      ),
      history: db.prepare(
        `INSERT INTO enrollment_status_history (enrollment_id, status, status_date, reason, actor, at, batch_id)
         VALUES (?, ?, ?, ?, ?, ?, NULL)`,
      ),
      period: db.prepare('INSERT INTO enrollment_periods (enrollment_id, period, nominal, components_json, batch_id) VALUES (?, ?, ?, ?, NULL)'),
    };
  }

  write(families: readonly DemoFamily[]): void {
    const { now, actor, stmts } = this;
    for (const f of families) {
      const r = f.family;
      const familyId = Number(
        stmts.family.run(r.kk, r.address, r.rt, r.rw, r.kecamatanCode, r.desaCode, r.dtksId, r.desil, r.desilAsOf, now, now).lastInsertRowid,
      );
      const memberIds = f.members.map((m) =>
        Number(
          stmts.member.run(
            familyId, m.nik, m.name, nameKey(m.name), m.sex, m.birthPlace, m.birthDate, m.relationship, m.motherName, m.disability,
            m.schoolLevel, m.isPengurus ? 1 : 0, now, now,
          ).lastInsertRowid,
        ),
      );
      for (const e of f.enrollments) {
        const first = e.events[0]!;
        const latest = e.events[e.events.length - 1]!;
        const memberKey = e.memberIndex === null ? 0 : memberIds[e.memberIndex]!;
        const id = Number(stmts.enrollment.run(e.program.id, familyId, memberKey, latest.status, latest.date, first.date, now, now).lastInsertRowid);
        for (const ev of e.events) stmts.history.run(id, ev.status, ev.date, ev.reason, actor, now);
        for (const p of e.periods) stmts.period.run(id, p.period, p.nominal, p.components === null ? null : JSON.stringify(p.components));
        this.counts.periodRows += e.periods.length;
      }
      this.counts.families += 1;
      this.counts.members += f.members.length;
      this.counts.enrollments += f.enrollments.length;
    }
  }
}
