import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serviceContext } from '../../electron/ipc/types';
import { seedRegister } from '../support/register-fixture';
import { SIDOARJO_PROFILE } from '../support/temp-app';
import { seedWaves } from '../support/welfare-fixture';
import { expect, keepScreenshot, test } from './fixtures';

interface Series {
  label: string;
  data: (number | null)[];
}

test('Dampak shows poverty statistics, graduation and targeting, with charts that save as PNG', async ({ page, harness }, testInfo) => {
  const reply = await harness.app.dispatch('settings.completeSetup', { regencyCode: '35.15', profile: SIDOARJO_PROFILE }, { senderUrl: null });
  expect(reply.ok).toBe(true);
  seedRegister(serviceContext(harness.app.ctx));
  await page.goto(`${harness.url}#/impact`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Dampak', level: 1 })).toBeVisible();

  // Poverty: the regency's one reference figure against the province's series, on one time axis.
  const p0 = page.getByTestId('poverty-p0-chart').locator('.chart-box');
  await expect(page.getByRole('img', { name: 'Persentase penduduk miskin (P0)' })).toBeVisible();
  const series = JSON.parse((await p0.getAttribute('data-series')) ?? '[]') as Series[];
  expect(series.map((s) => s.label)).toEqual(['Kabupaten Sidoarjo', 'Jawa Timur']);
  expect(series[1]!.data).toEqual([10.98, 10.85, 10.37, 10.2, 11.09, 11.46, 11.4, 10.59, 10.49, 10.35, 9.79, 9.56, 9.5]);
  expect(series[0]!.data.filter((v) => v !== null)).toEqual([4.53]);
  // The number of poor: the province's two figures of DOMAIN.md, on its own axis.
  const poor = JSON.parse((await page.getByTestId('poverty-poor-chart').locator('.chart-box').getAttribute('data-series')) ?? '[]') as Series[];
  expect(poor[1]!.data.filter((v) => v !== null)).toEqual([4_056_000, 4_419_100]);
  // The change between two periods of the province (the regency has one figure only).
  await page.getByLabel('Dari').selectOption({ label: 'September 2019' });
  await page.getByLabel('Sampai').selectOption({ label: 'Maret 2020' });
  await expect(page.getByTestId('poverty-change-p0')).toHaveText('P0: 10,20 % → 11,09 %, +0,89 poin');
  await expect(page.getByTestId('poverty-change-poor')).toHaveText('Penduduk miskin: 4.056.000 → 4.419.100 jiwa, +363.100 jiwa (+9 %)');
  await keepScreenshot(page, testInfo, '60-dampak-kemiskinan');

  // The chart as a PNG where the user chose to save it.
  const png = join(harness.dir, 'p0.png');
  harness.dialogAnswers.push(png);
  await page.getByTestId('poverty-p0-chart').getByRole('button', { name: 'Simpan PNG' }).click();
  await expect(page.getByText(`Grafik disimpan: ${png}`)).toBeVisible();
  expect(existsSync(png)).toBe(true);
  expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');

  // Graduation: the register fixture's one graduation (Sukodono, 2024, sejahtera mandiri, after 17 months).
  await page.getByRole('tab', { name: 'Graduasi' }).click();
  await expect(page.getByTestId('graduation-table').locator('tbody tr')).toHaveText(['2024SukodonoGraduasi sejahtera mandiri1']);
  await expect(page.getByText('17 bulan', { exact: true })).toBeVisible();
  await keepScreenshot(page, testInfo, '61-dampak-graduasi');

  // Targeting: desil 1–4 families are all covered in the fixture; the desil 7 family receives nothing.
  await page.getByRole('tab', { name: 'Ketepatan sasaran' }).click();
  await expect(page.getByTestId('targeting-uncovered')).toContainText('0');
  await keepScreenshot(page, testInfo, '62-dampak-sasaran');
});

test('Dampak estimates the impact of PKH on consumption between two waves, with its interval and honest labels', async ({ page, harness }, testInfo) => {
  await seedWaves(harness.app);
  await page.goto(`${harness.url}#/impact`);
  await page.reload();
  await page.getByRole('tab', { name: 'Perkiraan dampak' }).click();
  await page.getByLabel('Program').selectOption({ label: 'PKH — Program Keluarga Harapan' });

  const did = page.getByTestId('estimate-did');
  await expect(did.locator('.estimate-number')).toHaveText('20.000 Rp/kapita/bulan');
  await expect(did).toContainText('galat baku 6.454,97');
  await expect(did).toContainText('Penerima: 3 · pembanding: 3 · masuk/keluar program di antara gelombang (tidak dihitung): 2');
  await expect(did).toContainText('Belum dapat dipastikan: selang kepercayaan mencakup nol.');
  await expect(did).toContainText('Kelompok terlalu kecil');
  await expect(page.getByTestId('estimate-before-after')).toContainText('bukan bukti sebab-akibat');
  const means = JSON.parse((await page.getByTestId('estimate-means-chart').locator('.chart-box').getAttribute('data-series')) ?? '[]') as Series[];
  expect(means.map((s) => s.label)).toEqual(['Penerima program', 'Pembanding (bukan penerima)']);
  expect(means[0]!.data).toEqual([150_000, 180_000]);
  const whiskers = JSON.parse((await page.getByTestId('estimate-ci-chart').locator('.chart-box').getAttribute('data-series')) ?? '[]') as { label: string; data: unknown[] }[];
  expect(whiskers[1]!.data[1]).toBeCloseTo(20_000, 6);
  await keepScreenshot(page, testInfo, '63-dampak-perkiraan');

  // The impact brief of the chosen program and waves as an A4 PDF, saved where the user chose.
  const briefPdf = join(harness.dir, 'ringkasan-dampak.pdf');
  harness.dialogAnswers.push(briefPdf);
  await page.getByRole('button', { name: 'Simpan PDF ringkasan' }).click();
  await expect(page.getByText(`Ringkasan dampak disimpan: ${briefPdf} (`)).toBeVisible();
  const briefText = execFileSync('pdftotext', ['-layout', briefPdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(briefText).toContain('DINAS SOSIAL KABUPATEN SIDOARJO');
  expect(briefText).toContain('RINGKASAN DAMPAK PROGRAM BANTUAN SOSIAL');
  expect(briefText).toContain('naik 20.000 Rp/kapita/bulan lebih banyak pada penerima PKH dibanding pembanding');
  expect(briefText).toContain('belum dapat dipastikan');
  expect(briefText).toContain('Halaman 1 dari');

  // Compared within the same desil on the tab: the brief says so, and compares the same way.
  await page.getByLabel('Pembanding desil yang sama').check();
  const matchedPdf = join(harness.dir, 'ringkasan-dampak-desil.pdf');
  harness.dialogAnswers.push(matchedPdf);
  await page.getByRole('button', { name: 'Simpan PDF ringkasan' }).click();
  await expect(page.getByText(`Ringkasan dampak disimpan: ${matchedPdf} (`)).toBeVisible();
  const matchedText = execFileSync('pdftotext', ['-layout', matchedPdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(matchedText).toContain('Keluarga pembanding dicocokkan dengan keluarga penerima menurut desil');
  expect(briefText).not.toContain('dicocokkan');
  await page.getByLabel('Pembanding desil yang sama').uncheck();

  // Cetak ringkasan: the brief is drawn, then handed to the browser's print (recorded here instead of a dialog).
  await page.evaluate(() => {
    const w = window as Window & { printedBrief?: string };
    window.print = () => {
      w.printedBrief = document.querySelector('.qr-document')?.textContent ?? '';
    };
  });
  await page.getByRole('button', { name: 'Cetak ringkasan' }).click();
  await expect.poll(() => page.evaluate(() => (window as Window & { printedBrief?: string }).printedBrief ?? '')).toContain('RINGKASAN DAMPAK PROGRAM BANTUAN SOSIAL');
  // Printed, the stage is gone again.
  await expect(page.locator('.qr-document')).toHaveCount(0);

  // A new wave from the form, refused first for a code the shared validator does not accept.
  await page.getByRole('tab', { name: 'Gelombang survei' }).click();
  await page.getByLabel('Kode', { exact: true }).fill('susulan 2025');
  await page.getByLabel('Nama').fill('Survei susulan 2025');
  await page.getByLabel('Jenis').selectOption('followup');
  await page.getByLabel('Tanggal acuan').fill('2025-07-01');
  await page.getByRole('button', { name: 'Simpan gelombang' }).click();
  await expect(page.getByText('Kode 2–40 karakter')).toBeVisible();
  await page.getByLabel('Kode', { exact: true }).fill('SUSULAN-2025');
  await page.getByRole('button', { name: 'Simpan gelombang' }).click();
  await expect(page.getByTestId('waves-table').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('waves-table')).toContainText('Survei susulan 2025');

  // The office's own indicator, refused first for changing a built-in one.
  await page.getByLabel('Kode indikator').fill('STUNTING');
  await page.getByLabel('Indikator', { exact: true }).fill('Balita ditimbang');
  await page.getByLabel('Satuan').fill('kali per tahun');
  await page.getByLabel('Diukur per').selectOption('member');
  await page.getByRole('button', { name: 'Simpan indikator' }).click();
  await expect(page.getByText('Indikator STUNTING adalah indikator bawaan')).toHaveCount(2);
  await page.getByLabel('Kode indikator').fill('timbang_balita');
  await page.getByRole('button', { name: 'Simpan indikator' }).click();
  await expect(page.getByText('Indikator Balita ditimbang disimpan.')).toBeVisible();
  await expect(page.getByRole('row', { name: /TIMBANG_BALITA Balita ditimbang kali per tahun naik orang \(NIK\)/ })).toBeVisible();
});
