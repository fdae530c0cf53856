import Database from 'better-sqlite3';
import { EMBLEM_PNG, expect, keepScreenshot, test } from './fixtures';

test('fresh database: setup wizard, seeded catalogue, regional PKH variant that survives a reload', async ({ page, harness }, testInfo) => {
  // 1. Setup wizard on a fresh database.
  await expect(page.getByRole('heading', { name: 'Penyiapan awal Sidampak' })).toBeVisible();
  await expect(page.getByLabel('Provinsi')).toHaveValue('35');
  await keepScreenshot(page, testInfo, '01-setup-wilayah');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.getByText('Pilih kabupaten/kota terlebih dahulu.')).toBeVisible();
  await page.getByLabel('Kabupaten/kota').selectOption('35.15');
  await page.getByRole('button', { name: 'Lanjut' }).click();

  await expect(page.getByRole('heading', { name: /Profil kantor — Kabupaten Sidoarjo/ })).toBeVisible();
  await expect(page.getByLabel('Nama kantor')).toHaveValue('Dinas Sosial Kabupaten Sidoarjo');
  await expect(page.getByLabel('Nama tempat untuk tanggal surat')).toHaveValue('Sidoarjo');
  await page.getByLabel('Alamat').fill('Jl. Raya Candi No. 1, Sidoarjo 61271');
  await page.getByLabel('Telepon').fill('(031) 8941234');
  await page.getByLabel('E-mail').fill('dinsos@sidoarjokab.go.id');
  await page.getByLabel('Nama Kepala Dinas').fill('Drs. Bambang Setiawan, M.Si.');
  await page.getByLabel('Pangkat/golongan').fill('Pembina Utama Muda (IV/c)');
  // A NIP with a wrong sex digit is refused with the shared validator's message.
  await page.getByLabel('NIP Kepala Dinas').fill('19680411 199303 3 009');
  await page.getByRole('button', { name: 'Simpan dan mulai' }).click();
  await expect(page.getByText('NIP harus 18 digit')).toBeVisible();
  await page.getByLabel('NIP Kepala Dinas').fill('19680411 199303 1 009');
  await page.getByLabel('Lambang daerah (PNG/JPEG)').setInputFiles({ name: 'lambang.png', mimeType: 'image/png', buffer: EMBLEM_PNG });
  await expect(page.getByRole('img', { name: 'Lambang daerah (PNG/JPEG)' })).toBeVisible();
  await keepScreenshot(page, testInfo, '02-setup-profil');
  await page.getByRole('button', { name: 'Simpan dan mulai' }).click();

  // 2. The app shell with the office's home page.
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
  await expect(page.getByText('Selamat datang di Sidampak, Dinas Sosial Kabupaten Sidoarjo.')).toBeVisible();
  await expect(page.getByText('18 kecamatan')).toBeVisible();
  await keepScreenshot(page, testInfo, '03-beranda');

  // 3. The seeded catalogue.
  await page.getByRole('button', { name: 'Program', exact: true }).click();
  const table = page.getByRole('table', { name: 'Register program' });
  for (const code of ['PKH', 'SEMBAKO', 'PBI-JK', 'BLT-DD', 'PKH-PLUS', 'ASPD', 'RUTILAHU', 'ATENSI']) {
    await expect(table.locator(`tr[data-code="${code}"]`)).toBeVisible();
  }
  await table.locator('tr[data-code="PKH"]').getByRole('button', { name: 'PKH' }).click();
  const detail = page.getByRole('region', { name: 'Rincian program' });
  await expect(detail.getByText('Rp3.000.000').first()).toBeVisible();
  await keepScreenshot(page, testInfo, '04-program-katalog');

  // 4. A regional variant of PKH with a changed amount.
  await table.locator('tr[data-code="PKH"]').getByRole('button', { name: 'Buat varian daerah' }).click();
  await expect(page.getByRole('heading', { name: 'Varian daerah dari PKH' })).toBeVisible();
  await page.getByLabel('Kode program').fill('PKH-SDA');
  await page.getByLabel('Nama program').fill('PKH Plus Sidoarjo untuk lansia');
  const lansia = page.locator('tr[data-component="LANSIA"]');
  await lansia.getByRole('button', { name: '+ Tambah nominal' }).click();
  await lansia.getByLabel('Berlaku mulai 2').fill('2025-01-01');
  await lansia.getByLabel('Nominal (Rp) 2').fill('3000000');
  await expect(lansia.getByText('Rp3.000.000')).toBeVisible();
  const changes = page.getByRole('group', { name: 'Perubahan dari program induk PKH' });
  await expect(changes).toContainText('Tingkat pemerintahan: Pusat → Kabupaten/kota');
  await expect(changes).toContainText('Komponen LANSIA');
  await page.getByLabel('Kuota KPM Sukodono').fill('150');
  await keepScreenshot(page, testInfo, '05-program-varian');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Program PKH-SDA tersimpan.')).toBeVisible();
  await expect(table.locator('tr[data-code="PKH-SDA"]')).toContainText('Program induk: PKH');

  // A second program with the same code is refused by main with a stable code, and nothing is written.
  await table.locator('tr[data-code="PKH"]').getByRole('button', { name: 'Buat varian daerah' }).click();
  await page.getByLabel('Kode program').fill('PKH-SDA');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Kode program PKH-SDA sudah dipakai. Gunakan kode lain. [PROGRAM_CODE_TAKEN]')).toBeVisible();
  await page.getByRole('button', { name: 'Batal' }).click();

  // 5. Edit the variant.
  await table.locator('tr[data-code="PKH-SDA"]').getByRole('button', { name: 'Ubah' }).click();
  await expect(page.getByRole('heading', { name: 'Ubah program PKH-SDA' })).toBeVisible();
  await page.getByLabel('Nama program').fill('PKH Daerah Sidoarjo');
  await page.getByLabel('Desil sampai').selectOption('3');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Perubahan program PKH-SDA tersimpan.')).toBeVisible();

  // 6. Still there after a reload, with what it changes from its parent.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Register program' })).toBeVisible();
  const row = page.getByRole('table', { name: 'Register program' }).locator('tr[data-code="PKH-SDA"]');
  await expect(row).toContainText('PKH Daerah Sidoarjo');
  await expect(row).toContainText('1–3');
  await row.getByRole('button', { name: 'PKH-SDA' }).click();
  const changeTable = page.getByRole('table', { name: 'Perubahan dari program induk PKH' });
  await expect(changeTable).toContainText('Rp3.000.000 (2025-01-01)');
  await expect(changeTable).toContainText('35.15.14=150');
  await expect(page.getByRole('table', { name: 'Kuota per kecamatan (opsional)' })).toContainText('Sukodono150 KPM');
  await keepScreenshot(page, testInfo, '06-program-setelah-muat-ulang');

  // The database file itself holds the variant, its amount, its quota and the audit trail.
  const db = new Database(harness.dbFile, { readonly: true });
  try {
    const variant = db.prepare(
      `SELECT v.name, v.desil_max, p.code AS parent FROM programs v JOIN programs p ON p.id = v.parent_id WHERE v.code = 'PKH-SDA'`,
    ).get();
    expect(variant).toEqual({ name: 'PKH Daerah Sidoarjo', desil_max: 3, parent: 'PKH' });
    const amount = db.prepare(
      `SELECT amount FROM program_amounts a JOIN programs p ON p.id = a.program_id
       WHERE p.code = 'PKH-SDA' AND a.component_code = 'LANSIA' AND a.valid_from = '2025-01-01'`,
    ).get();
    expect(amount).toEqual({ amount: 3_000_000 });
    const audit = db.prepare(`SELECT action FROM audit_log WHERE entity = 'program' AND entity_id = (SELECT CAST(id AS TEXT) FROM programs WHERE code = 'PKH-SDA') ORDER BY id`).all();
    expect(audit).toEqual([{ action: 'create' }, { action: 'update' }]);
    const profile = db.prepare(`SELECT json_extract(value, '$.headNip') AS nip FROM settings WHERE key = 'office_profile'`).get();
    expect(profile).toEqual({ nip: '196804111993031009' });
  } finally {
    db.close();
  }
});
