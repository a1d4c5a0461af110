// C3 in the staff app at TEST_NOW (2026-12-07): the system administrator is warned on every screen that
// 2027's holiday notice is not entered and led to the calendar page, which says which years are covered
// and how a notice is entered, and offers the entry forms; an officer sees the coverage but no banner
// and no forms. Desktop and phone width, without console errors or horizontal overflow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot, signIn, startBrowserEnv, type BrowserEnv } from './harness.ts';

const BANNER = '2027 年的节假日数据尚未录入';

describe('calendar coverage in the staff app', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(async () => env?.close());

  it.each([
    ['desktop', { width: 1366, height: 900 }],
    ['390', { width: 390, height: 844 }],
  ])('warns the system administrator in December and shows the coverage (%s)', async (name, viewport) => {
    const { page, errors } = await signIn(env, 'sysadmin', viewport);
    const banner = page.getByRole('alert').filter({ hasText: BANNER });
    await expect.poll(() => banner.count(), { timeout: 20_000 }).toBe(1);
    await shot(page, `admin-calendar-banner-${name}`);
    await banner.getByRole('button', { name: '前往录入' }).click();
    await page.waitForURL(/\/admin\/calendar$/);
    await expect.poll(() => page.getByText('2024–2026').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.getByText('录入节假日通知', { exact: true }).count()).toBe(1);
    // On the calendar page the warning stands in the coverage card instead of the banner.
    expect(await page.getByText(BANNER).count()).toBe(1);
    expect(await page.getByRole('button', { name: '前往录入' }).count()).toBe(0);
    expect(await page.getByText(/将通知中落在周一至周五的每个放假日录入为“放假”/).count()).toBe(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, `admin-calendar-${name}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows an officer the coverage without the banner or the entry forms', async () => {
    const { page, errors } = await signIn(env, 'officer1');
    await page.goto(`${env.base}/admin/calendar`);
    await expect.poll(() => page.getByText('2024–2026').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.getByRole('alert').filter({ hasText: '节假日数据需要录入' }).count()).toBe(0);
    expect(await page.getByText('录入节假日通知', { exact: true }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
