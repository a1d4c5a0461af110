// E4 in the staff app: the publisher pastes a decision, names the people in it and previews what would be
// withheld — on a desktop and on a 390 px phone; the page shows exactly what the server answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../helpers/app.ts';
import { shot, startBrowserEnv, watchErrors, type BrowserEnv } from './harness.ts';

const TEXT =
  '委托代理人欧阳娜娜（身份证号码：33010419881120102X，手机 139-0571-2345）到场。证人孙丽患有手癣。当事人杭州美美美容有限公司，法定代表人赵一鸣。';

describe('redaction preview', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(async () => env?.close());

  for (const [name, viewport] of [
    ['desktop', { width: 1400, height: 1000 }],
    ['phone', { width: 390, height: 844 }],
  ] as const)
    it(`highlights what is withheld and shows the public text (${name})`, async () => {
      const page = await env.newPage({ viewport, locale: 'zh-CN' });
      const errors = watchErrors(page);
      await page.goto(`${env.base}/admin/`);
      await page.getByPlaceholder('用户名').fill('publisher1');
      await page.getByPlaceholder('密码').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 20_000 });
      await page.goto(`${env.base}/admin/publicity/redaction`);

      await page.getByLabel('待公开的文本（执法决定书全文或摘要）').fill(TEXT);
      await page.getByRole('button', { name: '添加人员或单位' }).click();
      await page.getByLabel('姓名或名称').fill('欧阳娜娜');
      await page.getByRole('button', { name: /预\s*览/ }).click();

      const expected =
        '委托代理人欧阳某（身份证号码：***，手机 ***）到场。证人孙丽***。当事人杭州美美美容有限公司，法定代表人赵一鸣。';
      await expect.poll(async () => page.getByText(expected).count(), { timeout: 20_000 }).toBe(1);
      expect(await page.locator('mark.redaction-mark').allInnerTexts()).toEqual([
        '欧阳娜娜',
        '33010419881120102X',
        '139-0571-2345',
        '患有手癣',
      ]);
      await shot(page, `admin-redaction-${name}`);
      expect(errors).toEqual([]);
      await page.close();
    });
});
