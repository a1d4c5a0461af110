// E3–E8 from decision to published page to withdrawal: an officer decides on the spot (API); the publisher
// opens the draft from the 执法决定公开 list, fills the legal basis, chooses the redacted full text and
// submits it; the chain approves (API); the publisher publishes; the public page shows the redacted
// decision (desktop and 390 px phone); the 复议 outcome is recorded and the publisher withdraws it; the
// portal then shows the withdrawal notice in its place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput, createCase, SIMPLE_SHEET } from '../api/cases/case-helpers.ts';
import { demoIds, newIdNumber, sql } from '../api/support.ts';
import { shot, signIn, startBrowserEnv, type BrowserEnv } from './harness.ts';

describe('publication from decision to withdrawal', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(async () => env?.close());

  it('drafts, publishes and withdraws through the staff app and the portal', async () => {
    const { t } = env;
    const ids = await demoIds(t);
    const idNumber = newIdNumber();
    const c = await createCase(
      await t.login('officer1'),
      caseInput(ids, {
        particulars: { violationOn: '2026-12-01', discoveredOn: '2026-12-01' },
        parties: [
          {
            role: 'party',
            type: 'person',
            name: '司马青云',
            idNumber,
            phone: '13987654321',
            address: '示范区安居路7号',
          },
        ],
        simple: { decidedOn: '2026-12-03', kinds: ['fine'], fineFen: 15_000, document: SIMPLE_SHEET },
      }),
    );
    const [row] = await sql<{ id: string }>(t, 'select id from publications where case_id = $1', [c.id]);
    const id = row!.id;

    const { page, errors } = await signIn(env, 'publisher1');
    await page.goto(`${env.base}/admin/publicity/publications`);
    await page
      .getByRole('link', { name: /罚〔2026〕|未取得医疗机构执业许可证/ })
      .first()
      .click();
    await page.waitForURL(new RegExp(`/publicity/publications/${id}`));
    await page.getByLabel('全文公开（隐去个人信息）').check();
    await page.getByLabel('法律依据').fill('《医疗机构管理条例》第二十四条、第四十三条');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => page.getByText('隐去后的全文').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('mark.redaction-mark').allInnerTexts()).toContain('司马青云');
    await shot(page, 'admin-publication-draft-desktop');
    await page.getByRole('button', { name: '提交审批' }).click();
    await expect.poll(() => page.getByText('审批中').count(), { timeout: 20_000 }).toBeGreaterThan(0);

    let version = (
      await sql<{ version: number }>(t, 'select version from publications where id = $1', [id])
    )[0]!.version;
    for (const [user, step] of [
      ['unithead1', 'unit_head'],
      ['deputy1', 'deputy'],
      ['head1', 'head'],
    ] as const) {
      const res = await (
        await t.login(user)
      ).post(`/api/v1/publicity/publications/${id}/approve`, { version, step });
      expect(res.statusCode, res.body).toBe(200);
      version = (res.json() as { version: number }).version;
    }
    await page.reload();
    await page
      .getByRole('button', { name: '发 布' })
      .or(page.getByRole('button', { name: '发布' }))
      .click();
    await expect.poll(() => page.getByText('已公开').count(), { timeout: 20_000 }).toBeGreaterThan(0);

    for (const [name, viewport] of [
      ['desktop', { width: 1366, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      const pub = await env.newPage({ viewport, locale: 'zh-CN' });
      await pub.goto(`${env.base}/decisions`);
      await pub
        .getByRole('link', { name: /罚〔2026〕/ })
        .first()
        .click();
      await pub.waitForURL(new RegExp(`/decisions/${id}`));
      const text = await pub.content();
      expect(text).toContain('司马某');
      for (const secret of ['司马青云', idNumber, '13987654321', '示范区安居路7号'])
        expect(text).not.toContain(secret);
      await shot(pub, `portal-decision-${name}`);
      await pub.close();
    }

    const outcome = await (
      await t.login('publisher1')
    ).post(`/api/v1/publicity/cases/${c.id}/outcome`, {
      via: 'reconsideration',
      result: 'revoked',
      decidedOn: '2026-12-04',
      note: '复议决定撤销原处罚决定',
    });
    expect(outcome.statusCode, outcome.body).toBe(200);
    await page.reload();
    await page
      .getByRole('button', { name: '撤 回' })
      .or(page.getByRole('button', { name: '撤回' }))
      .click();
    await page.getByLabel('理由').fill('行政复议撤销原决定');
    await page.getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => page.getByText('已撤回').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await shot(page, 'admin-publication-withdrawn-desktop');

    for (const [name, viewport] of [
      ['desktop', { width: 1366, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      const pub = await env.newPage({ viewport, locale: 'zh-CN' });
      const res = await pub.goto(`${env.base}/decisions/${id}`);
      expect(res?.status()).toBe(200);
      expect(await pub.getByText('经行政复议，原执法决定被撤销').count()).toBe(1);
      await shot(pub, `portal-decision-withdrawn-${name}`);
      await pub.close();
    }
    expect(errors).toEqual([]);
  });
});
