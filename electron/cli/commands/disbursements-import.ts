import type { DisbursementCounts } from '../../../shared/domain/disbursement-import';
import { DISBURSEMENT_STATUSES } from '../../../shared/domain/disbursements';
import { periodText } from '../../../shared/domain/period';
import { formatRupiah } from '../../../shared/format';
import { serviceContext } from '../../ipc/types';
import { runImport } from '../../imports/commit';
import { importRequestFromArgs, IMPORT_FIELD_FLAGS } from '../import-request';
import { printText, toSummary, type ImportSummary } from './import';
import { defineCommand } from './types';

/**
 * `sidampak disbursements import FILE --program CODE --period 2024-Q3 [--sheet NAME] [--dry-run] [--json]`
 *
 * The same service and rules as `sidampak import` (runImport, here with kind 'disbursement'), the
 * same JSON shape and exit codes, plus the disbursement counts. A refused commit (PERIOD_CLOSED,
 * DISBURSEMENT_ALREADY_IMPORTED) ends with its code and message on stderr; --dry-run reports
 * those as notes instead, since it writes nothing.
 */
export interface DisbursementImportSummary extends ImportSummary {
  disbursement: DisbursementCounts;
}

export const disbursementsImportCommand = defineCommand({
  path: ['disbursements', 'import'],
  summary: 'cli.command.disbursements.import',
  rest: 'cli.value.file',
  options: {
    program: { type: 'string', valueName: 'cli.value.code', description: 'cli.option.program', required: true },
    period: { type: 'string', valueName: 'cli.value.period', description: 'cli.option.disbursementPeriod', required: true },
    sheet: { type: 'string', valueName: 'cli.value.sheet', description: 'cli.option.sheet' },
    dryRun: { type: 'boolean', description: 'cli.option.dryRun' },
  },
  database: 'setup',
  fieldFlags: IMPORT_FIELD_FLAGS,
  async run(session, { program, period, sheet, dryRun }, rest) {
    const request = await importRequestFromArgs(session, rest, {
      fileRequired: 'cli.disbursements.fileRequired',
      program,
      period,
      sheet,
      kind: 'disbursement',
    });

    const result = await runImport(serviceContext(session.app().ctx), request, { dryRun });
    const counts = result.disbursement!;
    const summary: DisbursementImportSummary = { ...toSummary(result), disbursement: counts };
    if (session.json) return session.printJson(summary);
    printText(session, summary, dryRun);
    session.print(session.t('cli.disbursements.lines', { lines: counts.lines, matched: counts.matched, notEnrolled: counts.notEnrolled }));
    for (const status of DISBURSEMENT_STATUSES) {
      const { kpm, amount } = counts.byStatus[status];
      session.print(session.t('cli.disbursements.status', { status: session.t(`wizard.disbursement.status.${status}`), kpm, amount: formatRupiah(amount) }));
    }
    const earlier = counts.alreadyImported;
    if (earlier) session.print(session.t('cli.disbursements.alreadyImported', { lines: earlier.lines, batch: earlier.batchId, file: earlier.fileName }));
    if (counts.periodClosed) session.print(session.t('cli.disbursements.periodClosed', { period: periodText(request.period) }));
  },
});
