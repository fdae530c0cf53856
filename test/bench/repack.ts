import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Rewrites an .xlsx the way Excel saves it: every entry's CRC and sizes in its local header (no
 * ZIP data descriptors), workbook parts before the sheets. exceljs's streaming writer (and Java's
 * ZipOutputStream, which some exporting systems use) write data descriptors instead, and
 * exceljs's streaming reader stalls on a large entry written that way (see bench.ts), so the
 * timed runs use the file as Excel would have saved it. Compressed data is copied unchanged.
 */
export function repackLikeExcel(source: string, target: string): void {
  const zip = readFileSync(source);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${source}: not a ZIP file`);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: { name: Buffer; method: number; time: number; date: number; crc: number; size: number; csize: number; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${source}: bad central directory`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const csize = zip.readUInt32LE(at + 20);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.push({
      name: zip.subarray(at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      time: zip.readUInt16LE(at + 12),
      date: zip.readUInt16LE(at + 14),
      crc: zip.readUInt32LE(at + 16),
      csize,
      size: zip.readUInt32LE(at + 24),
      data: zip.subarray(dataStart, dataStart + csize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  const rank = (name: string) =>
    name === '[Content_Types].xml' ? 0 : name.startsWith('_rels/') ? 1 : name === 'xl/workbook.xml' ? 2 : name.startsWith('xl/_rels/') ? 3 : name.startsWith('xl/worksheets/') ? 5 : 4;
  entries.sort((a, b) => rank(a.name.toString()) - rank(b.name.toString()));

  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0, 6); // no data descriptor
    header.writeUInt16LE(e.method, 8);
    header.writeUInt16LE(e.time, 10);
    header.writeUInt16LE(e.date, 12);
    header.writeUInt32LE(e.crc, 14);
    header.writeUInt32LE(e.csize, 18);
    header.writeUInt32LE(e.size, 22);
    header.writeUInt16LE(e.name.length, 26);
    header.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0, 8);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt16LE(e.time, 12);
    dir.writeUInt16LE(e.date, 14);
    dir.writeUInt32LE(e.crc, 16);
    dir.writeUInt32LE(e.csize, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(e.name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(header, e.name, e.data);
    central.push(dir, e.name);
    offset += 30 + e.name.length + e.data.length;
  }
  const centralSize = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(target, Buffer.concat([...parts, ...central, end]));
}
