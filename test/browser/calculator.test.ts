// B3 discretion calculator in the staff app: choose a violation and a tier, see the range the engine
// computes, and check a proposed fine outside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../helpers/app.ts';
import { shot, startBrowserEnv, watchErrors, type BrowserEnv } from './harness.ts';

describe('discretion calculator', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(async () => env?.close());

  it('shows the fine range of a tier and flags a proposal outside it', async () => {
    // What the server computes is the expectation; the page must show exactly that.
    const officer = await env.t.login('officer1');
    const expected = (
      await officer.post('/api/v1/discretion/evaluate', { benchmarkCode: 'BM-GG-001', tier: 'general' })
    ).json() as {
      evaluation: { fineExplanation: string; fine: { minFen: number } };
    };
    expect(expected.evaluation.fineExplanation.length).toBeGreaterThan(0);

    const page = await env.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
    const errors = watchErrors(page);
    await page.goto(`${env.base}/admin/`);
    await page.getByPlaceholder('用户名').fill('officer1');
    await page.getByPlaceholder('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(async () => page.getByText('退出登录').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.goto(`${env.base}/admin/discretion`);

    const select = page.locator('.ant-select').filter({
      has: page.locator('.ant-select-selection-placeholder', {
        hasText: '输入违法行为关键字或基准编码查找',
      }),
    });
    await select.locator('.ant-select-selector').click();
    await page.keyboard.type('BM-GG-001');
    await page.locator('.ant-select-item-option').filter({ hasText: 'BM-GG-001' }).first().click();
    await page.locator('label.ant-radio-button-wrapper').filter({ hasText: '一般处罚' }).click();
    await page.getByText('校验拟作出的处罚是否在幅度内').click();
    await page
      .getByLabel('拟罚款金额（元）')
      .fill(String(Math.max(0, expected.evaluation.fine.minFen / 100 - 1)));
    await page.getByRole('button', { name: /计\s*算/ }).click();

    await expect
      .poll(async () => page.getByText(expected.evaluation.fineExplanation).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await expect
      .poll(async () => page.getByText('超出幅度（须说明理由并提交法制审核）').count())
      .toBeGreaterThan(0);
    await shot(page, 'admin-calculator');
    expect(errors).toEqual([]);
    await page.close();
  });
});
