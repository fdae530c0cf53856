import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { AppError } from '../../shared/errors';
import { readZipDirectory } from './zip-entries';

/**
 * Tells what a file is before any parser touches it, so each kind of bad file gets its own
 * message instead of a parser's stack trace: a legacy .xls, a password-protected workbook (an
 * encrypted OOXML package is a CFB container, like .xls), a truncated zip, something else.
 */
export type WorkbookKind = 'xlsx' | 'csv';

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL = 0x04034b50;
const ZIP_EMPTY = 0x06054b50;
const CSV_EXTENSIONS = new Set(['.csv', '.txt']);

/** CFB stream names are stored as UTF-16LE in the container's directory sectors. */
const utf16 = (name: string) => Buffer.from(name, 'utf16le');
const ENCRYPTION_STREAMS = [utf16('EncryptionInfo'), utf16('EncryptedPackage')];
const LEGACY_WORKBOOK_STREAMS = [utf16('Workbook'), utf16('Book')];

export function fileLabel(path: string): string {
  return basename(path);
}

export async function checkImportFile(path: string): Promise<WorkbookKind> {
  const file = fileLabel(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('FILE_NOT_WORKBOOK', { file });
    size = info.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('FILE_NOT_FOUND', { file });
  }
  if (size === 0) throw new AppError('FILE_EMPTY', { file });

  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(size, 65_536));
    await handle.read(head, 0, head.length, 0);
    if (head.length >= 8 && head.subarray(0, 8).equals(CFB_MAGIC)) {
      if (await containsAny(handle, size, ENCRYPTION_STREAMS)) throw new AppError('FILE_ENCRYPTED', { file });
      if (await containsAny(handle, size, LEGACY_WORKBOOK_STREAMS)) throw new AppError('FILE_LEGACY_XLS', { file });
      throw new AppError('FILE_NOT_WORKBOOK', { file });
    }
    if (head.length >= 4 && (head.readUInt32LE(0) === ZIP_LOCAL || head.readUInt32LE(0) === ZIP_EMPTY)) {
      // A file cut short loses the zip's directory at its end: FILE_CORRUPT, before any sheet is read.
      const entries = await readZipDirectory(path, file);
      if (!entries.has('xl/workbook.xml')) throw new AppError('FILE_NOT_WORKBOOK', { file });
      return 'xlsx';
    }
    if (CSV_EXTENSIONS.has(extname(path).toLowerCase()) && !head.includes(0)) return 'csv';
    throw new AppError('FILE_NOT_WORKBOOK', { file });
  } finally {
    await handle.close();
  }
}

type Handle = Awaited<ReturnType<typeof open>>;

/** Scans the whole file in chunks (a CFB directory sector can sit anywhere in it). */
async function containsAny(handle: Handle, size: number, needles: readonly Buffer[]): Promise<boolean> {
  const overlap = Math.max(...needles.map((n) => n.length)) - 1;
  const chunk = Buffer.alloc(1 << 20);
  let carry = Buffer.alloc(0);
  for (let pos = 0; pos < size; pos += chunk.length) {
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, pos);
    const window = Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
    if (needles.some((n) => window.includes(n))) return true;
    carry = Buffer.from(window.subarray(Math.max(0, window.length - overlap)));
  }
  return false;
}
