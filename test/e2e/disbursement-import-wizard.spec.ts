import Database from 'better-sqlite3';
import { join } from 'node:path';
import { serviceContext } from '../../electron/ipc/types';
import { writeDisbursementList } from '../fixtures/workbooks';
import { seedRegister } from '../support/register-fixture';
import { expect, keepScreenshot, setUpOffice, test } from './fixtures';

test('imports a bank disbursement list through the wizard: period required, counts per status, refused a second time', async ({ page, harness }, testInfo) => {
  await setUpOffice(page, harness, 'imports');
  seedRegister(serviceContext(harness.app.ctx));
  const file = await writeDisbursementList(join(harness.dir, 'realisasi-pkh-tahap3.xlsx'));

  // 1. The kind of list, file and program; the period is required for a disbursement list.
  await page.getByRole('radio', { name: 'Daftar penyaluran (realisasi bank/PT Pos)' }).check();
  harness.dialogAnswers.push(file);
  await page.getByRole('button', { name: 'Pilih berkas…' }).click();
  await expect(page.getByLabel('Berkas')).toHaveText('realisasi-pkh-tahap3.xlsx');
  await page.getByLabel('Program', { exact: true }).selectOption({ label: 'PKH — Program Keluarga Harapan' });
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Daftar penyaluran wajib disertai periode (tahun dan tahap).' })).toBeVisible();
  await page.getByLabel('Tahun').selectOption('2024');
  await page.getByLabel('Tahap', { exact: true }).selectOption('3');
  await keepScreenshot(page, testInfo, '44-impor-penyaluran-berkas');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('button', { name: 'Lanjut' }).click();

  // 2. The bank's header spellings, mapped through the disbursement alias table.
  await expect(page.getByText('Baris judul kolom: baris 4')).toBeVisible();
  await expect(page.getByLabel('Isian Sidampak: STATUS SALUR')).toHaveValue('status');
  await expect(page.getByLabel('Isian Sidampak: JUMLAH DITERIMA')).toHaveValue('nominal');
  await expect(page.getByLabel('Isian Sidampak: TGL SALUR')).toHaveValue('paidOn');
  await expect(page.getByLabel('Isian Sidampak: KET. GAGAL')).toHaveValue('reason');
  await page.getByRole('button', { name: 'Lanjut' }).click();

  // 3. The check: lines per status, and the problems at their rows.
  const statuses = page.getByRole('table', { name: 'Status' });
  await expect(statuses.locator('tr[data-status="tersalur"]')).toContainText('3');
  await expect(statuses.locator('tr[data-status="tersalur"]')).toContainText('Rp2.950.000');
  await expect(statuses.locator('tr[data-status="gagal"]')).toContainText('Rp1.950.000');
  await expect(statuses.locator('tr[data-status="retur"]')).toContainText('Rp600.000');
  const issues = page.getByRole('table', { name: 'Masalah per baris' });
  await expect(issues.locator('tr[data-row="9"][data-code="NOT_ENROLLED"]')).toBeVisible();
  await expect(issues.locator('tr[data-row="10"][data-code="NIK_PRECISION_LOST"]')).toBeVisible();
  await expect(issues.locator('tr[data-row="13"][data-code="PAID_TWICE"]')).toBeVisible();
  await keepScreenshot(page, testInfo, '45-impor-penyaluran-pemeriksaan');

  await page.getByRole('button', { name: 'Impor 7 baris penyaluran' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('7 baris (5 cocok, 2 tidak terdaftar), 2 ditolak');
  const history = page.getByRole('table', { name: 'Riwayat impor' });
  await expect(history.locator('tr', { hasText: 'realisasi-pkh-tahap3.xlsx' })).toContainText('Daftar penyaluran');
  const db = new Database(harness.dbFile, { readonly: true });
  try {
    expect(db.prepare("SELECT count(*) AS n, sum(amount) AS amount FROM disbursements WHERE status = 'tersalur'").get()).toEqual({ n: 4, amount: 2_950_000 });
  } finally {
    db.close();
  }

  // 4. The same list again: the check says it would count twice, and the commit is not offered.
  await page.getByRole('button', { name: 'Impor berkas lain' }).click();
  await page.getByRole('radio', { name: 'Daftar penyaluran (realisasi bank/PT Pos)' }).check();
  harness.dialogAnswers.push(file);
  await page.getByRole('button', { name: 'Pilih berkas…' }).click();
  await page.getByLabel('Program', { exact: true }).selectOption({ label: 'PKH — Program Keluarga Harapan' });
  await page.getByLabel('Tahun').selectOption('2024');
  await page.getByLabel('Tahap', { exact: true }).selectOption('3');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '7 baris sama persis dengan impor #1' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Impor 7 baris penyaluran' })).toBeDisabled();
});
