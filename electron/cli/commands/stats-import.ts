import { serviceContext } from '../../ipc/types';
import { runImport } from '../../imports/commit';
import { importRequestFromArgs, IMPORT_FIELD_FLAGS } from '../import-request';
import { printText, toSummary } from './import';
import { defineCommand } from './types';

/**
 * `sidampak stats import FILE [--sheet NAME] [--dry-run] [--json]`
 *
 * A BPS poverty table through the same service as the Impor page (runImport with kind
 * 'statistics': the import's reader, header detection and mapping, then one batch that replaces
 * the figures of the same area and period, undoable on the Impor page). The same JSON shape and
 * exit codes as `sidampak import`: 0 whenever the file was read, whatever its rows held.
 */
export const statsImportCommand = defineCommand({
  path: ['stats', 'import'],
  summary: 'cli.command.stats.import',
  rest: 'cli.value.file',
  options: {
    sheet: { type: 'string', valueName: 'cli.value.sheet', description: 'cli.option.sheet' },
    dryRun: { type: 'boolean', description: 'cli.option.dryRun' },
  },
  database: 'setup',
  fieldFlags: IMPORT_FIELD_FLAGS,
  async run(session, { sheet, dryRun }, rest) {
    const request = await importRequestFromArgs(session, rest, {
      fileRequired: 'cli.stats.fileRequired',
      program: null,
      period: null,
      sheet,
      kind: 'statistics',
    });
    const result = await runImport(serviceContext(session.app().ctx), request, { dryRun });
    const summary = toSummary(result);
    if (session.json) return session.printJson(summary);
    printText(session, summary, dryRun);
  },
});
