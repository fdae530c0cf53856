import { nameKey } from '../../shared/domain/names';
import { differs, FAMILY_COLUMNS, familyRow, incomingPengurus, MEMBER_COLUMNS, memberRow, mergeKnown, type Row } from './merge';
import type { ComponentCounts, FamilyRecord, MemberRecord } from '../../shared/domain/register';
import type { ServiceContext } from '../context';
import type { Db } from '../db/open';
import { ChangeLog } from './change-log';

export type WriteOp = 'insert' | 'update' | 'unchanged';

/**
 * Rows this writer inserted for keys the caller knew to be missing (`stored` null): such a caller
 * writes nothing else beside the writer in its transaction, so what is attached to these rows is
 * what the writer attached, and their enrollments, period rows and pengurus need no look-up.
 */
interface FreshRows {
  /** Families inserted here that have no pengurus yet. */
  noPengurus: Set<number>;
  families: Set<number>;
  /** program:family:member of enrollments written on those families. */
  enrolled: Set<string>;
  enrollments: Set<number>;
  /** enrollment:period of period rows written on those enrollments. */
  periods: Set<string>;
}

/**
 * Until the returned function runs (in the same transaction), the name search index (members_fts)
 * is left alone: migration 003's members_fts_deferred, set here for every member. The function
 * then brings the index up to date in a few statements: members inserted since are added, and
 * members the batch renamed trade their old key for the new one. FTS5 takes these many times faster
 * as one INSERT … SELECT than as one trigger call per row. For an import writing many members in
 * one transaction; its RegisterWriter logs every member update under `batchId`, and the first
 * before-image of each is the key the index still holds.
 */
export function deferNameIndex(db: Db, batchId: number): () => void {
  const above = (db.prepare('SELECT coalesce(max(id), 0) FROM members').pluck().get() as number);
  db.prepare('INSERT INTO members_fts_deferred (above_id) VALUES (0)').run();
  return () => {
    db.prepare('DELETE FROM members_fts_deferred').run();
    // min(seq) makes before_json the member's first before-image (SQLite's bare-column rule).
    const renamed = `
      SELECT m.id, m.name_key AS new_key, json_extract(first.before_json, '$.name_key') AS old_key
      FROM (SELECT row_key, min(seq), before_json FROM import_changes
            WHERE batch_id = :batch AND table_name = 'members' AND op = 'update' GROUP BY row_key) first
      JOIN members m ON m.id = json_extract(first.row_key, '$.id')
      WHERE m.id <= :above AND old_key IS NOT new_key`;
    const params = { batch: batchId, above };
    db.prepare(`INSERT INTO members_fts (members_fts, rowid, name_key) SELECT 'delete', id, old_key FROM (${renamed})`).run(params);
    db.prepare(`INSERT INTO members_fts (rowid, name_key) SELECT id, new_key FROM (${renamed})`).run(params);
    db.prepare('INSERT INTO members_fts (rowid, name_key) SELECT id, name_key FROM members WHERE id > ?').run(above);
  };
}

/**
 * The one way rows enter the register (import commit, manual edits, demo data). Inside the
 * caller's transaction it writes families, members, enrollments and period rows, and, when a
 * batch is given, logs every insert and the before-image of every update so the batch can be
 * undone exactly. Values present in the record replace stored ones; a `null` in an optional field
 * keeps what the register already knows (a list that lacks a column must not erase it).
 */
export class RegisterWriter {
  private readonly changes: ChangeLog | null;
  private stamp: string | null = null;
  private readonly stmts: ReturnType<typeof prepare>;
  private readonly fresh: FreshRows = { noPengurus: new Set(), families: new Set(), enrolled: new Set(), enrollments: new Set(), periods: new Set() };
  /** Members whose pengurus mark this writer took away: a row a caller read of them before is stale. */
  private readonly demoted = new Set<number>();

  constructor(
    private readonly ctx: ServiceContext,
    readonly batchId: number | null,
    /** bufferChanges: the undo log is written in bulk; the caller must run flush() before its transaction ends. */
    private readonly options: { demo?: boolean; bufferChanges?: boolean } = {},
  ) {
    this.stmts = prepare(ctx.db);
    this.changes = batchId === null ? null : new ChangeLog(ctx.db, batchId, options.bufferChanges === true);
  }

  /** Writes the buffered undo log (bufferChanges). */
  flush(): void {
    this.changes?.flush();
  }

  private log(table: string, key: Row, op: 'insert' | 'update', before: Row | null): void {
    if (this.changes === null) return;
    // Most keys are {id}: written directly, the same text JSON.stringify gives.
    const keyJson = Number.isSafeInteger(key.id) && Object.keys(key).length === 1 ? `{"id":${key.id}}` : JSON.stringify(key);
    this.changes.add(table, keyJson, op, before === null ? null : JSON.stringify(before));
  }

  /** One timestamp per writer: a writer serves one operation (an edit, one import batch). */
  private now(): string {
    return (this.stamp ??= this.ctx.now().toISOString());
  }

  /**
   * `stored`: what the caller read of this KK inside this transaction, in bulk (the import), with
   * nothing written to it since: the stored row, or null when the register has no such family (it
   * is then inserted without a look-up). Undefined: the writer looks it up.
   */
  upsertFamily(rec: FamilyRecord, stored?: Row | null): { id: number; op: WriteOp } {
    const knownAbsent = stored === null;
    const existing = stored === undefined ? (this.stmts.familyByKk.get(rec.kk) as Row | undefined) : (stored ?? undefined);
    const incoming = familyRow(rec);
    if (!existing) {
      const now = this.now();
      const id = Number(
        this.stmts.insertFamily.run([
          rec.kk, incoming.address ?? '', incoming.rt, incoming.rw, incoming.kecamatan_code, incoming.desa_code, incoming.dtks_id,
          incoming.desil, incoming.desil_as_of, this.options.demo ? 1 : 0, now, now,
        ]).lastInsertRowid,
      );
      this.log('families', { id }, 'insert', null);
      if (knownAbsent) {
        this.fresh.families.add(id);
        this.fresh.noPengurus.add(id);
      }
      return { id, op: 'insert' };
    }
    const merged = mergeKnown(existing, incoming, FAMILY_COLUMNS);
    const id = existing.id as number;
    if (!differs(existing, merged, FAMILY_COLUMNS)) return { id, op: 'unchanged' };
    this.log('families', { id }, 'update', existing);
    this.stmts.updateFamily.run({ ...merged, id, now: this.now() });
    return { id, op: 'update' };
  }

  /** `stored`: as for upsertFamily, of this NIK (a member this writer has since demoted as pengurus is looked up again). */
  upsertMember(familyId: number, rec: MemberRecord, stored?: Row | null): { id: number; op: WriteOp } {
    if (rec.isPengurus) {
      this.clearPengurus(familyId, rec.nik);
      // The member written below becomes the pengurus: from here the family has one.
      this.fresh.noPengurus.delete(familyId);
    }
    const current = stored === undefined || (stored !== null && this.demoted.has(stored.id as number)) ? undefined : stored;
    const existing = current === undefined ? (this.stmts.memberByNik.get(rec.nik) as Row | undefined) : (current ?? undefined);
    const incoming = memberRow(familyId, rec, nameKey(rec.name));
    if (!existing) {
      const now = this.now();
      const id = Number(
        this.stmts.insertMember.run([
          incoming.family_id, rec.nik, incoming.name, incoming.name_key, incoming.sex, incoming.birth_place, incoming.birth_date,
          incoming.relationship, incoming.mother_name, incoming.disability, incoming.school_level, incoming.is_pengurus,
          this.options.demo ? 1 : 0, now, now,
        ]).lastInsertRowid,
      );
      this.log('members', { id }, 'insert', null);
      return { id, op: 'insert' };
    }
    const merged = mergeKnown(existing, { ...incoming, is_pengurus: incomingPengurus(existing.family_id, familyId, rec.isPengurus) }, MEMBER_COLUMNS);
    const id = existing.id as number;
    if (!differs(existing, merged, MEMBER_COLUMNS)) return { id, op: 'unchanged' };
    this.log('members', { id }, 'update', existing);
    // Setting name_key, even to the same value, fires the name index trigger (a delete and an
    // insert in FTS5, the costliest part of an update): left out when the name is unchanged.
    const update = merged.name_key === existing.name_key ? this.stmts.updateMemberSameName : this.stmts.updateMember;
    update.run({ ...merged, id, now: this.now() });
    return { id, op: 'update' };
  }

  private clearPengurus(familyId: number, exceptNik: string): void {
    if (this.fresh.noPengurus.has(familyId)) return;
    const current = this.stmts.pengurusOf.get(familyId) as Row | undefined;
    if (!current || current.nik === exceptNik) return;
    this.log('members', { id: current.id }, 'update', current);
    this.stmts.unsetPengurus.run({ id: current.id, now: this.now() });
    this.demoted.add(current.id as number);
  }

  /** Enrolls (or re-activates) a family or member in a program; a status change is kept in the history. */
  enroll(input: { programId: number; familyId: number; memberKey?: number; status: string; date: string; reason: string }): { id: number; op: WriteOp } {
    const memberKey = input.memberKey ?? 0;
    const freshKey = `${input.programId}:${input.familyId}:${memberKey}`;
    const knownAbsent = this.fresh.families.has(input.familyId) && !this.fresh.enrolled.has(freshKey);
    const existing = knownAbsent ? undefined : (this.stmts.enrollmentByKey.get(input.programId, input.familyId, memberKey) as Row | undefined);
    if (!existing) {
      const now = this.now();
      const id = Number(
        this.stmts.insertEnrollment.run([input.programId, input.familyId, memberKey, input.status, input.date, input.date, this.batchId, now, now])
          .lastInsertRowid,
      );
      this.log('enrollments', { id }, 'insert', null);
      if (knownAbsent) {
        this.fresh.enrolled.add(freshKey);
        this.fresh.enrollments.add(id);
      }
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
      this.stmts.insertHistory.run([enrollmentId, status, date, reason, this.ctx.actor, this.now(), this.batchId]).lastInsertRowid,
    );
    this.log('enrollment_status_history', { id }, 'insert', null);
  }

  /** Membership of a period's list, with the tahap amount and component counts where the list has them. */
  setPeriod(enrollmentId: number, period: string, nominal: number | null, components: ComponentCounts | null): WriteOp {
    const freshKey = `${enrollmentId}:${period}`;
    const knownAbsent = this.fresh.enrollments.has(enrollmentId) && !this.fresh.periods.has(freshKey);
    const existing = knownAbsent ? undefined : (this.stmts.periodByKey.get(enrollmentId, period) as Row | undefined);
    const row = {
      enrollment_id: enrollmentId,
      period,
      nominal,
      components_json: components === null ? null : JSON.stringify(components),
      batch_id: this.batchId,
    };
    if (!existing) {
      this.stmts.insertPeriod.run([enrollmentId, period, nominal, row.components_json, this.batchId]);
      if (knownAbsent) this.fresh.periods.add(freshKey);
      this.log('enrollment_periods', { enrollment_id: enrollmentId, period }, 'insert', null);
      return 'insert';
    }
    if (existing.nominal === row.nominal && existing.components_json === row.components_json) return 'unchanged';
    this.log('enrollment_periods', { enrollment_id: enrollmentId, period }, 'update', existing);
    this.stmts.updatePeriod.run(row);
    return 'update';
  }
}

// The inserts bind positional parameters (in the order of their column lists): an import runs
// them a million times, and binding by name costs a property look-up per column.
function prepare(db: Db) {
  return {
    familyByKk: db.prepare('SELECT * FROM families WHERE kk = ?'),
    insertFamily: db.prepare(
      `INSERT INTO families (kk, address, rt, rw, kecamatan_code, desa_code, dtks_id, desil, desil_as_of, is_demo, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    updateMember: db.prepare(
      `UPDATE members SET family_id = :family_id, name = :name, name_key = :name_key, sex = :sex, birth_place = :birth_place,
         birth_date = :birth_date, relationship = :relationship, mother_name = :mother_name, disability = :disability,
         school_level = :school_level, is_pengurus = :is_pengurus, updated_at = :now WHERE id = :id`,
    ),
    updateMemberSameName: db.prepare(
      `UPDATE members SET family_id = :family_id, name = :name, sex = :sex, birth_place = :birth_place,
         birth_date = :birth_date, relationship = :relationship, mother_name = :mother_name, disability = :disability,
         school_level = :school_level, is_pengurus = :is_pengurus, updated_at = :now WHERE id = :id`,
    ),
    enrollmentByKey: db.prepare('SELECT * FROM enrollments WHERE program_id = ? AND family_id = ? AND member_key = ?'),
    enrollmentById: db.prepare('SELECT * FROM enrollments WHERE id = ?'),
    insertEnrollment: db.prepare(
      `INSERT INTO enrollments (program_id, family_id, member_key, status, status_date, enrolled_on, batch_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    updateEnrollmentStatus: db.prepare('UPDATE enrollments SET status = :status, status_date = :date, updated_at = :now WHERE id = :id'),
    insertHistory: db.prepare(
      `INSERT INTO enrollment_status_history (enrollment_id, status, status_date, reason, actor, at, batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    periodByKey: db.prepare('SELECT * FROM enrollment_periods WHERE enrollment_id = ? AND period = ?'),
    insertPeriod: db.prepare(
      `INSERT INTO enrollment_periods (enrollment_id, period, nominal, components_json, batch_id)
       VALUES (?, ?, ?, ?, ?)`,
    ),
    updatePeriod: db.prepare(
      `UPDATE enrollment_periods SET nominal = :nominal, components_json = :components_json, batch_id = :batch_id
       WHERE enrollment_id = :enrollment_id AND period = :period`,
    ),
  };
}
