import type { BatchInfo, ImportPreview, ImportRequest, ImportResult } from '../../shared/ipc/imports';
import type { ServiceContext } from '../context';
import { undoBatch } from './batches';
import { runImport } from './commit';
import { previewImport } from './preview';
import type { CancelSignal, ProgressReport } from './write';

/**
 * The long work of the import area, run in one place whichever thread runs it: reading a list
 * for the preview, an import (hundreds of thousands of rows in one transaction), and its undo.
 */
export type Job =
  | { kind: 'preview'; request: ImportRequest }
  | { kind: 'import'; request: ImportRequest; dryRun: boolean }
  | { kind: 'undo'; batchId: number };

export interface JobResults {
  preview: ImportPreview;
  import: ImportResult;
  undo: BatchInfo;
}

export type JobResult<J extends Job> = JobResults[J['kind']];

export interface JobCallbacks {
  onProgress: (progress: ProgressReport) => void;
  signal: CancelSignal;
  /**
   * False on a thread that must stay free to answer (Electron's main thread, the harness's): the
   * file is then read asynchronously before the write, instead of by the parse worker while this
   * thread waits in the write's transaction (runImport's parseWorker).
   */
  mayBlock: boolean;
}

export async function executeJob(ctx: ServiceContext, job: Job, callbacks: JobCallbacks): Promise<JobResults[Job['kind']]> {
  switch (job.kind) {
    case 'preview':
      return previewImport(ctx, job.request);
    case 'import':
      return runImport(ctx, job.request, {
        dryRun: job.dryRun,
        onProgress: callbacks.onProgress,
        signal: callbacks.signal,
        ...(callbacks.mayBlock ? {} : { parseWorker: null }),
      });
    case 'undo':
      return undoBatch(ctx, job.batchId);
  }
}
