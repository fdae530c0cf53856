import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachHarness, type Harness } from '../harness/harness';
import { SIDOARJO_PROFILE } from '../support/temp-app';

export interface HarnessFixture extends Harness {
  dbFile: string;
  dir: string;
  /** Paths the next open/save dialogs answer with, in order (null = the user cancelled). */
  dialogAnswers: (string | null)[];
}

/** Each test gets a fresh database file and the renderer bound to the real dispatcher over it. */
export const test = base.extend<{ harness: HarnessFixture }>({
  harness: async ({ page }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'sidampak-e2e-'));
    const dbFile = join(dir, 'sidampak.db');
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    const dialogAnswers: (string | null)[] = [];
    const answer = async () => (dialogAnswers.length > 0 ? (dialogAnswers.shift() ?? null) : null);
    const harness = await attachHarness(page, {
      dbFile,
      backupDir: join(dir, 'backups'),
      dialogs: { openFile: answer, saveFile: answer },
    });
    await page.goto(harness.url);
    await use({ ...harness, dbFile, dir, dialogAnswers });
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
    // A CSP violation or an uncaught error in the page is a failure even if the flow looked fine.
    expect(errors, 'errors in the page console').toEqual([]);
  },
});

export { expect };

/** Keeps a full-page screenshot as a test artifact (test-results/screenshots/NAME.png). */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const dir = join(testInfo.config.rootDir, '..', '..', 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** A tiny valid PNG (1×1, teal) standing in for a regency emblem. */
export const EMBLEM_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNgYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * A Sidoarjo office set up (profile and the seed program catalogue) and the app opened on `route`.
 * The page loaded before setup; a reload makes it read the new status.
 */
export async function setUpOffice(page: Page, harness: HarnessFixture, route: string): Promise<void> {
  const reply = await harness.app.dispatch('settings.completeSetup', { regencyCode: '35.15', profile: SIDOARJO_PROFILE }, { senderUrl: null });
  expect(reply.ok).toBe(true);
  await page.goto(`${harness.url}#/${route}`);
  await page.reload();
}
