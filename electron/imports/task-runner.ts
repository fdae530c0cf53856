import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode, type ErrorParams } from '../../shared/errors';
import type { BatchInfo, ImportPreview, ImportRequest, ImportResult } from '../../shared/ipc/imports';
import { serviceContext, type AppContext } from '../ipc/types';
import { executeJob, type Job, type JobResult } from './jobs';
import type { ProgressReport } from './write';

/** Who runs a job on which database, with the clock's time taken in main (fixed in tests). */
export interface JobEnvelope {
  dbFile: string;
  actor: string;
  at: string;
  job: Job;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; progress: ProgressReport }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; code: ErrorCode; params: ErrorParams }
  | { type: 'failed'; message: string };

export interface RunningJob<T> {
  result: Promise<T>;
  cancel(): void;
}

/** Where the import area's long writes run: in this thread (tests, CLI, harness) or in a worker thread (the app). */
export interface JobRunner {
  /** Resolves with the job's result (JobResult of its kind). */
  start(ctx: AppContext, envelope: JobEnvelope, onProgress: (progress: ProgressReport) => void): RunningJob<unknown>;
}

/**
 * In this thread, over the app's own connection. The thread must stay free to answer while the
 * file is read, so the file is read asynchronously first (not by the parse worker while this
 * thread waits). A cancel is seen while the file is read and at each 1 % of the writing, but only
 * by code that yields; here the writing does not, so a cancel from outside lands before or after
 * it, never in the middle.
 */
export const inProcessRunner: JobRunner = {
  start(ctx, envelope, onProgress) {
    const controller = new AbortController();
    const result = executeJob(serviceContext(ctx), envelope.job, { onProgress, signal: controller.signal, mayBlock: false });
    return { result, cancel: () => controller.abort() };
  },
};

/**
 * In a worker thread with its own connection to the same file (WAL lets the window keep reading).
 * A worker that cannot even start (its bundle will not load) has touched nothing: the job then
 * runs on `fallback`, if given, rather than fail.
 */
export function workerRunner(workerFile: URL | string, options: { fallback?: JobRunner } = {}): JobRunner {
  return {
    start(ctx, envelope, onProgress) {
      const cancelFlag = new SharedArrayBuffer(4);
      let fallback: RunningJob<unknown> | null = null;
      let cancelled = false;
      const worker = new Worker(workerFile, { workerData: { envelope, cancel: cancelFlag } });
      const result = new Promise<unknown>((resolve, reject) => {
        let started = false;
        let settled = false;
        const settle = (fn: () => void) => {
          if (settled) return;
          settled = true;
          fn();
        };
        const failed = (err: unknown) => {
          if (started || !options.fallback) return settle(() => reject(err));
          settled = true;
          const running = options.fallback.start(ctx, envelope, onProgress);
          fallback = running;
          if (cancelled) running.cancel();
          running.result.then(resolve, reject);
        };
        worker.on('message', (message: WorkerMessage) => {
          if (message.type === 'ready') started = true;
          else if (message.type === 'progress') onProgress(message.progress);
          else if (message.type === 'done') settle(() => resolve(message.result));
          else if ('code' in message) settle(() => reject(new AppError(message.code, message.params)));
          else settle(() => reject(new Error(message.message)));
        });
        worker.on('error', failed);
        worker.on('exit', (code) => failed(new Error(`import worker stopped (exit code ${code})`)));
      });
      const cancel = () => {
        cancelled = true;
        Atomics.store(new Int32Array(cancelFlag), 0, 1);
        fallback?.cancel();
      };
      return { result, cancel };
    },
  };
}

/** The worker bundle esbuild writes beside the main bundle (electron/scripts/build.mjs), if this code runs from there. */
export function bundledWorkerFile(): URL | null {
  const url = new URL('./import-worker.mjs', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

/** The jobs running for one app. Writes go one at a time, since each holds the database's write lock throughout. */
export class ImportTasks {
  private readonly running = new Map<string, RunningJob<unknown>>();
  private busy = false;

  constructor(private readonly runner: JobRunner) {}

  /** An import under the renderer's task id: progress goes out as `task.progress` events, `cancel(taskId)` stops it. */
  runImport(ctx: AppContext, taskId: string, request: ImportRequest, dryRun = false): Promise<ImportResult> {
    return this.run(ctx, taskId, { kind: 'import', request, dryRun }, dryRun ? 'read' : 'write');
  }

  undo(ctx: AppContext, batchId: number): Promise<BatchInfo> {
    return this.run(ctx, null, { kind: 'undo', batchId }, 'write');
  }

  /** Reads and matches the list without writing, so it may run beside an import. */
  preview(ctx: AppContext, request: ImportRequest): Promise<ImportPreview> {
    return this.run(ctx, null, { kind: 'preview', request }, 'read');
  }

  private async run<J extends Job>(ctx: AppContext, taskId: string | null, job: J, access: 'read' | 'write'): Promise<JobResult<J>> {
    // A second writer would only wait on the first one's transaction (and time out).
    if (access === 'write' && this.busy) throw new AppError('IMPORT_BUSY');
    if (access === 'write') this.busy = true;
    const envelope = { dbFile: ctx.database.file, actor: ctx.actor, at: ctx.now().toISOString(), job };
    try {
      const task = this.runner.start(ctx, envelope, (p) => {
        if (taskId !== null) ctx.emit('task.progress', { taskId, label: p.label, done: p.done, total: p.total });
      });
      if (taskId !== null) this.running.set(taskId, task);
      return (await task.result) as JobResult<J>;
    } finally {
      if (taskId !== null) this.running.delete(taskId);
      if (access === 'write') this.busy = false;
    }
  }

  /** True when a running import got the request; it then ends with IMPORT_CANCELLED unless it had already committed. */
  cancel(taskId: string): boolean {
    const task = this.running.get(taskId);
    if (!task) return false;
    task.cancel();
    return true;
  }
}

const tasksByApp = new WeakMap<AppContext, ImportTasks>();

/** The app's import jobs: in a worker when the worker bundle sits beside this code, else in this thread. */
export function importTasks(ctx: AppContext): ImportTasks {
  let tasks = tasksByApp.get(ctx);
  if (!tasks) {
    const workerFile = bundledWorkerFile();
    tasks = new ImportTasks(workerFile ? workerRunner(workerFile, { fallback: inProcessRunner }) : inProcessRunner);
    tasksByApp.set(ctx, tasks);
  }
  return tasks;
}

/** Chooses where an app's import jobs run (tests use it to run the worker from a fresh bundle). */
export function setImportRunner(ctx: AppContext, runner: JobRunner): void {
  tasksByApp.set(ctx, new ImportTasks(runner));
}
