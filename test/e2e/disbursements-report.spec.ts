import { existsSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { makeKk, makeNik, writeWorkbook } from '../fixtures/workbooks';
import type { Page } from '@playwright/test';
import { expect, keepScreenshot, setUpOffice, test } from './fixtures';

/*
 * The clerk's quarter, end to end: a PKH Final Closing list for Tahap III 2024 and the bank's
 * disbursement list come in through the import wizard; the Penyaluran page shows allocation
 * against realisation; the quarter is closed; the report gets its notes and is saved as PDF and
 * Excel. Every expected figure below is computed by hand from these two lists.
 *
 *   family            kecamatan  components  NOMINAL    bank status
 *   SITI AMINAH       Sukodono   AUD + SD    975.000    tersalur 975.000
 *   SUMIATI           Sukodono   AUD         750.000    tersalur 750.000
 *   SUKARDI           Sukodono   SD          225.000    retur    225.000
 *   MOCH. SHOLEH      Waru       LANSIA      600.000    gagal    600.000 (rekening tidak aktif)
 *
 *   allocation 4 KPM Rp2.550.000; realised 2 KPM Rp1.725.000 (50% / 67,6%);
 *   failed 1 KPM Rp600.000; returned 1 KPM Rp225.000.
 *   Sukodono: allocation 3 KPM Rp1.950.000, realised 2 KPM Rp1.725.000; Waru: 1 KPM Rp600.000, realised 0.
 *   Enrolled but not paid: SUKARDI and MOCH. SHOLEH (2); the other three lists are empty.
 */

const FAMILIES = [
  { nik: makeNik({ kec: '14', day: 5, month: 8, year: 1968, sex: 'P', serial: 2 }), kk: makeKk({ kec: '14', day: 1, month: 1, year: 2010, serial: 1 }), name: 'SITI AMINAH', born: '05-08-1968', sex: 'P', kec: 'SUKODONO', desa: 'WILAYUT', aud: 1, sd: 1, lansia: 0, nominal: 975_000, bank: 'SUKSES', paid: 975_000, reason: null },
  { nik: makeNik({ kec: '14', day: 12, month: 3, year: 1975, sex: 'P', serial: 1 }), kk: makeKk({ kec: '14', day: 2, month: 2, year: 2011, serial: 2 }), name: 'SUMIATI', born: '12-03-1975', sex: 'P', kec: 'SUKODONO', desa: 'KEBONAGUNG', aud: 1, sd: 0, lansia: 0, nominal: 750_000, bank: 'SUKSES', paid: 750_000, reason: null },
  { nik: makeNik({ kec: '14', day: 1, month: 3, year: 1970, sex: 'L', serial: 5 }), kk: makeKk({ kec: '14', day: 10, month: 10, year: 2019, serial: 10 }), name: 'SUKARDI', born: '01-03-1970', sex: 'L', kec: 'SUKODONO', desa: 'ANGGASWANGI', aud: 0, sd: 1, lansia: 0, nominal: 225_000, bank: 'RETUR', paid: 225_000, reason: 'Dana dikembalikan ke kas negara' },
  { nik: makeNik({ kec: '18', day: 5, month: 11, year: 1960, sex: 'L', serial: 3 }), kk: makeKk({ kec: '18', day: 7, month: 7, year: 2016, serial: 7 }), name: 'MOCH. SHOLEH', born: '05-11-1960', sex: 'L', kec: 'WARU', desa: 'PEPELEGI', aud: 0, sd: 0, lansia: 1, nominal: 600_000, bank: 'GAGAL', paid: 600_000, reason: 'Rekening tidak aktif' },
] as const;

/** Closes the toasts so that a screenshot shows the page, not the last messages over it. */
async function dismissToasts(page: Page): Promise<void> {
  const close = page.locator('.toasts').getByRole('button', { name: 'Tutup' });
  while ((await close.count()) > 0) await close.first().click();
}

/** Every text cell of a workbook, one per line. */
async function workbookText(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const texts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void texts.push(cell.text))));
  return texts.join('\n');
}

async function writeFinalClosing(path: string): Promise<string> {
  const header = ['NO', 'NIK PENGURUS', 'NO. KK', 'NAMA PENGURUS', 'TGL LAHIR', 'L/P', 'KEC.', 'DESA/KELURAHAN', 'AUD', 'SD', 'LANSIA', 'JML KOMPONEN', 'NOMINAL'];
  return writeWorkbook(path, [
    {
      name: 'DATA KPM',
      rows: [
        ['DAFTAR KPM PKH FINAL CLOSING TAHAP III TAHUN 2024'],
        header,
        ...FAMILIES.map((f, i) => [i + 1, f.nik, f.kk, f.name, f.born, f.sex, f.kec, f.desa, f.aud, f.sd, f.lansia, f.aud + f.sd + f.lansia, f.nominal]),
      ],
      merges: ['A1:M1'],
      textColumns: [1, 2],
    },
  ]);
}

async function writeBankList(path: string): Promise<string> {
  return writeWorkbook(path, [
    {
      name: 'REALISASI',
      rows: [
        ['LAPORAN REALISASI PENYALURAN BANSOS PKH TAHAP III 2024 — BANK MITRA'],
        ['NO', 'NIK', 'NO KK', 'NAMA PENERIMA', 'KECAMATAN', 'NO REKENING', 'STATUS SALUR', 'NOMINAL SALUR', 'TGL SALUR', 'KETERANGAN'],
        ...FAMILIES.map((f, i) => [i + 1, f.nik, f.kk, f.name, f.kec, `00${i + 1}2010000${i}`, f.bank, f.paid, `2${i}-08-2024`, f.reason]),
      ],
      merges: ['A1:J1'],
      textColumns: [1, 2, 5],
    },
  ]);
}

test('a quarter from the bank list to the report: import, reconcile, close, notes, PDF and Excel', async ({ page, harness }, testInfo) => {
  await setUpOffice(page, harness, 'imports');
  const fcFile = await writeFinalClosing(join(harness.dir, 'fc-pkh-tahap3-2024.xlsx'));
  const bankFile = await writeBankList(join(harness.dir, 'realisasi-pkh-tahap3-2024.xlsx'));

  // 1. The PKH Final Closing list of Tahap III 2024 into the register (the allocation).
  harness.dialogAnswers.push(fcFile);
  await page.getByRole('button', { name: 'Pilih berkas…' }).click();
  await page.getByLabel('Program', { exact: true }).selectOption({ label: 'PKH — Program Keluarga Harapan' });
  await page.getByLabel('Tahun').selectOption('2024');
  await page.getByLabel('Tahap', { exact: true }).selectOption('3');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('button', { name: 'Impor 4 baris' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('4 baru');

  // 2. Penyaluran, Tahap III 2024: the allocation is there, nothing realised yet.
  await page.getByRole('button', { name: 'Penyaluran', exact: true }).click();
  await page.getByLabel('Tahun').selectOption('2024');
  await page.getByLabel('Tahap').selectOption('3');
  const overview = page.getByRole('table', { name: 'Alokasi dan realisasi per program' });
  const pkh = overview.locator('tr[data-program="PKH"]');
  await expect(pkh).toContainText('Rp2.550.000');
  await expect(pkh).toContainText('Belum ada');

  // 3. The bank's list through the wizard, started from the program's detail.
  await pkh.getByRole('button', { name: 'Rincian' }).click();
  await page.getByRole('button', { name: 'Impor daftar penyaluran' }).click();
  // The wizard opens preset: a disbursement list of PKH for Tahap III 2024.
  await expect(page.getByRole('radio', { name: /Daftar penyaluran/ })).toBeChecked();
  await expect(page.getByLabel('Program', { exact: true }).locator('option:checked')).toHaveText('PKH — Program Keluarga Harapan');
  await expect(page.getByLabel('Tahun')).toHaveValue('2024');
  await expect(page.getByLabel('Tahap', { exact: true })).toHaveValue('3');
  harness.dialogAnswers.push(bankFile);
  await page.getByRole('button', { name: 'Pilih berkas…' }).click();
  await expect(page.getByLabel('Berkas')).toHaveText('realisasi-pkh-tahap3-2024.xlsx');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('button', { name: 'Impor 4 baris penyaluran' }).click();
  await expect(page.getByRole('main').getByRole('status')).toBeVisible();

  // 4. Back on Penyaluran: the figures of the hand-computed table above.
  await page.getByRole('button', { name: 'Penyaluran', exact: true }).click();
  const cells = pkh.locator('td');
  await expect(cells.nth(0)).toHaveText('4Rp2.550.000');
  await expect(cells.nth(1)).toHaveText('2Rp1.725.000');
  await expect(cells.nth(2)).toHaveText('1Rp600.000');
  await expect(cells.nth(3)).toHaveText('1Rp225.000');
  await expect(cells.nth(4)).toHaveText('50%67,6%');
  await expect(cells.nth(5)).toHaveText('Daftar penyaluran');

  const program = page.getByRole('region', { name: 'PKH — Program Keluarga Harapan' });
  const byKecamatan = program.getByRole('table', { name: 'Alokasi dan realisasi per kecamatan' });
  await expect(byKecamatan.locator('tr', { hasText: 'Sukodono' })).toContainText('Rp1.950.000');
  await expect(byKecamatan.locator('tr', { hasText: 'Sukodono' })).toContainText('Rp1.725.000');
  await expect(byKecamatan.locator('tr', { hasText: 'Waru' })).toContainText('Rp600.000');

  await program.getByRole('tab', { name: 'Rekonsiliasi' }).click();
  await expect(program.getByRole('tab', { name: /Terdaftar, tidak dibayar/ })).toContainText('2');
  await program.getByRole('tab', { name: /Terdaftar, tidak dibayar/ }).click();
  const notPaid = program.getByRole('table', { name: 'Terdaftar, tidak dibayar' });
  await expect(notPaid).toContainText('SUKARDI');
  await expect(notPaid).toContainText('MOCH. SHOLEH');
  // Masked on screen: no full NIK of the families in the list.
  await expect(notPaid).not.toContainText(FAMILIES[2].nik);
  for (const list of ['Dibayar, tidak terdaftar', 'Dibayar dua kali', 'Nominal berbeda']) {
    await expect(program.getByRole('tab', { name: new RegExp(list) })).toContainText('0');
  }
  // The list goes to a workbook, NIK masked unless "NIK lengkap" is ticked.
  const reconPath = join(harness.dir, 'belum-dibayar.xlsx');
  harness.dialogAnswers.push(reconPath);
  await program.getByRole('button', { name: 'Ekspor' }).click();
  await expect(page.getByText(/Daftar tersimpan: .*belum-dibayar\.xlsx \(2 baris\)/)).toBeVisible();
  expect(await workbookText(reconPath)).toContain('MOCH. SHOLEH');
  expect(await workbookText(reconPath)).not.toContain(FAMILIES[3].nik);
  // Every NOMINAL of this list is what PKH's rule gives for the family's components.
  await program.getByRole('tab', { name: 'NOMINAL daftar vs aturan' }).click();
  await expect(program.getByTestId('nominal-check')).toContainText('4 KPM pada daftar membawa NOMINAL; 0 di antaranya berbeda dari aturan manfaat program');

  // 5. Close the quarter: the confirm says what closing means; the banner then says who closed it.
  await page.getByRole('button', { name: 'Tutup triwulan' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('dibekukan');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ya' }).click();
  await expect(page.getByText('Tahap III 2024 sudah ditutup: angka dibekukan')).toBeVisible();
  await expect(page.getByText(/Ditutup oleh penguji-e2e/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Impor daftar penyaluran' })).toBeDisabled();
  await dismissToasts(page);
  await keepScreenshot(page, testInfo, '70-penyaluran');

  // 6. Laporan: notes after the close, then the PDF and the workbook.
  await page.getByRole('button', { name: 'Laporan', exact: true }).click();
  await page.getByLabel('Tahun').selectOption('2024');
  await page.getByLabel('Triwulan').selectOption('3');
  await expect(page.getByText(/Triwulan III Tahun 2024 sudah ditutup/)).toBeVisible();
  await expect(page.getByLabel('PKH')).toBeChecked();
  const notes = 'Satu KPM di Kecamatan Waru gagal salur karena rekening tidak aktif; pendamping PKH membantu aktivasi rekening pada Oktober 2024.';
  await page.getByLabel('Permasalahan dan tindak lanjut').fill(notes);
  await page.getByRole('button', { name: 'Simpan catatan' }).click();
  await expect(page.getByText('Catatan laporan tersimpan.')).toBeVisible();
  const preview = page.getByLabel('Pratinjau cetak');
  await expect(preview).toContainText(/Triwulan III Tahun 2024/i);
  await expect(preview).toContainText(notes);
  await dismissToasts(page);
  await keepScreenshot(page, testInfo, '71-laporan');
  await preview.scrollIntoViewIfNeeded();
  await keepScreenshot(page, testInfo, '72-laporan-pratinjau');
  // "Cetak" prints the page as the print medium shows it: the document alone, without the app around it.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Simpan PDF' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeHidden();
  await expect(page.getByLabel('Permasalahan dan tindak lanjut')).toBeHidden();
  await expect(preview).toContainText(notes);
  await page.emulateMedia({ media: 'screen' });

  const pdfPath = join(harness.dir, 'laporan-triwulan-III-2024.pdf');
  harness.dialogAnswers.push(pdfPath);
  await page.getByRole('button', { name: 'Simpan PDF' }).click();
  await expect(page.getByText(/PDF tersimpan: .*laporan-triwulan-III-2024\.pdf/)).toBeVisible();
  expect(existsSync(pdfPath) && statSync(pdfPath).size > 0).toBe(true);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  // The letterhead prints the period in capitals.
  expect(text).toMatch(/Triwulan III Tahun 2024/i);
  expect(text).toMatch(/Halaman 1 dari \d/);
  expect(text).toContain('rekening tidak aktif; pendamping PKH membantu aktivasi rekening');
  expect(text).toContain('2.550.000');
  expect(text).toContain('1.725.000');
  // Aggregates only: no NIK, no KK, no name of a family.
  expect(text).not.toMatch(/\d{16}/);
  for (const f of FAMILIES) expect(text).not.toContain(f.name);

  // The BNBA annex is a separate file: names are in it, NIK masked.
  const annexPath = join(harness.dir, 'bnba-pkh-III-2024.xlsx');
  await page.getByLabel('Program lampiran').selectOption({ label: 'PKH — Program Keluarga Harapan' });
  harness.dialogAnswers.push(annexPath);
  await page.getByRole('button', { name: 'Simpan lampiran BNBA' }).click();
  await expect(page.getByText(/Lampiran BNBA tersimpan: .*bnba-pkh-III-2024\.xlsx \(4 baris\)/)).toBeVisible();
  const annex = await workbookText(annexPath);
  for (const f of FAMILIES) {
    expect(annex).toContain(f.name);
    expect(annex).not.toContain(f.nik);
  }

  const xlsxPath = join(harness.dir, 'laporan-triwulan-III-2024.xlsx');
  harness.dialogAnswers.push(xlsxPath);
  await page.getByRole('button', { name: 'Simpan Excel' }).click();
  await expect(page.getByText(/Berkas Excel tersimpan: .*laporan-triwulan-III-2024\.xlsx/)).toBeVisible();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  // Section 1 (the first sheet): the PKH row carries the figures as numbers, Rupiah formatted as money.
  const section1 = workbook.worksheets[0]!;
  let pkhRow: ExcelJS.Row | null = null;
  section1.eachRow((row) => {
    if (pkhRow === null && (row.values as unknown[]).some((v) => v === 'PKH')) pkhRow = row;
  });
  expect(pkhRow, 'the PKH row of section 1').not.toBeNull();
  const cellsOf = (row: ExcelJS.Row) => {
    const out: ExcelJS.Cell[] = [];
    row.eachCell((cell) => out.push(cell));
    return out;
  };
  const numeric = cellsOf(pkhRow!).filter((c) => typeof c.value === 'number');
  expect(numeric.map((c) => c.value)).toEqual(expect.arrayContaining([4, 2_550_000, 2, 1_725_000, 1, 600_000, 225_000]));
  expect(numeric.find((c) => c.value === 2_550_000)!.numFmt).toMatch(/Rp/);
  const texts: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        // A merged range repeats its text in every cell it covers: read it once, at its master.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    ),
  );
  expect(texts.join('\n')).toMatch(/Triwulan III Tahun 2024/i);
  expect(texts).toContain(notes);
  // Aggregates only, in the workbook too.
  expect(texts.join('\n')).not.toMatch(/\d{16}/);
  for (const f of FAMILIES) expect(texts.join('\n')).not.toContain(f.name);
});

test('totals entered by hand for a program without a list; reopening a closed quarter needs a reason', async ({ page, harness }, testInfo) => {
  await setUpOffice(page, harness, 'disbursements');
  await page.getByLabel('Tahun').selectOption('2024');
  await page.getByLabel('Tahap').selectOption('2');
  await expect(page.getByText('Belum ada program dengan alokasi atau realisasi pada periode ini.')).toBeVisible();

  // BLT-DD has no register in the office: its bank reports totals per kecamatan only.
  await page.getByLabel('Program lain').selectOption({ label: 'BLT-DD — Bantuan Langsung Tunai Dana Desa' });
  const program = page.getByRole('region', { name: 'BLT-DD — Bantuan Langsung Tunai Dana Desa' });
  await program.getByRole('tab', { name: 'Input manual per kecamatan' }).click();
  await program.getByLabel('KPM tersalur Sukodono').fill('120');
  await program.getByLabel('Rp tersalur Sukodono').fill('108.000.000');
  await program.getByLabel('KPM gagal Sukodono').fill('3');
  await program.getByLabel('Rp gagal Sukodono').fill('2.700.000');
  await program.getByLabel('KPM tersalur Waru').fill('80');
  await program.getByLabel('Rp tersalur Waru').fill('72 juta');
  await program.getByRole('button', { name: 'Simpan input manual' }).click();
  // The bad cell is marked where it is, and nothing is written.
  await expect(program.getByLabel('Rp tersalur Waru')).toHaveAttribute('aria-invalid', 'true');
  await expect(program.locator('tr', { hasText: 'Waru' })).toContainText('Harus berupa angka bulat.');
  const countTotals = () => {
    const db = new Database(harness.dbFile, { readonly: true });
    try {
      return (db.prepare("SELECT count(*) AS n FROM disbursement_totals WHERE period = '2024-Q2'").get() as { n: number }).n;
    } finally {
      db.close();
    }
  };
  expect(countTotals()).toBe(0);

  await program.getByLabel('Rp tersalur Waru').fill('72.000.000');
  await expect(program.locator('tfoot')).toContainText('Rp180.000.000');
  await program.getByRole('button', { name: 'Simpan input manual' }).click();
  await expect(page.getByText('Input manual tersimpan (2 kecamatan).')).toBeVisible();
  expect(countTotals()).toBe(2);

  // The overview now lists BLT-DD with the hand-entered realisation: 120 + 80 KPM, Rp108 + 72 million.
  const row = page.getByRole('table', { name: 'Alokasi dan realisasi per program' }).locator('tr[data-program="BLT-DD"]');
  const cells = row.locator('td');
  await expect(cells.nth(1)).toHaveText('200Rp180.000.000');
  await expect(cells.nth(2)).toHaveText('3Rp2.700.000');
  await expect(cells.nth(5)).toHaveText('Input manual');

  // Close: the hand-entered totals can then only be viewed.
  await page.getByRole('button', { name: 'Tutup triwulan' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ya' }).click();
  await expect(page.getByText('Tahap II 2024 sudah ditutup: angka dibekukan')).toBeVisible();
  await expect(program.getByLabel('KPM tersalur Sukodono')).toBeDisabled();
  await expect(program.getByRole('button', { name: 'Simpan input manual' })).toBeDisabled();

  // Reopen: a reason of at least five characters, kept in the history.
  await page.getByRole('button', { name: 'Buka kembali' }).click();
  const dialog = page.getByRole('dialog', { name: 'Buka kembali Tahap II 2024' });
  await dialog.getByLabel('Alasan membuka kembali').fill('ok');
  await dialog.getByRole('button', { name: 'Buka kembali' }).click();
  await expect(dialog).toContainText('Terlalu pendek (minimal 5 karakter).');
  const reason = 'Rekap BLT-DD Kecamatan Waru dikoreksi pemerintah desa';
  await dialog.getByLabel('Alasan membuka kembali').fill(reason);
  await dialog.getByRole('button', { name: 'Buka kembali' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Tahap II 2024 belum ditutup: angka sementara')).toBeVisible();
  const history = page.getByRole('table', { name: 'Riwayat penutupan periode' });
  await expect(history).toContainText(reason);
  await expect(program.getByLabel('KPM tersalur Sukodono')).toBeEnabled();
  await dismissToasts(page);
  await keepScreenshot(page, testInfo, '73-penyaluran-input-manual');

  // The report of the quarter includes the program by default, with the hand-entered realisation.
  await page.getByRole('button', { name: 'Laporan', exact: true }).click();
  await page.getByLabel('Tahun').selectOption('2024');
  await page.getByLabel('Triwulan').selectOption('2');
  await expect(page.getByText(/Triwulan II Tahun 2024 belum ditutup/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /BLT-DD/ })).toBeChecked();
  await expect(page.getByLabel('Pratinjau cetak')).toContainText('180.000.000');
  // Without a program there is nothing to print or save.
  await page.getByRole('checkbox', { name: /BLT-DD/ }).uncheck();
  await expect(page.getByText('Pilih minimal satu program.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Simpan PDF' })).toBeDisabled();
  await expect(page.getByLabel('Pratinjau cetak')).toHaveCount(0);

  const db = new Database(harness.dbFile, { readonly: true });
  try {
    const audit = db.prepare("SELECT action, after_json AS after FROM audit_log WHERE entity = 'period' AND entity_id = '2024-Q2' ORDER BY id").all() as { action: string; after: string }[];
    expect(audit.map((a) => a.action)).toEqual(['close', 'reopen']);
    expect(audit[1]!.after).toContain(reason);
  } finally {
    db.close();
  }
});
