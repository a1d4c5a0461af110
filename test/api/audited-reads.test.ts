// H3 audited reads over HTTP: opening a case, a person or a document writes exactly one ledger entry per
// view, naming the reader, the object and the address read from; a refused view (unknown or out of
// scope) writes none; the auditor reads the entries in Chinese.
import { SIMPLE_SHEET } from './cases/case-helpers.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { serverToday } from '../helpers/clock.ts';
import { caseInput, createCase, type CaseOut } from './cases/case-helpers.ts';
import {
  createPerson,
  demoIds,
  expectError,
  insertBodySql,
  insertUserSql,
  loginFrom,
  randomId,
  ROLE_ACCOUNTS,
  sql,
  type IpClient,
} from './support.ts';

type Entry = {
  action: string;
  actor_id: string | null;
  ip: string | null;
  entity_type: string;
  entity_id: string | null;
  payload: string;
};

describe('audited reads', () => {
  let t: TestApp;
  let officer: IpClient;
  let head: IpClient;
  let outsider: IpClient;
  let auditor: IpClient;
  let officerId: string;
  let headId: string;
  let theCase: CaseOut;
  let personId: string;
  let documentId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const ids = await demoIds(t);
    officer = await loginFrom(t, ROLE_ACCOUNTS.officer);
    head = await loginFrom(t, ROLE_ACCOUNTS.head);
    auditor = await loginFrom(t, ROLE_ACCOUNTS.auditor);
    const sibling = await insertBodySql(t, ids.city, { name: '示范市另一区卫生健康委员会' });
    outsider = await loginFrom(t, (await insertUserSql(t, sibling, ['head'])).username);
    const userIds = await sql<{ id: string; username: string }>(
      t,
      'select id, username from users where username in ($1, $2)',
      [ROLE_ACCOUNTS.officer, ROLE_ACCOUNTS.head],
    );
    officerId = userIds.find((u) => u.username === ROLE_ACCOUNTS.officer)!.id;
    headId = userIds.find((u) => u.username === ROLE_ACCOUNTS.head)!.id;
    theCase = await createCase(
      officer,
      caseInput(ids, {
        place: '示范区人民路 8 号',
        summary: '现场检查发现未取得医疗机构执业许可证擅自执业',
        particulars: { violationOn: serverToday(), discoveredOn: serverToday() },
        simple: { decidedOn: serverToday(), kinds: ['warning'], fineFen: null, document: SIMPLE_SHEET },
      }),
    );
    personId = (await createPerson(await loginFrom(t, ROLE_ACCOUNTS.sysadmin), ids.district)).id;
    const issued = await officer.post(`/api/v1/cases/${theCase.id}/documents`, {
      template: 'simple_penalty_decision',
      inputs: { at: `${serverToday()} 10:30` },
      party: { refusedNote: '当事人拒绝签名，执法人员张三、李四在场见证' },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    documentId = (issued.json() as { id: string }).id;
  });
  afterAll(() => t.close());

  const entries = (action: string) =>
    sql<Entry>(
      t,
      'select action, actor_id, ip, entity_type, entity_id, payload from ledger_entries where action = $1 order by seq',
      [action],
    );

  it('writes one entry per view of a case, naming reader, case and address', async () => {
    expect(await entries('case.viewed')).toEqual([]);
    const res = await officer.get(`/api/v1/cases/${theCase.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(await entries('case.viewed')).toEqual([
      {
        action: 'case.viewed',
        actor_id: officerId,
        ip: officer.ip,
        entity_type: 'case',
        entity_id: theCase.id,
        payload: JSON.stringify({ parties: theCase.parties.length }),
      },
    ]);
    expect((await head.get(`/api/v1/cases/${theCase.id}`)).statusCode).toBe(200);
    const both = await entries('case.viewed');
    expect(both.map((e) => [e.actor_id, e.ip, e.entity_id])).toEqual([
      [officerId, officer.ip, theCase.id],
      [headId, head.ip, theCase.id],
    ]);
  });

  it('writes no case entry for a refused view', async () => {
    const before = await entries('case.viewed');
    expectError(await outsider.get(`/api/v1/cases/${theCase.id}`), 404, 'NOT_FOUND');
    expectError(await officer.get(`/api/v1/cases/${randomId()}`), 404, 'NOT_FOUND');
    expect(await entries('case.viewed')).toEqual(before);
  });

  it('writes one entry per view of a person: a view, or a read of the personal data', async () => {
    expect((await officer.get(`/api/v1/people/${personId}`)).statusCode).toBe(200);
    expect(await entries('person.viewed')).toEqual([
      {
        action: 'person.viewed',
        actor_id: officerId,
        ip: officer.ip,
        entity_type: 'person',
        entity_id: personId,
        payload: '{}',
      },
    ]);
    expect((await head.get(`/api/v1/people/${personId}`)).statusCode).toBe(200);
    expect((await entries('person.viewed')).length).toBe(1);
    expect((await entries('person.personal_data_read')).map((e) => [e.actor_id, e.ip, e.entity_id])).toEqual([
      [headId, head.ip, personId],
    ]);
  });

  it('writes no person entry for a refused view', async () => {
    expectError(await outsider.get(`/api/v1/people/${personId}`), 404, 'NOT_FOUND');
    expectError(await officer.get(`/api/v1/people/${randomId()}`), 404, 'NOT_FOUND');
    expect((await entries('person.viewed')).length).toBe(1);
    expect((await entries('person.personal_data_read')).length).toBe(1);
  });

  it('writes one entry per view of a document, and none for a refused one', async () => {
    expect(await entries('case.document_viewed')).toEqual([]);
    expect((await officer.get(`/api/v1/documents/${documentId}`)).statusCode).toBe(200);
    expect(await entries('case.document_viewed')).toEqual([
      {
        action: 'case.document_viewed',
        actor_id: officerId,
        ip: officer.ip,
        entity_type: 'case_document',
        entity_id: documentId,
        payload: JSON.stringify({ template: 'simple_penalty_decision' }),
      },
    ]);
    expectError(await outsider.get(`/api/v1/documents/${documentId}`), 404, 'NOT_FOUND');
    expectError(await officer.get(`/api/v1/documents/${randomId()}`), 404, 'NOT_FOUND');
    expect((await entries('case.document_viewed')).length).toBe(1);
  });

  it('shows the views to the auditor in Chinese', async () => {
    const res = await auditor.get(`/api/v1/audit?limit=500&action=${encodeURIComponent('case.')}`);
    expect(res.statusCode, res.body).toBe(200);
    const items = (res.json() as { items: { action: string; label: string; entityName: string }[] }).items;
    const viewed = items.filter((i) => i.action === 'case.viewed');
    expect(viewed).toHaveLength(2);
    expect(viewed[0]).toMatchObject({ label: '查看案件', entityName: theCase.code });
    expect(items.find((i) => i.action === 'case.document_viewed')).toMatchObject({ label: '查看文书' });
    const person = await auditor.get(`/api/v1/audit?limit=500&event=person.viewed&entityId=${personId}`);
    expect((person.json() as { items: { label: string }[] }).items.map((i) => i.label)).toEqual(['查看人员']);
  });
});
