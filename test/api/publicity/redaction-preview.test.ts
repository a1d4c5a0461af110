// E4 over HTTP: the redaction preview contract other systems call — exact answer for the publisher,
// refusals for everyone else and for input it cannot take, and nothing written either way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { clientOf, expectError, ledgerCount, loginFrom, newIdNumber, ROLE_ACCOUNTS } from '../support.ts';

const URL = '/api/v1/publicity/redactions/preview';

describe('POST /api/v1/publicity/redactions/preview', () => {
  let t: TestApp;
  let publisher: Client;

  beforeAll(async () => {
    t = await createTestApp();
    publisher = await loginFrom(t, ROLE_ACCOUNTS.publisher);
  });
  afterAll(async () => t.close());

  it('answers the redacted text and every span, offsets into the text as sent', async () => {
    const id = newIdNumber();
    const text = `  当事人：欧阳娜娜，身份证号码：${id}，手机 139-0571-2345，患有手癣。`;
    const res = await publisher.post(URL, {
      text,
      parties: [{ kind: 'person', role: 'party', name: '欧阳娜娜', idNumber: id }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { redactedText: string; spans: { start: number; end: number }[] };
    expect(body.redactedText).toBe('  当事人：欧阳某，身份证号码：***，手机 ***，***。');
    expect(body.spans.map((s) => text.slice(s.start, s.end))).toEqual([
      '欧阳娜娜',
      id,
      '139-0571-2345',
      '患有手癣',
    ]);
    expect(body.spans[1]).toEqual({ start: 17, end: 35, category: 'id_number', replacement: '***' });
  });

  it('takes a text with no parties', async () => {
    const res = await publisher.post(URL, { text: '联系电话13812345678' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ redactedText: '联系电话***' });
  });

  it('refuses the anonymous and every role but the publisher', async () => {
    const body = { text: '张三' };
    expect((await clientOf(t, null, null).post(URL, body)).statusCode).toBe(401);
    for (const role of ['officer', 'head', 'sysadmin'] as const)
      expectError(await (await loginFrom(t, ROLE_ACCOUNTS[role])).post(URL, body), 403, 'FORBIDDEN');
  });

  it.each([
    ['an empty text', { text: '' }, 'text'],
    ['a missing text', { parties: [] }, 'text'],
    ['a text over 200,000 characters', { text: '字'.repeat(200_001) }, 'text'],
    ['an unknown party kind', { text: 'x', parties: [{ kind: 'robot', role: 'party', name: '甲' }] }, 'kind'],
    [
      'a party without a visible name',
      { text: 'x', parties: [{ kind: 'person', role: 'party', name: '\u200b ' }] },
      'name',
    ],
    [
      '201 parties',
      {
        text: 'x',
        parties: Array.from({ length: 201 }, () => ({ kind: 'person', role: 'party', name: '张三' })),
      },
      'parties',
    ],
    ['a NUL in the text', { text: 'a\u0000b' }, 'text'],
  ])('refuses %s with 400 naming the field, writing nothing', async (_what, body, field) => {
    const before = await ledgerCount(t);
    const res = await publisher.post(URL, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.body).toContain(field);
    expect(await ledgerCount(t)).toBe(before);
  });
});
