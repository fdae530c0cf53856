import type { Locale } from '../../shared/domain/office';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import type { ImportRequest, ImportResult } from '../../shared/ipc/imports';
import type { ServiceContext } from '../context';
import { runDisbursementImport } from '../disbursements/import/commit';
import { isImpactKind, runImpactImport } from '../impact/import/kinds';
import { readLocale } from '../settings/service';
import { matchList } from './match-list';
import { parseImport } from './parse';
import { bundledParseWorker, ParseStream } from './parse-stream';
import { importProgram, type ImportProgram } from './program';
import { commitParsed, dryRunResult, throwIfCancelled, writeRegisterBatch, type CommitOptions } from './write';

export interface RunOptions extends CommitOptions {
  /**
   * Where the parse worker's bundle is (default: beside this code's bundle, bundledParseWorker);
   * null, or none found, or a database in memory: the file is read in this thread first.
   */
  parseWorker?: URL | string | null;
}

/**
 * The whole import of a list. Disbursement, statistics and survey lists have their own write
 * sides (electron/disbursements/import, electron/impact/import). A beneficiary list is read and
 * validated (the read side) and, unless it is a dry run, its valid rows are written as one batch
 * in one transaction; a file that cannot be read changes nothing. Where the parse worker is at
 * hand, the file is read in it while this thread writes the rows already read.
 */
export async function runImport(ctx: ServiceContext, request: ImportRequest, options: RunOptions): Promise<ImportResult> {
  if (request.kind === 'disbursement') return runDisbursementImport(ctx, request, options);
  if (isImpactKind(request.kind)) return runImpactImport(ctx, request, options);
  // The request leaves the program out for program-less kinds: a register list without one fails before the file is read.
  const program = importProgram(ctx, request.programId);
  throwIfCancelled(options.signal);
  const locale = readLocale(ctx);
  if (!options.dryRun) {
    const streamed = await streamedImport(ctx, program, request, options, locale);
    if (streamed) return streamed;
  }
  const reading = translate(locale, 'imports.progress.reading');
  // While reading, the number of rows is not known yet: total 0 says so.
  options.onProgress?.({ label: reading, done: 0, total: 0 });
  const parseOptions = {
    locale,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: (rowsSeen: number) => options.onProgress?.({ label: reading, done: rowsSeen, total: 0 }) } : {}),
  };
  if (options.dryRun) {
    // Matched as it is read, no rows kept: what the commit would do, writing nothing.
    const { parsed, match } = await matchList(ctx, program, request, parseOptions);
    throwIfCancelled(options.signal);
    return dryRunResult({ ...parsed, rejected: parsed.rejected.length }, match);
  }
  const parsed = await parseImport(ctx, request, parseOptions);
  throwIfCancelled(options.signal);
  return commitParsed(ctx, { programId: request.programId, period: request.period }, parsed, options);
}

/** The import with the file read in the parse worker; null when the worker is not at hand. */
async function streamedImport(ctx: ServiceContext, program: ImportProgram, request: ImportRequest, options: RunOptions, locale: Locale): Promise<ImportResult | null> {
  const workerFile = options.parseWorker === undefined ? bundledParseWorker() : options.parseWorker;
  // The worker reads settings, regions and mapping profiles over its own connection to the file.
  if (workerFile === null || ctx.db.memory) return null;
  const parseRequest = { filePath: request.filePath, sheet: request.sheet, mapping: request.mapping };
  const stream = await ParseStream.start(workerFile, { dbFile: ctx.db.name, request: parseRequest, locale, at: ctx.now().toISOString() });
  if (!stream) return null;
  try {
    const label = translate(locale, 'imports.progress.streaming');
    // While reading, the number of rows is not known yet: total 0 says so.
    options.onProgress?.({ label, done: 0, total: 0 });
    const cancelled = () => options.signal?.aborted === true;
    return writeRegisterBatch(ctx, program, request.period, options, (commit) => {
      for (;;) {
        const message = stream.next(cancelled);
        if (message.type === 'done') return message.summary;
        if (message.type === 'failed') throw 'code' in message ? new AppError(message.code, message.params) : new Error(message.message);
        if (message.type === 'rows') commit.addRows(message.rows);
        throwIfCancelled(options.signal);
        options.onProgress?.({ label, done: message.rowsSeen, total: 0 });
      }
    });
  } finally {
    // Not awaited: the worker's end takes a turn of the event loop, and the result must be out
    // before the checkpoint that turn runs (withDeferredCheckpoint).
    void stream.close();
  }
}
