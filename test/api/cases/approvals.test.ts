// A5 over HTTP: a step reserved for the head records the signed-in approver, whatever name the client
// types (the action schemas take none), and the approver's queue lists what waits for them (立案, 决定),
// only for an approver of the case's body, and no longer once approved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { demoIds, type DemoIds } from '../support.ts';
import { act, caseInput, createCase, getCase, type CaseOut } from './case-helpers.ts';

interface Pending {
  items: { id: string; code: string; state: string; approvals: { type: string; label: string }[] }[];
}

describe('approvals by the signed-in approver', () => {
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

  const pending = async (client: Client) => {
    const res = await client.get('/api/v1/cases/pending-approvals');
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Pending;
  };

  it('records the approver of 立案 from the session, not the typed name', async () => {
    const c = await createCase(officer, caseInput(ids, { cause: '批准人测试' }));
    const res = await act(head, c, { type: 'file', filedOn: '2026-08-03', approvedBy: '张三（伪造）' });
    expect(res.statusCode, res.body).toBe(200);
    const filed = res.json() as CaseOut;
    const headName = filed.timeline.at(-1)!.actorName;
    expect(headName).not.toBe('张三（伪造）');
    expect(filed.record.filingApprovedBy).toBe(headName);
  });

  it('lists a case waiting for 立案 to the head only, until it is filed', async () => {
    const c = await createCase(officer, caseInput(ids, { cause: '待审批立案' }));
    const waiting = (await pending(head)).items.find((i) => i.id === c.id);
    expect(waiting?.approvals).toEqual([{ type: 'file', label: '立案' }]);
    expect((await pending(officer)).items).toEqual([]);
    const res = await act(head, await getCase(officer, c.id), { type: 'file', filedOn: '2026-08-03' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await pending(head)).items.some((i) => i.id === c.id)).toBe(false);
  });
});
