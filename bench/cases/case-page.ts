// The case page rows of bench/cases.ts: a case of officer1's with parties, events, deadlines, evidence and
// documents, read through CasesService.get against the same rows read directly (six statements at once on
// the same pool), with the statements the service sends and their plans on the case tables. A second row
// compares the same service call with every read the page makes written directly: the six, plus what the
// page also shows or checks (the reader's unit for C10 visibility, the calendar's overrides and covered
// years for due levels, the officers with their current certificates and reviews, the party's other
// cases), ten statements at once, the case-dependent ones by case id.
import type pg from 'pg';
import type { Services } from '../../src/services.ts';
import type { Ctx } from '../../src/platform/context.ts';
import { captureQueries, explain, fmt, interleaved, type Timing } from './measure.ts';

export async function measureCasePage({
  pool,
  services,
  officer,
  timing,
  fail,
}: {
  pool: pg.Pool;
  services: Services;
  officer: Ctx;
  timing: { warmup: number; iterations: number; budgetMs: number };
  fail: (msg: string) => void;
}): Promise<Array<{ label: string; service: Timing; raw: Timing }>> {
  const {
    rows: [picked],
  } = await pool.query<{ id: string }>(
    `select c.id from cases c
      where c.body_id = $1 and c.officer_ids @> array[$2]::uuid[] and not c.finished and c.next_due is not null
        and exists (select 1 from case_documents d where d.case_id = c.id)
        and (select count(*) from case_parties x where x.case_id = c.id) = 2
        and (select count(*) from case_evidence x where x.case_id = c.id) >= 2
        and (select count(*) from case_deadlines x where x.case_id = c.id) >= 2
      order by (select count(*) from case_events e where e.case_id = c.id) desc, c.id limit 1`,
    [officer.actor.bodyId, officer.actor.personId],
  );
  if (!picked) throw new Error('no case of officer1 with parties, events, deadlines, evidence and documents');
  const caseId = picked.id;
  const RAW_CASE = [
    'select c.*, b.path as body_path from cases c join bodies b on b.id = c.body_id where c.id = $1',
    'select * from case_parties where case_id = $1 order by created_at, id',
    'select * from case_events where case_id = $1 order by seq',
    'select * from case_deadlines where case_id = $1 order by created_at, key',
    'select * from case_evidence where case_id = $1 order by seq',
    'select * from case_documents where case_id = $1 order by created_at',
  ];
  const rawCase = () => Promise.all(RAW_CASE.map((text) => pool.query(text, [caseId])));
  const RAW_PAGE_EXTRA: Array<[string, unknown[]]> = [
    [
      'select unit_id from people where id = $1 and body_id = $2',
      [officer.actor.personId, officer.actor.bodyId],
    ],
    [
      `select (select json_agg(o) from calendar_overrides o) as overrides, (select json_agg(y) from calendar_covered_years y) as years`,
      [],
    ],
    [
      `select p.*, c.*, (select json_agg(r) from certificate_reviews r where r.certificate_id = c.id) as reviews
         from cases k join people p on p.id = any(k.officer_ids) and p.body_id = k.body_id
         left join lateral (select * from certificates c where c.person_id = p.id order by c.expires_on desc limit 1) c on true
        where k.id = $1`,
      [caseId],
    ],
    [
      `select c.id, c.code, c.kind, c.state, c.cause, c.opened_on from cases k join cases c on c.party_key = k.party_key
        where k.id = $1 and c.id <> k.id and c.body_id = $2
          and (c.officer_ids @> array[$3]::uuid[] or c.unit_id = (select unit_id from people where id = $3))
        order by c.opened_on desc, c.id limit 50`,
      [caseId, officer.actor.bodyId, officer.actor.personId],
    ],
  ];
  const rawPage = () =>
    Promise.all([
      ...RAW_CASE.map((text) => pool.query(text, [caseId])),
      ...RAW_PAGE_EXTRA.map(([text, values]) => pool.query(text, values)),
    ]);
  const serviceCase = () => services.cases.get(officer, caseId);
  const v = await serviceCase();
  const r = await rawCase();
  const got = [
    1,
    v.parties.length,
    v.timeline.length,
    v.deadlines.length,
    v.evidence.length,
    v.documents.length,
  ];
  const want = r.map((x) => x.rowCount ?? 0);
  if (got.join() !== want.join())
    fail(`case page: service rows ${got.join('/')} differ from raw ${want.join('/')}`);
  console.log(
    `  (case ${v.code}: ${v.parties.length} parties, ${v.timeline.length} events, ${v.deadlines.length} deadlines, ${v.evidence.length} evidence, ${v.documents.length} documents, ${v.linkedCases.length} linked)`,
  );
  const t = await interleaved(serviceCase, rawCase, timing);
  const row = { label: 'case page (officer1)', service: t.a, raw: t.b };
  console.log(
    `  ${'case page (officer1)'.padEnd(50)} service ${fmt(t.a.p50).padStart(7)} ms   raw ${fmt(t.b.p50).padStart(7)} ms`,
  );
  const all = await interleaved(serviceCase, rawPage, timing);
  const allRow = { label: 'case page (officer1), all its reads', service: all.a, raw: all.b };
  console.log(
    `  ${allRow.label.padEnd(50)} service ${fmt(all.a.p50).padStart(7)} ms   raw ${fmt(all.b.p50).padStart(7)} ms`,
  );
  const qs = await captureQueries(pool, serviceCase);
  console.log(
    `\ncase page: the service sends ${qs.length} statements (raw: ${RAW_CASE.length}); their plans on case tables:`,
  );
  for (const q of qs) {
    const p = await explain(pool, q);
    const head = q.text.replace(/\s+/g, ' ').trim().slice(0, 70);
    if (p.seqScans.length) fail(`case page: ${p.seqScans.join(', ')} in "${head}…"`);
    if (p.scans.length)
      console.log(`  ${head.padEnd(72)} ${p.scans.join(', ')}; ${p.rows} rows, ${p.ms.toFixed(2)} ms`);
  }
  return [row, allRow];
}
