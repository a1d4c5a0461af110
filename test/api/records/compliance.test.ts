// C6 the compliance flags on the case's records over HTTP: an interruption between two clips of one
// device without a note, a registration after 2 working days without an approved reason; the "AV not
// possible" work record written by the case's officer and approved once by the head (not by the officer).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { contextOf, demoIds, loginFrom } from '../support.ts';
import { caseInput, createCase } from '../cases/case-helpers.ts';
import { details, makeClip } from './tus-client.ts';

describe('record compliance', () => {
  let t: TestApp;
  let officer1: Client;
  let head: Client;
  let caseId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const ids = await demoIds(t);
    officer1 = await loginFrom(t, 'officer1');
    head = await loginFrom(t, 'head1');
    caseId = (await createCase(officer1, caseInput(ids))).id;
  }, 60_000);
  afterAll(() => t.close());

  it('flags an unexplained interruption and a late registration, with their articles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sx-flags-'));
    const file = join(dir, 'clip.webm');
    writeFileSync(file, makeClip(1));
    const ctx = await contextOf(t, 'officer1');
    const clip = (over: Record<string, string>) =>
      t.services.records.importFile(ctx, file, details(caseId, over));
    // TEST_NOW is Monday 2026-12-07 10:00 Shanghai: a recording that ended on Wednesday 12-02 was due by Friday.
    await clip({ startedAt: '2026-12-02T09:00:00+08:00', endedAt: '2026-12-02T09:10:00+08:00' });
    await clip({ startedAt: '2026-12-02T09:20:00+08:00', endedAt: '2026-12-02T09:30:00+08:00' });
    await clip({
      startedAt: '2026-12-02T09:40:00+08:00',
      endedAt: '2026-12-02T09:50:00+08:00',
      interruptionNote: '更换电池，已语音说明',
      lateReason: '设备送检',
      lateApprovedBy: '张主任',
    });
    const res = await officer1.get(`/api/v1/cases/${caseId}/records`);
    expect(res.statusCode, res.body).toBe(200);
    const flags = (res.json() as { flags: { code: string; seq: number | null; citation: string }[] }).flags;
    expect(flags.map((f) => [f.code, f.seq, f.citation])).toEqual([
      ['AV_INTERRUPTED', 2, '《万州区卫生健康行政执法全过程记录制度》第十一条第二款'],
      ['AV_LATE_REGISTRATION', 1, '《万州区卫生健康行政执法全过程记录制度》第二十一条'],
      ['AV_LATE_REGISTRATION', 2, '《万州区卫生健康行政执法全过程记录制度》第二十一条'],
    ]);
  }, 60_000);

  it('takes the "AV not possible" work record from the officer and its approval from the head, once', async () => {
    const url = `/api/v1/cases/${caseId}/records/exemptions`;
    expect(
      (await officer1.post(url, { activity: 'AV-001', reasonKind: 'privacy', reason: ' ' })).statusCode,
    ).toBe(400);
    expect(
      (await head.post(url, { activity: 'AV-001', reasonKind: 'privacy', reason: '涉及患者隐私' }))
        .statusCode,
    ).toBe(403);
    const added = await officer1.post(url, {
      activity: 'AV-001',
      reasonKind: 'privacy',
      reason: '涉及患者隐私',
    });
    expect(added.statusCode, added.body).toBe(200);
    const { id, approved } = added.json() as { id: string; approved: boolean };
    expect(approved).toBe(false);
    expect((await officer1.post(`${url}/${id}/approve`)).statusCode).toBe(403);
    const ok = await head.post(`${url}/${id}/approve`);
    expect([ok.statusCode, (ok.json() as { approved: boolean }).approved]).toEqual([200, true]);
    expect((await head.post(`${url}/${id}/approve`)).statusCode).toBe(409);
    const list = (await officer1.get(`/api/v1/cases/${caseId}/records`)).json() as {
      exemptions: { id: string; approved: boolean }[];
    };
    expect(list.exemptions).toEqual([expect.objectContaining({ id, approved: true })]);
  });
});
