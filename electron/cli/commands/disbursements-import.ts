import { resolve } from 'node:path';
import { z } from 'zod';
import type { DisbursementCounts } from '../../../shared/domain/disbursement-import';
import { DISBURSEMENT_STATUSES } from '../../../shared/domain/disbursements';
import { periodText } from '../../../shared/domain/period';
import { formatRupiah } from '../../../shared/format';
import { importRequestSchema } from '../../../shared/ipc/imports';
import { validationFields } from '../../../shared/i18n/validation';
import { serviceContext } from '../../ipc/types';
import { runImport } from '../../imports/commit';
import { CliFailure, EXIT_FAILED, EXIT_USAGE } from '../errors';
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

const FIELD_FLAGS: Readonly<Record<string, string>> = { filePath: 'FILE', sheet: '--sheet', period: '--period', programId: '--program' };

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
  fieldFlags: FIELD_FLAGS,
  async run(session, { program, period, sheet, dryRun }, rest) {
    const usage = (message: string) =>
      new CliFailure('USAGE', message, { exitCode: EXIT_USAGE, help: { kind: 'command', command: session.command } });
    if (rest.length === 0) throw usage(session.t('cli.disbursements.fileRequired'));
    if (rest.length > 1) throw usage(session.t('cli.error.unexpected', { arg: rest[1]! }));

    const programs = await session.invoke('programs.list', { includeInactive: true });
    const target = programs.find((p) => p.code.toUpperCase() === program.trim().toUpperCase());
    if (!target) throw new CliFailure('NOT_FOUND', session.t('cli.import.programUnknown', { code: program }), { exitCode: EXIT_FAILED });

    let request: z.infer<typeof importRequestSchema>;
    try {
      request = importRequestSchema.parse({
        filePath: resolve(rest[0]!),
        programId: target.id,
        sheet: sheet ?? null,
        period: period.trim().toUpperCase(),
        mapping: null,
        kind: 'disbursement',
      });
    } catch (err) {
      if (!(err instanceof z.ZodError)) throw err;
      const fields = validationFields(session.locale, err).map((f) => ({ path: FIELD_FLAGS[f.path] ?? f.path, message: f.message }));
      throw new CliFailure('VALIDATION_FAILED', session.t('error.VALIDATION_FAILED'), {
        exitCode: EXIT_USAGE,
        fields,
        help: { kind: 'command', command: session.command },
      });
    }

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
