import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serviceContext } from '../../electron/ipc/types';
import { writeFamilies } from '../support/register-fixture';
import { CONSUMPTION, FAMILIES } from '../support/welfare-fixture';
import { writeConsumptionWave, writeStatisticsTable } from '../fixtures/workbooks';
import { expect, keepScreenshot, setUpOffice, test } from './fixtures';

interface Series {
  label: string;
  data: unknown[];
}

const seriesOf = async (page: Page, testId: string) =>
  JSON.parse((await page.getByTestId(testId).locator('.chart-box').getAttribute('data-series')) ?? '[]') as Series[];

/** From the wizard's file step (kind and preset already chosen by the Dampak page): file, sheet, mapping, check. */
async function throughWizard(page: Page, dialogAnswers: (string | null)[], file: string): Promise<void> {
  dialogAnswers.push(file);
  await page.getByRole('button', { name: 'Pilih berkas…' }).click();
  await expect(page.getByLabel('Berkas')).toHaveText(file.split('/').pop()!);
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('button', { name: 'Lanjut' }).click();
}

test('imports BPS poverty statistics and two survey waves through the wizard, then shows the DiD estimate with its interval', async ({ page, harness }, testInfo) => {
  await setUpOffice(page, harness, 'impact');
  // The register the survey values belong to: the families of the welfare fixture (PKH, SEMBAKO, none).
  writeFamilies(serviceContext(harness.app.ctx), FAMILIES);
  for (const wave of [
    { code: 'BASELINE-2023', name: 'Survei awal 2023', kind: 'baseline', heldOn: '2023-07-01' },
    { code: 'SUSULAN-2024', name: 'Survei susulan 2024', kind: 'followup', heldOn: '2024-07-01' },
  ]) {
    expect((await harness.app.dispatch('impact.createWave', wave, { senderUrl: null })).ok).toBe(true);
  }
  const table = await writeStatisticsTable(join(harness.dir, 'kemiskinan-bps.xlsx'));
  const baseline = await writeConsumptionWave(
    join(harness.dir, 'survei-awal-2023.xlsx'),
    Object.fromEntries(Object.entries(CONSUMPTION).map(([n, v]) => [n, v[0]])),
    '15-07-2023',
  );
  const followUp = await writeConsumptionWave(
    join(harness.dir, 'survei-susulan-2024.xlsx'),
    Object.fromEntries(Object.entries(CONSUMPTION).map(([n, v]) => [n, v[1]])),
    '15-07-2024',
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Dampak', level: 1 })).toBeVisible();
  // Before: the regency has its one reference figure (March 2024).
  expect((await seriesOf(page, 'poverty-p0-chart'))[0]!.data.filter((v) => v !== null)).toEqual([4.53]);

  // 1. BPS statistics from the poverty tab: the wizard opens on that kind, without program or tahap.
  await page.getByRole('button', { name: 'Impor statistik BPS' }).click();
  await expect(page.getByRole('radio', { name: 'Statistik kemiskinan BPS (P0, jumlah penduduk miskin, GK, P1, P2)' })).toBeChecked();
  await expect(page.getByText('Jenis ini tidak memerlukan program atau periode.')).toBeVisible();
  await expect(page.getByLabel('Program', { exact: true })).toHaveCount(0);
  await throughWizard(page, harness.dialogAnswers, table);
  await expect(page.getByText('Baris judul kolom: baris 4')).toBeVisible();
  await expect(page.getByLabel('Isian Sidampak: KODE WILAYAH')).toHaveValue('areaCode');
  await expect(page.getByLabel('Isian Sidampak: JUMLAH PENDUDUK MISKIN (RIBU JIWA)')).toHaveValue('poorCount');
  await expect(page.getByLabel('Isian Sidampak: GARIS KEMISKINAN (RP/KAPITA/BULAN)')).toHaveValue('povertyLine');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  const issues = page.getByRole('table', { name: 'Masalah per baris' });
  await expect(issues.locator('tr[data-row="11"][data-code="AREA_UNKNOWN"]')).toBeVisible();
  await expect(issues.locator('tr[data-row="13"][data-code="PERIOD_INVALID"]')).toBeVisible();
  await expect(issues.locator('tr[data-row="14"][data-code="FIGURE_MISSING"]')).toBeVisible();
  await keepScreenshot(page, testInfo, '64-impor-statistik-pemeriksaan');
  // The rejected rows as an error workbook, where the clerk chose to save it.
  const rejected = join(harness.dir, 'kemiskinan-ditolak.xlsx');
  harness.dialogAnswers.push(rejected);
  await page.getByRole('button', { name: 'Unduh berkas penolakan (.xlsx)' }).click();
  await expect.poll(() => existsSync(rejected)).toBe(true);
  await page.getByRole('button', { name: 'Impor 6 baris' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Impor selesai: 3 baru, 3 diperbarui, 0 tidak berubah, 5 ditolak.');
  await expect(page.getByRole('table', { name: 'Riwayat impor' }).locator('tr', { hasText: 'kemiskinan-bps.xlsx' })).toContainText('Statistik kemiskinan BPS');

  // The regency's line now has March 2023 and March 2024 from the table; the province's September 2024 too.
  await page.goto(`${harness.url}#/impact`);
  const p0 = await seriesOf(page, 'poverty-p0-chart');
  expect(p0[0]!.data.filter((v) => v !== null)).toEqual([5, 4.53]);
  // Kecamatan figures of the table (Waru by name, Sidoarjo by code) in their own table.
  await expect(page.getByRole('heading', { name: 'Kecamatan (angka terakhir)' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Waru', exact: true })).toBeVisible();

  // 2. Two survey waves from the waves tab, each with its wave chosen.
  await page.getByRole('tab', { name: 'Gelombang survei' }).click();
  await page.getByRole('button', { name: 'Impor nilai survei BASELINE-2023' }).click();
  await expect(page.getByRole('radio', { name: 'Nilai survei kesejahteraan (per NIK atau No. KK)' })).toBeChecked();
  await expect(page.getByLabel('Gelombang survei')).toHaveValue(/\d+/);
  await throughWizard(page, harness.dialogAnswers, baseline);
  await expect(page.getByLabel('Isian Sidampak: NO KK')).toHaveValue('kk');
  await expect(page.getByLabel('Isian Sidampak: TANGGAL')).toHaveValue('observedOn');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.getByRole('table', { name: 'Nilai untuk gelombang BASELINE-2023' }).locator('tr[data-indicator="KONSUMSI_KAPITA"]')).toContainText('9');
  await keepScreenshot(page, testInfo, '65-impor-survei-pemeriksaan');
  await page.getByRole('button', { name: 'Impor 9 baris' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Nilai survei BASELINE-2023 diimpor: 9 nilai dari 9 baris');

  await page.goto(`${harness.url}#/impact`);
  await page.getByRole('tab', { name: 'Gelombang survei' }).click();
  await page.getByRole('button', { name: 'Impor nilai survei SUSULAN-2024' }).click();
  await throughWizard(page, harness.dialogAnswers, followUp);
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('button', { name: 'Impor 8 baris' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Nilai survei SUSULAN-2024 diimpor: 8 nilai dari 8 baris');

  // 3. The estimate from the imported waves: the welfare fixture's hand-worked DiD (20.000, SE 6.454,97) with its 95 % interval.
  await page.goto(`${harness.url}#/impact`);
  await page.getByRole('tab', { name: 'Gelombang survei' }).click();
  await expect(page.getByTestId('waves-table')).toContainText('Pengeluaran konsumsi per kapita per bulan: 9');
  await expect(page.getByTestId('waves-table')).toContainText('Pengeluaran konsumsi per kapita per bulan: 8');
  await page.getByRole('tab', { name: 'Perkiraan dampak' }).click();
  await page.getByLabel('Program').selectOption({ label: 'PKH — Program Keluarga Harapan' });
  const did = page.getByTestId('estimate-did');
  await expect(did.locator('.estimate-number')).toHaveText('20.000 Rp/kapita/bulan');
  await expect(did).toContainText(/Selang kepercayaan 95 %: -?[\d.]+(,\d+)? s\.d\. [\d.]+(,\d+)? · galat baku 6\.454,97/);
  await expect(did).toContainText('Penerima: 3 · pembanding: 3');
  const whiskers = await seriesOf(page, 'estimate-ci-chart');
  const interval = whiskers.find((s) => s.label === 'Selang kepercayaan 95 %')!.data[1] as [number, number];
  expect(interval[0]).toBeLessThan(20_000);
  expect(interval[1]).toBeGreaterThan(20_000);
  expect((interval[0] + interval[1]) / 2).toBeCloseTo(20_000, 6);
  await keepScreenshot(page, testInfo, '66-dampak-perkiraan-dari-impor');
});
