import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, keepScreenshot, test, type HarnessFixture } from './fixtures';

/** Sets the office up through the dispatcher, then loads the app afresh at `page` (a hash route). */
async function setUpAndOpen(pw: Page, harness: HarnessFixture, route: string) {
  const reply = await harness.app.dispatch(
    'settings.completeSetup',
    {
      regencyCode: '35.78',
      profile: {
        officeName: 'Dinas Sosial Kota Surabaya',
        address: 'Jl. Jemursari No. 197, Surabaya',
        phone: '031 8483160',
        email: '',
        emblem: null,
        headName: 'Dra. Siti Aminah',
        headRank: 'Pembina Tingkat I (IV/b)',
        headNip: '197001011995032002',
        placeName: 'Surabaya',
      },
    },
    { senderUrl: null },
  );
  expect(reply.ok).toBe(true);
  // The page loaded before setup; a reload makes it read the new status (a hash change alone would not).
  await pw.goto(`${harness.url}#/${route}`);
  await pw.reload();
}

test('every area of the menu opens its own page', async ({ page, harness }, testInfo) => {
  await setUpAndOpen(page, harness, 'home');
  for (const [nav, heading] of [
    ['Program', 'Register program'],
    ['Penerima (KPM)', 'Penerima (KPM)'],
    ['Impor', 'Impor daftar dari Excel'],
    ['Penyaluran', 'Penyaluran per tahap'],
    ['Dampak', 'Dampak'],
    ['Laporan', 'Laporan triwulan'],
    ['Pengaturan', 'Pengaturan'],
  ] as const) {
    await page.getByRole('button', { name: nav, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  await expect(page.getByText('belum tersedia')).toHaveCount(0);
  await keepScreenshot(page, testInfo, '10-menu');
});

test('program form refuses bad input with field messages and writes nothing', async ({ page, harness }) => {
  await setUpAndOpen(page, harness, 'programs');
  await page.getByRole('button', { name: 'Tambah program' }).click();
  await page.getByLabel('Kode program').fill('x');
  await page.getByLabel('Nama program').fill('Bantuan Lansia Kota');
  await page.getByLabel('Desil dari').selectOption('5');
  await page.getByLabel('Desil sampai').selectOption('2');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Kode 2–20 karakter: huruf besar, angka, atau tanda hubung')).toBeVisible();
  await expect(page.getByText('Desil sampai tidak boleh lebih kecil dari desil dari.')).toBeVisible();
  await page.getByRole('button', { name: 'Batal' }).click();
  const db = new Database(harness.dbFile, { readonly: true });
  try {
    expect(db.prepare('SELECT count(*) AS n FROM programs').get()).toEqual({ n: 8 });
  } finally {
    db.close();
  }
});

test('deactivating a program asks first; backup, change, restore brings the register back', async ({ page, harness }, testInfo) => {
  await setUpAndOpen(page, harness, 'settings');
  await expect(page.getByRole('heading', { name: 'Pengaturan' })).toBeVisible();
  await expect(page.getByLabel('Nama kantor')).toHaveValue('Dinas Sosial Kota Surabaya');
  await page.getByRole('button', { name: 'Cadangkan sekarang' }).click();
  await expect(page.getByText(/Cadangan sidampak-.*-manual\.db dibuat\./)).toBeVisible();
  const backups = page.getByRole('table', { name: 'Cadangan basis data' });
  await expect(backups.locator('tbody tr')).toHaveCount(1);
  await expect(backups).toContainText('Manual');

  // Deactivate ATENSI after the backup, through the confirmation dialog.
  await page.getByRole('button', { name: 'Program', exact: true }).click();
  const atensi = page.locator('tr[data-code="ATENSI"]');
  await atensi.getByRole('button', { name: 'Nonaktifkan' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Nonaktifkan program ATENSI?');
  await page.getByRole('button', { name: 'Batal' }).click();
  await expect(atensi).toBeVisible();
  await atensi.getByRole('button', { name: 'Nonaktifkan' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ya' }).click();
  await expect(page.getByText('Program ATENSI dinonaktifkan.')).toBeVisible();
  await expect(atensi).toHaveCount(0);
  await page.getByLabel('Tampilkan program nonaktif').check();
  await expect(atensi).toContainText('Nonaktif');

  // Restore the backup: ATENSI is active again, and the state before the restore was kept.
  await page.getByRole('button', { name: 'Pengaturan', exact: true }).click();
  await backups.locator('tbody tr').first().getByRole('button', { name: 'Pulihkan' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Basis data saat ini akan dicadangkan terlebih dahulu');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ya' }).click();
  await expect(page.getByText(/Basis data dipulihkan dari sidampak-.*-manual\.db\./)).toBeVisible();
  await expect(backups).toContainText('Sebelum pemulihan');
  // The change history is the restored database's: the deactivation is no longer in it.
  const history = page.getByRole('table', { name: 'Riwayat perubahan' });
  await expect(history).toContainText('Program ATENSI');
  await expect(history).not.toContainText('Nonaktifkan');
  await keepScreenshot(page, testInfo, '11-pengaturan-cadangan');

  await page.getByRole('button', { name: 'Program', exact: true }).click();
  await page.getByLabel('Tampilkan program nonaktif').uncheck();
  await expect(page.locator('tr[data-code="ATENSI"]')).toContainText('Aktif');

  const db = new Database(harness.dbFile, { readonly: true });
  try {
    expect(db.prepare("SELECT is_active FROM programs WHERE code = 'ATENSI'").get()).toEqual({ is_active: 1 });
  } finally {
    db.close();
  }
});

test('the language switch changes the interface and is remembered', async ({ page, harness }) => {
  await setUpAndOpen(page, harness, 'settings');
  await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Programs', exact: true })).toBeVisible();
  await page.getByLabel('Language', { exact: true }).selectOption('id');
  await expect(page.getByRole('heading', { name: 'Pengaturan', exact: true })).toBeVisible();
});
