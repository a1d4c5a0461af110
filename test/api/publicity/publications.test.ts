// E3–E8 through HTTP: a decision creates its draft with the legal deadline; the publisher's redaction
// edits; the approval chain refusing a skipped step, a wrong role and a second approval by one person;
// publishing with each channel's period; the 复议 outcome and the withdrawal with the portal's notice;
// the choice not to publish a minor's case; the expiry job at a fixed later clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/platform/clock.ts';
import { systemCtx } from '../../../src/platform/context.ts';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { demoIds, newIdNumber, sql, type DemoIds } from '../support.ts';
import { caseInput, createCase, SIMPLE_SHEET } from '../cases/case-helpers.ts';

interface Pub {
  id: string;
  caseId: string;
  status: string;
  intent: string;
  due: string;
  version: number;
  summary: Record<string, string | null>;
  fullText: string | null;
  spans: { start: number; end: number; category: string }[];
  source: { text: string } | null;
  channels: { channel: string; until: string | null; removedOn: string | null }[];
  approvals: { step: string; actorName: string }[];
  withdrawalDue: string | null;
  timeliness: { publication: string | null; withdrawal: string | null };
}

describe('publications (E3–E8)', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;
  let publisher: Client;
  let unitHead: Client;
  let deputy: Client;
  let head: Client;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer = await t.login('officer1');
    publisher = await t.login('publisher1');
    unitHead = await t.login('unithead1');
    deputy = await t.login('deputy1');
    head = await t.login('head1');
  });
  afterAll(() => t.close());

  const PERSON = '钱七';
  const PHONE = '13812345678';
  const ADDRESS = '示范区幸福里3栋502室';

  async function decidedOnTheSpot(minor = false) {
    const idNumber = newIdNumber();
    const c = await createCase(
      officer,
      caseInput(ids, {
        particulars: { violationOn: '2026-09-10', discoveredOn: '2026-09-10' },
        parties: [
          { role: 'party', type: 'person', name: PERSON, idNumber, phone: PHONE, address: ADDRESS, minor },
        ],
        simple: { decidedOn: '2026-09-10', kinds: ['fine'], fineFen: 20_000, document: SIMPLE_SHEET },
      }),
    );
    const [row] = await sql<{ id: string }>(t, 'select id from publications where case_id = $1', [c.id]);
    return { caseId: c.id, pubId: row!.id, idNumber };
  }

  const get = async (client: Client, id: string) => {
    const res = await client.get(`/api/v1/publicity/publications/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Pub;
  };
  const post = (client: Client, id: string, action: string, body: Record<string, unknown>) =>
    client.post(`/api/v1/publicity/publications/${id}/${action}`, body);
  const rule = (res: { statusCode: number; body: string }, code: string) => {
    expect(res.statusCode, res.body).toBe(422);
    expect((JSON.parse(res.body) as { details: { rule: string } }).details.rule).toBe(code);
  };

  // 2026-09-10 + 7 working days: Sunday 2026-09-20 is a make-up working day before 国庆节 (国办发明电〔2025〕7号).
  it('a decision creates a draft due 7 working days later, redacted, overdue by today', async () => {
    const { pubId, idNumber } = await decidedOnTheSpot();
    const p = await get(publisher, pubId);
    expect(p).toMatchObject({ status: 'draft', intent: 'publish', due: '2026-09-20' });
    expect(p.timeliness).toEqual({ publication: 'overdue', withdrawal: null });
    expect(p.summary).toMatchObject({
      partyName: '钱某',
      category: '行政处罚',
      conclusion: '罚款人民币200元',
    });
    expect(p.fullText).not.toBeNull();
    for (const secret of [PERSON, idNumber, PHONE, ADDRESS]) expect(p.fullText).not.toContain(secret);
    expect(p.source?.text).toContain(PERSON);
    const ledger = await sql<{ action: string }>(
      t,
      "select action from ledger_entries where entity_id = $1 and action like 'publicity.%' order by seq",
      [pubId],
    );
    expect(ledger.map((l) => l.action)).toEqual(['publicity.draft_created', 'publicity.source_viewed']);
    // The publisher's work queue lists it with its deadline, overdue, and leads to it.
    const wq = (await publisher.get('/api/v1/work-queue?limit=50')).json() as {
      sections: {
        key: string;
        items: { publicationId?: string; nextDue: string; dueLevel: string; stateLabel: string }[];
      }[];
    };
    const mine = wq.sections.find((s) => s.key === 'publicity')!.items.find((i) => i.publicationId === pubId);
    expect(mine).toMatchObject({ nextDue: '2026-09-20', dueLevel: 'overdue', stateLabel: '待编辑' });
    // Approvers never receive the clear text.
    expect((await get(unitHead, pubId)).source).toBeNull();
  });

  it('publisher edits, the chain approves in order, refusing skips, wrong roles and double approval', async () => {
    const { pubId, caseId } = await decidedOnTheSpot();
    let p = await get(publisher, pubId);
    // Incomplete summary (no legal basis yet) cannot be submitted.
    p = (
      await publisher.put(`/api/v1/publicity/publications/${pubId}`, { version: p.version, legalBasis: '' })
    ).json() as Pub;
    rule(await post(publisher, pubId, 'submit', { version: p.version }), 'SUMMARY_INCOMPLETE');
    p = await get(publisher, pubId);
    const source = p.source!.text;
    const at = source.indexOf('健康路8号');
    expect(at).toBeGreaterThan(0);
    const noReason = await publisher.put(`/api/v1/publicity/publications/${pubId}`, {
      version: p.version,
      edit: { op: 'add', start: at, end: at + 5, category: 'address', reason: '' },
    });
    expect(noReason.statusCode).toBe(400);
    const edited = await publisher.put(`/api/v1/publicity/publications/${pubId}`, {
      version: p.version,
      mode: 'full',
      legalBasis: '《医疗机构管理条例》第二十四条',
      edit: { op: 'add', start: at, end: at + 5, category: 'address', reason: '违法地点为当事人住所' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    p = edited.json() as Pub;
    expect(p.fullText).not.toContain('健康路8号');
    expect(p.spans.some((s) => s.start === at && s.end === at + 5)).toBe(true);

    expect((await post(unitHead, pubId, 'submit', { version: p.version })).statusCode).toBe(403);
    let res = await post(publisher, pubId, 'submit', { version: p.version });
    expect(res.statusCode, res.body).toBe(200);
    p = res.json() as Pub;
    expect(p.status).toBe('in_approval');
    rule(await post(head, pubId, 'approve', { version: p.version, step: 'head' }), 'APPROVAL_STEP_SKIPPED');
    rule(await post(deputy, pubId, 'approve', { version: p.version, step: 'unit_head' }), 'APPROVAL_ROLE');
    expect(
      (await post(unitHead, pubId, 'approve', { version: p.version - 1, step: 'unit_head' })).statusCode,
    ).toBe(409);
    p = (await post(unitHead, pubId, 'approve', { version: p.version, step: 'unit_head' })).json() as Pub;
    rule(await post(unitHead, pubId, 'approve', { version: p.version, step: 'deputy' }), 'APPROVAL_ROLE');
    p = (await post(deputy, pubId, 'approve', { version: p.version, step: 'deputy' })).json() as Pub;
    rule(await post(publisher, pubId, 'publish', { version: p.version }), 'NOT_APPROVED');
    p = (await post(head, pubId, 'approve', { version: p.version, step: 'head' })).json() as Pub;
    expect(p.status).toBe('approved');
    expect(p.approvals.map((a) => a.step)).toEqual(['drafter', 'unit_head', 'deputy', 'head']);

    res = await post(publisher, pubId, 'publish', { version: p.version });
    expect(res.statusCode, res.body).toBe(200);
    p = res.json() as Pub;
    expect(p.status).toBe('published');
    expect(p.channels.map((c) => [c.channel, c.until, c.removedOn])).toEqual([
      ['portal', '2031-09-10', null],
      ['credit', '2027-09-10', null],
    ]);

    const page = await t.anonymous().get(`/decisions/${pubId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('钱某');
    expect(page.body).not.toContain(PERSON);
    expect(page.body).not.toContain('健康路8号');

    // 复议 revokes the decision: withdrawal due in 3 working days, then withdrawn with a notice.
    res = await publisher.post(`/api/v1/publicity/cases/${caseId}/outcome`, {
      via: 'reconsideration',
      result: 'revoked',
      decidedOn: '2026-12-04',
      note: '复议机关以事实不清为由撤销',
    });
    expect(res.statusCode, res.body).toBe(200);
    p = res.json() as Pub;
    expect(p.withdrawalDue).toBe('2026-12-10');
    expect(p.timeliness.withdrawal).toBeNull(); // due beyond the two working days of "soon"
    p = (await post(publisher, pubId, 'withdraw', { version: p.version, reason: '复议撤销' })).json() as Pub;
    expect(p.status).toBe('withdrawn');
    expect(p.channels.every((c) => c.removedOn === '2026-12-07')).toBe(true);
    const notice = await t.anonymous().get(`/decisions/${pubId}`);
    expect(notice.statusCode).toBe(200);
    expect(notice.body).toContain('经行政复议，原执法决定被撤销');
    expect(notice.body).not.toContain('罚款人民币200元');
    const list = await t.anonymous().get('/decisions');
    expect(list.body).not.toContain(pubId);
  });

  it('a minor party: not published, with a reason, approved and counted', async () => {
    const { pubId } = await decidedOnTheSpot(true);
    let p = await get(publisher, pubId);
    expect(p.intent).toBe('not_publish');
    const res = await post(publisher, pubId, 'submit', { version: p.version });
    expect(res.statusCode).toBe(400);
    p = (
      await publisher.put(`/api/v1/publicity/publications/${pubId}`, {
        version: p.version,
        notPublishedNote: '当事人系未满十八周岁的未成年人',
      })
    ).json() as Pub;
    p = (await post(publisher, pubId, 'submit', { version: p.version })).json() as Pub;
    for (const [client, step] of [
      [unitHead, 'unit_head'],
      [deputy, 'deputy'],
      [head, 'head'],
    ] as const)
      p = (await post(client, pubId, 'approve', { version: p.version, step })).json() as Pub;
    expect(p.status).toBe('not_published');
    const listed = (await publisher.get('/api/v1/publicity/publications?status=not_published')).json() as {
      items: Pub[];
    };
    expect(listed.items.map((i) => i.id)).toContain(pubId);
    expect((await t.anonymous().get(`/decisions/${pubId}`)).statusCode).toBe(404);
  });

  it('the expiry job takes each channel down at the end of its period, logged', async () => {
    const { pubId } = await decidedOnTheSpot();
    let p = await get(publisher, pubId);
    p = (
      await publisher.put(`/api/v1/publicity/publications/${pubId}`, {
        version: p.version,
        legalBasis: '《医疗机构管理条例》第二十四条',
      })
    ).json() as Pub;
    p = (await post(publisher, pubId, 'submit', { version: p.version })).json() as Pub;
    for (const [client, step] of [
      [unitHead, 'unit_head'],
      [deputy, 'deputy'],
      [head, 'head'],
    ] as const)
      p = (await post(client, pubId, 'approve', { version: p.version, step })).json() as Pub;
    expect((await post(publisher, pubId, 'publish', { version: p.version })).statusCode).toBe(200);
    const lifecycle = t.services.publicationLifecycle;
    // The credit period ends 2027-09-10: the day after, only that channel comes down.
    await lifecycle.expire(systemCtx(fixedClock('2027-09-11T02:00:00.000Z')));
    p = await get(publisher, pubId);
    expect(p.status).toBe('published');
    expect(p.channels.map((c) => [c.channel, c.removedOn])).toEqual([
      ['portal', null],
      ['credit', '2027-09-11'],
    ]);
    await lifecycle.expire(systemCtx(fixedClock('2031-09-11T02:00:00.000Z')));
    p = await get(publisher, pubId);
    expect(p.status).toBe('expired');
    const logged = await sql<{ n: number }>(
      t,
      "select count(*)::int as n from ledger_entries where entity_id = $1 and action = 'publicity.expired'",
      [pubId],
    );
    expect(logged[0]!.n).toBe(2);
    expect((await t.anonymous().get(`/decisions/${pubId}`)).body).toContain('公示期已满');
  });

  it('no public path ever serves a party name, ID number, phone or address of the case', async () => {
    const { pubId, idNumber } = await decidedOnTheSpot();
    let p = await get(publisher, pubId);
    p = (
      await publisher.put(`/api/v1/publicity/publications/${pubId}`, {
        version: p.version,
        mode: 'full',
        legalBasis: '《医疗机构管理条例》第二十四条',
      })
    ).json() as Pub;
    p = (await post(publisher, pubId, 'submit', { version: p.version })).json() as Pub;
    for (const [client, step] of [
      [unitHead, 'unit_head'],
      [deputy, 'deputy'],
      [head, 'head'],
    ] as const)
      p = (await post(client, pubId, 'approve', { version: p.version, step })).json() as Pub;
    p = (await post(publisher, pubId, 'publish', { version: p.version })).json() as Pub;
    expect(p.status).toBe('published');
    const paths = [
      '/decisions',
      '/decisions?q=%E9%92%B1',
      '/decisions?order=date&category=%E8%A1%8C%E6%94%BF%E5%A4%84%E7%BD%9A',
      `/decisions/${pubId}`,
      '/open-data/decisions.csv',
      '/open-data/decisions.json',
      '/feeds/decisions.atom',
    ];
    const anon = t.anonymous();
    for (const path of paths) {
      const res = await anon.get(path);
      expect(res.statusCode, path).toBe(200);
      expect(res.headers['cache-control'], path).toMatch(/^public, max-age=/);
      for (const secret of [PERSON, idNumber, idNumber.toLowerCase(), PHONE, ADDRESS])
        expect(res.body.includes(secret), `${path} shows ${secret}`).toBe(false);
    }
    const json = (await anon.get('/open-data/decisions.json')).json() as { items: { id: string }[] };
    expect(json.items.map((i) => i.id)).toContain(pubId);
    expect((await anon.get('/feeds/decisions.atom')).body).toContain(`urn:uuid:${pubId}`);
    expect((await anon.get(`/decisions/${pubId}`)).body).toContain('决定书全文');
  });

  it('the portal refuses malformed queries with a 400 page, unknown ids with 404', async () => {
    const anon = t.anonymous();
    expect((await anon.get('/decisions?from=2026-13-45')).statusCode).toBe(400);
    expect((await anon.get('/decisions?q=a&q=b')).statusCode).toBe(400);
    expect((await anon.get(`/decisions?q=${'长'.repeat(51)}`)).statusCode).toBe(400);
    expect((await anon.get('/decisions?page=0')).statusCode).toBe(400);
    expect((await anon.get('/decisions/not-a-uuid')).statusCode).toBe(404);
    expect((await anon.get('/decisions/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it("prefills the summary's 依据 from the case's enforcement item, articles in force on the decision date", async () => {
    const c = await createCase(
      officer,
      caseInput(ids, {
        cause: '安排未获得有效健康合格证明的从业人员从事直接为顾客服务工作',
        field: 'public_place',
        enforcementItemCode: 'SFWJ-CF-018',
        openedOn: '2026-12-01',
        particulars: { violationOn: '2026-12-01', discoveredOn: '2026-12-01' },
        simple: { decidedOn: '2026-12-01', kinds: ['warning'], fineFen: null, document: SIMPLE_SHEET },
      }),
    );
    const [row] = await sql<{ id: string; legal_basis: string }>(
      t,
      'select id, legal_basis from publications where case_id = $1',
      [c.id],
    );
    const basis = await t.services.catalog.basisForItem(
      { actor: { id: null, name: 'test' }, ip: null, now: new Date() },
      ids.district,
      'SFWJ-CF-018',
      '2026-12-01',
    );
    expect(basis?.violated).toBeTruthy();
    expect(row!.legal_basis).toBe(`违反${basis!.violated}；依据${basis!.penalty}`);
    expect((await get(publisher, row!.id)).summary.legalBasis).toBe(row!.legal_basis);
  });

  it('supervision (E11) counts each decision per body: overdue, never published, not published', async () => {
    type Counts = {
      bodies: {
        bodyId: string;
        decisions: number;
        overdue: number;
        neverPublished: number;
        notPublished: number;
        published: number;
      }[];
    };
    const counts = async () =>
      ((await head.get('/api/v1/publicity/supervision')).json() as Counts).bodies.find(
        (b) => b.bodyId === ids.district,
      )!;
    const before = await counts();
    await decidedOnTheSpot();
    const { pubId } = await decidedOnTheSpot(true);
    const after = await counts();
    expect({
      decisions: after.decisions - before.decisions,
      overdue: after.overdue - before.overdue,
      neverPublished: after.neverPublished - before.neverPublished,
      notPublished: after.notPublished - before.notPublished,
      published: after.published - before.published,
    }).toEqual({ decisions: 2, overdue: 2, neverPublished: 2, notPublished: 0, published: 0 });
    let p = await get(publisher, pubId);
    p = (
      await publisher.put(`/api/v1/publicity/publications/${pubId}`, {
        version: p.version,
        notPublishedNote: '未成年人',
      })
    ).json() as Pub;
    expect((await post(publisher, pubId, 'submit', { version: p.version })).statusCode).toBe(200);
    const inApproval = await counts();
    expect([inApproval.overdue - before.overdue, inApproval.neverPublished - before.neverPublished]).toEqual([
      2, 1,
    ]);
    expect((await t.anonymous().get('/api/v1/publicity/supervision')).statusCode).toBe(401);
    expect((await officer.get('/api/v1/publicity/supervision')).statusCode).toBe(403);
  });

  it('the chain is configurable by the head, never skipping the 承办人 or reordering', async () => {
    expect(
      (await publisher.put('/api/v1/publicity/settings/chain', { chain: ['drafter', 'head'] })).statusCode,
    ).toBe(403);
    const bad = await head.put('/api/v1/publicity/settings/chain', { chain: ['unit_head', 'head'] });
    expect(bad.statusCode).toBe(400);
    const reorder = await head.put('/api/v1/publicity/settings/chain', {
      chain: ['drafter', 'head', 'deputy'],
    });
    expect(reorder.statusCode).toBe(400);
    const ok = await head.put('/api/v1/publicity/settings/chain', {
      chain: ['drafter', 'unit_head', 'head'],
    });
    expect(ok.json()).toEqual({ chain: ['drafter', 'unit_head', 'head'] });
    await head.put('/api/v1/publicity/settings/chain', { chain: ['drafter', 'unit_head', 'deputy', 'head'] });
  });
});
