// C2, C5 over HTTP, the officer's findings of issue 13: 调查终结 was accepted with no evidence and no
// report, 事先告知 was recorded without a 告知书. A step now needs its document (issued before, or in the
// same request) and its evidence; a refusal names the missing item, cites the rule and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { FULL_INPUTS } from '../../../src/modules/cases/documents/test-helpers.ts';
import { demoIds, type DemoIds } from '../support.ts';
import {
  act,
  addEvidence,
  caseInput,
  createCase,
  documentsFor,
  expectRule,
  expectUnchanged,
  getCase,
  rowCounts,
  snapshot,
  type CaseOut,
  type ErrorOut,
} from './case-helpers.ts';

const REPORT =
  '《卫生行政执法文书规范》（案件调查终结报告）；《中华人民共和国行政处罚法》第四十条、第五十七条';
const NOTICE =
  '《卫生行政执法文书规范》（行政处罚事先告知书）；《中华人民共和国行政处罚法》第四十四条、第六十二条';
const CLOSE = {
  type: 'close_investigation',
  on: '2026-08-10',
  proposal: { kinds: ['warning', 'fine'], fineFen: 500_000 },
  collectiveDiscussionRequired: false,
};
const NOTIFY = {
  type: 'notify',
  servedOn: '2026-08-12',
  penalty: { kinds: ['warning', 'fine'], fineFen: 500_000 },
};

describe('each step backed by its document and evidence', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;
  let head: Client;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer = await t.login('officer1');
    head = await t.login('head1');
  });
  afterAll(() => t.close());

  async function investigating(): Promise<CaseOut> {
    const c = await createCase(officer, caseInput(ids, { cause: '调查终结测试' }));
    const filed = await act(head, c, { type: 'file', filedOn: '2026-08-03' });
    expect(filed.statusCode, filed.body).toBe(200);
    const started = await act(officer, filed.json() as CaseOut, {
      type: 'start_investigation',
      on: '2026-08-04',
    });
    expect(started.statusCode, started.body).toBe(200);
    return started.json() as CaseOut;
  }

  it('refuses 立案 without the 立案报告, and files with it in the same request', async () => {
    const c = await createCase(officer, caseInput(ids, { cause: '立案报告测试' }));
    const before = await snapshot(t, c.id);
    const refused = expectRule(
      await act(head, c, { type: 'file', filedOn: '2026-08-03' }, []),
      'STEP_DOCUMENT_MISSING',
    );
    expect(refused.details).toMatchObject({ missing: ['立案报告'] });
    await expectUnchanged(t, before);
  });

  it('refuses 调查终结 with no report, then with the report but no evidence — nothing written', async () => {
    const c = await investigating();
    const before = await snapshot(t, c.id);
    const counts = await rowCounts(t);
    const noReport = expectRule(await act(officer, c, CLOSE, []), 'STEP_DOCUMENT_MISSING', REPORT);
    expect(noReport.details).toMatchObject({ missing: ['案件调查终结报告'] });
    // With no evidence the report itself cannot be issued (it lists the evidence), so the refusal comes
    // from the document before the step's own evidence rule (unit-tested in step-requirements.test.ts).
    const noEvidence = expectRule(await act(officer, c, CLOSE), 'DOCUMENT_INCOMPLETE');
    expect((noEvidence as ErrorOut & { details: { missing: string[] } }).details.missing).toEqual([
      '证据（至少一项）',
    ]);
    await expectUnchanged(t, before);
    // The report issued with the refused step was rolled back with it: no document, no number used.
    expect(await rowCounts(t)).toEqual(counts);

    const withEvidence = await addEvidence(officer, c);
    const res = await act(officer, withEvidence, CLOSE);
    expect(res.statusCode, res.body).toBe(200);
    const closed = res.json() as CaseOut & { documents: { template: string }[] };
    expect(closed.state).toBe('investigation_closed');
    expect(closed.documents.map((d) => d.template)).toEqual(['filing_report', 'investigation_report']);
  });

  it('refuses 事先告知 without a 告知书, and with one the party has not received', async () => {
    let c = await addEvidence(officer, await investigating());
    const closed = await act(officer, c, CLOSE);
    expect(closed.statusCode, closed.body).toBe(200);
    c = closed.json() as CaseOut;
    const before = await snapshot(t, c.id);
    const missing = expectRule(await act(officer, c, NOTIFY, []), 'STEP_DOCUMENT_MISSING', NOTICE);
    expect(missing.details).toMatchObject({ missing: ['行政处罚事先告知书'] });
    await expectUnchanged(t, before);

    // Issued on its own, not signed for by the party and no 送达回执: not served.
    const issued = await officer.post(`/api/v1/cases/${c.id}/documents`, {
      template: 'penalty_notice',
      inputs: FULL_INPUTS.penalty_notice,
    });
    expect(issued.statusCode, issued.body).toBe(201);
    c = await getCase(officer, c.id);
    const unserved = expectRule(await act(officer, c, NOTIFY, []), 'STEP_DOCUMENT_NOT_SERVED', NOTICE);
    expect(unserved.details).toMatchObject({ missing: ['行政处罚事先告知书'] });

    // Served with the step: the party's refusal noted on a new 告知书, in the same transaction.
    const res = await act(officer, c, NOTIFY, documentsFor('penalty', NOTIFY));
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as CaseOut).state).toBe('notified');
  });
});
