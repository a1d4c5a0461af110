// The public portal in a real (phone-sized) browser: look an officer up by certificate number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot, startBrowserEnv, watchErrors, type BrowserEnv } from './harness.ts';
import { demoPerson } from '../helpers/demo.ts';

describe('public portal', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(async () => env?.close());

  it('verifies an officer by certificate number from the home page', async () => {
    const page = await env.newPage({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      isMobile: true,
    });
    const errors = watchErrors(page);
    await page.goto(`${env.base}/`);
    await shot(page, 'portal-home');
    await page.locator('input[name="number"]').first().fill('SF99010200');
    await page.locator('input[name="number"]').first().press('Enter');
    await page.waitForURL(/verify/);
    await expect.poll(async () => page.getByText(demoPerson('officer1').name).count()).toBeGreaterThan(0);
    await expect.poll(async () => page.getByText('有效', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.locator('svg, img[src^="data:image"]').count()).toBeGreaterThan(0);
    await shot(page, 'portal-verify');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the officers and reports an unknown certificate', async () => {
    const page = await env.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await page.goto(`${env.base}/officers`);
    await expect.poll(async () => page.getByText('SF99010200').count()).toBeGreaterThan(0);
    await shot(page, 'portal-officers');
    const res = await page.goto(`${env.base}/verify/NOPE000000`);
    expect(res?.status()).toBe(404);
    await expect.poll(async () => page.getByText('未查询到该执法证').count()).toBeGreaterThan(0);
    await page.close();
  });
});
