// 文书编号与告知设置 in a real browser: the head changes the region, sees the example number follow, saves
// and finds the value again after a reload (with the province's 较大数额 figure for hearings); an officer reads the same form read-only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot, signIn, startBrowserEnv, type BrowserEnv } from './harness.ts';

describe('document settings', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(async () => env?.close());

  const login = (username: string) => signIn(env, username);

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

    // The province's 较大数额 figure for hearings, in whole yuan.
    const personFigure = page.locator('#hearingFinePersonFen');
    expect(await personFigure.inputValue()).toBe('2000.00');
    await personFigure.fill('100.5');
    await page.getByText('请填写整元数额，至少 1 元').waitFor();
    await personFigure.fill('10000');
    await expect.poll(() => page.getByText('请填写整元数额，至少 1 元').count()).toBe(0);

    await shot(page, 'document-settings-01-head');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('文书设置已保存').waitFor();

    await page.reload();
    await region.waitFor();
    expect(await region.inputValue()).toBe('示范');
    expect(await personFigure.inputValue()).toBe('10000.00');
    expect(await page.locator('#hearingFineOrganisationFen').inputValue()).toBe('20000.00');
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
