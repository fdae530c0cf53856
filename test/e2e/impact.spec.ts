import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serviceContext } from '../../electron/ipc/types';
import { seedRegister } from '../support/register-fixture';
import { SIDOARJO_PROFILE } from '../support/temp-app';
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
