import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeFcList, writeLargeList, writeWorkbook } from '../fixtures/workbooks';
import { SIDOARJO_PROFILE } from '../support/temp-app';
import { expect, keepScreenshot, test, type HarnessFixture } from './fixtures';

async function setUpSidoarjo(page: Page, harness: HarnessFixture) {
  const reply = await harness.app.dispatch('settings.completeSetup', { regencyCode: '35.15', profile: SIDOARJO_PROFILE }, { senderUrl: null });
  expect(reply.ok).toBe(true);
  await page.goto(`${harness.url}#/imports`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Impor daftar dari Excel' })).toBeVisible();
}

function count(db: Database.Database, sql: string): number {
  return (db.prepare(sql).get() as { n: number }).n;
}

test('imports an FC list through the wizard, downloads the rejections, and undoes the batch', async ({ page, harness }, testInfo) => {
  await setUpSidoarjo(page, harness);
  const file = await writeFcList(join(harness.dir, 'fc-pkh-tahap3-2024.xlsx'));

  // 1. File, program and period. The native dialog is scripted: it answers with the fixture's path.
  harness.dialogAnswers.push(file);
  await page.getByRole('button', { name: 'Pilih berkas…' }).click();
  await expect(page.getByLabel('Berkas')).toHaveText('fc-pkh-tahap3-2024.xlsx');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.getByText('Pilih program terlebih dahulu.')).toBeVisible();
  await page.getByLabel('Program', { exact: true }).selectOption({ label: 'PKH — Program Keluarga Harapan' });
  await page.getByLabel('Tahun').selectOption('2024');
  await page.getByLabel('Tahap', { exact: true }).selectOption('3');
  await keepScreenshot(page, testInfo, '40-impor-berkas');
  await page.getByRole('button', { name: 'Lanjut' }).click();

  // 2. The data sheet is suggested over the summary sheet before it.
  await expect(page.getByRole('radio', { name: /DATA KPM/ })).toBeChecked();
  await expect(page.getByText('tampak berisi data')).toBeVisible();
  await page.getByRole('button', { name: 'Lanjut' }).click();

  // 3. The mapping found through the alias table, below the title rows.
  await expect(page.getByText('Baris judul kolom: baris 4')).toBeVisible();
  await expect(page.getByLabel('Isian Sidampak: NIK PENGURUS')).toHaveValue('nik');
  await expect(page.getByLabel('Isian Sidampak: KEC.')).toHaveValue('kecamatan');
  await keepScreenshot(page, testInfo, '41-impor-pemetaan');
  await page.getByRole('button', { name: 'Lanjut' }).click();

  // 4. The check: counts and the problems at their Excel rows.
  const issues = page.getByRole('table', { name: 'Masalah per baris' });
  await expect(issues.locator('tr[data-row="8"][data-code="NIK_PRECISION_LOST"]')).toBeVisible();
  await expect(issues.locator('tr[data-row="13"][data-code="REGION_UNKNOWN"]')).toBeVisible();
  await expect(issues.locator('tr[data-row="12"][data-code="NIK_DUPLICATE_IN_FILE"]')).toBeVisible();
  await keepScreenshot(page, testInfo, '42-impor-pemeriksaan');

  // The rejection workbook goes where the (scripted) save dialog says.
  const errorsPath = join(harness.dir, 'ditolak.xlsx');
  harness.dialogAnswers.push(errorsPath);
  await page.getByRole('button', { name: 'Unduh berkas penolakan (.xlsx)' }).click();
  await expect(page.getByText(/Berkas penolakan tersimpan: .*ditolak\.xlsx/)).toBeVisible();
  const rejected = new ExcelJS.Workbook();
  await rejected.xlsx.readFile(errorsPath);
  const sheet = rejected.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).map((v) => (v === undefined || v === null ? '' : String(v)));
  expect(header).toContain('KETERANGAN');
  expect(sheet.actualRowCount).toBeGreaterThan(1);

  // 5. Commit, with the progress bar; then the result.
  const commit = page.getByRole('button', { name: /^Impor \d+ baris$/ });
  const importable = Number((await commit.textContent())?.match(/\d+/)?.[0]);
  expect(importable).toBeGreaterThan(0);
  await commit.click();
  await expect(page.getByRole('main').getByRole('status')).toContainText(`${importable} baru`);
  await keepScreenshot(page, testInfo, '43-impor-hasil');

  const db = new Database(harness.dbFile, { readonly: true });
  try {
    expect(count(db, 'SELECT count(*) AS n FROM families')).toBe(importable);
    expect(count(db, "SELECT count(*) AS n FROM enrollment_periods WHERE period = '2024-Q3'")).toBe(importable);
    expect(count(db, "SELECT count(*) AS n FROM members WHERE nik = '3515144508680002'")).toBe(1);
  } finally {
    db.close();
  }

  // 6. Undo the whole batch from the history.
  const history = page.getByRole('table', { name: 'Riwayat impor' });
  await expect(history).toContainText('fc-pkh-tahap3-2024.xlsx');
  await history.getByRole('button', { name: 'Batalkan impor' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ya' }).click();
  await expect(page.getByText('Impor "fc-pkh-tahap3-2024.xlsx" dibatalkan.')).toBeVisible();
  await expect(history).toContainText('Dibatalkan');
  const after = new Database(harness.dbFile, { readonly: true });
  try {
    expect(count(after, 'SELECT count(*) AS n FROM families')).toBe(0);
    expect(count(after, 'SELECT count(*) AS n FROM members')).toBe(0);
    expect(count(after, 'SELECT count(*) AS n FROM enrollments')).toBe(0);
  } finally {
    after.close();
  }
});

test('a column the alias table does not know is mapped by hand; the imported families are then found by NIK and by name', async ({ page, harness }) => {
  await setUpSidoarjo(page, harness);
  const file = await writeWorkbook(join(harness.dir, 'usulan-desa.xlsx'), [
    {
      name: 'Usulan',
      rows: [
        ['NO', 'NO KK', 'NAMA', 'KECAMATAN', 'DESA', 'IDENTITAS WARGA'],
        [1, '3515140101100001', 'SITI AMINAH', 'SUKODONO', 'WILAYUT', '3515144508680002'],
        [2, '3515140202110002', 'SUMIATI', 'SUKODONO', 'KEBONAGUNG', '3515145203750001'],
      ],
      textColumns: [1, 5],
    },
  ]);
  harness.dialogAnswers.push(file);
  await page.getByRole('button', { name: 'Pilih berkas…' }).click();
  await page.getByLabel('Program', { exact: true }).selectOption({ label: 'SEMBAKO — Program Sembako (dahulu BPNT)' });
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.getByLabel('Isian Sidampak: IDENTITAS WARGA')).toHaveValue('');
  await page.getByLabel('Isian Sidampak: IDENTITAS WARGA').selectOption('nik');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.getByText('Tidak ada masalah ditemukan.')).toBeVisible();
  await page.getByRole('button', { name: 'Impor 2 baris' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('2 baru');

  // The imported families are in the register: found by NIK, and by name in another spelling.
  await page.getByRole('button', { name: 'Penerima (KPM)', exact: true }).click();
  const search = page.getByLabel('Cari NIK, No. KK, atau nama');
  const rows = page.getByRole('table', { name: 'Register penerima' }).locator('.vt-body [role="row"]');
  await search.fill('3515145203750001');
  await expect(page.getByText('1 orang', { exact: true })).toBeVisible();
  await expect(rows.first()).toContainText('SUMIATI');
  await search.fill('siti aminah');
  await expect(page.getByText('1 orang', { exact: true })).toBeVisible();
  await expect(rows.first()).toContainText('3515144508680002');
  await expect(rows.first()).toContainText('SEMBAKO');
});

test('a legacy .xls file gets a clear message and changes nothing', async ({ page, harness }) => {
  await setUpSidoarjo(page, harness);
  const { writeLegacyXls } = await import('../fixtures/workbooks');
  const file = writeLegacyXls(join(harness.dir, 'lama.xls'));
  harness.dialogAnswers.push(file);
  await page.getByRole('button', { name: 'Pilih berkas…' }).click();
  await expect(page.getByRole('alert')).toContainText('[FILE_LEGACY_XLS]');
  await expect(page.getByLabel('Berkas')).toHaveText('Belum ada berkas dipilih.');
});

test('a large list imports off the harness thread as in the app: the bar names the phase against the preview\'s rows, and Batalkan stops it with nothing changed', async ({ page, harness }, testInfo) => {
  test.setTimeout(120_000);
  await setUpSidoarjo(page, harness);
  const list = await writeLargeList(join(harness.dir, 'daftar-besar.xlsx'), 60_000, { seed: 3 });
  const walkToPreview = async () => {
    harness.dialogAnswers.push(list.path);
    await page.getByRole('button', { name: 'Pilih berkas…' }).click();
    await page.getByLabel('Program', { exact: true }).selectOption({ label: 'PKH — Program Keluarga Harapan' });
    for (let step = 0; step < 3; step++) await page.getByRole('button', { name: 'Lanjut' }).click();
    await expect(page.getByRole('button', { name: 'Impor 60.000 baris' })).toBeVisible({ timeout: 30_000 });
  };
  const members = () => {
    const db = new Database(harness.dbFile, { readonly: true });
    try {
      return count(db, 'SELECT count(*) AS n FROM members');
    } finally {
      db.close();
    }
  };

  await walkToPreview();
  await page.getByRole('button', { name: 'Impor 60.000 baris' }).click();
  // Rows are read and written at once in the import's workers; the preview counted them.
  const bar = page.getByRole('progressbar');
  await expect(bar).toContainText(/Membaca dan menyimpan data penerima… [\d.]+ dari 60\.000/);
  await keepScreenshot(page, testInfo, '46-impor-besar-berjalan');
  await page.getByRole('button', { name: 'Batalkan' }).click();
  await expect(page.getByText('Impor dibatalkan. Tidak ada data yang diubah.')).toBeVisible({ timeout: 30_000 });
  expect(members()).toBe(0);

  await page.getByRole('button', { name: 'Impor 60.000 baris' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('60.000 baru', { timeout: 60_000 });
  expect(members()).toBe(60_000);
});
