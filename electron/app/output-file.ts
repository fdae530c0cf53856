import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError, isAppError } from '../../shared/errors';

/**
 * Writes a file the user asked for (a workbook, a PDF, a chart). If the write fails, the half-written
 * file is removed and the user is told with EXPORT_WRITE_FAILED naming it: nothing partial is left
 * behind to be sent on by mistake. An error the app already explains passes through as it is.
 */
export async function writeOutput(path: string, write: () => void | Promise<void>): Promise<void> {
  try {
    await write();
  } catch (err) {
    rmSync(path, { force: true });
    if (isAppError(err)) throw err;
    throw new AppError('EXPORT_WRITE_FAILED', { file: basename(path) }, err);
  }
}
