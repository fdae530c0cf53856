import type { HandlerMap } from '../ipc/types';
import { serviceContext } from '../ipc/types';
import { listBatches } from './batches';
import { recordExits } from './exits';
import { importTasks } from './task-runner';

/** The writing half of the import channels: commit (off the window's thread), cancel, history, undo, exits. */
export const importsWriteHandlers: HandlerMap<'imports.commit' | 'imports.cancel' | 'imports.batches' | 'imports.undo' | 'imports.recordExits'> = {
  'imports.commit': (ctx, { taskId, ...request }) => {
    ctx.files.assert(request.filePath);
    return importTasks(ctx).runImport(ctx, taskId, request);
  },
  'imports.cancel': (ctx, { taskId }) => ({ cancelled: importTasks(ctx).cancel(taskId) }),
  'imports.batches': (ctx, { limit }) => listBatches(serviceContext(ctx), limit),
  // Undoing 200,000 rows takes as long as writing them: off the window's thread too.
  'imports.undo': (ctx, { batchId }) => importTasks(ctx).undo(ctx, batchId),
  'imports.recordExits': (ctx, { exits }) => recordExits(serviceContext(ctx), exits),
};
