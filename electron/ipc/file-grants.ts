import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';

/**
 * Which files the window may have main read. The renderer never holds file-system rights: a path
 * it sends is honoured only if the user chose that file in main's own dialog in this run, so a
 * compromised page cannot make main read (and echo back cells of) any other file.
 * The CLI and tests, which take paths from their own caller, run unrestricted.
 */
export interface FileGrants {
  grant(path: string): void;
  /** Throws FILE_NOT_GRANTED for a path the user did not choose. */
  assert(path: string): void;
}

export function createFileGrants(restricted: boolean): FileGrants {
  const granted = new Set<string>();
  return {
    grant(path) {
      granted.add(resolve(path));
    },
    assert(path) {
      if (restricted && !granted.has(resolve(path))) throw new AppError('FILE_NOT_GRANTED');
    },
  };
}
