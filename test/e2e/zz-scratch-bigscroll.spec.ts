import { chromium } from '@playwright/test';
import { test, expect } from '@playwright/test';
import { attachHarness, CHROMIUM_ARGS, CHROMIUM_PATH } from '../harness/harness';
import { SIDOARJO_PROFILE } from '../support/temp-app';

test('big register scroll', async () => {
  test.setTimeout(240_000);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const h = await attachHarness(page, { dbFile: '/tmp/bperf/big-ui.db', backupDir: '/tmp/bperf/backups' });
  const r = await h.app.dispatch('settings.completeSetup', { regencyCode: '35.15', profile: SIDOARJO_PROFILE }, { senderUrl: null });
  console.log('setup', r.ok);
  await page.goto(`${h.url}#/beneficiaries`);
  const t0 = Date.now();
  await expect(page.getByText(/^1\.016\.380 orang$/)).toBeVisible({ timeout: 60_000 });
  console.log('first view ms', Date.now() - t0);
  const body = page.locator('.vt-body');
  // Wheel scrolling: measure frames.
  const measure = () => page.evaluate(async () => {
    const el = document.querySelector('.vt-body')!;
    el.scrollTop = 0;
    await new Promise((r) => setTimeout(r, 300));
    const long: number[] = [];
    const obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) long.push(Math.round(e.duration)); });
    obs.observe({ type: 'longtask', buffered: false });
    const times: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 120; i++) {
      el.scrollTop += 120;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    times.sort((a, b) => a - b);
    obs.disconnect();
    return { median: times[60], p95: times[114], max: times[119], long, rows: document.querySelectorAll('.vt-body [role=row]').length };
  });
  console.log('frames cold', await measure());
  console.log('frames warm', await measure());
  console.log('baseline plain div', await page.evaluate(async () => {
    const el = document.createElement('div');
    el.style.cssText = 'position:fixed;left:250px;top:300px;width:1000px;height:500px;overflow:auto;background:#fff;z-index:99';
    el.innerHTML = Array.from({ length: 3000 }, (_, i) => `<div style="height:34px;display:grid;grid-template-columns:168px 2fr 168px 1fr 60px 1fr"><span>3515081309802000</span><span>Warga ${i} Kepala</span><span>3515080101242000</span><span>Sidoarjo</span><span>1</span><span>SEMBAKO</span></div>`).join('');
    document.body.appendChild(el);
    await new Promise((r) => setTimeout(r, 300));
    const times: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 120; i++) {
      el.scrollTop += 120;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    times.sort((a, b) => a - b);
    el.remove();
    return { median: times[60], p95: times[114], max: times[119] };
  }));
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/bperf/big-top.png' });
  await body.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/bperf/big-mid.png' });
  await body.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/bperf/big-end.png' });
  const t1 = Date.now();
  await page.getByLabel('Cari NIK, No. KK, atau nama').fill('Siti Aminah');
  await expect(page.getByText(/^3\.913 orang$/)).toBeVisible({ timeout: 30_000 });
  console.log('search ms (incl 250ms debounce)', Date.now() - t1);
  console.log('errors', errors);
  await h.close();
  await browser.close();
});
