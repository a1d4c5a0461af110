// Uploads, the same on every route that takes a file (issue 14, finding 8): a second file is a 400 naming
// the field (before: a misleading 413 "请求体过大"), an empty file is refused, the delegation agreement must
// be a PDF or an image by its bytes (before: a 0-byte file and an HTML page were stored), a NUL in a text
// field of the form is a 400 naming it (before: 500); nothing is stored or written by a refused upload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { createBody, demoIds, ledgerCount, loginFrom, multipart, type DemoIds } from './support.ts';
import { caseInput, createCase, expectFieldError } from './cases/case-helpers.ts';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);
const HTML = Buffer.from('<!doctype html><script>alert(1)</script>');

describe('uploads', () => {
  let t: TestApp;
  let ids: DemoIds;
  let sysadmin: Client;
  let officer: Client;
  let agreementUrl: string;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    sysadmin = await loginFrom(t, 'sysadmin');
    officer = await loginFrom(t, 'officer1');
    const body = await createBody(sysadmin, ids.district, {
      nature: '受委托组织',
      delegatedById: ids.district,
      delegationScope: '公共场所卫生行政检查',
      delegationValidFrom: '2026-01-01',
      delegationValidTo: '2027-12-31',
    });
    agreementUrl = `/api/v1/bodies/${body.id}/delegation-agreement`;
  });
  afterAll(() => t.close());

  const post = (client: Client, url: string, parts: Parameters<typeof multipart>[0]) =>
    client.request({ method: 'POST', url, ...multipart(parts) });
  const file = (content: Buffer, filename = 'a.pdf', contentType = 'application/pdf') => ({
    name: 'file',
    filename,
    contentType,
    content,
  });

  describe('the delegation agreement', () => {
    it('refuses two files, naming the field, and stores nothing', async () => {
      const before = await ledgerCount(t);
      const res = await post(sysadmin, agreementUrl, [file(PDF), file(PDF, 'b.pdf')]);
      expect(expectFieldError(res, 'file').message).toBe('字段「file」只能上传一个文件');
      expect(await ledgerCount(t)).toBe(before);
    });

    it.each([
      ['an empty file', Buffer.alloc(0), '文件为空（0 字节），请重新选择文件'],
      ['an HTML page sent as a PDF', HTML, '文件内容不是PDF或图片（JPEG、PNG、GIF、WebP）'],
      [
        'a spreadsheet',
        Buffer.from('PK\u0003\u0004xl/workbook.xml'),
        '文件内容不是PDF或图片（JPEG、PNG、GIF、WebP）',
      ],
    ])('refuses %s, naming the field, and stores nothing', async (_what, content, message) => {
      const before = await ledgerCount(t);
      const res = await post(sysadmin, agreementUrl, [file(content)]);
      expect(expectFieldError(res, 'file').details?.issues?.[0]?.message).toBe(message);
      expect(await ledgerCount(t)).toBe(before);
    });

    it('accepts a PDF and a scan, storing the type the bytes show, not the one claimed', async () => {
      expect((await post(sysadmin, agreementUrl, [file(PDF, 'a.pdf', 'text/html')])).statusCode).toBe(200);
      const res = await post(sysadmin, agreementUrl, [file(PNG, 'scan.png', 'application/octet-stream')]);
      expect(res.statusCode, res.body).toBe(200);
      const stored = await t.services.store.stat(
        (res.json() as { delegationAgreementKey: string }).delegationAgreementKey,
      );
      expect(stored?.contentType).toBe('image/png');
    });

    it('refuses a NUL in a file name', async () => {
      expectFieldError(await post(sysadmin, agreementUrl, [file(PDF, 'a\u0000.pdf')]), 'file');
    });
  });

  describe('evidence files', () => {
    async function itemUrl() {
      const c = await createCase(officer, caseInput(ids));
      const registration = {
        type: 'electronic',
        title: '现场照片',
        source: '现场提取',
        collectedOn: '2026-08-05',
        collectedBy: '执法人员',
        version: c.version,
      };
      expect((await officer.post(`/api/v1/cases/${c.id}/evidence`, registration)).statusCode).toBe(200);
      return `/api/v1/cases/${c.id}/evidence/1/file`;
    }

    it('refuses two files with 400 naming the field, not 413, and stores nothing', async () => {
      const url = await itemUrl();
      const before = await ledgerCount(t);
      const res = await post(officer, url, [
        file(PNG, 'a.png', 'image/png'),
        file(PNG, 'b.png', 'image/png'),
      ]);
      expect(expectFieldError(res, 'file').message).toBe('字段「file」只能上传一个文件');
      expect(await ledgerCount(t)).toBe(before);
      expect((await officer.get(url)).statusCode).toBe(404);
    });

    it('refuses a NUL in a text field, naming it (device=a\\0b was a 500)', async () => {
      const url = await itemUrl();
      const before = await ledgerCount(t);
      const res = await post(officer, url, [
        { name: 'device', content: 'a\u0000b' },
        file(PNG, 'a.png', 'image/png'),
      ]);
      expect(expectFieldError(res, 'device').details?.issues?.[0]?.message).toBe(
        '含有空字符（NUL），无法保存',
      );
      expect(await ledgerCount(t)).toBe(before);
    });
  });

  it.each([
    ['the bodies import', () => '/api/v1/bodies/import'],
    ['the people import', () => `/api/v1/people/import?bodyId=${ids.district}`],
    ['a catalogue import', () => `/api/v1/catalog/item/import?bodyId=${ids.district}`],
  ])('%s refuses two files with 400 naming the field', async (_what, url) => {
    const xlsx = Buffer.from('PK\u0003\u0004xl/');
    const client = url().includes('catalog') ? await loginFrom(t, 'legalhead1') : sysadmin;
    const res = await post(client, url(), [
      file(xlsx, 'a.xlsx', 'application/octet-stream'),
      file(xlsx, 'b.xlsx'),
    ]);
    expect(expectFieldError(res, 'file').message).toBe('字段「file」只能上传一个文件');
  });
});
