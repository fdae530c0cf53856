import type { ImportResult } from '../../../shared/ipc/imports';
import { serviceContext } from '../../ipc/types';
import { runImport } from '../../imports/commit';
import { importRequestFromArgs, IMPORT_FIELD_FLAGS } from '../import-request';
import type { Session } from '../session';
import { defineCommand } from './types';

/**
 * `sidampak import FILE --program CODE [--sheet NAME] [--period 2024-Q3] [--dry-run] [--json]`
 *
 * Runs the import service in-process (runImport in electron/imports/commit.ts: the read side's
 * parse and validation, then the register matching and, unless --dry-run, the commit as one batch),
 * not through the `imports.commit` channel, which hands the work to a worker and has no dry run.
 * Exit code 0 whenever the file was read, whatever its rows held; a file that cannot be read
 * (FILE_*, HEADER_NOT_FOUND, SHEET_NOT_FOUND) ends with its code and message on stderr.
 */

/** Output of `import --json`: the counts and every issue, rows numbered as Excel shows them. */
export interface ImportSummary {
  file: string;
  sheet: string;
  headerRow: number;
  rows: number;
  imported: number;
  updated: number;
  skipped: number;
  rejected: number;
  issues: { row: number; column: string | null; code: string; severity: 'error' | 'warning'; message: string }[];
}

/** Issues listed in the plain-text output; --json lists them all. */
const TEXT_ISSUE_LIMIT = 50;

export const importCommand = defineCommand({
  path: ['import'],
  summary: 'cli.command.import',
  rest: 'cli.value.file',
  options: {
    program: { type: 'string', valueName: 'cli.value.code', description: 'cli.option.program', required: true },
    sheet: { type: 'string', valueName: 'cli.value.sheet', description: 'cli.option.sheet' },
    period: { type: 'string', valueName: 'cli.value.period', description: 'cli.option.period' },
    dryRun: { type: 'boolean', description: 'cli.option.dryRun' },
  },
  database: 'setup',
  fieldFlags: IMPORT_FIELD_FLAGS,
  async run(session, { program, sheet, period, dryRun }, rest) {
    const request = await importRequestFromArgs(session, rest, {
      fileRequired: 'cli.import.fileRequired',
      program,
      period: period ?? null,
      sheet,
      kind: undefined,
    });

    const result = await runImport(serviceContext(session.app().ctx), request, { dryRun });
    const summary = toSummary(result);
    if (session.json) return session.printJson(summary);
    printText(session, summary, dryRun);
  },
});

export function toSummary(result: ImportResult): ImportSummary {
  return {
    file: result.file,
    sheet: result.sheet,
    headerRow: result.headerRow,
    rows: result.rows,
    imported: result.imported,
    updated: result.updated,
    skipped: result.skipped,
    rejected: result.rejected,
    issues: result.issues.map((i) => ({ row: i.row, column: i.column, code: i.code, severity: i.severity, message: i.message })),
  };
}

export function printText(session: Session, s: ImportSummary, dryRun: boolean): void {
  session.print(session.t('cli.import.read', { file: s.file, sheet: s.sheet, row: s.headerRow }));
  session.print(
    session.t('cli.import.counts', { rows: s.rows, imported: s.imported, updated: s.updated, skipped: s.skipped, rejected: s.rejected }),
  );
  if (dryRun) session.print(session.t('cli.import.dryRun'));
  if (s.issues.length === 0) return;
  session.print('', session.t('cli.import.issues'));
  for (const i of s.issues.slice(0, TEXT_ISSUE_LIMIT)) {
    session.print(`  ${session.t('cli.import.issue', { row: i.row, column: i.column ?? '-', code: i.code, message: i.message })}`);
  }
  if (s.issues.length > TEXT_ISSUE_LIMIT) session.print(session.t('cli.import.moreIssues', { count: s.issues.length - TEXT_ISSUE_LIMIT }));
}
