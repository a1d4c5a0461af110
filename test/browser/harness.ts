// A real server (in-process, loopback, fresh PGlite with demo data) and a headless Debian chromium.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../helpers/app.ts';
import { TEST_NOW } from '../helpers/clock.ts';

export const SHOTS = path.resolve('test-results/screenshots');

export interface BrowserEnv {
  t: TestApp;
  base: string;
  browser: Browser;
  /**
   * A page whose clock reads TEST_NOW, as the server's does: the admin's date defaults ("today") must be
   * the services' today, or a form filled on a later real day would be refused as future-dated.
   */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

export async function startBrowserEnv(): Promise<BrowserEnv> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  return {
    t,
    base,
    browser,
    async newPage(options) {
      const page = await browser.newPage(options);
      // Starts at TEST_NOW and runs on from there, so timers and animations behave as usual.
      await page.clock.install({ time: new Date(TEST_NOW) });
      return page;
    },
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

const BENIGN = [
  // The app asks /auth/me before login; the browser logs that expected 401 as a failed resource.
  /status of 401/,
  // rc-util's isEqual (antd forms) reports any object it meets twice as "circular" — e.g. field metas that
  // share one empty errors array — depending on render timing. Library noise, not an application error.
  /There may be circular references/,
];

/** Collects console errors and failed requests so a test can assert the page ran cleanly. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !BENIGN.some((re) => re.test(m.text()))) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** A new page signed in to the staff app as `username` (demo password), with its errors watched. */
export async function signIn(env: BrowserEnv, username: string, viewport = { width: 1366, height: 900 }) {
  const page = await env.newPage({ viewport, locale: 'zh-CN', hasTouch: viewport.width < 600 });
  const errors = watchErrors(page);
  await page.goto(`${env.base}/admin/`);
  await page.getByPlaceholder('用户名').fill(username);
  await page.getByPlaceholder('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(/\/admin\/(?!login)/);
  return { page, errors };
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}
