// The body's case settings over HTTP: defaults, who may change them, optimistic locking, every refusal,
// and the province's 较大数额罚款 figures (行政处罚法第六十三条) deciding — at the day of the notice —
// whether the party may request a hearing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { insertBody } from '../../helpers/factories.ts';
import { demoIds, expectError, insertUserSql, sql, type DemoIds } from '../support.ts';
import { act, caseInput, createCase, expectRule, getCase, step, type CaseOut } from './case-helpers.ts';
import { reviewRound } from '../review/review-helpers.ts';

interface Settings {
  numberPattern: string;
  region: string;
  reviewAuthority: string;
  court: string;
  paymentBank: string;
  hearingFinePersonFen: number;
  hearingFineOrganisationFen: number;
  version: number;
}

describe('case settings', () => {
  let t: TestApp;
  let ids: DemoIds;
  let head: Client;
  let officer: Client;
  let reviewer: Client;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    head = await t.login('head1');
    officer = await t.login('officer1');
    reviewer = await t.login('reviewer1');
  });
  afterAll(() => t.close());

  /** The review through the review API (D2–D5): 送审, 分配 to reviewer1, ten points, 同意. */
  async function reviewedCase(
    c: CaseOut,
    dates: { submittedOn: string; reviewedOn: string },
  ): Promise<CaseOut> {
    const legalHead = await t.login('legalhead1');
    await reviewRound({ officer, legalHead, reviewer }, ids.personOf.reviewer1!, c.id, dates);
    return getCase(officer, c.id);
  }

  const current = async () => (await officer.get('/api/v1/document-settings')).json() as Settings;
  const settingsRows = () => sql(t, 'select * from document_settings');

  it('starts from the defaults drawn from the body, with the low hearing figures, at version 0', async () => {
    // A county commission of the test's own, so the defaults are drawn from a name the test chose.
    const county = await insertBody(t, ids.city, { name: '测试县卫生健康委员会', shortName: '测县' });
    const colleague = await t.login((await insertUserSql(t, county.id, ['officer'])).username);
    expect((await colleague.get('/api/v1/document-settings')).json()).toEqual({
      numberPattern: '{region}卫{field}{nature}〔{year}〕{seq}号',
      region: '测县',
      reviewAuthority: '测试县人民政府',
      court: '测试县人民法院',
      paymentBank: '本机关指定的罚没款代收银行',
      hearingFinePersonFen: 200_000,
      hearingFineOrganisationFen: 2_000_000,
      version: 0,
    });
    // The demo district too has none of its own yet.
    expect(await current()).toMatchObject({ paymentBank: '本机关指定的罚没款代收银行', version: 0 });
  });

  it('refuses bad figures, a bad pattern, officers and stale versions, changing nothing', async () => {
    const base = await current();
    const put = (client: Client, over: Partial<Settings>) =>
      client.put('/api/v1/document-settings', { ...base, ...over });
    for (const bad of [0, 99, 150_050, 10_000_000_100, -100, 1.5]) {
      const res = await put(head, { hearingFinePersonFen: bad });
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(JSON.stringify(res.json())).toContain('hearingFinePersonFen');
    }
    const { hearingFineOrganisationFen: _omit, ...missing } = base;
    expectError(await head.put('/api/v1/document-settings', missing), 400, 'VALIDATION_FAILED');
    expectError(await put(head, { numberPattern: '{region}卫罚{seq}号' }), 400, 'VALIDATION_FAILED');
    expectError(await put(officer, { hearingFinePersonFen: 1_000_000 }), 403, 'FORBIDDEN');
    expectError(await put(head, { version: 3 }), 409, 'VERSION_CONFLICT');
    expect(await settingsRows()).toEqual([]);
    expect(await sql(t, "select 1 from ledger_entries where action = 'documents.settings_changed'")).toEqual(
      [],
    );
  });

  it('the head saves the figures; the change is on the ledger and the next save needs the new version', async () => {
    const base = await current();
    const res = await head.put('/api/v1/document-settings', {
      ...base,
      hearingFinePersonFen: 1_000_000,
      hearingFineOrganisationFen: 5_000_000,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      ...base,
      hearingFinePersonFen: 1_000_000,
      hearingFineOrganisationFen: 5_000_000,
      version: 1,
    });
    expect(await current()).toEqual(res.json());
    const [entry] = await sql<{ payload: string }>(
      t,
      "select payload::text as payload from ledger_entries where action = 'documents.settings_changed'",
    );
    expect(JSON.parse(entry!.payload)).toMatchObject({
      hearingFinePersonFen: 1_000_000,
      hearingFineOrganisationFen: 5_000_000,
    });
    expectError(
      await head.put('/api/v1/document-settings', { ...base, version: 0 }),
      409,
      'VERSION_CONFLICT',
    );
  });

  it('of two saves at the same version exactly one wins', async () => {
    const base = await current();
    const [a, b] = await Promise.all([
      head.put('/api/v1/document-settings', { ...base, court: '示范区第一人民法院' }),
      head.put('/api/v1/document-settings', { ...base, court: '示范区第二人民法院' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = (a.statusCode === 200 ? a : b).json() as Settings;
    expect(await current()).toEqual(winner);
    expect(winner.version).toBe(base.version + 1);
  });

  describe('the hearing right follows the figures in force on the day of the notice', () => {
    // The steps carry August dates, so the list of next actions (computed for today) cannot show it.
    async function reviewed(fineFen: number): Promise<CaseOut> {
      let c = await createCase(officer, caseInput(ids));
      c = await step(
        t,
        head,
        c,
        { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' },
        { state: 'filed', legalDate: '2026-08-03', opened: { decision: '2026-11-02' } },
      );
      c = await step(
        t,
        officer,
        c,
        { type: 'start_investigation', on: '2026-08-04' },
        { state: 'investigating', legalDate: '2026-08-04' },
      );
      const proposal = { kinds: ['fine'], fineFen };
      c = await step(
        t,
        officer,
        c,
        { type: 'close_investigation', on: '2026-08-10', proposal, collectiveDiscussionRequired: false },
        { state: 'investigation_closed', legalDate: '2026-08-10' },
      );
      c = await reviewedCase(c, { submittedOn: '2026-08-11', reviewedOn: '2026-08-12' });
      return step(
        t,
        officer,
        c,
        { type: 'notify', servedOn: '2026-08-13', penalty: proposal },
        { state: 'notified', legalDate: '2026-08-13', opened: { hearing_request: '2026-08-20' } },
      );
    }
    const setOrganisationFigure = async (fen: number) => {
      const base = await current();
      const res = await head.put('/api/v1/document-settings', { ...base, hearingFineOrganisationFen: fen });
      expect(res.statusCode, res.body).toBe(200);
    };

    it('a 30000-yuan fine under a 50000-yuan organisation figure offers no hearing', async () => {
      const c = await reviewed(3_000_000);
      expect(c.record.hearingOffered).toBe(false);
      expectRule(
        await act(officer, c, { type: 'request_hearing', requestedOn: '2026-08-14' }),
        'HEARING_NOT_AVAILABLE',
      );
      expect((await getCase(officer, c.id)).version).toBe(c.version);
    });

    it('at the figure it offers one, and raising the figure later does not take the right back', async () => {
      const c = await reviewed(5_000_000);
      expect(c.record.hearingOffered).toBe(true);
      await setOrganisationFigure(10_000_000);
      const after = await getCase(officer, c.id);
      await step(
        t,
        officer,
        after,
        { type: 'request_hearing', requestedOn: '2026-08-14' },
        { state: 'hearing_requested', legalDate: '2026-08-14', closed: { hearing_request: 'met' } },
      );
    });
  });
});
