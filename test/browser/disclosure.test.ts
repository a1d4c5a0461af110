// 事前公开 (E1) in a real browser: from the index, every published-in-advance page opens, shows its
// content, and nothing scrolls sideways on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot, startBrowserEnv, watchErrors, type BrowserEnv } from './harness.ts';
import { DEMO_CATALOGUE } from '../helpers/demo.ts';

const BM_GG_001 = DEMO_CATALOGUE.benchmarks.find((b) => b.code === 'BM-GG-001')!;
/** A regular expression matching `s` literally. */
const literally = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

const PAGES: [path: string, heading: RegExp, sample: string][] = [
  ['/items', /执法事项/, DEMO_CATALOGUE.items[0]!.name],
  ['/duties', /职责/, '行政处罚'],
  ['/laws', /法律依据/, '医疗机构管理条例'],
  ['/laws/medical-institutions-regulation', /医疗机构管理条例/, '不得开展诊疗活动'],
  ['/benchmarks', /裁量基准/, '一般处罚'],
  ['/benchmarks/BM-GG-001', literally(BM_GG_001.violation), '从重处罚'],
  ['/no-penalty', /不予处罚/, '不予处罚'],
  ['/procedures', /流程/, '立案'],
  ['/inspections', /随机抽查/, '公共场所'],
  ['/review-catalogue', /法制审核/, '罚款'],
  ['/av-list', /音像记录/, '查封'],
  ['/complaints', /举报/, '12345'],
];

describe('事前公开 pages', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(async () => env?.close());

  it('opens every page from the 事前公开 index on a phone', async () => {
    const page = await env.newPage({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      isMobile: true,
    });
    const errors = watchErrors(page);
    await page.goto(`${env.base}/disclosure`);
    await expect.poll(async () => page.locator('h1').first().innerText()).toBe('事前公开');
    await shot(page, 'disclosure-index');
    for (const [path, heading, sample] of PAGES) {
      const res = await page.goto(`${env.base}${path}`);
      expect(res?.status(), path).toBe(200);
      expect(await page.locator('h1').first().innerText(), path).toMatch(heading);
      expect(await page.getByText(sample).count(), `${path} shows ${sample}`).toBeGreaterThan(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(1);
      await shot(page, `disclosure${path.replaceAll('/', '-')}`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws a service guide flowchart', async () => {
    const page = await env.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await page.goto(`${env.base}/procedures`);
    const guide = page.locator('a[href^="/guides/"]').first();
    await guide.click();
    await page.waitForURL(/\/guides\//);
    expect(await page.getByText('受理').count()).toBeGreaterThan(0);
    await shot(page, 'disclosure-guide-flowchart');
    await page.close();
  });
});
