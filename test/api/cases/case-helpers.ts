// Shared helpers of the case HTTP tests (not a test file itself): the case shape, a case factory, a
// one-step driver that checks everything a step must change (state, version + 1, one timeline event,
// one ledger entry `case.<type>`, exactly the deadlines opened and closed), and snapshots to prove that
// a refused request changed nothing.
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Client, TestApp } from '../../helpers/app.ts';
import { sql, type DemoIds } from '../support.ts';
import { FULL_INPUTS } from '../../../src/modules/cases/documents/test-helpers.ts';
import { ALL_TEMPLATES } from '../../../src/modules/cases/documents/registry.ts';
import type { CaseKind } from '../../../src/modules/cases/machine.ts';
import { requirementOf } from '../../../src/modules/cases/step-requirements.ts';
import { DECISION_STEPS } from '../../../src/modules/publicity/service.ts';

export interface DeadlineOut {
  id: string;
  key: string;
  label: string;
  from: string;
  due: string;
  citation: string;
  rule: { n: number; unit: string };
  pausedDays: number;
  status: string;
  closedOn: string | null;
  level: string | null;
}

export interface CaseOut {
  id: string;
  bodyId: string;
  code: string;
  kind: string;
  state: string;
  finished: boolean;
  version: number;
  unitId: string | null;
  partyType: string;
  partyName: string;
  openedOn: string;
  record: Record<string, unknown>;
  officers: { id: string; name: string; lead: boolean; certificateValid: boolean }[];
  parties: { role: string; type: string; name: string; creditCode: string | null; idNumber: string | null }[];
  actions: { type: string }[];
  actionsForOthers: { type: string; permission: string }[];
  deadlines: DeadlineOut[];
  timeline: {
    seq: number;
    action: string;
    fromState: string | null;
    toState: string;
    legalDate: string;
    actorName: string;
    data: Record<string, unknown>;
  }[];
  linkedCases: { id: string; code: string; kind: string; state: string; cause: string; openedOn: string }[];
  evidence: { seq: number; title: string }[];
}

export interface ErrorOut {
  code: string;
  message: string;
  details: {
    rule?: string;
    citation?: string;
    field?: string;
    issues?: { field: string; message: string }[];
    currentVersion?: number;
  } | null;
}

export const ORG_CODE = '91350100M000100Y43';

/** The demo item the default case is registered under (未取得《医疗机构执业许可证》擅自执业). */
export const DEFAULT_ITEM = 'SFWJ-CF-001';

/**
 * A penalty case against an organisation, handled by officer1 (lead) and officer2, under the demo item
 * DEFAULT_ITEM (a penalty case names its item before 立案); other kinds carry no item unless given.
 */
export function caseInput(ids: DemoIds, over: Record<string, unknown> = {}) {
  const kind = over.kind ?? 'penalty';
  return {
    enforcementItemCode: kind === 'penalty' ? DEFAULT_ITEM : null,
    kind: 'penalty',
    field: 'medical',
    cause: '未取得医疗机构执业许可证擅自执业',
    source: '投诉举报',
    leadOfficerId: ids.personOf.officer1,
    officerIds: [ids.personOf.officer1, ids.personOf.officer2],
    parties: [
      {
        role: 'party',
        type: 'organisation',
        name: '示范口腔诊所有限公司',
        creditCode: ORG_CODE,
        legalRepresentative: '王五',
        address: '示范区人民路1号',
      },
    ],
    openedOn: '2026-08-01',
    particulars: { violationOn: '2026-07-01', discoveredOn: '2026-07-10' },
    ...over,
  };
}

export async function createCase(client: Client, input: Record<string, unknown>): Promise<CaseOut> {
  const res = await client.post('/api/v1/cases', input);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as CaseOut;
}

export async function getCase(client: Client, id: string): Promise<CaseOut> {
  const res = await client.get(`/api/v1/cases/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CaseOut;
}

/**
 * The documents a step brings (C2, step-requirements.ts), filled with every input of the template: each
 * step is taken with what the law requires of it unless a test says otherwise (`documents: []`). A
 * document served on the party carries the party's refusal noted by the officers.
 */
/**
 * The dates a document sets ahead may not be past on the issue day (preconditions.ts); the unit sheets are
 * dated in the spring, the server runs on TEST_NOW (2026-12-07), so these lie after it.
 */
const AHEAD_OF_TEST_NOW: Readonly<Record<string, Record<string, string>>> = {
  hearing_notice: { hearingDate: '2026-12-30' },
  payment_reminder: { deadline: '2026-12-30' },
};

export function documentsFor(kind: string, action: { type?: unknown }) {
  const row = requirementOf(kind as CaseKind, String(action.type));
  if (!row || (row.when && !row.when(action))) return [];
  return row.documents.map((need) => {
    const template = need.templates[0]!;
    const t = ALL_TEMPLATES.find((x) => x.key === template)!;
    return {
      template,
      inputs: { ...FULL_INPUTS[template], ...AHEAD_OF_TEST_NOW[template] },
      ...(t.partySigns ? { party: { refusedNote: '当事人拒绝签收，执法人员在场见证并录像' } } : {}),
    };
  });
}

/** Issues, through the API, the documents `action` requires (for tests that then take the step in the UI). */
export async function issueStepDocuments(client: Client, caseId: string, action: string, kind = 'penalty') {
  for (const d of documentsFor(kind, { type: action })) {
    const res = await client.post(`/api/v1/cases/${caseId}/documents`, d);
    expect(res.statusCode, res.body).toBe(201);
  }
}

export const act = (
  client: Client,
  c: { id: string; version: number; kind?: string },
  action: Record<string, unknown>,
  documents = documentsFor(c.kind ?? 'penalty', action),
) => client.post(`/api/v1/cases/${c.id}/actions`, { version: c.version, action, documents });

/** The 当场行政处罚决定书 a 简易程序 registration brings (`simple.document`), the party's signature refused. */
export const SIMPLE_SHEET = {
  inputs: FULL_INPUTS.simple_penalty_decision ?? {},
  party: { refusedNote: '当事人拒绝签收，执法人员在场见证并录像' },
};

/** One evidence item on the case (调查终结 needs at least one); returns the case after it. */
export async function addEvidence(client: Client, c: { id: string; version: number }): Promise<CaseOut> {
  const res = await client.post(`/api/v1/cases/${c.id}/evidence`, {
    type: 'documentary',
    title: '营业执照复印件',
    description: '证明当事人的主体资格',
    collectedOn: '2026-08-03',
    version: c.version,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CaseOut;
}

/** A refused step: 422 RULE_VIOLATION with the guard's code (and citation when given). */
export function expectRule(res: LightMyRequestResponse, rule: string, citation?: string) {
  const body = res.json() as ErrorOut;
  expect({ status: res.statusCode, code: body.code, rule: body.details?.rule }, res.body).toEqual({
    status: 422,
    code: 'RULE_VIOLATION',
    rule,
  });
  if (citation !== undefined) expect(body.details?.citation).toBe(citation);
  return body;
}

/** A 400 whose first issue names `field`. */
export function expectFieldError(res: LightMyRequestResponse, field: string) {
  const body = res.json() as ErrorOut;
  expect({ status: res.statusCode, code: body.code }, res.body).toEqual({
    status: 400,
    code: 'VALIDATION_FAILED',
  });
  const named = body.details?.issues?.[0]?.field ?? body.details?.field;
  expect(named, res.body).toBe(field);
  return body;
}

// ---------------------------------------------------------------------------------------------------
// Snapshots

export interface Snapshot {
  id: string;
  version: number;
  state: string;
  finished: boolean;
  nextDue: string | null;
  record: unknown;
  events: number;
  ledger: number;
  deadlines: { id: string; key: string; due: string; status: string }[];
}

export async function snapshot(t: TestApp, caseId: string): Promise<Snapshot> {
  const [c] = await sql<{
    version: number;
    state: string;
    finished: boolean;
    next_due: string | null;
    record: unknown;
  }>(t, 'select version, state, finished, next_due::text as next_due, record from cases where id = $1', [
    caseId,
  ]);
  const [e] = await sql<{ n: number }>(t, 'select count(*)::int as n from case_events where case_id = $1', [
    caseId,
  ]);
  const [l] = await sql<{ n: number }>(t, 'select count(*)::int as n from ledger_entries');
  const deadlines = await sql<{ id: string; key: string; due: string; status: string }>(
    t,
    'select id::text as id, key, due::text as due, status from case_deadlines where case_id = $1 order by id',
    [caseId],
  );
  return {
    id: caseId,
    version: c!.version,
    state: c!.state,
    finished: c!.finished,
    nextDue: c!.next_due,
    record: c!.record,
    events: Number(e!.n),
    ledger: Number(l!.n),
    deadlines,
  };
}

/** Nothing of the case changed: version, state, record, deadlines, events, and no ledger entry anywhere. */
export async function expectUnchanged(t: TestApp, before: Snapshot) {
  expect(await snapshot(t, before.id)).toEqual(before);
}

/** Row counts of everything a case request may write. */
export interface RowCounts {
  cases: number;
  parties: number;
  events: number;
  deadlines: number;
  evidence: number;
  ledger: number;
  counters: number;
  documents: number;
}

export async function rowCounts(t: TestApp): Promise<RowCounts> {
  const [r] = await sql<{ [K in keyof RowCounts]: number }>(
    t,
    `select (select count(*) from cases)::int as cases, (select count(*) from case_parties)::int as parties,
            (select count(*) from case_events)::int as events, (select count(*) from case_deadlines)::int as deadlines,
            (select count(*) from case_evidence)::int as evidence, (select count(*) from ledger_entries)::int as ledger,
            (select coalesce(sum(last), 0) from document_counters)::int as counters,
            (select count(*) from case_documents)::int as documents`,
  );
  return r!;
}

export async function lastLedger(t: TestApp) {
  const [row] = await sql<{ action: string; entity_id: string | null }>(
    t,
    'select action, entity_id from ledger_entries order by seq desc limit 1',
  );
  return row!;
}

// ---------------------------------------------------------------------------------------------------
// One step, fully checked

export interface StepExpectation {
  state: string;
  /** The legal date the step carries (timeline, closedOn of closed deadlines). */
  legalDate: string;
  /** New deadline rows: key → due. */
  opened?: Record<string, string>;
  /** Deadlines open before and closed by this step: key → status. */
  closed?: Record<string, 'met' | 'replaced' | 'cancelled'>;
  finished?: boolean;
}

/**
 * Takes one step and checks all it must change: 200, the state reached, version + 1, exactly one new
 * timeline event (the action, from/to state, legal date), exactly one new ledger entry `case.<type>` for
 * this case (and one `case.document_issued` per document the step brings), and exactly the deadline rows
 * opened and closed.
 */
export async function step(
  t: TestApp,
  client: Client,
  c: CaseOut,
  action: Record<string, unknown>,
  want: StepExpectation,
): Promise<CaseOut> {
  // 调查终结 rests on evidence (行政处罚法第四十条): a case without any gets one item first.
  if (action.type === 'close_investigation' && c.evidence.length === 0) c = await addEvidence(client, c);
  const before = await snapshot(t, c.id);
  const res = await act(client, c, action);
  expect(res.statusCode, `${String(action.type)}: ${res.body}`).toBe(200);
  const out = res.json() as CaseOut;
  expect(out.state).toBe(want.state);
  expect(out.version).toBe(c.version + 1);
  if (want.finished !== undefined) expect(out.finished).toBe(want.finished);

  const after = await snapshot(t, c.id);
  expect(after.events).toBe(before.events + 1);
  // The step's entry, then one per document it brought (issued after the step, in its transaction).
  const docs = documentsFor(c.kind, action).length;
  // A decision also creates its publication draft (E3), last, in the same transaction.
  const draft = DECISION_STEPS[c.kind ?? 'penalty']?.[String(action.type)] ? 1 : 0;
  expect(after.ledger).toBe(before.ledger + 1 + docs + draft);
  const recent = await sql<{ action: string; entity_id: string | null }>(
    t,
    'select action, entity_id from ledger_entries order by seq desc limit $1',
    [1 + docs + draft],
  );
  expect(recent.map((r) => r.action)).toEqual([
    ...(draft ? ['publicity.draft_created'] : []),
    ...Array.from({ length: docs }, () => 'case.document_issued'),
    `case.${String(action.type)}`,
  ]);
  expect(recent.at(-1)!.entity_id).toBe(c.id);
  const last = out.timeline[out.timeline.length - 1]!;
  expect({
    seq: last.seq,
    action: last.action,
    fromState: last.fromState,
    toState: last.toState,
    legalDate: last.legalDate,
  }).toEqual({
    seq: c.timeline.length + 1,
    action: action.type,
    fromState: c.state,
    toState: want.state,
    legalDate: want.legalDate,
  });

  const wasOpen = new Map(c.deadlines.filter((d) => d.status === 'open').map((d) => [d.id, d]));
  const known = new Set(c.deadlines.map((d) => d.id));
  const closed = Object.fromEntries(
    out.deadlines.filter((d) => wasOpen.has(d.id) && d.status !== 'open').map((d) => [d.key, d.status]),
  );
  const opened = Object.fromEntries(out.deadlines.filter((d) => !known.has(d.id)).map((d) => [d.key, d.due]));
  expect({ opened, closed }, `deadlines after ${String(action.type)}`).toEqual({
    opened: want.opened ?? {},
    closed: want.closed ?? {},
  });
  for (const d of out.deadlines) {
    if (wasOpen.has(d.id) && d.status !== 'open')
      expect(d.closedOn, `${d.key} closedOn`).toBe(want.legalDate);
    if (!known.has(d.id)) expect(d.status, `${d.key} is open`).toBe('open');
  }
  // The case's next due date is its earliest open deadline.
  const open = out.deadlines
    .filter((d) => d.status === 'open')
    .map((d) => d.due)
    .sort();
  expect(after.nextDue).toBe(open[0] ?? null);
  return out;
}
