// 当事人 tab in a real browser: the case's officer adds a witness and an agent (who names the party they
// act for) and corrects the witness's phone with a reason; the correction stays listed under them. A
// colleague who does not handle the case is offered neither.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { caseInput } from '../api/cases/case-helpers.ts';
import { demoIds } from '../api/support.ts';
import { shot, signIn, startBrowserEnv, type BrowserEnv } from './harness.ts';

const LIBRARY_NOISE = /should in same shadow root/;

describe('parties of an open case', () => {
  let env: BrowserEnv;
  let caseId: string;
  beforeAll(async () => {
    env = await startBrowserEnv();
    const ids = await demoIds(env.t);
    const officer = await env.t.login('officer1');
    const res = await officer.post('/api/v1/cases', caseInput(ids, { officerIds: [ids.personOf.officer1] }));
    expect(res.statusCode, res.body).toBe(201);
    caseId = (res.json() as { id: string }).id;
  });
  afterAll(async () => env?.close());

  async function login(username: string) {
    const { page, errors } = await signIn(env, username);
    await page.goto(`${env.base}/admin/cases/${caseId}?tab=parties`);
    await page.getByText('示范口腔诊所有限公司').first().waitFor();
    return { page, errors };
  }

  async function pick(page: Page, id: string, option: string) {
    await page.getByRole('dialog').locator(`.ant-select:has(#${id})`).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: option })
      .first()
      .click();
  }

  it('adds a witness and an agent, and corrects a phone with a reason', { timeout: 120_000 }, async () => {
    const { page, errors } = await login('officer1');
    try {
      await page.getByRole('button', { name: '添加当事人/证人/代理人' }).click();
      let dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await dialog.locator('#name').fill('李见证');
      await dialog.locator('#phone').fill('13800001111');
      await dialog.getByRole('button', { name: /添\s*加/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.locator('.ant-list-item').filter({ hasText: '李见证' }).waitFor();

      await page.getByRole('button', { name: '添加当事人/证人/代理人' }).click();
      dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await pick(page, 'role', '代理人');
      await dialog.locator('#name').fill('赵代理');
      await dialog.getByRole('button', { name: /添\s*加/ }).click();
      // The agent must name the party they act for.
      await dialog.getByText('请选择被代理的当事人').waitFor();
      await pick(page, 'representsId', '示范口腔诊所有限公司');
      await dialog.getByRole('button', { name: /添\s*加/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.locator('.ant-list-item').filter({ hasText: '代理：示范口腔诊所有限公司' }).waitFor();

      const row = page.locator('.ant-list-item').filter({ hasText: '李见证' });
      await row.getByRole('button', { name: /更\s*正/ }).click();
      dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await dialog.locator('#phone').fill('13800002222');
      await dialog.getByRole('button', { name: '保存更正' }).click();
      await dialog.getByText('请填写更正理由（至少 2 个字）').waitFor();
      await dialog.locator('#reason').fill('电话号码登记错误');
      await dialog.getByRole('button', { name: '保存更正' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await row.getByText('13800002222', { exact: true }).waitFor();
      await row.getByText(/电话号码登记错误.*电话 13800001111 → 13800002222/).waitFor();
      await shot(page, 'case-parties');
    } catch (e) {
      await shot(page, 'case-parties-failed');
      throw e;
    }
    expect(errors.filter((e) => !e.includes('favicon') && !LIBRARY_NOISE.test(e))).toEqual([]);
  });

  it('offers nothing to a colleague who does not handle the case', { timeout: 60_000 }, async () => {
    const { page } = await login('officer2');
    expect(await page.getByRole('button', { name: /添加.*证人/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /更\s*正/ }).count()).toBe(0);
  });
});
