// test/fixtures/workbooks.ts
import ExcelJS from "exceljs";

// test/fixtures/zip-rewrite.ts
import { open, rename } from "node:fs/promises";
async function rewriteWithoutDataDescriptors(path) {
  const src = await open(path, "r");
  const tmp = `${path}.rewrite`;
  const dst = await open(tmp, "w");
  try {
    const { size } = await src.stat();
    const tailLength = Math.min(size, 22 + 65535);
    const tail = Buffer.alloc(tailLength);
    await src.read(tail, 0, tailLength, size - tailLength);
    let eocd = tailLength - 22;
    while (eocd >= 0 && tail.readUInt32LE(eocd) !== 101010256) eocd--;
    if (eocd < 0) throw new Error(`${path}: no end of central directory`);
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    const cd = Buffer.alloc(cdSize);
    await src.read(cd, 0, cdSize, cdOffset);
    const newCd = [];
    let out = 0;
    let p = 0;
    const chunk = Buffer.alloc(1 << 20);
    for (let i = 0; i < count; i++) {
      const nameLength = cd.readUInt16LE(p + 28);
      const entryLength = 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
      const central = Buffer.from(cd.subarray(p, p + entryLength));
      const flags = central.readUInt16LE(8) & ~8;
      const crc = central.readUInt32LE(16);
      const compressed = central.readUInt32LE(20);
      const uncompressed = central.readUInt32LE(24);
      const localOffset = central.readUInt32LE(42);
      if (compressed === 4294967295 || uncompressed === 4294967295 || localOffset === 4294967295) throw new Error("ZIP64 entries are not supported");
      const fixed = Buffer.alloc(30);
      await src.read(fixed, 0, 30, localOffset);
      const localName = fixed.readUInt16LE(26);
      const localExtra = fixed.readUInt16LE(28);
      const header = Buffer.alloc(30 + localName + localExtra);
      await src.read(header, 0, header.length, localOffset);
      header.writeUInt16LE(flags, 6);
      header.writeUInt32LE(crc, 14);
      header.writeUInt32LE(compressed, 18);
      header.writeUInt32LE(uncompressed, 22);
      central.writeUInt16LE(flags, 8);
      central.writeUInt32LE(out, 42);
      await dst.write(header, 0, header.length, out);
      out += header.length;
      for (let done = 0; done < compressed; ) {
        const length = Math.min(chunk.length, compressed - done);
        await src.read(chunk, 0, length, localOffset + header.length + done);
        await dst.write(chunk, 0, length, out);
        out += length;
        done += length;
      }
      newCd.push(central);
      p += entryLength;
    }
    const directory = Buffer.concat(newCd);
    await dst.write(directory, 0, directory.length, out);
    const end = Buffer.from(tail.subarray(eocd, eocd + 22));
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(out, 16);
    end.writeUInt16LE(0, 20);
    await dst.write(end, 0, end.length, out + directory.length);
  } finally {
    await src.close();
    await dst.close();
  }
  await rename(tmp, path);
}

// test/fixtures/workbooks.ts
function pad(n, width) {
  return String(n).padStart(width, "0");
}
var utcDate = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
var NIK_SITI = "3515144508680002";
var comps = (aud, sd, lansia = 0) => [0, aud, sd, 0, 0, 0, lansia, 0, aud + sd + lansia];
var FC_DATA = [
  [6, [1, NIK_SITI, "3515140101100001", "SITI AMINAH", utcDate(1968, 8, 5), "P", "SUKODONO", "WILAYUT", 5, 2, 2, ...comps(1, 1), 975e3, "AKTIF"]],
  [7, [2, "3515145203750001", "3515140202110002", "SUMIATI", "12-03-1975", "PEREMPUAN", "KEC. SUKODONO", "DESA KEBONAGUNG", "005", "002", 1, ...comps(1, 0), "Rp 750.000", "Aktif"]],
  [8, [3, 351514450868e4, "3515140303120003", "PAINEM", utcDate(1968, 8, 5), "P", "Sukodono", "Suruh", 1, 1, 3, ...comps(0, 1), 225e3, "AKTIF"]],
  [9, [4, "3.51514E+15", "3515140404130004", "SUPARMI", "01-01-1980", "P", "Sukodono", "Suruh", 1, 1, 3, ...comps(0, 1), 225e3, "AKTIF"]],
  [11, [5, "351514450868000", "3515140505140005", "KASIATUN", "05-08-1968", "P", "Sukodono", "Suruh", 1, 1, 3, ...comps(0, 1), 225e3, "AKTIF"]],
  [12, [6, NIK_SITI, "3515140101100001", "SITI AMINAH", utcDate(1968, 8, 5), "P", "SUKODONO", "WILAYUT", 5, 2, 2, ...comps(1, 1), 975e3, "AKTIF"]],
  [13, [7, "3515144101800008", "3515140606150006", "MARYAM", "01-01-1980", "P", "KEC. ANTAH BERANTAH", "Wilayut", 1, 1, 2, ...comps(1, 0), 75e4, "AKTIF"]],
  [14, [8, "3515140511800003", "3515180707160007", "MOCH. SHOLEH", "05/11/1980", "L", "waru", "Pepelegi", 3, 4, 4, ...comps(0, 0, 1), 6e5, "AKTIF"]],
  [15, [9, "3515146001900004", "3515140808170008", "DEWI LESTARI", "1990-01-20", "L", "Sukodono", "Jumputrejo", 2, 1, 1, ...comps(1, 0), 75e4, "AKTIF"]],
  [16, [10, "3515144301700009", "3515140909180009", "SRI WAHYUNI", "31-02-1970", "P", "Sukodono", "Jumputrejo", 2, 1, 1, ...comps(1, 0), 75e4, "AKTIF"]],
  [17, [11, "3515140103700005", "3515141010190010", "SUKARDI", "1970-02-01", "L", "Sukodono", "Anggaswangi", 2, 1, 1, ...comps(0, 0, 1), 6e5, "AKTIF"]],
  [18, [12, "3578014107850006", "3515141111200011", "NUR HAYATI", utcDate(1985, 7, 1), "P", "Sukodono", "Anggaswangi", 2, 1, 1, ...comps(1, 0), 75e4, "AKTIF"]],
  [19, [13, "3515144202810012", "3515141212210012", null, "02-02-1981", "P", "Sukodono", "Anggaswangi", 2, 1, 1, ...comps(1, 0), 75e4, "AKTIF"]],
  [20, [14, "3515144303820013", 35151401011e5, "WARTINI", "03-03-1982", "P", "Sukodono", "Anggaswangi", 2, 1, 1, ...comps(1, 0), 75e4, "AKTIF"]],
  [21, [15, "3515144404830014", "3515141313220014", "SUWARNI", "04-04-1983", "P", "Sukodono", "Anggaswangi", 2, 1, 11, ...comps(1, 0), 75e4, "AKTIF"]],
  [22, [16, "ABC5144508680002", "3515141414230015", "KARTINI", "05-08-1968", "P", "Sukodono", "Wilayut", 2, 1, 1, ...comps(1, 0), 75e4, "AKTIF"]],
  [23, [17, "3515144513680007", "3515141515240016", "JUMINAH", "05-08-1968", "P", "Sukodono", "Wilayut", 2, 1, 1, ...comps(1, 0), 75e4, "AKTIF"]]
];
var LARGE_LIST_HEADERS = [
  "NO",
  "NIK",
  "NO KK",
  "NAMA",
  "JENIS KELAMIN",
  "TGL LAHIR",
  "HUBUNGAN KELUARGA",
  "ALAMAT",
  "RT",
  "RW",
  "DESA/KELURAHAN",
  "KECAMATAN",
  "DESIL",
  "HAMIL",
  "AUD",
  "SD",
  "SMP",
  "SMA",
  "DISABIL",
  "LANSIA",
  "HAM",
  "NOMINAL",
  "STATUS"
];
var SIDOARJO_SAMPLE = [
  { code: "35.15.14", name: "SUKODONO", villages: ["WILAYUT", "KEBONAGUNG", "ANGGASWANGI", "JUMPUTREJO", "SURUH"] },
  { code: "35.15.18", name: "WARU", villages: ["PEPELEGI", "WARU", "KUREKSARI", "NGINGAS", "TROPODO"] },
  { code: "35.15.01", name: "TARIK", villages: [] },
  { code: "35.15.04", name: "PORONG", villages: [] },
  { code: "35.15.08", name: "SIDOARJO", villages: [] }
];
var FIRST_NAMES = ["SITI", "SRI", "NUR", "DEWI", "SUMIATI", "PAINEM", "MOCH.", "AHMAD", "SUKARDI", "WAHYU", "RINA", "ENDANG"];
var LAST_NAMES = ["AMINAH", "WAHYUNI", "HAYATI", "LESTARI", "SHOLEH", "FAUZI", "SANTOSO", "RAHAYU", "HIDAYAT", "ROHMAH"];
async function writeLargeList(path, rows, options = {}) {
  const next = mulberry32(options.seed ?? 1);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const kecamatan = (options.kecamatan ?? SIDOARJO_SAMPLE).filter((k) => k.villages.length > 0);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet("DATA");
  ws.addRow(["DAFTAR KPM"]).commit();
  ws.addRow([...LARGE_LIST_HEADERS]).commit();
  ws.addRow(LARGE_LIST_HEADERS.map((_, i) => i + 1)).commit();
  const used = /* @__PURE__ */ new Set();
  const serials = /* @__PURE__ */ new Map();
  const unique = (prefix) => {
    let serial = serials.get(prefix) ?? 0;
    let id;
    do
      id = `${prefix}${pad(++serial, 4)}`;
    while (used.has(id));
    serials.set(prefix, serial);
    used.add(id);
    return id;
  };
  let written = 0;
  let families = 0;
  let nominalTotal = 0;
  while (written < rows) {
    families++;
    const kec = pick(kecamatan);
    const kecDigits = kec.code.replace(/\./g, "");
    const village = pick(kec.villages);
    const issue = { y: 2e3 + Math.floor(next() * 24), m: 1 + Math.floor(next() * 12), d: 1 + Math.floor(next() * 28) };
    const kk = unique(`${kecDigits}${pad(issue.d, 2)}${pad(issue.m, 2)}${pad(issue.y % 100, 2)}`);
    const size = Math.min(rows - written, 1 + Math.floor(next() * 4));
    const rt = 1 + Math.floor(next() * 20);
    const rw = 1 + Math.floor(next() * 8);
    const desil = 1 + Math.floor(next() * 4);
    const aud = next() < 0.3 ? 1 : 0;
    const sd = next() < 0.4 ? 1 : 0;
    const nominal = aud * 75e4 + sd * 225e3;
    for (let m = 0; m < size; m++) {
      const sex = m === 0 ? "P" : next() < 0.5 ? "L" : "P";
      const birth = { y: m === 0 ? 1960 + Math.floor(next() * 30) : 1995 + Math.floor(next() * 25), m: 1 + Math.floor(next() * 12), d: 1 + Math.floor(next() * 28) };
      const nik = unique(`${kecDigits}${pad(birth.d + (sex === "P" ? 40 : 0), 2)}${pad(birth.m, 2)}${pad(birth.y % 100, 2)}`);
      written++;
      const first = m === 0;
      const row = ws.addRow([
        written,
        nik,
        kk,
        `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
        sex,
        utcDate(birth.y, birth.m, birth.d),
        first ? "ISTRI" : "ANAK",
        `DUSUN ${village}`,
        rt,
        rw,
        village,
        kec.name,
        desil,
        0,
        first ? aud : 0,
        first ? sd : 0,
        0,
        0,
        0,
        0,
        0,
        first ? nominal : null,
        "AKTIF"
      ]);
      row.getCell(2).numFmt = "@";
      row.getCell(3).numFmt = "@";
      row.getCell(6).numFmt = "dd/mm/yyyy";
      row.commit();
      if (first) nominalTotal += nominal;
    }
  }
  ws.addRow(["JUMLAH", ...Array(20).fill(null), nominalTotal]).commit();
  ws.commit();
  await wb.commit();
  if (!options.dataDescriptors) await rewriteWithoutDataDescriptors(path);
  return { path, rows, families, headerRow: 2, sheet: "DATA" };
}
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// .rw-tmp.ts
var r = await writeLargeList("/tmp/pbench/big2.xlsx", 2e5, { seed: 1 });
console.log(r);
