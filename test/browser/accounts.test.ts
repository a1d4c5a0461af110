// 三员分立 in the staff app: the system administrator's form creates an account without roles or a
// password and shows the one-time initial password once; the security administrator's role picker will
// not combine a system role with another; the new account's holder, signed in with the initial password,
// sees only the page that sets their own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot, signIn, startBrowserEnv, watchErrors, type BrowserEnv } from './harness.ts';

describe('accounts under 三员分立', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(async () => env?.close());

  it('creates an account, assigns its role, and makes its holder set a password first', async () => {
    const username = `ui${Date.now().toString(36)}`;

    // 系统管理员: no role boxes, no password fields; the initial password is shown once.
    const { page: sys, errors: sysErrors } = await signIn(env, 'sysadmin');
    await sys.goto(`${env.base}/admin/users`);
    await sys.getByRole('button', { name: /新建账号/ }).click();
    const dialog = sys.getByRole('dialog');
    expect(await dialog.getByLabel('初始密码').count()).toBe(0);
    expect(await dialog.getByText('执法人员', { exact: true }).count()).toBe(0);
    await dialog.getByLabel('用户名').fill(username);
    await dialog.getByLabel('姓名').fill('界面新人');
    await dialog.getByRole('button', { name: /创\s*建/ }).click();
    const notice = sys.getByTestId('initial-password');
    await expect.poll(async () => notice.count(), { timeout: 15_000 }).toBe(1);
    const initialPassword = (await notice.innerText()).trim();
    expect(initialPassword).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    await shot(sys, 'admin-account-created');
    expect(sysErrors).toEqual([]);
    await sys.close();

    // 安全管理员: ticking a system role disables every other box.
    const { page: sec } = await signIn(env, 'secadmin');
    await sec.goto(`${env.base}/admin/users`);
    await sec
      .getByRole('row', { name: new RegExp(username) })
      .getByText('分配角色')
      .click();
    const roles = sec.getByRole('dialog');
    await roles.getByLabel('审计管理员').check();
    expect(await roles.getByLabel('执法人员').isDisabled()).toBe(true);
    expect(await roles.getByLabel('系统管理员').isDisabled()).toBe(true);
    await roles.getByLabel('审计管理员').uncheck();
    await roles.getByLabel('执法人员').check();
    expect(await roles.getByLabel('审计管理员').isDisabled()).toBe(true);
    await roles.getByLabel('变更理由').fill('新进执法人员');
    await roles.getByRole('button', { name: /保\s*存/ }).click();
    await expect
      .poll(
        async () =>
          sec
            .getByRole('row', { name: new RegExp(username) })
            .getByText('执法人员')
            .count(),
        {
          timeout: 15_000,
        },
      )
      .toBe(1);
    await sec.close();

    // The holder: the initial password opens only the page that sets their own.
    const page = await env.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const errors = watchErrors(page);
    await page.goto(`${env.base}/admin/`);
    await page.getByPlaceholder('用户名').fill(username);
    await page.getByPlaceholder('密码').fill(initialPassword);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect
      .poll(async () => page.getByText('您正在使用初始密码登录').count(), { timeout: 15_000 })
      .toBe(1);
    expect(await page.getByText('案件', { exact: true }).count()).toBe(0);
    await shot(page, 'admin-first-password');
    await page.getByLabel('初始密码').fill(initialPassword);
    await page.getByLabel('新密码', { exact: true }).fill('Own-Secret-2026');
    await page.getByLabel('确认新密码').fill('Own-Secret-2026');
    await page.getByRole('button', { name: /设置密码/ }).click();
    await expect.poll(async () => page.getByText('界面新人').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(async () => page.getByText('您正在使用初始密码登录').count()).toBe(0);
    expect(errors.filter((e) => !/status of 403/.test(e))).toEqual([]);
    await page.close();
  });
});
