import { z } from 'zod';
import { channel } from './define';
import { periodSchema } from '../domain/period';
import type { OfficeProfile } from '../domain/office';
import type { QuarterlyFigures } from '../domain/report';
import type { ClosureInfo } from './disbursements';
import { briefRequestSchema } from './impact';

// Channels of the 'reports' area (area.verb). Each is listed in names.ts too.

/** Which quarter, and which programs (null = every program with figures in the period). */
export const reportRequestSchema = z
  .object({
    period: periodSchema,
    programIds: z.array(z.number().int().positive()).min(1).max(200).nullable(),
  })
  .strict();
export type ReportRequest = z.infer<typeof reportRequestSchema>;

/** The PDF's request: the report's, and optionally the impact brief whose pages follow it. */
export const reportPdfRequestSchema = reportRequestSchema.extend({ impactBrief: briefRequestSchema.optional() }).strict();
export type ReportPdfRequest = z.infer<typeof reportPdfRequestSchema>;

export interface ReportNotes {
  period: string;
  text: string;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** Everything the printed report shows: letterhead, figures (filtered to the chosen programs), notes. */
export interface QuarterlyReport {
  request: ReportRequest;
  profile: OfficeProfile;
  /** `Kabupaten Sidoarjo`, for the title and the signature block. */
  regencyName: string;
  figures: QuarterlyFigures;
  closure: ClosureInfo | null;
  notes: ReportNotes;
  /** The date the signature block carries (the quarter's last day, or today if earlier). */
  signedOn: string;
}

export const reportsChannels = {
  'reports.quarterly': channel<QuarterlyReport>()(reportRequestSchema),
  'reports.notes': channel<ReportNotes>()(z.object({ period: periodSchema }).strict()),
  'reports.saveNotes': channel<ReportNotes>()(z.object({ period: periodSchema, text: z.string().max(20_000) }).strict()),
  /** A4 PDF of the print layout to a file the user picks; null when cancelled. */
  'reports.savePdf': channel<{ path: string; pages: number } | null>()(reportPdfRequestSchema),
  /** The report as a workbook (a sheet per section) to a file the user picks; null when cancelled. */
  'reports.saveExcel': channel<{ path: string } | null>()(reportRequestSchema),
  /** BNBA annex (by name and address) of one program's period; full NIK is recorded in the audit log. */
  'reports.saveAnnex': channel<{ path: string; rows: number } | null>()(
    z.object({ programId: z.number().int().positive(), period: periodSchema, fullNik: z.boolean() }).strict(),
  ),
};
