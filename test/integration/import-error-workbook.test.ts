import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseImport } from '../../electron/imports/parse';
import type { Dialogs, FileFilter } from '../../electron/ipc/types';
import { completeSetup } from '../../electron/settings/service';
import type { FileInspection } from '../../shared/ipc/imports';
import { checksum } from '../support/db-snapshot';
import { SIDOARJO_PROFILE, call, tempApp, type TempApp } from '../support/temp-app';
import { FC_DATA, FC_HEADERS, FC_SHEET, writeFcList } from '../fixtures/workbooks';

/** Scripted file dialogs: answers in order, and what each dialog was asked. */
function scriptedDialogs() {
  const answers: (string | null)[] = [];
  const asked: { kind: 'open' | 'save'; title: string; defaultName?: string; filters: FileFilter[] }[] = [];
  const dialogs: Dialogs = {
    openFile: async ({ title, filters }) => {
      asked.push({ kind: 'open', title, filters });
      return answers.shift() ?? null;
    },
    saveFile: async ({ title, defaultName, filters }) => {
      asked.push({ kind: 'save', title, defaultName, filters });
      return answers.shift() ?? null;
    },
  };
  return { dialogs, answers, asked };
}

let app: TempApp;
let script: ReturnType<typeof scriptedDialogs>;
let pkh: number;
beforeEach(() => {
  script = scriptedDialogs();
  app = tempApp({ dialogs: script.dialogs });
  completeSetup(app.svc(), app.ctx.regions, '35.15', SIDOARJO_PROFILE);
  pkh = (app.ctx.database.db.prepare("SELECT id FROM programs WHERE code = 'PKH'").get() as { id: number }).id;
});
afterEach(() => app.dispose());

const at = (name: string) => join(app.dir, name);

describe('imports.pickFile', () => {
  it('opens the dialog for Excel and CSV files and inspects the chosen file; null when cancelled', async () => {
    const file = await writeFcList(at('fc.xlsx'));
    script.answers.push(file, null);
    const inspection = await call<FileInspection>(app, 'imports.pickFile', {});
    expect(inspection).toMatchObject({ fileName: 'fc.xlsx', suggestedSheet: FC_SHEET });
    expect(script.asked[0]).toEqual({
      kind: 'open',
      title: 'Pilih daftar penerima (Excel atau CSV)',
      filters: [{ name: 'Buku kerja Excel atau CSV', extensions: ['xlsx', 'csv'] }],
    });
    expect(await call(app, 'imports.pickFile', {})).toBeNull();
  });
});

describe('the error workbook', () => {
  it('repeats the rejected rows as they were, with KETERANGAN, NIK/KK as text, header frozen and filtered', async () => {
    const file = await writeFcList(at('fc-tahap3.xlsx'));
    const target = at('keluar.xlsx');
    script.answers.push(target);
    const before = checksum(app.ctx.database.db);
    const request = { filePath: file, programId: pkh, sheet: null, period: '2024-Q3', mapping: null };
    const saved = await call<{ path: string; rows: number }>(app, 'imports.saveErrorWorkbook', request);
    expect(saved).toEqual({ path: target, rows: 11 });
    expect(script.asked[0]).toMatchObject({ kind: 'save', title: 'Simpan baris yang ditolak', defaultName: 'fc-tahap3-ditolak.xlsx' });
    expect(checksum(app.ctx.database.db)).toBe(before);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Ditolak');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...FC_HEADERS, 'KETERANGAN']);
    expect(ws.rowCount).toBe(12);

    const parsed = await parseImport(app.svc(), request);
    const sourceRows = new Map(FC_DATA);
    parsed.rejected.forEach((rejected, i) => {
      const row = ws.getRow(i + 2);
      const source = sourceRows.get(rejected.row)!;
      FC_HEADERS.forEach((_, c) => {
        const cell = row.getCell(c + 1);
        const original = source[c] ?? null;
        if (c === 1 || c === 2) {
          // NIK and KK: text cells; a number cell as Excel showed it, so a lost digit stays visible.
          expect(cell.numFmt, `row ${rejected.row} col ${c}`).toBe('@');
          expect(cell.value, `row ${rejected.row} col ${c}`).toBe(typeof original === 'number' ? '3.51514E+15' : original);
        } else if (original instanceof Date) {
          expect((cell.value as Date).toISOString()).toBe(original.toISOString());
        } else {
          expect(cell.value ?? null, `row ${rejected.row} col ${c}`).toEqual(original);
        }
      });
      expect(row.getCell(FC_HEADERS.length + 1).value).toBe(`Baris ${rejected.row}: ${rejected.reasons.join('; ')}`);
    });
    expect(ws.getRow(2).getCell(2).value).toBe('3.51514E+15');
    expect(String(ws.getRow(2).getCell(FC_HEADERS.length + 1).value)).toMatch(/^Baris 8: NIK tersimpan sebagai angka di Excel/);
  });

  it('writes nothing when the clerk cancels the save dialog', async () => {
    const file = await writeFcList(at('fc.xlsx'));
    const request = { filePath: file, programId: pkh, sheet: null, period: null, mapping: null };
    expect(await call(app, 'imports.saveErrorWorkbook', request)).toBeNull();
    expect(existsSync(at('fc-ditolak.xlsx'))).toBe(false);
  });

  it('reads back as an import file of its own: the fixed rows can be sent again', async () => {
    const file = await writeFcList(at('fc.xlsx'));
    const target = at('fc-ditolak.xlsx');
    script.answers.push(target);
    await call(app, 'imports.saveErrorWorkbook', { filePath: file, programId: pkh, sheet: null, period: null, mapping: null });
    const again = await parseImport(app.svc(), { filePath: target, sheet: null, mapping: null });
    expect(again.headerRow).toBe(1);
    expect(again.rowsSeen).toBe(11);
    // The same problems at the same columns: a lost digit is still caught (E+ text), and the
    // duplicate of row 6 is now the only copy of that NIK in the file.
    expect(again.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, 'NIK PENGURUS', 'NIK_PRECISION_LOST'],
      [3, 'NIK PENGURUS', 'NIK_PRECISION_LOST'],
      [4, 'NIK PENGURUS', 'NIK_INVALID_LENGTH'],
      [6, 'KEC.', 'REGION_UNKNOWN'],
      [7, 'TGL LAHIR', 'DATE_INVALID'],
      [8, 'NAMA PENGURUS', 'REQUIRED_MISSING'],
      [9, 'NO. KK', 'KK_PRECISION_LOST'],
      [10, 'DESIL', 'VALUE_INVALID'],
      [11, 'NIK PENGURUS', 'NIK_NOT_NUMERIC'],
      [12, 'NIK PENGURUS', 'NIK_BAD_DATE'],
    ]);
    expect(again.rows.map((p) => p.member.nik)).toEqual(['3515144508680002']);
  });
});
