import { z } from 'zod';
import { channel } from './define';
import { periodSchema } from '../domain/period';
import { IMPORT_FIELDS, LIST_KINDS, type ColumnMapping, type ImportCounts, type ImportIssue } from '../domain/imports';
import type { DisbursementCounts } from '../domain/disbursement-import';
import type { SurveyCounts } from '../domain/survey-import';

// Channels of the 'imports' area (area.verb). Each is listed in names.ts too.

const mappingSchema = z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(500));

/** What identifies one import: the file (chosen through imports.pickFile), program, sheet, period, mapping. */
export const importRequestSchema = z
  .object({
    filePath: z.string().min(1).max(4096),
    /** Register and disbursement lists belong to a program (PROGRAM_REQUIRED without one); BPS tables and survey waves do not. */
    programId: z.number().int().positive().optional(),
    sheet: z.string().max(200).nullable(),
    period: periodSchema.nullable(),
    /** null = detect through the alias table (or a saved profile for this file shape). */
    mapping: mappingSchema.nullable(),
    /**
     * What the list is: a beneficiary list for the register (the default, so older callers need
     * not say), or a disbursement list (realisasi) of the bank or PT Pos, which needs a period.
     */
    kind: z.enum(LIST_KINDS).optional(),
    /** The survey wave a survey file's values belong to (kind 'survey'; WAVE_REQUIRED without one). */
    waveId: z.number().int().positive().optional(),
  })
  .strict();
export type ImportRequest = z.infer<typeof importRequestSchema>;

export interface SheetInfo {
  name: string;
  /** Rows that hold any value. */
  rowCount: number;
  /** True for the sheet that looks like the data (a header row with NIK/KK/NAMA). */
  looksLikeData: boolean;
}

export interface FileInspection {
  filePath: string;
  fileName: string;
  sheets: SheetInfo[];
  suggestedSheet: string | null;
}

export interface ImportPreview {
  fileName: string;
  sheet: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  headers: string[];
  mapping: ColumnMapping;
  /** The saved profile the mapping came from, if any. */
  mappingProfile: string | null;
  signature: string;
  counts: ImportCounts & { new: number; warnings: number };
  /** Problems by row (at most the first 1,000; `issueCount` says how many in all). */
  issues: ImportIssue[];
  issueCount: number;
  /** For a list tied to a period: families on the previous period's list that this list lacks. */
  comparison: PeriodComparison | null;
  /** A disbursement list's lines: matched, not enrolled, per status (absent for register lists). */
  disbursement?: DisbursementCounts;
  /** A survey file's values per indicator (absent for other kinds). */
  survey?: SurveyCounts;
}

export interface GoneFamily {
  enrollmentId: number;
  kk: string;
  /** The pengurus's name, else the first member's. */
  name: string;
  kecamatan: string | null;
}

export interface PeriodComparison {
  previousPeriod: string;
  newFamilies: number;
  continuing: number;
  gone: GoneFamily[];
}

export interface ImportResult extends ImportCounts {
  batchId: number | null;
  file: string;
  sheet: string;
  headerRow: number;
  issues: ImportIssue[];
  /** A disbursement list's lines (absent for register lists). */
  disbursement?: DisbursementCounts;
  /** A survey file's values per indicator (absent for other kinds). */
  survey?: SurveyCounts;
}

export interface BatchInfo {
  id: number;
  kind: string;
  programCode: string | null;
  period: string | null;
  fileName: string;
  at: string;
  actor: string;
  imported: number;
  updated: number;
  skipped: number;
  rejected: number;
  undoneAt: string | null;
  undoneBy: string | null;
}

export interface MappingProfile {
  id: number;
  name: string;
  signature: string;
  mapping: ColumnMapping;
}

export const importsChannels = {
  /** Opens the native file dialog in main; null when the user cancels. */
  /** `kind`: which sheet is suggested depends on the kind of list the clerk chose (default: register). */
  'imports.pickFile': channel<FileInspection | null>()(z.object({ kind: z.enum(LIST_KINDS).optional() }).strict()),
  'imports.inspect': channel<FileInspection>()(z.object({ filePath: z.string().min(1).max(4096), kind: z.enum(LIST_KINDS).optional() }).strict()),
  'imports.preview': channel<ImportPreview>()(importRequestSchema),
  /** Commits in one transaction off the UI thread; progress arrives as `task.progress` events with this taskId. */
  'imports.commit': channel<ImportResult>()(importRequestSchema.extend({ taskId: z.string().min(1).max(64) }).strict()),
  'imports.cancel': channel<{ cancelled: boolean }>()(z.object({ taskId: z.string().min(1).max(64) }).strict()),
  /** Writes the rejected rows with a KETERANGAN column to a file the user picks; null when cancelled. */
  'imports.saveErrorWorkbook': channel<{ path: string; rows: number } | null>()(importRequestSchema),
  'imports.batches': channel<BatchInfo[]>()(z.object({ limit: z.number().int().min(1).max(500) }).strict()),
  'imports.undo': channel<BatchInfo>()(z.object({ batchId: z.number().int().positive() }).strict()),
  /** Saved mapping profiles of one kind of list (default: register). */
  'imports.profiles': channel<MappingProfile[]>()(z.object({ kind: z.enum(LIST_KINDS).optional() }).strict()),
  'imports.saveProfile': channel<MappingProfile>()(
    z
      .object({
        name: z.string().trim().min(2).max(80),
        signature: z.string().min(1).max(4000),
        mapping: mappingSchema,
        kind: z.enum(LIST_KINDS).optional(),
      })
      .strict(),
  ),
  /** Exit statuses for families that left a period's list (graduasi, meninggal, pindah, …). */
  'imports.recordExits': channel<{ updated: number }>()(
    z
      .object({
        exits: z
          .array(
            z
              .object({
                enrollmentId: z.number().int().positive(),
                status: z.string().min(2).max(40),
                date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
                reason: z.string().trim().max(300),
              })
              .strict(),
          )
          .min(1)
          .max(100_000),
      })
      .strict(),
  ),
};
