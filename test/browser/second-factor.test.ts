// Two-factor sign-in in the staff app: with the body requiring it, the head enrols from a QR code at its
// first sign-in, notes the recovery codes, and at the next sign-in gives a code after the password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../helpers/app.ts';
import { base32Decode, hotp, totpStep } from '../../src/modules/auth/totp.ts';
import { shot, signIn, startBrowserEnv, watchErrors, type BrowserEnv } from './harness.ts';

describe('two-factor sign-in', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
    const secadmin = await env.t.login('secadmin');
    const res = await secadmin.put('/api/v1/auth/settings', {
      totpForPrivileged: true,
      version: 1,
      reason: '按等保要求启用',
    });
    expect(res.statusCode, res.body).toBe(200);
  });
  afterAll(async () => env?.close());

  async function passwordStep() {
    const page = await env.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const errors = watchErrors(page);
    await page.goto(`${env.base}/admin/`);
    await page.getByPlaceholder('用户名').fill('head1');
    await page.getByPlaceholder('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    return { page, errors };
  }
  const step = () => totpStep(env.t.services.clock.now());

  it('enrols from the QR code, shows the recovery codes once, then asks for a code at sign-in', async () => {
    const { page, errors } = await passwordStep();
    await expect
      .poll(async () => page.getByText('本单位要求此角色使用两步验证').count(), { timeout: 15_000 })
      .toBe(1);
    await page.getByRole('button', { name: /开始设置/ }).click();
    await expect.poll(async () => page.locator('.ant-qrcode').count(), { timeout: 15_000 }).toBe(1);
    const secret = (await page.locator('.sx-mono').first().innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await shot(page, 'admin-second-factor-enrol');
    await page.getByLabel('验证器显示的验证码').fill(hotp(base32Decode(secret), step()));
    await page.getByRole('button', { name: /确认并启用/ }).click();
    const codes = page.getByTestId('recovery-codes');
    await expect.poll(async () => codes.count(), { timeout: 15_000 }).toBe(1);
    expect((await codes.innerText()).trim().split(/\s+/)).toHaveLength(10);
    await page.getByRole('button', { name: /已保存，进入系统/ }).click();
    await expect
      .poll(async () => page.getByText('两步验证', { exact: false }).count(), { timeout: 15_000 })
      .toBe(0);
    expect(errors.filter((e) => !/status of 403/.test(e))).toEqual([]);
    await page.close();

    const again = await passwordStep();
    await expect.poll(async () => again.page.getByLabel('验证码').count(), { timeout: 15_000 }).toBe(1);
    await again.page.getByLabel('验证码').fill(hotp(base32Decode(secret), step() + 1));
    await again.page.getByRole('button', { name: /验\s*证/ }).click();
    await again.page.waitForURL(/\/admin\/(?!login)/);
    await expect
      .poll(async () => again.page.getByText('两步验证：', { exact: false }).count(), { timeout: 15_000 })
      .toBe(0);
    await expect
      .poll(async () => again.page.getByText('主要负责人').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await again.page.close();
  });
});

describe('two-factor sign-in from the user menu (voluntary)', () => {
  let env: BrowserEnv;
  beforeAll(async () => (env = await startBrowserEnv()));
  afterAll(async () => env?.close());
  const step = () => totpStep(env.t.services.clock.now());

  it.each([
    ['desktop', 1366, 900],
    ['phone', 390, 844],
  ] as const)(
    'lets an officer turn it on and off again with a current code (%s)',
    async (name, width, height) => {
      const { page, errors } = await signIn(env, 'officer1', { width, height });
      const modal = page.locator('.ant-modal');
      // The menu item can take the click while the dropdown is still opening; try again until the
      // dialog is up.
      const item = page.getByRole('menuitem', { name: /两步验证/ });
      await expect
        .poll(
          async () => {
            if ((await modal.count()) === 0) {
              if ((await item.count()) === 0) await page.getByRole('button', { name: '用户菜单' }).click();
              await item.click();
            }
            return modal.getByText('未启用').count();
          },
          { timeout: 15_000 },
        )
        .toBe(1);
      await modal.getByRole('button', { name: /开始设置/ }).click();
      await expect.poll(async () => modal.locator('.ant-qrcode').count(), { timeout: 15_000 }).toBe(1);
      await shot(page, `admin-second-factor-menu-enrol-${name}`);
      const secret = (await modal.locator('.sx-mono').first().innerText()).trim();
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      await modal.getByLabel('验证器显示的验证码').fill(hotp(base32Decode(secret), step()));
      await modal.getByRole('button', { name: /确认并启用/ }).click();
      const codes = modal.getByTestId('recovery-codes');
      await expect.poll(async () => codes.count(), { timeout: 15_000 }).toBe(1);
      expect((await codes.innerText()).trim().split(/\s+/)).toHaveLength(10);
      await shot(page, `admin-second-factor-menu-codes-${name}`);
      await modal.getByRole('button', { name: /完\s*成/ }).click();
      await expect.poll(async () => modal.getByText('已启用').count(), { timeout: 15_000 }).toBe(1);
      expect(await modal.getByText('TOTP 验证器应用').count()).toBe(1);
      await shot(page, `admin-second-factor-menu-on-${name}`);

      // A wrong code is refused with the reason shown, and it stays on.
      await modal.getByLabel('当前验证码').fill('000000');
      await modal.getByRole('button', { name: /关闭两步验证/ }).click();
      await expect
        .poll(async () => modal.getByText('验证码不正确或已使用').count(), { timeout: 15_000 })
        .toBe(1);
      await modal.getByLabel('当前验证码').fill(hotp(base32Decode(secret), step() + 1));
      await modal.getByRole('button', { name: /关闭两步验证/ }).click();
      await expect.poll(async () => modal.getByText('未启用').count(), { timeout: 15_000 }).toBe(1);
      expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
      await page.close();
    },
  );
});
