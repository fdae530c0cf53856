import { z } from 'zod';
import { channel } from './define';
import type { AuditEntry } from './app';
import type { ComponentCounts, FamilyRecord, MemberRecord, Sex } from '../domain/register';
import { registerQuerySchema } from '../domain/register-query';
import { familyEditSchema, memberEditSchema, newStatusSchema, statusChangeSchema, type ExitKind, type MemberWarning } from '../domain/register-edit';

// Channels of the 'beneficiaries' area (area.verb). Each is listed in names.ts too.

const id = z.number().int().positive();
const taskId = z.string().min(1).max(64);

/** One member's line in the register table (a person; their family's KK and address alongside). */
export interface RegisterRow {
  memberId: number;
  familyId: number;
  nik: string;
  name: string;
  sex: Sex | null;
  birthDate: string | null;
  relationship: string | null;
  isPengurus: boolean;
  kk: string;
  address: string;
  rt: string | null;
  rw: string | null;
  kecamatanCode: string | null;
  kecamatan: string | null;
  desaCode: string | null;
  desa: string | null;
  desil: number | null;
  isDemo: boolean;
  /** Every program that covers this person (family enrollment, or their own for per-person programs). */
  programs: { code: string; status: string }[];
  /** In a one-program view: that program's enrollment, with its latest period. */
  enrollment: {
    id: number;
    status: string;
    statusDate: string;
    period: string | null;
    nominal: number | null;
    components: ComponentCounts | null;
  } | null;
}

export interface RegisterPage {
  /** Rows the whole view holds (what the scrollbar spans). */
  total: number;
  offset: number;
  rows: RegisterRow[];
  /**
   * Changes when the register changed under the view (an edit, an import): the table drops the
   * windows it has cached and reads them again.
   */
  version: number;
}

export interface StatusInfo {
  code: string;
  label: string;
  countsAsActive: boolean;
  exitKind: ExitKind | null;
  sort: number;
}

export interface ProgramOption {
  id: number;
  code: string;
  name: string;
  perPerson: boolean;
  components: { code: string; name: string }[];
}

export interface RegisterOptions {
  programs: ProgramOption[];
  kecamatan: { code: string; name: string; desa: { code: string; name: string }[] }[];
  statuses: StatusInfo[];
}

/** A stored family with the names of its regions, as the detail view shows it. */
export interface FamilyInfo extends FamilyRecord {
  id: number;
  kecamatan: string | null;
  desa: string | null;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface MemberInfo extends MemberRecord {
  id: number;
}

export interface StatusEvent {
  id: number;
  status: string;
  statusDate: string;
  reason: string;
  actor: string;
  at: string;
  batchId: number | null;
}

export interface EnrollmentInfo {
  id: number;
  programId: number;
  programCode: string;
  programName: string;
  /** For a per-person enrollment: the member it covers; null for the whole family. */
  memberId: number | null;
  memberName: string | null;
  status: string;
  statusDate: string;
  enrolledOn: string;
  countsAsActive: boolean;
  periods: { period: string; nominal: number | null; components: ComponentCounts | null }[];
  /** Newest first. */
  history: StatusEvent[];
}

export interface ImportTouch {
  batchId: number;
  fileName: string;
  programCode: string | null;
  period: string | null;
  at: string;
  actor: string;
  undoneAt: string | null;
}

export interface FamilyDetail {
  family: FamilyInfo;
  /** The pengurus first, then by id. */
  members: MemberInfo[];
  enrollments: EnrollmentInfo[];
  /** Codes of the programs the family receives now (a status that counts as active). */
  receiving: string[];
  /** Changes made by hand (edits, status changes) to the family, its members and enrollments, newest first. */
  audit: AuditEntry[];
  /** Import batches that wrote the family's enrollments, newest first. */
  imports: ImportTouch[];
}

export interface SaveResult {
  detail: FamilyDetail;
  warnings: MemberWarning[];
}

export interface OverlapMatrix {
  programs: { id: number; code: string; name: string }[];
  /**
   * counts[i][j] = families receiving both programs[i] and programs[j] (a status that counts as
   * active); counts[i][i] = families receiving programs[i].
   */
  counts: number[][];
}

export interface ExportResult {
  path: string;
  fileName: string;
  rows: number;
  fullNik: boolean;
}

export const beneficiariesChannels = {
  /** Programs, the office's kecamatan with their desa, and the status lookup: what the filters offer. */
  'beneficiaries.options': channel<RegisterOptions>()(z.object({}).strict()),
  /** A window of a register view; `total` sizes the virtual table. */
  'beneficiaries.list': channel<RegisterPage>()(
    z
      .object({
        query: registerQuerySchema,
        offset: z.number().int().min(0),
        limit: z.number().int().min(1).max(500),
      })
      .strict(),
  ),
  'beneficiaries.family': channel<FamilyDetail>()(z.object({ familyId: id }).strict()),
  'beneficiaries.updateFamily': channel<SaveResult>()(z.object({ familyId: id, family: familyEditSchema }).strict()),
  'beneficiaries.updateMember': channel<SaveResult>()(z.object({ memberId: id, member: memberEditSchema }).strict()),
  'beneficiaries.setStatus': channel<FamilyDetail>()(statusChangeSchema),
  'beneficiaries.statuses': channel<StatusInfo[]>()(z.object({}).strict()),
  'beneficiaries.addStatus': channel<StatusInfo[]>()(newStatusSchema),
  /** Families receiving each pair of active programs. */
  'beneficiaries.overlap': channel<OverlapMatrix>()(z.object({}).strict()),
  /**
   * Writes the view to an .xlsx the user picks (null = cancelled). NIK is masked unless `fullNik`;
   * progress arrives as `task.progress` events with this taskId.
   */
  'beneficiaries.export': channel<ExportResult | null>()(
    z.object({ query: registerQuerySchema, fullNik: z.boolean(), taskId }).strict(),
  ),
  'beneficiaries.cancelExport': channel<{ cancelled: boolean }>()(z.object({ taskId }).strict()),
};
