import Database from 'better-sqlite3';
import { expect, keepScreenshot, test } from './fixtures';

test('Pengaturan loads demo data with progress, the shell marks it, and one step removes it', async ({ page, harness }, testInfo) => {
  const reply = await harness.app.dispatch(
    'settings.completeSetup',
    {
      regencyCode: '35.15',
      profile: {
        officeName: 'Dinas Sosial Kabupaten Sidoarjo',
        address: 'Jl. Raya Candi No. 1, Sidoarjo',
        phone: '(031) 8941234',
        email: '',
        emblem: null,
        headName: 'Drs. Bambang Setiawan, M.Si.',
        headRank: 'Pembina Utama Muda (IV/c)',
        headNip: '196804111993031009',
        placeName: 'Sidoarjo',
      },
    },
    { senderUrl: null },
  );
  expect(reply.ok).toBe(true);
  await page.goto(`${harness.url}#/settings`);
  await page.reload();

  const sidebar = page.getByRole('navigation', { name: 'Navigasi utama' });
  const panel = page.locator('section.card', { has: page.getByRole('heading', { name: 'Data contoh' }) });
  await expect(panel.getByText('Belum ada data contoh di register.')).toBeVisible();
  await expect(sidebar.getByText('Data contoh')).toHaveCount(0);

  // A number out of range is refused in the form, before anything is asked of main.
  await panel.getByLabel('Jumlah keluarga').fill('0');
  await panel.getByRole('button', { name: 'Muat data contoh' }).click();
  await expect(panel.getByRole('alert')).toHaveText('Isi jumlah keluarga antara 1 dan 200.000.');

  // The harness runs the load in this test's own process, so polling for the short-lived progress
  // bar would race it; the page records the bar's states and the progress events it receives.
  await page.evaluate(() => {
    const seen = { labels: [] as string[], done: [] as number[] };
    (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
    window.api.on('task.progress', (p) => seen.done.push(p.done));
    new MutationObserver(() => {
      const label = document.querySelector('[role="progressbar"]')?.getAttribute('aria-label');
      if (label && seen.labels[seen.labels.length - 1] !== label) seen.labels.push(label);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await panel.getByLabel('Jumlah keluarga').fill('2500');
  await panel.getByRole('button', { name: 'Muat data contoh' }).click();
  await expect(page.getByText(/^Data contoh dimuat: 2\.500 keluarga, [\d.]+ anggota/)).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByText(/^Register berisi data contoh: 2\.500 keluarga, [\d.]+ anggota\.$/)).toBeVisible();
  const progress = await page.evaluate(() => (window as unknown as { progressSeen: { labels: string[]; done: number[] } }).progressSeen);
  expect(progress.labels[0]).toBe('Memuat data contoh: 0 dari 2.500 keluarga');
  expect(progress.done).toEqual([0, 1000, 2000, 2500]);
  const badge = sidebar.getByRole('status');
  await expect(badge).toHaveText('Data contoh');
  await expect(badge).toHaveAttribute('title', 'Register berisi data contoh (2.500 keluarga). Hapus di Pengaturan → Data contoh.');
  await keepScreenshot(page, testInfo, '30-data-contoh-dimuat');

  // The badge stays on every page while demo data is in the register.
  await sidebar.getByRole('button', { name: 'Beranda' }).click();
  await expect(sidebar.getByRole('status')).toHaveText('Data contoh');
  await sidebar.getByRole('button', { name: 'Pengaturan' }).click();

  await panel.getByRole('button', { name: 'Hapus data contoh' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText(/Hapus semua data contoh \(2\.500 keluarga, [\d.]+ anggota\)\?/);
  await dialog.getByRole('button', { name: 'Ya' }).click();
  await expect(page.getByText(/^Data contoh dihapus: 2\.500 keluarga/)).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByText('Belum ada data contoh di register.')).toBeVisible();
  await expect(sidebar.getByRole('status')).toHaveCount(0);
  await keepScreenshot(page, testInfo, '31-data-contoh-dihapus');

  const db = new Database(harness.dbFile, { readonly: true });
  try {
    expect(db.prepare('SELECT count(*) AS n FROM families').get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT action FROM audit_log WHERE entity = 'demo' ORDER BY id").all()).toEqual([{ action: 'demo_load' }, { action: 'demo_remove' }]);
  } finally {
    db.close();
  }
});
