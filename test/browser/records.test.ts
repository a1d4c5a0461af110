// 音像记录 tab in a real browser: the case's officer fills in a record's details, picks a short video made
// here with the bundled ffmpeg, watches the progress bar reach 100 % (tus upload), finds the record listed
// with its poster, duration and codec, and plays it (range requests through the server).
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput } from '../api/cases/case-helpers.ts';
import { demoIds } from '../api/support.ts';
import { makeClip } from '../api/records/tus-client.ts';
import { shot, signIn, startBrowserEnv, type BrowserEnv } from './harness.ts';

describe('audio/video records of a case', () => {
  let env: BrowserEnv;
  let caseId: string;
  let clipPath: string;

  beforeAll(async () => {
    env = await startBrowserEnv();
    const ids = await demoIds(env.t);
    const officer = await env.t.login('officer1');
    const res = await officer.post('/api/v1/cases', caseInput(ids, { officerIds: [ids.personOf.officer1] }));
    expect(res.statusCode, res.body).toBe(201);
    caseId = (res.json() as { id: string }).id;
    clipPath = join(tmpdir(), `sx-browser-clip-${process.pid}.webm`);
    writeFileSync(clipPath, makeClip(3, { noise: true }));
  });
  afterAll(async () => env?.close());

  it(
    'uploads a video with a progress bar, lists it with its poster and plays it',
    { timeout: 120_000 },
    async () => {
      const { page, errors } = await signIn(env, 'officer1');
      try {
        await page.goto(`${env.base}/admin/cases/${caseId}?tab=records`);
        await page.getByText('尚无音像记录').waitFor();
        await page.locator('.ant-select:has(#activity)').click();
        await page
          .locator('.ant-select-dropdown:visible .ant-select-item-option')
          .filter({ hasText: 'AV-009' })
          .click();
        await page.locator('#title').fill('现场检查录像（门头）');
        await page.locator('#deviceSerial').fill('DSJ-B007');
        await page.locator('#officerCardId').fill('CARD-7');
        for (const [id, value] of [
          ['startedAt', '2026-12-07 09:00'],
          ['endedAt', '2026-12-07 09:00'],
        ] as const) {
          await page.locator(`#${id}`).click();
          await page.locator(`#${id}`).fill(value);
          await page.locator(`#${id}`).press('Enter');
        }
        await page.getByLabel('选择音像文件').setInputFiles(clipPath);
        await page.getByRole('button', { name: '上传并登记' }).click();
        await page.locator('.ant-progress').waitFor();
        await page.getByText('音像记录已登记').waitFor({ timeout: 60_000 });
        expect(
          await page
            .locator('.ant-progress')
            .getAttribute('aria-valuenow')
            .catch(() => null),
        ).not.toBe('0');
        await page.getByRole('img', { name: '第 1 段封面' }).waitFor();
        const row = page.locator('.ant-table-row').filter({ hasText: '现场检查录像（门头）' });
        await expect.poll(async () => row.textContent()).toContain('vp8 / vorbis');
        expect(await row.textContent()).toContain('DSJ-B007');
        await shot(page, 'records-listed');

        await row.getByRole('button', { name: /播\s*放/ }).click();
        const video = page.getByLabel('录像播放');
        await video.waitFor();
        await expect
          .poll(async () => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 30_000 })
          .toBeGreaterThanOrEqual(2);
        const duration = await video.evaluate((v: HTMLVideoElement) => v.duration);
        expect(duration).toBeGreaterThan(2.5);
        await shot(page, 'records-playing');
        expect(errors.filter((e) => !/favicon|Range Not Satisfiable|ERR_ABORTED/.test(e))).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
