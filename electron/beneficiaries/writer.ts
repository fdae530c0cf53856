import { nameKey } from '../../shared/domain/names';
import { differs, FAMILY_COLUMNS, familyRow, incomingPengurus, MEMBER_COLUMNS, memberRow, mergeKnown, type Row } from './merge';
import type { ComponentCounts, FamilyRecord, MemberRecord } from '../../shared/domain/register';
import type { ServiceContext } from '../context';
import type { Db } from '../db/open';

export type WriteOp = 'insert' | 'update' | 'unchanged';

/**
 * The one way rows enter the register (import commit, manual edits, demo data). Inside the
 * caller's transaction it writes families, members, enrollments and period rows, and, when a
 * batch is given, logs every insert and the before-image of every update so the batch can be
 * undone exactly. Values present in the record replace stored ones; a `null` in an optional field
 * keeps what the register already knows (a list that lacks a column must not erase it).
 */
export class RegisterWriter {
  private seq = 0;
  private readonly stmts: ReturnType<typeof prepare>;

  constructor(
    private readonly ctx: ServiceContext,
    readonly batchId: number | null,
    private readonly options: { demo?: boolean } = {},
  ) {
    this.stmts = prepare(ctx.db);
    if (batchId !== null) {
      const last = ctx.db.prepare('SELECT max(seq) AS seq FROM import_changes WHERE batch_id = ?').get(batchId) as { seq: number | null };
      this.seq = last.seq ?? 0;
    }
  }

  private log(table: string, key: Row, op: 'insert' | 'update', before: Row | null): void {
    if (this.batchId === null) return;
    this.stmts.change.run(this.batchId, ++this.seq, table, JSON.stringify(key), op, before === null ? null : JSON.stringify(before));
  }

  private now(): string {
    return this.ctx.now().toISOString();
  }

  upsertFamily(rec: FamilyRecord): { id: number; op: WriteOp } {
    const existing = this.stmts.familyByKk.get(rec.kk) as Row | undefined;
    const incoming = familyRow(rec);
    if (!existing) {
      const id = Number(
        this.stmts.insertFamily.run({ ...incoming, address: incoming.address ?? '', kk: rec.kk, is_demo: this.options.demo ? 1 : 0, now: this.now() }).lastInsertRowid,
      );
      this.log('families', { id }, 'insert', null);
      return { id, op: 'insert' };
    }
    const merged = mergeKnown(existing, incoming, FAMILY_COLUMNS);
    const id = existing.id as number;
    if (!differs(existing, merged, FAMILY_COLUMNS)) return { id, op: 'unchanged' };
    this.log('families', { id }, 'update', existing);
    this.stmts.updateFamily.run({ ...merged, id, now: this.now() });
    return { id, op: 'update' };
  }

  upsertMember(familyId: number, rec: MemberRecord): { id: number; op: WriteOp } {
    if (rec.isPengurus) this.clearPengurus(familyId, rec.nik);
    const existing = this.stmts.memberByNik.get(rec.nik) as Row | undefined;
    const incoming = memberRow(familyId, rec, nameKey(rec.name));
    if (!existing) {
      const id = Number(
        this.stmts.insertMember.run({ ...incoming, nik: rec.nik, is_demo: this.options.demo ? 1 : 0, now: this.now() }).lastInsertRowid,
      );
      this.log('members', { id }, 'insert', null);
      return { id, op: 'insert' };
    }
    const merged = mergeKnown(existing, { ...incoming, is_pengurus: incomingPengurus(existing.family_id, familyId, rec.isPengurus) }, MEMBER_COLUMNS);
    const id = existing.id as number;
    if (!differs(existing, merged, MEMBER_COLUMNS)) return { id, op: 'unchanged' };
    this.log('members', { id }, 'update', existing);
    this.stmts.updateMember.run({ ...merged, id, now: this.now() });
    return { id, op: 'update' };
  }

  private clearPengurus(familyId: number, exceptNik: string): void {
    const current = this.stmts.pengurusOf.get(familyId) as Row | undefined;
    if (!current || current.nik === exceptNik) return;
    this.log('members', { id: current.id }, 'update', current);
    this.stmts.unsetPengurus.run({ id: current.id, now: this.now() });
  }

  /** Enrolls (or re-activates) a family or member in a program; a status change is kept in the history. */
  enroll(input: { programId: number; familyId: number; memberKey?: number; status: string; date: string; reason: string }): { id: number; op: WriteOp } {
    const memberKey = input.memberKey ?? 0;
    const existing = this.stmts.enrollmentByKey.get(input.programId, input.familyId, memberKey) as Row | undefined;
    if (!existing) {
      const id = Number(
        this.stmts.insertEnrollment.run({
          program_id: input.programId,
          family_id: input.familyId,
          member_key: memberKey,
          status: input.status,
          date: input.date,
          batch_id: this.batchId,
          now: this.now(),
        }).lastInsertRowid,
      );
      this.log('enrollments', { id }, 'insert', null);
      this.history(id, input.status, input.date, input.reason);
      return { id, op: 'insert' };
    }
    const id = existing.id as number;
    if (existing.status === input.status) return { id, op: 'unchanged' };
    this.setStatus(id, input.status, input.date, input.reason);
    return { id, op: 'update' };
  }

  setStatus(enrollmentId: number, status: string, date: string, reason: string): void {
    const before = this.stmts.enrollmentById.get(enrollmentId) as Row | undefined;
    if (!before) throw new Error(`enrollment ${enrollmentId} not found`);
    this.log('enrollments', { id: enrollmentId }, 'update', before);
    this.stmts.updateEnrollmentStatus.run({ id: enrollmentId, status, date, now: this.now() });
    this.history(enrollmentId, status, date, reason);
  }

  private history(enrollmentId: number, status: string, date: string, reason: string): void {
    const id = Number(
      this.stmts.insertHistory.run({
        enrollment_id: enrollmentId,
        status,
        date,
        reason,
        actor: this.ctx.actor,
        at: this.now(),
        batch_id: this.batchId,
      }).lastInsertRowid,
    );
    this.log('enrollment_status_history', { id }, 'insert', null);
  }

  /** Membership of a period's list, with the tahap amount and component counts where the list has them. */
  setPeriod(enrollmentId: number, period: string, nominal: number | null, components: ComponentCounts | null): WriteOp {
    const existing = this.stmts.periodByKey.get(enrollmentId, period) as Row | undefined;
    const row = {
      enrollment_id: enrollmentId,
      period,
      nominal,
      components_json: components === null ? null : JSON.stringify(components),
      batch_id: this.batchId,
    };
    if (!existing) {
      this.stmts.insertPeriod.run(row);
      this.log('enrollment_periods', { enrollment_id: enrollmentId, period }, 'insert', null);
      return 'insert';
    }
    if (existing.nominal === row.nominal && existing.components_json === row.components_json) return 'unchanged';
    this.log('enrollment_periods', { enrollment_id: enrollmentId, period }, 'update', existing);
    this.stmts.updatePeriod.run(row);
    return 'update';
  }
}

function prepare(db: Db) {
  return {
    change: db.prepare('INSERT INTO import_changes (batch_id, seq, table_name, row_key, op, before_json) VALUES (?, ?, ?, ?, ?, ?)'),
    familyByKk: db.prepare('SELECT * FROM families WHERE kk = ?'),
    insertFamily: db.prepare(
      `INSERT INTO families (kk, address, rt, rw, kecamatan_code, desa_code, dtks_id, desil, desil_as_of, is_demo, created_at, updated_at)
       VALUES (:kk, :address, :rt, :rw, :kecamatan_code, :desa_code, :dtks_id, :desil, :desil_as_of, :is_demo, :now, :now)`,
    ),
    updateFamily: db.prepare(
      `UPDATE families SET address = :address, rt = :rt, rw = :rw, kecamatan_code = :kecamatan_code, desa_code = :desa_code,
         dtks_id = :dtks_id, desil = :desil, desil_as_of = :desil_as_of, updated_at = :now WHERE id = :id`,
    ),
    memberByNik: db.prepare('SELECT * FROM members WHERE nik = ?'),
    pengurusOf: db.prepare('SELECT * FROM members WHERE family_id = ? AND is_pengurus = 1'),
    unsetPengurus: db.prepare('UPDATE members SET is_pengurus = 0, updated_at = :now WHERE id = :id'),
    insertMember: db.prepare(
      `INSERT INTO members (family_id, nik, name, name_key, sex, birth_place, birth_date, relationship, mother_name, disability,
         school_level, is_pengurus, is_demo, created_at, updated_at)
       VALUES (:family_id, :nik, :name, :name_key, :sex, :birth_place, :birth_date, :relationship, :mother_name, :disability,
         :school_level, :is_pengurus, :is_demo, :now, :now)`,
    ),
    updateMember: db.prepare(
      `UPDATE members SET family_id = :family_id, name = :name, name_key = :name_key, sex = :sex, birth_place = :birth_place,
         birth_date = :birth_date, relationship = :relationship, mother_name = :mother_name, disability = :disability,
         school_level = :school_level, is_pengurus = :is_pengurus, updated_at = :now WHERE id = :id`,
    ),
    enrollmentByKey: db.prepare('SELECT * FROM enrollments WHERE program_id = ? AND family_id = ? AND member_key = ?'),
    enrollmentById: db.prepare('SELECT * FROM enrollments WHERE id = ?'),
    insertEnrollment: db.prepare(
      `INSERT INTO enrollments (program_id, family_id, member_key, status, status_date, enrolled_on, batch_id, created_at, updated_at)
       VALUES (:program_id, :family_id, :member_key, :status, :date, :date, :batch_id, :now, :now)`,
    ),
    updateEnrollmentStatus: db.prepare('UPDATE enrollments SET status = :status, status_date = :date, updated_at = :now WHERE id = :id'),
    insertHistory: db.prepare(
      `INSERT INTO enrollment_status_history (enrollment_id, status, status_date, reason, actor, at, batch_id)
       VALUES (:enrollment_id, :status, :date, :reason, :actor, :at, :batch_id)`,
    ),
    periodByKey: db.prepare('SELECT * FROM enrollment_periods WHERE enrollment_id = ? AND period = ?'),
    insertPeriod: db.prepare(
      `INSERT INTO enrollment_periods (enrollment_id, period, nominal, components_json, batch_id)
       VALUES (:enrollment_id, :period, :nominal, :components_json, :batch_id)`,
    ),
    updatePeriod: db.prepare(
      `UPDATE enrollment_periods SET nominal = :nominal, components_json = :components_json, batch_id = :batch_id
       WHERE enrollment_id = :enrollment_id AND period = :period`,
    ),
  };
}
