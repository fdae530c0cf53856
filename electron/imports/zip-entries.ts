import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline, Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { AppError } from '../../shared/errors';

/**
 * A zip read through its central directory (the list at the end of the file, which always holds
 * each entry's size and position). exceljs's streaming reader instead walks local headers from the
 * start, and stalls on large entries whose sizes come after the data (data descriptors, as Java
 * and streaming writers produce); reading by the directory also opens entries in any order and
 * never touches the sheets nobody asked for.
 */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_MAX = 22 + 0xffff;
const U32_MAX = 0xffffffff;

type Handle = Awaited<ReturnType<typeof open>>;

async function readAt(handle: Handle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return bytesRead === length ? buffer : buffer.subarray(0, bytesRead);
}

/** The entries by name; FILE_CORRUPT when the directory is missing (a file cut short) or damaged. */
export async function readZipDirectory(path: string, file: string): Promise<Map<string, ZipEntry>> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const corrupt = () => new AppError('FILE_CORRUPT', { file });
    const tailStart = Math.max(0, size - EOCD_MAX);
    const tail = await readAt(handle, tailStart, size - tailStart);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw corrupt();
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdSize === U32_MAX || cdOffset === U32_MAX) {
      const locatorAt = tailStart + eocd - 20;
      const locator = locatorAt >= 0 ? await readAt(handle, locatorAt, 20) : Buffer.alloc(0);
      if (locator.length < 20 || locator.readUInt32LE(0) !== EOCD64_LOCATOR) throw corrupt();
      const record = await readAt(handle, Number(locator.readBigUInt64LE(8)), 56);
      if (record.length < 56 || record.readUInt32LE(0) !== EOCD64) throw corrupt();
      count = Number(record.readBigUInt64LE(32));
      cdSize = Number(record.readBigUInt64LE(40));
      cdOffset = Number(record.readBigUInt64LE(48));
    }
    if (cdOffset + cdSize > size) throw corrupt();
    const cd = await readAt(handle, cdOffset, cdSize);
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw corrupt();
      const nameLength = cd.readUInt16LE(p + 28);
      const extraLength = cd.readUInt16LE(p + 30);
      const commentLength = cd.readUInt16LE(p + 32);
      const entry: ZipEntry = {
        name: cd.toString('utf8', p + 46, p + 46 + nameLength),
        method: cd.readUInt16LE(p + 10),
        compressedSize: cd.readUInt32LE(p + 20),
        size: cd.readUInt32LE(p + 24),
        localOffset: cd.readUInt32LE(p + 42),
      };
      applyZip64(entry, cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
      if (entry.localOffset + entry.compressedSize > cdOffset) throw corrupt();
      entries.set(entry.name, entry);
      p += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await handle.close();
  }
}

/** Sizes and offsets too big for 32 bits live in the ZIP64 extra field, in this order. */
function applyZip64(entry: ZipEntry, extra: Buffer): void {
  if (entry.size !== U32_MAX && entry.compressedSize !== U32_MAX && entry.localOffset !== U32_MAX) return;
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        const value = Number(extra.readBigUInt64LE(q));
        q += 8;
        return value;
      };
      if (entry.size === U32_MAX) entry.size = next();
      if (entry.compressedSize === U32_MAX) entry.compressedSize = next();
      if (entry.localOffset === U32_MAX) entry.localOffset = next();
      return;
    }
    p += 4 + length;
  }
}

/** The entry's content as UTF-8 text chunks (decoded across chunk boundaries). */
export async function openZipEntry(path: string, entry: ZipEntry, file: string): Promise<Readable> {
  const handle = await open(path, 'r');
  let header: Buffer;
  try {
    header = await readAt(handle, entry.localOffset, 30);
  } finally {
    await handle.close();
  }
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) throw new AppError('FILE_CORRUPT', { file });
  if (entry.method !== 0 && entry.method !== 8) throw new AppError('FILE_CORRUPT', { file });
  if (entry.compressedSize === 0) return Readable.from([]);
  const start = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1, highWaterMark: 256 * 1024 });
  // pipeline passes a read error on to the inflater, whose consumer sees it.
  const content: Readable = entry.method === 8 ? pipeline(raw, createInflateRaw(), () => {}) : raw;
  content.setEncoding('utf8');
  return content;
}
