// `npm run harness`: the real renderer in Debian's Chromium, `window.api` bound to the real
// dispatcher and a real database file, for machines without the Electron binary.
//   --db FILE       database (default: SIDAMPAK_DB, else ./harness-data/sidampak.db)
//   --headless      no window; with --screenshot FILE, saves a picture of the first page and exits
import { parseArgs } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { attachHarness, CHROMIUM_ARGS, CHROMIUM_PATH } from './harness';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
  },
});
const dbFile = resolve(values.db ?? process.env.SIDAMPAK_DB ?? join('harness-data', 'sidampak.db'));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: values.headless });
const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'id-ID' });
const harness = await attachHarness(page, { dbFile, backupDir: join(dirname(dbFile), 'backups') });
await page.goto(harness.url);
console.log(`Sidampak harness: ${harness.url} (database ${dbFile})`);
if (values.screenshot) {
  await page.waitForSelector('main');
  await page.screenshot({ path: values.screenshot, fullPage: true });
  console.log(`Screenshot: ${values.screenshot}`);
}
const shutdown = async () => {
  await browser.close().catch(() => {});
  await harness.close();
  process.exit(0);
};
if (values.headless) await shutdown();
else {
  page.on('close', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
}
