// The staff app in a real browser: log in, open the officer list, find a demo officer, check the
// audit log is reachable only by the auditor and reads in Chinese, on a desktop and on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../helpers/app.ts';
import { shot, signIn, startBrowserEnv, watchErrors, type BrowserEnv } from './harness.ts';
import { demoPerson } from '../helpers/demo.ts';

describe('admin app', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(async () => env?.close());

  async function login(username: string) {
    const page = await env.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const errors = watchErrors(page);
    await page.goto(`${env.base}/admin/`);
    await page.getByPlaceholder('用户名').fill(username);
    await page.getByPlaceholder('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    return { page, errors };
  }

  it('rejects a wrong password with a Chinese message', async () => {
    const page = await env.newPage({ locale: 'zh-CN' });
    await page.goto(`${env.base}/admin/`);
    await page.getByPlaceholder('用户名').fill('officer1');
    await page.getByPlaceholder('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect
      .poll(async () => page.getByText('用户名或密码错误').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await shot(page, 'admin-login-failed');
    await page.close();
  });

  it('hides the audit log from other roles', async () => {
    const { page } = await login('officer1');
    await expect
      .poll(async () => page.getByText('执法人员', { exact: true }).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(await page.getByText('审计日志', { exact: true }).count()).toBe(0);
    await page.close();
  });

  it('logs in as the system administrator and lists the officers', async () => {
    const { page, errors } = await login('sysadmin');
    await page.getByText('执法人员', { exact: true }).first().click();
    await expect
      .poll(async () => page.getByText(demoPerson('officer1').name).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await expect.poll(async () => page.getByText('SF99010200').count()).toBeGreaterThan(0);
    await shot(page, 'admin-people');
    expect(errors.filter((e) => !e.includes('favicon'))).toEqual([]);
    await page.close();
  });

  it('shows the audit log to the auditor', async () => {
    const { page, errors } = await login('auditor');
    await page.getByText('审计日志', { exact: true }).first().click();
    // The auditor's own login is in the log, labelled in Chinese.
    const ownLogin = page
      .locator('.ant-table-row')
      .filter({ hasText: '审计管理员' })
      .filter({ hasText: '登录' });
    await expect.poll(async () => ownLogin.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await shot(page, 'admin-audit');
    expect(errors.filter((e) => !e.includes('favicon'))).toEqual([]);
    await page.close();
  });

  it('reads the audit log in Chinese, filtered by event, with the stored record behind 详情', async () => {
    const failed = { username: 'officer1', password: 'wrong-password' };
    await env.t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: failed });
    for (const [name, viewport] of [
      ['admin-audit-desktop', { width: 1366, height: 900 }],
      ['admin-audit-390', { width: 390, height: 844 }],
    ] as const) {
      const { page, errors } = await signIn(env, 'auditor', viewport);
      await page.goto(`${env.base}/admin/audit`);
      const rows = page.locator('.ant-table-row');
      await expect.poll(async () => rows.count(), { timeout: 20_000 }).toBeGreaterThan(0);
      // One event of the catalogue, chosen by its Chinese name.
      await page.getByRole('combobox', { name: '事件' }).click();
      await page.keyboard.type('登录失败');
      await page
        .locator('.ant-select-item-option')
        .filter({ hasText: /^登录失败$/ })
        .click();
      await expect
        .poll(async () => (await rows.allInnerTexts()).every((t) => t.includes('登录失败')), {
          timeout: 20_000,
        })
        .toBe(true);
      // Unfiltered again, the auditor's own login opens to its stored record.
      await page.reload();
      await expect
        .poll(async () => page.locator('.ant-table-row').filter({ hasText: '用户名：auditor' }).count(), {
          timeout: 20_000,
        })
        .toBeGreaterThan(0);
      await page
        .locator('.ant-table-row')
        .filter({ hasText: '用户名：auditor' })
        .first()
        .getByText('详情')
        .click();
      await expect.poll(async () => page.getByText('原始记录').count()).toBeGreaterThan(0);
      expect(await page.getByText('auth.login', { exact: false }).count()).toBeGreaterThan(0);
      await shot(page, name);
      expect(errors.filter((e) => !e.includes('favicon'))).toEqual([]);
      await page.close();
    }
  });
});
