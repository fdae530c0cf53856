import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { serviceContext } from '../../electron/ipc/types';
import { bulkFamilies, FAMILIES, writeFamilies } from '../support/register-fixture';
import { SIDOARJO_PROFILE } from '../support/temp-app';
import { expect, keepScreenshot, test } from './fixtures';

test('Penerima: search by NIK and name, family detail, status change, export with full NIK', async ({ page, harness }, testInfo) => {
  const reply = await harness.app.dispatch('settings.completeSetup', { regencyCode: '35.15', profile: SIDOARJO_PROFILE }, { senderUrl: null });
  expect(reply.ok).toBe(true);
  // The register as an import would leave it: four known families and 2,000 more (6,000 members).
  const ctx = serviceContext(harness.app.ctx);
  const seeded = writeFamilies(ctx, FAMILIES);
  writeFamilies(ctx, bulkFamilies(2000), seeded);
  await page.goto(`${harness.url}#/beneficiaries`);
  await page.reload();

  await expect(page.getByRole('heading', { name: 'Penerima (KPM)' })).toBeVisible();
  await expect(page.getByText('6.008 orang')).toBeVisible();
  const table = page.getByRole('table', { name: 'Register penerima' });
  const rows = table.locator('.vt-body [role="row"]');
  await expect(rows.first()).toContainText('Warga 1 Kepala');
  // Windowed: a few dozen rows in the DOM for 6,008, also after jumping to the end.
  expect(await rows.count()).toBeLessThan(40);
  await table.locator('.vt-body').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(table.getByText('Dewi Lestari')).toBeVisible();
  expect(await rows.count()).toBeLessThan(40);
  await keepScreenshot(page, testInfo, '20-penerima-register');

  // Search by NIK: exact, with spaces as pasted.
  const search = page.getByLabel('Cari NIK, No. KK, atau nama');
  await search.fill('3515 1445 0868 0002');
  await expect(page.getByText('1 orang', { exact: true })).toBeVisible();
  await expect(rows.first()).toContainText('Siti Aminah');
  await expect(rows.first()).toContainText('Pengurus');

  // Search by name: the spelling variants find each other.
  await search.fill('Mochammad');
  await expect(page.getByText('Mencari nama (ejaan lain ikut ditemukan): MUHAMAD')).toBeVisible();
  await expect(page.getByText('3 orang', { exact: true })).toBeVisible();
  for (const name of ['Moch. Sholeh', 'Mochammad Rizki', 'Muhammad Sholeh']) await expect(table.getByText(name)).toBeVisible();

  // Family detail, opened from the keyboard: names in name order, Moch. Sholeh second.
  await expect(rows.nth(1)).toContainText('Moch. Sholeh');
  await table.locator('.vt-body').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'KPM No. KK 3515140101100001' })).toBeVisible();
  const members = page.getByRole('table', { name: 'Anggota keluarga (3)' });
  await expect(members.locator('tr[data-nik="3515144508680002"]')).toContainText('Pengurus');
  const enrollments = page.getByRole('table', { name: 'Kepesertaan program' });
  await expect(enrollments.locator('tr[data-program="PKH"]')).toContainText('Tahap III 2024 · Rp500.000 · SMA 1');
  await expect(page.getByLabel('Menerima saat ini')).toContainText('PKH');

  // An edit with a NIK that lost a digit is refused by the shared validator, under the field.
  await members.locator('tr[data-nik="3515144508680002"]').getByRole('button', { name: 'Ubah' }).click();
  await page.getByLabel('NIK', { exact: true }).fill('351514450868000');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.getByText('NIK harus tepat 16 digit.')).toBeVisible();
  await page.getByRole('button', { name: 'Batal', exact: true }).click();

  // Status change with date and reason.
  await enrollments.locator('tr[data-program="PKH"]').getByRole('button', { name: 'Ubah status' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ubah status PKH' });
  await dialog.getByLabel('Status baru').selectOption('graduasi_sejahtera_mandiri');
  await dialog.getByRole('button', { name: 'Simpan status' }).click();
  await expect(dialog.getByText('Terlalu pendek (minimal 3 karakter).')).toBeVisible();
  await dialog.getByLabel('Alasan (wajib)').fill('Pendapatan di atas UMK');
  await keepScreenshot(page, testInfo, '21-penerima-ubah-status');
  await dialog.getByRole('button', { name: 'Simpan status' }).click();
  await expect(page.getByText('Status PKH diubah menjadi Graduasi sejahtera mandiri.')).toBeVisible();
  await expect(enrollments.locator('tr[data-program="PKH"]')).toContainText('Graduasi sejahtera mandiri');
  await expect(page.getByRole('table', { name: 'Riwayat status' })).toContainText('Pendapatan di atas UMK');
  const audit = page.getByRole('table', { name: 'Riwayat perubahan' });
  await expect(audit).toContainText('Ubah status');
  await expect(audit).toContainText('Status: Aktif → Graduasi sejahtera mandiri');
  await expect(page.getByLabel('Menerima saat ini')).not.toContainText('PKH');
  await page.locator('main.content').evaluate((el) => el.scrollTo({ top: 0 }));
  await keepScreenshot(page, testInfo, '22-penerima-rincian');

  // Back to the list (search kept), then the PKH register, exported with full NIK.
  await page.getByRole('button', { name: '← Kembali ke daftar' }).click();
  await expect(page.getByText('3 orang', { exact: true })).toBeVisible();
  await search.fill('');
  await page.getByLabel('Program', { exact: true }).selectOption({ label: 'PKH — Program Keluarga Harapan' });
  await page.getByLabel('Status kepesertaan').selectOption('aktif');
  await expect(page.getByText('2 orang', { exact: true })).toBeVisible();
  await page.getByLabel('NIK lengkap').check();
  await expect(page.getByText('Berkas akan memuat NIK lengkap.')).toBeVisible();
  const file = join(harness.dir, 'penerima-pkh.xlsx');
  harness.dialogAnswers.push(file);
  await page.getByRole('button', { name: 'Ekspor ke Excel' }).click();
  await expect(page.getByText('Berkas penerima-pkh.xlsx tersimpan (2 baris).')).toBeVisible();
  await keepScreenshot(page, testInfo, '23-penerima-ekspor');

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  expect(String(ws.getCell('A1').value)).toContain('Program Keluarga Harapan (PKH)');
  expect(ws.getRow(4).getCell(2).value).toBe('3515081010700006');
  const db = new Database(harness.dbFile, { readonly: true });
  try {
    expect(db.prepare("SELECT action, entity_id FROM audit_log WHERE entity = 'register'").all()).toEqual([
      { action: 'export_full_nik', entity_id: 'PKH' },
    ]);
  } finally {
    db.close();
  }

  // The overlap matrix.
  await page.getByRole('tab', { name: 'Irisan antarprogram' }).click();
  const matrix = page.getByRole('table', { name: 'Irisan antarprogram' });
  await expect(matrix.locator('tr[data-program="SEMBAKO"] td[data-col="SEMBAKO"]')).toHaveText('1.002');
  await expect(matrix.locator('tr[data-program="PKH"] td[data-col="SEMBAKO"]')).toContainText('100%');
  await keepScreenshot(page, testInfo, '24-penerima-irisan');
});
