// C5 over HTTP, the officer's findings of issue 13: a signed 当场行政处罚决定书 with "违反了＿＿＿＿的规定 …
// 依据＿＿＿＿"; "美发店2026年12月7日，执法人员…"; the benchmark code "BM-SY-002" printed in a 告知书; 违法行为时间
// and the decision's number not carried into later documents. Issuing with any unfilled clause is
// refused with 422 listing what is missing, and writes nothing; the preview shows the gaps first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { serverToday } from '../../helpers/clock.ts';
import { docxParts, pdfText, squash } from '../../helpers/documents.ts';
import { newIdNumber } from '../../helpers/identifiers.ts';
import { demoIds, sql, type DemoIds } from '../support.ts';
import { caseInput, createCase } from './case-helpers.ts';

interface TemplateOut {
  key: string;
  missingFacts: string[];
  inputs: { key: string; label: string; value: string }[];
}

const BLANKS = /＿|_{2,}|undefined|null|SFWJ-|BM-[A-Z]{2}-/;

describe('no blank document, ever', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;
  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer = await t.login('officer1');
  });
  afterAll(() => t.close());

  const documentCount = async () =>
    (await sql<{ n: number }>(t, 'select count(*)::int as n from case_documents'))[0]!.n;
  const templates = async (caseId: string) =>
    (await officer.get(`/api/v1/cases/${caseId}/document-templates`)).json() as TemplateOut[];
  const input = (list: TemplateOut[], template: string, key: string) =>
    list.find((x) => x.key === template)!.inputs.find((i) => i.key === key)!;

  /** A 简易程序 case at a hair salon, its summary typed with the date first as officers do. */
  const salon = () =>
    createCase(
      officer,
      caseInput(ids, {
        field: 'public_place',
        cause: '安排未获得有效健康合格证明的从业人员从事直接为顾客服务工作',
        place: '示范区人民路 9 号丽人美发店',
        summary: '2026年12月7日，执法人员现场检查发现理发师王某未能出示有效健康合格证明。',
        enforcementItemCode: 'SFWJ-CF-018',
        parties: [
          {
            role: 'party',
            type: 'person',
            name: '王丽',
            idType: '居民身份证',
            idNumber: newIdNumber(),
            address: '示范区人民路 9 号',
          },
        ],
        particulars: { violationOn: serverToday(), discoveredOn: serverToday() },
        simple: {
          decidedOn: serverToday(),
          kinds: ['warning', 'fine'],
          fineFen: 10_000,
          document: { inputs: {}, party: { refusedNote: '当事人拒绝签名' } },
        },
      }),
    );

  it('the on-the-spot decision quotes the resolved articles, reads its facts once and prefills the violation time', async () => {
    const c = await salon();
    const list = await templates(c.id);
    const simple = list.find((x) => x.key === 'simple_penalty_decision')!;
    expect(simple.missingFacts).toEqual([]);
    expect(input(list, 'simple_penalty_decision', 'at').value).toBe(serverToday());
    expect(input(list, 'simple_penalty_decision', 'facts')).toMatchObject({
      label: '违法事实（不含时间地点，接在“你于某时在某地”之后）',
      value: '执法人员现场检查发现理发师王某未能出示有效健康合格证明。',
    });
    const res = await officer.post(`/api/v1/cases/${c.id}/documents`, {
      template: 'simple_penalty_decision',
      inputs: {},
      party: { refusedNote: '当事人拒绝签名' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json() as { id: string; number: string };
    const pdf = squash(
      (await pdfText((await officer.get(`/api/v1/documents/${doc.id}/file/pdf`)).rawPayload)).text,
    );
    const docx = await docxParts((await officer.get(`/api/v1/documents/${doc.id}/file/docx`)).rawPayload);
    for (const text of [pdf, squash(docx.text)]) {
      expect(text).not.toMatch(BLANKS);
      expect(text).toMatch(/你的上述行为违反了《公共场所卫生管理条例》第七条/);
      expect(text).toMatch(/依据《公共场所卫生管理条例/);
      expect(text).toContain('丽人美发店执法人员现场检查发现');
      expect(text).not.toContain('美发店2026年12月7日');
    }
    // Entered once: the decision's number and title flow into the 催告书 and the 送达回执.
    const after = await templates(c.id);
    expect(input(after, 'payment_reminder', 'decisionNumber').value).toBe(doc.number);
    expect(input(after, 'service_receipt', 'document').value).toBe('当场行政处罚决定书');
    expect(input(after, 'service_receipt', 'documentNumber').value).toBe(doc.number);
  });

  it('a case without its enforcement item: the 告知书 is refused with 422 listing the gaps, and nothing is written', async () => {
    const c = await createCase(officer, caseInput(ids, { enforcementItemCode: null }));
    const before = await documentCount();
    const res = await officer.post(`/api/v1/cases/${c.id}/documents`, {
      template: 'penalty_notice',
      inputs: { facts: '当事人未取得《医疗机构执业许可证》开展诊疗活动' },
    });
    expect(res.statusCode, res.body).toBe(422);
    const body = res.json() as { code: string; details: { rule: string; missing: string[] } };
    expect(body.code).toBe('RULE_VIOLATION');
    expect(body.details.rule).toBe('DOCUMENT_INCOMPLETE');
    expect(body.details.missing).toEqual([
      '违反的条款（请确定执法事项）',
      '处罚依据的条款（请确定执法事项）',
      '处罚内容（种类及罚款数额）',
    ]);
    expect(await documentCount()).toBe(before);
    // A required input left empty is listed by its label the same way.
    const empty = await officer.post(`/api/v1/cases/${c.id}/documents`, {
      template: 'site_record',
      inputs: { findings: '现场检查情况' },
    });
    expect(empty.statusCode, empty.body).toBe(422);
    expect((empty.json() as { details: { missing: string[] } }).details.missing).toEqual([
      '检查时间',
      '检查地点',
    ]);
    // The draft prints the same gaps first.
    const preview = await officer.post(`/api/v1/cases/${c.id}/documents/preview`, {
      template: 'penalty_notice',
      inputs: {},
    });
    expect(preview.statusCode).toBe(200);
    const text = squash((await pdfText(preview.rawPayload)).text);
    expect(text).toContain('尚未填写（签发前须补全）');
    expect(text).toContain('违反的条款（请确定执法事项）');
  });

  it('the 告知书 never prints the benchmark code (BM-SY-002) as its discretion reason', async () => {
    const c = await createCase(
      officer,
      caseInput(ids, { field: 'drinking_water', enforcementItemCode: 'SFWJ-CF-024' }),
    );
    const list = await templates(c.id);
    expect(input(list, 'penalty_notice', 'discretion').value).not.toMatch(/BM-/);
    const preview = await officer.post(`/api/v1/cases/${c.id}/documents/preview`, {
      template: 'penalty_notice',
      inputs: { facts: '当事人未取得卫生许可证擅自供水' },
    });
    expect(preview.statusCode).toBe(200);
    expect(squash((await pdfText(preview.rawPayload)).text)).not.toMatch(/BM-SY-002/);
    // Typed by hand, an internal code is refused at issue like a blank.
    const typed = await officer.post(`/api/v1/cases/${c.id}/documents`, {
      template: 'supervision_opinion',
      inputs: { opinion: '依照BM-SY-002责令改正', basis: '《生活饮用水卫生监督管理办法》第七条' },
    });
    expect(typed.statusCode, typed.body).toBe(422);
    expect((typed.json() as { details: { missing: string[] } }).details.missing).toEqual([
      '文书中出现内部编码“BM-SY-002”，请改写为文字',
    ]);
  });

  it('the decision’s facts read once after “经查明，” however the officer typed them', async () => {
    const c = await createCase(
      officer,
      caseInput(ids, { summary: '经调查，经查，当事人未取得《医疗机构执业许可证》开展诊疗活动' }),
    );
    const list = await templates(c.id);
    expect(input(list, 'penalty_decision', 'facts').value).toBe(
      '当事人未取得《医疗机构执业许可证》开展诊疗活动',
    );
    const preview = await officer.post(`/api/v1/cases/${c.id}/documents/preview`, {
      template: 'penalty_decision',
      inputs: { procedure: '本机关立案调查。', facts: '经查，当事人擅自执业' },
    });
    const text = squash((await pdfText(preview.rawPayload)).text);
    expect(text).toContain('经查明，当事人擅自执业。');
    expect(text).not.toMatch(/经查明，经查|经调查，经查/);
  });
});
