// 文书编号与告知设置 in a real browser: the head changes the region, sees the example number follow, saves
// and finds the value again after a reload; an officer reads the same form read-only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../helpers/app.ts';
import { shot, startBrowserEnv, watchErrors, type BrowserEnv } from './harness.ts';

describe('document settings', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(async () => env?.close());

  async function login(username: string) {
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const errors = watchErrors(page);
    await page.goto(`${env.base}/admin/`);
    await page.getByPlaceholder('用户名').fill(username);
    await page.getByPlaceholder('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL(/\/admin\/(?!login)/);
    return { page, errors };
  }

  const year = new Date().getFullYear();

  it('lets the head change the region and shows it read-only to an officer', async () => {
    const { page, errors } = await login('head1');
    await page.getByRole('menuitem', { name: /文书编号与告知设置/ }).click();
    await page.waitForURL(/\/admin\/document-settings$/);
    const region = page.locator('#region');
    await region.waitFor();
    expect(await region.isDisabled()).toBe(false);

    await region.fill('示范');
    await expect.poll(() => page.getByTestId('number-example').innerText()).toBe(`示范卫医罚〔${year}〕1号`);

    // A pattern without {seq} is refused in the browser, as the server would.
    await page.locator('#numberPattern').fill('{region}卫{field}{nature}〔{year}〕号');
    await expect.poll(() => page.getByText('编号格式必须包含序号占位符 {seq}').count()).toBeGreaterThan(0);
    await page.locator('#numberPattern').fill('{region}卫{field}{nature}〔{year}〕{seq}号');
    await expect.poll(() => page.getByText('编号格式必须包含序号占位符 {seq}').count()).toBe(0);

    await shot(page, 'document-settings-01-head');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('文书设置已保存').waitFor();

    await page.reload();
    await region.waitFor();
    expect(await region.inputValue()).toBe('示范');
    expect(await page.getByTestId('number-example').innerText()).toBe(`示范卫医罚〔${year}〕1号`);

    // Two heads with the same version open: the second save is refused and says why.
    const other = await login('head1');
    await other.page.goto(`${env.base}/admin/document-settings`);
    await other.page.locator('#court').waitFor();
    await page.locator('#court').fill('示范区第一人民法院');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page.getByText('文书设置已保存').count()).toBeGreaterThan(0);
    await other.page.locator('#paymentBank').fill('示范银行');
    await other.page.getByRole('button', { name: /保\s*存/ }).click();
    await other.page.getByText('设置已被他人修改，请刷新后重试').waitFor();
    await shot(other.page, 'document-settings-03-conflict');
    await other.page.close();

    expect(errors.filter((e) => !e.includes('favicon'))).toEqual([]);
    await page.close();

    const officer = await login('officer1');
    await officer.page.goto(`${env.base}/admin/document-settings`);
    const officerRegion = officer.page.locator('#region');
    await officerRegion.waitFor();
    expect(await officerRegion.inputValue()).toBe('示范');
    expect(await officerRegion.isDisabled()).toBe(true);
    expect(await officer.page.locator('#numberPattern').isDisabled()).toBe(true);
    await officer.page.getByText('仅主要负责人可修改').waitFor();
    expect(await officer.page.getByRole('button', { name: /保\s*存/ }).count()).toBe(0);
    await shot(officer.page, 'document-settings-02-officer');
    expect(officer.errors.filter((e) => !e.includes('favicon'))).toEqual([]);
    await officer.page.close();
  });
});
