import { isAppError } from '../../shared/errors';

/** The stable code of the AppError `promise` rejects with (any other outcome fails the test). */
export async function rejectedCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (isAppError(err)) return err.code;
    throw err;
  }
  throw new Error('expected an AppError');
}

/** The stable code of the AppError `fn` throws (any other outcome fails the test). */
export function thrownCode(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (isAppError(err)) return err.code;
    throw err;
  }
  throw new Error('expected an AppError');
}
