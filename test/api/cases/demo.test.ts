// The demo cases (npm start) are made through the real procedures: each reaches its intended stage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.ts';
import { seedDemoCases } from '../../../src/demo/cases/index.ts';
import { ledgerEvents } from '../../../src/app.ts';
import { sql } from '../support.ts';
import { serverToday } from '../../helpers/clock.ts';

describe('demo cases', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoCases(t.services);
  }, 120_000);
  afterAll(() => t.close());

  it('cover every stage the issue asks for', async () => {
    const rows = await sql<{ kind: string; state: string; cause: string }>(
      t,
      'select kind, state, cause from cases order by opened_on, code',
    );
    expect(rows.length).toBe(13);
    const states = rows.map((r) => `${r.kind}:${r.state}`).sort();
    expect(states).toEqual(
      expect.arrayContaining([
        'penalty:lead',
        'penalty:filed',
        'penalty:investigating',
        'penalty:notified',
        'penalty:paid',
        'penalty:archived',
        'penalty:no_penalty',
        'coercion:extended',
        'inspection:correction_ordered',
        'permit:accepted',
      ]),
    );
    // 简易程序 closed after payment; a hearing was held; an extension of the seizure; one overdue.
    expect(
      (
        await sql<{ n: string }>(t, "select count(*)::text n from case_events where action = 'decide_simple'")
      )[0]!.n,
    ).toBe('1');
    expect(
      (
        await sql<{ n: string }>(t, "select count(*)::text n from case_events where action = 'hold_hearing'")
      )[0]!.n,
    ).toBe('1');
    expect(
      (
        await sql<{ n: string }>(
          t,
          "select count(*)::text n from case_events e join cases c on c.id = e.case_id where c.kind = 'coercion' and e.action = 'extend'",
        )
      )[0]!.n,
    ).toBe('1');
    expect(
      (
        await sql<{ n: string }>(t, `select count(*)::text n from cases where next_due < '${serverToday()}'`)
      )[0]!.n,
    ).toBe('1');
    expect(
      (await sql<{ n: string }>(t, "select count(*)::text n from case_reminders where level = 'overdue'"))[0]!
        .n,
    ).toBe('1');
    // Electronic data with its file and capture details (C7); a witness and an agent met during the investigation (C4).
    expect(
      await sql(t, 'select type, file_name, size::int, device from case_evidence where sha256 is not null'),
    ).toEqual([
      {
        type: 'electronic',
        file_name: '移动执法终端检查记录.csv',
        size: 183,
        device: '移动执法终端 YD-0231',
      },
    ]);
    expect(
      await sql(
        t,
        "select p.role, p.name, (select name from case_parties q where q.id = p.represents_id) as principal from case_parties p where p.role <> 'party' order by p.role desc",
      ),
    ).toEqual([
      { role: 'witness', name: '林小雨', principal: null },
      { role: 'agent', name: '周律', principal: '示范区康宁口腔诊所有限公司' },
    ]);
  });

  // H3: every code written anywhere in the demo — organisation, catalogue and every step of its cases —
  // is a registered event (with its Chinese label), and its schema reads what was stored.
  it('writes its ledger only with registered events whose schemas read their payloads', async () => {
    const rows = await sql<{ action: string; payload: string }>(
      t,
      'select action, payload from ledger_entries',
    );
    const actions = [...new Set(rows.map((r) => r.action))];
    expect(actions.length).toBeGreaterThan(25);
    expect(actions.filter((a) => !ledgerEvents.has(a))).toEqual([]);
    const unread = rows.filter(
      (r) => !ledgerEvents.definition(r.action)!.payload.safeParse(JSON.parse(r.payload)).success,
    );
    expect(unread.map((r) => r.action)).toEqual([]);
  });
});
