import type { ImportIssue, RejectedRow } from '../../shared/domain/imports';
import type { ImportPreview } from '../../shared/ipc/imports';
import type { ParseResult } from './parse';

/** The preview keeps the first problems for the table; the count says how many there are in all. */
export const PREVIEW_ISSUE_LIMIT = 1_000;

/**
 * The preview every kind of list answers with: what the read side found, the kind's own counts of
 * what committing would do, and its issues (already in sheet order) with the first ones listed.
 */
export function previewOf(
  parsed: ParseResult<unknown> & { rejected: RejectedRow[] },
  counts: { new: number; updated: number; skipped: number },
  issues: readonly ImportIssue[],
  extra: Partial<Pick<ImportPreview, 'comparison' | 'disbursement' | 'survey'>>,
): ImportPreview {
  return {
    fileName: parsed.file,
    sheet: parsed.sheet,
    headerRow: parsed.headerRow,
    headers: parsed.headers,
    mapping: parsed.mapping,
    mappingProfile: parsed.mappingProfile,
    signature: parsed.signature,
    counts: {
      rows: parsed.rowsSeen,
      imported: counts.new,
      ...counts,
      rejected: parsed.rejected.length,
      warnings: issues.filter((i) => i.severity === 'warning').length,
    },
    issues: issues.slice(0, PREVIEW_ISSUE_LIMIT),
    issueCount: issues.length,
    comparison: null,
    ...extra,
  };
}
