import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseImport } from '../../electron/imports/parse';
import { completeSetup } from '../../electron/settings/service';
import type { Envelope } from '../../shared/ipc';
import { checksum } from '../support/db-snapshot';
import { SIDOARJO_PROFILE, tempApp, type TempApp } from '../support/temp-app';
import {
  writeCsv,
  writeDamagedXlsx,
  writeEmptyWorkbook,
  writeEncryptedXlsx,
  writeFcList,
  writeLegacyXls,
  writeNonWorkbookZip,
  writeRandomBytes,
  writeSheetWithoutHeader,
  writeTruncatedXlsx,
} from '../fixtures/workbooks';

let app: TempApp;
let pkh: number;
beforeEach(() => {
  app = tempApp();
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
  pkh = (app.ctx.database.db.prepare("SELECT id FROM programs WHERE code = 'PKH'").get() as { id: number }).id;
});
afterEach(() => app.dispose());

const at = (name: string) => join(app.dir, name);

type Maker = (path: string) => string | Promise<string>;

/** Each bad file an office receives, the code it must get, and words its Indonesian message must hold. */
const CASES: [string, string, Maker, string, string][] = [
  ['a legacy .xls', 'daftar.xls', writeLegacyXls, 'FILE_LEGACY_XLS', 'Berkas daftar.xls berformat Excel lama (.xls). Buka di Excel lalu simpan sebagai .xlsx'],
  ['a password-protected workbook', 'rahasia.xlsx', writeEncryptedXlsx, 'FILE_ENCRYPTED', 'Berkas rahasia.xlsx dilindungi kata sandi.'],
  ['a truncated download', 'terpotong.xlsx', writeTruncatedXlsx, 'FILE_CORRUPT', 'Berkas terpotong.xlsx rusak atau tidak lengkap'],
  ['a workbook damaged inside', 'rusak.xlsx', writeDamagedXlsx, 'FILE_CORRUPT', 'Berkas rusak.xlsx rusak atau tidak lengkap'],
  ['random bytes named .xlsx', 'acak.xlsx', (p) => writeRandomBytes(p), 'FILE_NOT_WORKBOOK', 'Berkas acak.xlsx bukan buku kerja Excel (.xlsx) atau CSV.'],
  ['random bytes named .csv', 'acak.csv', (p) => writeRandomBytes(p, 11), 'FILE_NOT_WORKBOOK', 'Berkas acak.csv bukan buku kerja Excel'],
  ['an HTML page saved as .xls', 'web.xls', (p) => (writeFileSync(p, '<html><body><table><tr><td>NIK</td></tr></table></body></html>'), p), 'FILE_NOT_WORKBOOK', 'bukan buku kerja Excel'],
  ['a zip that is not a workbook', 'dokumen.xlsx', async (p) => writeNonWorkbookZip(p, await writeFcList(at('sumber.xlsx'))), 'FILE_NOT_WORKBOOK', 'Berkas dokumen.xlsx bukan buku kerja'],
  ['an empty workbook', 'kosong.xlsx', writeEmptyWorkbook, 'FILE_EMPTY', 'Berkas kosong.xlsx tidak berisi data'],
  ['an empty file', 'nol.csv', (p) => (writeFileSync(p, ''), p), 'FILE_EMPTY', 'Berkas nol.csv tidak berisi data'],
  ['a sheet without a header', 'catatan.xlsx', writeSheetWithoutHeader, 'HEADER_NOT_FOUND', 'Baris judul kolom tidak ditemukan pada lembar "Catatan".'],
  ['a CSV without a header', 'judul.csv', (p) => writeCsv(p, [['DAFTAR PENERIMA'], ['1', 'SITI', '35']]), 'HEADER_NOT_FOUND', 'Baris judul kolom tidak ditemukan pada lembar "judul".'],
  ['a file that does not exist', 'hilang.xlsx', (p) => p, 'FILE_NOT_FOUND', 'Berkas hilang.xlsx tidak ditemukan.'],
];

async function dispatch(channel: string, input: unknown): Promise<Envelope<unknown>> {
  return app.dispatch(channel, input, { senderUrl: null });
}

describe('bad files get a clear code and Indonesian message, and change nothing', () => {
  it.each(CASES)('%s', async (_label, name, make, code, words) => {
    const file = await make(at(name));
    const db = app.ctx.database.db;
    const before = checksum(db);

    await expect(parseImport(app.svc(), { filePath: file, sheet: null, mapping: null })).rejects.toMatchObject({ code });

    const request = { filePath: file, programId: pkh, sheet: null, period: '2024-Q3', mapping: null };
    for (const [channel, input] of [
      ['imports.inspect', { filePath: file }],
      ['imports.preview', request],
      ['imports.saveErrorWorkbook', request],
    ] as const) {
      const reply = await dispatch(channel, input);
      if (code === 'HEADER_NOT_FOUND' && channel === 'imports.inspect') {
        // The sheet list still shows: nothing in it looks like data, so nothing is suggested.
        expect(reply).toMatchObject({ ok: true, value: { suggestedSheet: null } });
        continue;
      }
      expect(reply.ok, channel).toBe(false);
      if (reply.ok) continue;
      expect(reply.code, channel).toBe(code);
      expect(reply.message, channel).toContain(words);
    }
    expect(checksum(db)).toBe(before);
  });

  it('names the sheet that is missing when the clerk asks for one', async () => {
    const file = await writeFcList(at('fc.xlsx'));
    const reply = await dispatch('imports.preview', { filePath: file, programId: pkh, sheet: 'Lembar9', period: null, mapping: null });
    expect(reply).toMatchObject({ ok: false, code: 'SHEET_NOT_FOUND', message: 'Lembar "Lembar9" tidak ada dalam berkas fc.xlsx.' });
  });
});
