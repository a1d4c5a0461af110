// Issue 14, fuzz with ids of another body: the accounts of one body (a sibling district under the same
// city, one account per demo role) call every route that takes an id with the real ids of the demo
// district — its body, units, people, certificates, accounts, API token, cases, parties, evidence and
// documents — in the path, in the query (bodyId, unitId) and in body fields (bodyId, unitId, personId,
// parentId, officer lists), plus whole valid requests aimed at the district (a person, a body, a case).
// Every answer must be a refusal (400, 403 or 404) — but a list filtered by the district's id, which
// answers with nothing — no answer may carry the district's data (exported spreadsheets read unzipped),
// and no request may write anything. Prints the request and status counts.
import { SIMPLE_SHEET } from '../api/cases/case-helpers.ts';
import type { LightMyRequestResponse } from 'fastify';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { applicationTables } from '../helpers/table-snapshot.ts';
import {
  bodyInput,
  demoIds,
  insertBodySql,
  insertPersonSql,
  insertUserSql,
  loginFrom,
  personInput,
  ROLE_ACCOUNTS,
  sql,
  type DemoIds,
} from '../api/support.ts';
import { caseInput, ORG_CODE } from '../api/cases/case-helpers.ts';
import { serverToday } from '../helpers/clock.ts';
import {
  callerOf,
  FuzzRun,
  routeKey,
  sample,
  type Account,
  type Operation,
  type Request,
} from './requests.ts';

/** The district's records, by what an id parameter names. */
interface Foreign {
  body: string;
  unit: string;
  person: string;
  certificate: string;
  user: string;
  token: string;
  case: string;
  party: string;
  evidenceSeq: string;
  document: string;
  /** Text of the district's records that no answer to the sibling's accounts may contain. */
  markers: string[];
}

/** Answers a setup request of the district's officer, or stops the test with its answer. */
async function expectOk(res: Promise<LightMyRequestResponse>, status = 200) {
  const r = await res;
  if (r.statusCode !== status) throw new Error(`setup: ${r.statusCode} ${r.body}`);
  return r.json() as { id: string; version: number; code: string };
}

/**
 * The district's records: the demo's body, unit, officer, certificate and account, and a case opened by
 * its officer with a party, an evidence item and an issued decision (the template database has no cases).
 */
async function foreignRecords(t: TestApp, ids: DemoIds): Promise<Foreign> {
  const officer = await loginFrom(t, 'officer1');
  const partyName = '示范区悦来宾馆有限公司';
  const opened = await expectOk(
    officer.post('/api/v1/cases', {
      ...caseInput(ids, { field: 'public_place', source: '日常监督检查' }),
      cause: '公共场所从业人员未取得有效健康合格证明从事直接为顾客服务的工作',
      place: '示范区人民路 8 号悦来宾馆',
      summary: '现场检查发现服务员李某未取得有效健康合格证明从事客房服务工作',
      parties: [
        {
          role: 'party',
          type: 'organisation',
          name: partyName,
          creditCode: ORG_CODE,
          legalRepresentative: '陈六',
          address: '示范区人民路 8 号',
        },
      ],
      particulars: { violationOn: serverToday(), discoveredOn: serverToday() },
      simple: {
        decidedOn: serverToday(),
        kinds: ['warning', 'fine'],
        fineFen: 200_000,
        document: SIMPLE_SHEET,
      },
    }),
    201,
  );
  const withEvidence = await expectOk(
    officer.post(`/api/v1/cases/${opened.id}/evidence`, {
      type: 'electronic',
      title: '执法记录仪视频截图',
      description: '证明从业人员无健康合格证明',
      source: '现场提取',
      collectedOn: serverToday(),
      collectedBy: '执法人员',
      version: opened.version,
    }),
  );
  const document = await expectOk(
    officer.post(`/api/v1/cases/${opened.id}/documents`, {
      template: 'simple_penalty_decision',
      inputs: { at: `${serverToday()} 10:30` },
      party: { refusedNote: '当事人拒绝签名' },
    }),
    201,
  );
  const token = await expectOk(officer.post('/api/v1/auth/tokens', { name: '对接测试' }), 201);
  const [party] = await sql<{ id: string }>(t, 'select id from case_parties where case_id = $1', [opened.id]);
  const [person] = await sql<{ name: string }>(t, 'select name from people where id = $1', [
    ids.personOf.officer1,
  ]);
  return {
    body: ids.district,
    unit: ids.units.handling,
    person: ids.personOf.officer1!,
    certificate: ids.certOf[ids.certNumberOf.officer1!]!,
    user: ids.userOf.officer1!,
    token: token.id,
    case: opened.id,
    party: party!.id,
    evidenceSeq: String((withEvidence as unknown as { evidence: { seq: number }[] }).evidence[0]!.seq),
    document: document.id,
    markers: [withEvidence.code, partyName, person!.name, ids.certNumberOf.officer1!],
  };
}

/** An answer's text: a spreadsheet's XML parts unzipped, anything else as it came. */
async function readableText(res: LightMyRequestResponse): Promise<string> {
  if (!String(res.headers['content-type']).includes('spreadsheetml')) return res.body;
  const zip = await JSZip.loadAsync(res.rawPayload);
  const parts = Object.values(zip.files).filter((f) => f.name.endsWith('.xml'));
  return (await Promise.all(parts.map((f) => f.async('string')))).join('\n');
}

/** The district's id for a path parameter, by the collection it follows; undefined: not an id. */
function pathId(f: Foreign, path: string, name: string): string | undefined {
  if (name === 'partyId') return f.party;
  if (name === 'seq') return f.evidenceSeq;
  if (name !== 'id') return undefined;
  const collection = path.split('/')[3];
  const byCollection: Record<string, string> = {
    bodies: f.body,
    units: f.unit,
    people: f.person,
    certificates: f.certificate,
    users: f.user,
    auth: f.token,
    cases: f.case,
    documents: f.document,
  };
  return byCollection[collection!];
}

/** Body and query fields that name a record, with the district's record. */
const idFields = (f: Foreign): Record<string, unknown> => ({
  bodyId: f.body,
  unitId: f.unit,
  personId: f.person,
  parentId: f.body,
  caseId: f.case,
  userId: f.user,
  leadOfficerId: f.person,
  officerIds: [f.person],
});

/** The operation's minimal request with every id it takes (path, query, body) the district's. */
function foreignRequest(method: string, path: string, op: Operation, f: Foreign): Request | null {
  const fields = idFields(f);
  let foreign = false;
  const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const id = pathId(f, path, name);
    if (id) foreign = true;
    const param = op.parameters?.find((p) => p.in === 'path' && p.name === name);
    return encodeURIComponent(String(id ?? sample(param?.schema)));
  });
  const query = (op.parameters ?? [])
    .filter((p) => p.in === 'query' && (p.required || p.name in fields))
    .map((p) => {
      if (p.name in fields) foreign = true;
      return `${p.name}=${encodeURIComponent(String(fields[p.name] ?? sample(p.schema)))}`;
    });
  const schema = op.requestBody?.content?.['application/json']?.schema;
  let body = schema ? (sample(schema) as Record<string, unknown>) : undefined;
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const named = Object.keys(schema?.properties ?? {}).filter((k) => k in fields);
    if (named.length) foreign = true;
    body = { ...body, ...Object.fromEntries(named.map((k) => [k, fields[k]])) };
  }
  if (!foreign) return null;
  return {
    method,
    url: url + (query.length ? `?${query.join('&')}` : ''),
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  };
}

describe('fuzz: ids of another body', () => {
  let t: TestApp;
  let ids: DemoIds;
  let foreign: Foreign;
  /** The sibling body's accounts, one per demo role. */
  let accounts: Account[];

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    foreign = await foreignRecords(t, ids);
    const sibling = await insertBodySql(t, ids.city, { name: '示范市另一区卫生健康委员会' });
    accounts = [];
    for (const username of Object.values(ROLE_ACCOUNTS)) {
      const [row] = await sql<{ roles: string[] }>(t, 'select roles from users where username = $1', [
        username,
      ]);
      const roles = row?.roles ?? [];
      const user = await insertUserSql(t, sibling, roles);
      const person = await insertPersonSql(t, sibling);
      await sql(t, 'update users set person_id = $1 where id = $2', [person, user.id]);
      accounts.push({ roles, client: await loginFrom(t, user.username) });
    }
  });
  afterAll(() => t.close());

  it('refuses every request with an id of the district: 400, 403 or 404, no data, nothing written', async () => {
    const doc = (await t.anonymous().get('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    // The markers are what the district's own accounts see (spreadsheets included).
    const own = await loginFrom(t, 'head1');
    const seen =
      (await readableText(await own.get(`/api/v1/cases/${foreign.case}`))) +
      (await readableText(await own.get(`/api/v1/people/export?bodyId=${ids.district}`)));
    expect(foreign.markers.filter((m) => !seen.includes(m))).toEqual([]);

    const run = new FuzzRun(t, await applicationTables(t), () => []);
    const answers: string[] = [];
    const leaks: string[] = [];
    const send = async (route: string, r: Request) => {
      const res = await run.send(callerOf(t, accounts, route), route, r);
      answers.push(`${res.statusCode} ${r.method} ${r.url}`);
      const text = await readableText(res);
      for (const marker of foreign.markers)
        if (text.includes(marker)) leaks.push(`${res.statusCode} ${r.method} ${r.url}: ${marker}`);
    };
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [m, op] of Object.entries(ops)) {
        const method = m.toUpperCase();
        const route = routeKey(method, path);
        if (t.routeAccess.get(route) === 'public') continue;
        const r = foreignRequest(method, path, op, foreign);
        if (r) await send(route, r);
      }
    }
    // Whole valid requests, so the refusal is the scope's and not the validation's.
    const json = (method: string, url: string, body: unknown): Request => ({
      method,
      url,
      payload: JSON.stringify(body),
    });
    await send('POST /api/v1/people', json('POST', '/api/v1/people', personInput(ids.district)));
    await send('POST /api/v1/bodies', json('POST', '/api/v1/bodies', bodyInput(ids.district)));
    await send('POST /api/v1/cases', json('POST', '/api/v1/cases', caseInput(ids)));
    // The person and the body: the district is out of scope (404). The case names the district's officers,
    // none of whom the sibling's officer is: refused by the officer field (400).
    expect(answers.slice(-3).map((a) => a.split(' ')[0])).toEqual(['404', '404', '400']);

    console.log(run.summary('fuzz, ids of another body'));
    expect(run.failures).toEqual([]);
    // A list filtered by the district's id answers 200 with nothing of the district (the leak check);
    // anything else is refused.
    expect(answers.filter((a) => !/^(400|403|404) |^200 GET \/api\/v1\/people(\/export)?\?/.test(a))).toEqual(
      [],
    );
    expect(leaks).toEqual([]);
    expect(run.writes).toEqual([]);
    expect(run.requests).toBeGreaterThan(45);
  }, 600_000);
});
