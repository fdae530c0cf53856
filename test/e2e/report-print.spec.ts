import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { seedReportFixture } from '../support/report-fixture';
import { expect, keepScreenshot, setUpOffice, test } from './fixtures';

/**
 * "Cetak" on the Laporan page is the browser's own print of the page: document.css must make it
 * print the report alone (no sidebar, no controls), on A4 with "Halaman X dari Y", the same pages
 * as the PDF. Chromium's page.pdf prints with the print media rules, as the print dialog does.
 */
test('printing the Laporan page prints the report document alone', async ({ page, harness }) => {
  seedReportFixture(harness.app);
  await page.goto(`${harness.url}#/reports`);
  await page.reload();
  await page.getByLabel('Tahun').selectOption('2024');
  await page.getByLabel('Triwulan').selectOption({ label: 'III (Jul–Sep)' });
  const doc = page.locator('.qr-document');
  await expect(doc).toBeVisible();
  await expect(doc.getByText('LAPORAN TRIWULAN PELAKSANAAN PROGRAM BANTUAN SOSIAL')).toBeVisible();
  // The page's own controls are on screen…
  await expect(page.getByRole('heading', { name: 'Laporan triwulan', exact: true })).toBeVisible();

  const file = join(harness.dir, 'cetak.pdf');
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  // …and not on paper: only the document, its letterhead first.
  expect(text.trimStart().startsWith('PEMERINTAH KABUPATEN SIDOARJO')).toBe(true);
  for (const shell of ['Laporan triwulan', 'Beranda', 'Penerima (KPM)', 'Pengaturan']) expect(text).not.toContain(shell);
  expect(text).toContain('DINAS SOSIAL KABUPATEN SIDOARJO');
  expect(text).toContain('NIP. 19680411 199303 1 009');
  for (let p = 1; p <= pages; p++) expect(text).toContain(`Halaman ${p} dari ${pages}`);

  // Leaving the page takes the report's @page rule with it: other pages print unnumbered.
  await page.goto(`${harness.url}#/home`);
  await expect(page.locator('.qr-document')).toHaveCount(0);
  const other = join(harness.dir, 'beranda.pdf');
  await page.pdf({ path: other, format: 'A4' });
  expect(execFileSync('pdftotext', ['-layout', other, '-'], { encoding: 'utf8' })).not.toContain('Halaman 1 dari');
});

test("the harness's printer: reports.savePdf prints in the harness's browser", async ({ page, harness }) => {
  await setUpOffice(page, harness, 'home');
  const file = join(harness.dir, 'laporan.pdf');
  harness.dialogAnswers.push(file);
  const reply = await harness.app.dispatch('reports.savePdf', { period: '2024-Q3', programIds: null }, { senderUrl: null });
  expect(reply).toEqual({ ok: true, value: { path: file, pages: expect.any(Number) } });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('TRIWULAN III TAHUN 2024');
  expect(text).toContain(`Halaman 1 dari ${(reply as { value: { pages: number } }).value.pages}`);
  // The print page came and went; the app's own page is still the only one.
  expect(page.context().pages()).toHaveLength(1);
});

test('"Lampirkan ringkasan dampak" adds the impact brief after section 6, in the preview, the print and the PDF', async ({ page, harness }, testInfo) => {
  seedReportFixture(harness.app);
  await page.goto(`${harness.url}#/reports`);
  await page.reload();
  await page.getByLabel('Tahun').selectOption('2024');
  await page.getByLabel('Triwulan').selectOption({ label: 'III (Jul–Sep)' });
  const doc = page.locator('.qr-document');
  await expect(doc.getByText('LAPORAN TRIWULAN PELAKSANAAN PROGRAM BANTUAN SOSIAL')).toBeVisible();
  await expect(doc.getByText('RINGKASAN DAMPAK PROGRAM BANTUAN SOSIAL')).toHaveCount(0);
  await page.getByLabel('Lampirkan ringkasan dampak').check();
  await expect(doc.getByText('RINGKASAN DAMPAK PROGRAM BANTUAN SOSIAL')).toBeVisible();
  // The report's year decides the graduations the brief counts.
  await expect(doc.getByText('3. Graduasi Tahun 2024')).toBeVisible();
  // "Otomatis" took the program with the most families; the clerk picks another one.
  const briefProgram = (name: string) => doc.getByRole('heading', { level: 2, name, exact: true });
  await expect(briefProgram('PROGRAM KELUARGA HARAPAN (PKH)')).toBeVisible();
  await page.getByLabel('Program ringkasan').selectOption({ label: 'SEMBAKO — Program Sembako (dahulu BPNT)' });
  await expect(briefProgram('PROGRAM SEMBAKO (DAHULU BPNT) (SEMBAKO)')).toBeVisible();
  await expect(briefProgram('PROGRAM KELUARGA HARAPAN (PKH)')).toHaveCount(0);
  await keepScreenshot(page, testInfo, '74-laporan-ringkasan-pilihan');

  // Cetak: the page's print gives the report, then the brief on pages of its own, numbered as one.
  const printed = join(harness.dir, 'cetak-dengan-ringkasan.pdf');
  await page.pdf({ path: printed, format: 'A4', preferCSSPageSize: true });
  const pages = execFileSync('pdftotext', ['-layout', printed, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
  const notesPage = pages.findIndex((p) => p.includes('6. Permasalahan dan Tindak Lanjut'));
  const briefPage = pages.findIndex((p) => p.includes('RINGKASAN DAMPAK PROGRAM BANTUAN SOSIAL'));
  expect(notesPage).toBeGreaterThanOrEqual(0);
  expect(briefPage).toBeGreaterThan(notesPage);
  expect(pages.at(-1)).toContain(`Halaman ${pages.length} dari ${pages.length}`);

  // Simpan PDF: the same two documents through main's printer.
  const saved = join(harness.dir, 'laporan-dengan-ringkasan.pdf');
  harness.dialogAnswers.push(saved);
  await page.getByRole('button', { name: 'Simpan PDF', exact: true }).click();
  await expect(page.getByText(`PDF tersimpan: ${saved}`)).toBeVisible();
  const text = execFileSync('pdftotext', ['-layout', saved, '-'], { encoding: 'utf8' });
  expect(text).toContain('LAPORAN TRIWULAN PELAKSANAAN PROGRAM BANTUAN SOSIAL');
  expect(text).toContain('RINGKASAN DAMPAK PROGRAM BANTUAN SOSIAL');
  expect(text).toContain('PROGRAM SEMBAKO (DAHULU BPNT) (SEMBAKO)');
});
