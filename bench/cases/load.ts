// Bulk data for bench/cases.ts: 100 bodies under the demo province, ~30 people each, N cases with a
// realistic skew, and parties, events, deadlines, evidence and documents for a subset. Every table is
// filled by a few set-based statements (`insert … select … from generate_series`), never row by row.
import type pg from 'pg';

export interface LoadPlan {
  cases: number;
  /** Cases of the demo district (示范区卫生健康委员会), the body whose officers are measured. */
  demoCases: number;
  /** Share of the other bodies' cases that get parties, events and deadlines (the demo's and the brigade's all do). */
  detailShare: number;
}

export interface Loaded {
  province: { id: string; path: string };
  district: { id: string; path: string };
  brigadeId: string;
  bodies: number;
  timings: Array<[string, number]>;
  counts: Record<string, number>;
}

export function planLoad(cases: number): LoadPlan {
  // The demo district holds 3% of all cases, and at least 10,000 (30% of a small run) so a scoped query has real work.
  const demoCases = Math.max(Math.round(cases * 0.03), Math.min(10_000, Math.round(cases * 0.3)));
  return { cases, demoCases, detailShare: 0.1 };
}

const CITY_NAMES = ['东川', '西岭', '南湖', '北原', '青山', '白水', '金沙', '玉泉'];
const COUNTY_NAMES = ['城关', '新城', '开发', '高新', '河东', '河西', '江南', '江北', '山前', '山后', '临港'];
const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'.split(
    '',
  );
const GIVEN =
  '建国 丽华 志强 晓燕 海涛 静 卫东 敏 立新 芳 俊杰 秀英 国强 雪梅 文博 佳怡 明辉 婷婷 子豪 慧 振华 玉兰 浩然 欣怡 宇航 桂英 志明 淑珍 德胜 春燕'.split(
    ' ',
  );
const REGIONS = '示范 东川 西岭 南湖 北原 青山 白水 金沙 玉泉 城关 新城 河东 江南 临港'.split(' ');
const CORES = '康宁 仁和 博爱 济世 华康 福寿 安泰 惠民 百草 同心 瑞祥 天和 益康 明德 永安 春晖'.split(' ');
const SUFFIXES =
  '口腔诊所有限公司 门诊部 医院有限公司 美容医疗门诊部 大酒店有限公司 游泳馆 美发店 足浴店 供水站 幼儿园 职业技能培训学校 消毒用品有限公司 中医诊所 健康管理有限公司 宾馆'.split(
    ' ',
  );
const CAUSES = [
  '未取得医疗机构执业许可证擅自执业',
  '使用非卫生技术人员从事医疗卫生技术工作',
  '超出登记的诊疗科目范围开展诊疗活动',
  '未取得公共场所卫生许可证擅自营业',
  '从业人员未取得有效健康合格证明从事直接为顾客服务工作',
  '供水单位供应的饮用水不符合国家卫生标准',
  '未按规定对医疗废物进行分类收集',
  '未按规定开展职业病危害因素检测',
  '放射诊疗场所未设置警示标志',
  '未按规定报告传染病疫情',
  '学校教学环境不符合卫生标准',
  '生产经营无卫生许可证的消毒产品',
];
const FIELDS = [
  'medical',
  'medical',
  'medical',
  'public_place',
  'public_place',
  'drinking_water',
  'occupational',
  'radiation',
  'infectious',
  'school',
  'disinfection',
  'blood',
];
const SOURCES = ['投诉举报', '日常监督检查', '双随机抽查', '上级交办', '部门移送', '媒体曝光'];

// The penalty procedure's states by share (percent): 20% finished, 80% in progress, 5 of them leads without a deadline.
const STATE_SHARES: Array<[string, number]> = [
  ['closed', 10],
  ['archived', 6],
  ['not_filed', 2],
  ['no_penalty', 1],
  ['revoked', 1],
  ['lead', 5],
  ['filed', 8],
  ['investigating', 25],
  ['investigation_closed', 5],
  ['legal_review', 5],
  ['collective_discussion', 2],
  ['notified', 5],
  ['statement', 3],
  ['hearing_requested', 1],
  ['hearing_scheduled', 1],
  ['hearing_held', 1],
  ['waived', 3],
  ['decided', 5],
  ['served', 5],
  ['executing', 5],
  ['paid', 1],
];
const FINISHED = ['closed', 'archived', 'not_filed', 'no_penalty', 'revoked'];
const STATES_BY_PERCENT = STATE_SHARES.flatMap(([s, n]) => Array<string>(n).fill(s));
if (STATES_BY_PERCENT.length !== 100) throw new Error('state shares must add up to 100');

const EVIDENCE = [
  ['documentary', '营业执照复印件'],
  ['inspection_record', '现场笔录'],
  ['audiovisual', '现场检查视频'],
  ['party_statement', '询问笔录'],
  ['physical', '现场查获的器械'],
  ['electronic', '就诊登记系统截图'],
  ['testimony', '患者证言'],
  ['expert_opinion', '检验报告'],
];
const EVENT_PATH: Array<[string, string, string | null]> = [
  ['create', 'lead', null],
  ['file', 'filed', 'lead'],
  ['start_investigation', 'investigating', 'filed'],
  ['close_investigation', 'investigation_closed', 'investigating'],
  ['submit_review', 'legal_review', 'investigation_closed'],
  ['record_review', 'legal_review', 'legal_review'],
  ['notify', 'notified', 'legal_review'],
  ['waive_rights', 'waived', 'notified'],
];

/** A deterministic pseudo-random non-negative int per row and salt (no session state, same on PostgreSQL and PGlite). */
const h = (expr: string, salt: number) => `(hashint8((${expr})::bigint * 64 + ${salt}) & 2147483647)`;

/** Zipf-like weights: a few big bodies, a long tail of small ones. */
function spread(total: number, n: number): number[] {
  const w = Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, 0.8));
  const sum = w.reduce((a, b) => a + b, 0);
  const out = w.map((x) => Math.floor((x / sum) * total));
  out[0]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}

export async function loadCases(
  client: pg.PoolClient,
  plan: LoadPlan,
  log: (line: string) => void,
): Promise<Loaded> {
  const timings: Array<[string, number]> = [];
  const step = async (name: string, fn: () => Promise<unknown>) => {
    const t = performance.now();
    await fn();
    const ms = performance.now() - t;
    timings.push([name, ms]);
    log(`  ${name.padEnd(40)} ${(ms / 1000).toFixed(1).padStart(7)} s`);
  };
  const one = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
    (await client.query<T>(text, values)).rows[0]!;

  const province = await one<{ id: string; path: string }>(
    `select id, path from bodies where parent_id is null`,
  );
  const district = await one<{ id: string; path: string }>(
    `select id, path from bodies where name = '示范区卫生健康委员会'`,
  );
  const brigade = await one<{ id: string }>(
    `select id from bodies where name = '示范区卫生健康综合监督执法大队'`,
  );

  await step('bodies, units, people, certificates', async () => {
    // 8 cities under the province, 11 counties under each: with the demo's 4, 100 bodies. Paths are materialised
    // as the bodies service does it: the parent's path plus the new id and a slash.
    await client.query(
      `insert into bodies (id, parent_id, path, level, name, short_name, credit_code, nature, funding_source, staffing, body_type, legal_representative, address, complaint_phone, duties)
       select c.id, $1::uuid, $2 || c.id || '/', 'city', c.name || '市卫生健康委员会', left(c.name, 1) || '市', '12990' || lpad(c.n::text, 12, '0') || 'C',
              '行政机关', '财政全额拨款', 80, '卫生健康行政部门', '林' || c.name, c.name || '市人民路 1 号', '12320', '负责全市卫生健康监督执法。'
         from (select gen_random_uuid() as id, u.name, u.n from unnest($3::text[]) with ordinality u(name, n)) c`,
      [province.id, province.path, CITY_NAMES],
    );
    await client.query(
      `insert into bodies (id, parent_id, path, level, name, short_name, credit_code, nature, funding_source, staffing, body_type, legal_representative, address, complaint_phone, duties)
       select k.id, p.id, p.path || k.id || '/', 'county', left(p.name, 2) || '市' || k.name || '区卫生健康委员会', left(p.name, 1) || left(k.name, 1),
              '12990' || lpad((1000 + row_number() over (order by p.name, k.n))::text, 12, '0') || 'D',
              '行政机关', '财政全额拨款', 40, '卫生健康行政部门', '陈' || k.name, k.name || '区健康路 8 号', '12320', '依法对辖区内医疗卫生、公共卫生实施监督检查和行政处罚。'
         from bodies p cross join lateral (select gen_random_uuid() as id, u.name, u.n from unnest($1::text[]) with ordinality u(name, n) where p.id is not null) k
        where p.credit_code like '12990%C'`,
      [COUNTY_NAMES],
    );
    // Units: two handling units in every body (the demo district gets its second one), a legal unit and an office.
    await client.query(
      `insert into units (body_id, name, kind, phone)
       select b.id, u.name, u.kind, '12320' from bodies b
        cross join (values ('卫生监督执法一科', 'handling'), ('卫生监督执法二科', 'handling'), ('法规科', 'legal'), ('办公室', 'office')) u(name, kind)
        where b.id <> $1 or u.name = '卫生监督执法二科'
       on conflict (body_id, name) do nothing`,
      [district.id],
    );
    // ~30 people per body: 12 + 12 in the handling units, 3 legal, 3 office; the demo district gets 6 more officers
    // (its second handling unit) for 30.
    await client.query(
      `insert into people (body_id, unit_id, name, gender, post)
       select b.id, u.id, ($1::text[])[1 + (hashtext(b.id::text || g) & 2147483647) % cardinality($1::text[])] || ($2::text[])[1 + (g * 7 + b.n) % cardinality($2::text[])],
              case when g % 3 = 1 then 'female' else 'male' end, case when u.kind = 'handling' then '执法队员' else '科员' end
         from (select id, row_number() over (order by path) as n from bodies) b
         join units u on u.body_id = b.id
         cross join generate_series(1, 12) g
        where (u.kind = 'handling' and (b.id <> $3 or u.name = '卫生监督执法二科') and g <= case when b.id = $3 then 6 else 12 end)
           or (u.kind in ('legal', 'office') and b.id <> $3 and g <= 3)`,
      [SURNAMES, GIVEN, district.id],
    );
    // Certificates for the new officers (the demo's own people already have theirs), valid until 2029.
    await client.query(
      `insert into certificates (person_id, body_id, number, categories, region, issuer, issued_on, expires_on)
       select p.id, p.body_id, 'BX' || lpad(row_number() over (order by p.id)::text, 8, '0'), '{penalty,inspection}', '示范省', '示范省人民政府', '2024-01-01', '2029-12-31'
         from people p join units u on u.id = p.unit_id
        where u.kind = 'handling' and not exists (select 1 from certificates c where c.person_id = p.id)`,
    );
  });

  // Which body each case goes to: contiguous ranges of generate_series numbers, found with width_bucket.
  const others = await client.query<{ id: string }>(
    `select id from bodies where id <> $1 order by level = 'county' desc, hashtext(id::text)`,
    [district.id],
  );
  const bodyIds = [district.id, ...others.rows.map((r) => r.id)];
  const counts = [plan.demoCases, ...spread(plan.cases - plan.demoCases, others.rows.length)];
  const lows: number[] = [];
  let next = 1;
  for (const n of counts) {
    lows.push(next);
    next += n;
  }
  await client.query(`drop table if exists bench_body`);
  await client.query(
    `create temp table bench_body as
     select b.idx::int, b.id, b.lo::int, (b.lo + b.n - 1)::int as hi, o.officers, o.units, b.id = $4 or b.id = $5 as detailed
       from unnest($1::uuid[], $2::int[], $3::int[]) with ordinality b(id, lo, n, idx)
       join (select p.body_id, array_agg(p.id order by p.unit_id, p.name, p.id) as officers, array_agg(p.unit_id order by p.unit_id, p.name, p.id) as units
               from people p join units u on u.id = p.unit_id and u.kind = 'handling' group by p.body_id) o on o.body_id = b.id`,
    [bodyIds, lows, counts, district.id, brigade.id],
  );
  await client.query(`create index on bench_body (idx)`);
  const [{ n: mapped } = { n: 0 }] = (
    await client.query<{ n: number }>(`select count(*)::int as n from bench_body`)
  ).rows;
  if (mapped !== bodyIds.length)
    throw new Error(`only ${mapped} of ${bodyIds.length} bodies have handling officers`);

  // Secondary indexes of `cases` are dropped for the load and rebuilt from their own definitions afterwards.
  const indexDefs = (
    await client.query<{ name: string; def: string }>(
      `select i.indexname as name, i.indexdef as def from pg_indexes i
        where i.tablename = 'cases' and i.schemaname = current_schema()
          and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    )
  ).rows;

  await step(`cases (${plan.cases.toLocaleString('en')})`, async () => {
    for (const ix of indexDefs) await client.query(`drop index "${ix.name}"`);
    await client.query(
      `insert into cases (body_id, unit_id, kind, state, code, cause, field, source, place, summary, party_name, party_key, party_type,
                          lead_officer_id, officer_ids, record, opened_on, next_due, next_due_key, finished)
       select b.id, b.units[1 + s.o % cardinality(b.officers)], 'penalty', s.state,
              extract(year from s.opened)::text || '-' || case when s.seq < 100000 then lpad(s.seq::text, 5, '0') else s.seq::text end,
              ($4::text[])[1 + s.c % cardinality($4::text[])], ($5::text[])[1 + s.c % cardinality($5::text[])], ($6::text[])[1 + s.o % cardinality($6::text[])],
              ($9::text[])[1 + s.p % cardinality($9::text[])] || '区健康路' || (1 + s.p % 300) || '号', '经现场检查发现当事人涉嫌' || ($4::text[])[1 + s.c % cardinality($4::text[])] || '。',
              case when s.p % 10 < 7
                   then ($9::text[])[1 + (s.p / 16) % cardinality($9::text[])] || ($10::text[])[1 + (s.p / 256) % cardinality($10::text[])] || ($11::text[])[1 + (s.p / 4096) % cardinality($11::text[])]
                   else ($7::text[])[1 + (s.p / 16) % cardinality($7::text[])] || ($8::text[])[1 + (s.p / 4096) % cardinality($8::text[])] end,
              case when s.p % 10 < 7 then '91' || lpad(b.idx::text, 3, '0') || lpad(s.pk::text, 12, '0') || 'X' else '990102' || lpad(b.idx::text, 3, '0') || lpad(s.pk::text, 8, '0') || 'X' end,
              case when s.p % 10 < 7 then 'organisation' else 'person' end,
              b.officers[1 + s.o % cardinality(b.officers)], array[b.officers[1 + s.o % cardinality(b.officers)], b.officers[1 + (s.o + 1) % cardinality(b.officers)]],
              '{}'::jsonb, s.opened,
              case when s.state = any($3::text[]) or s.state = 'lead' then null else s.due end,
              case when s.state = any($3::text[]) or s.state = 'lead' then null
                   when s.state in ('notified', 'statement') then 'hearing_request' when s.state in ('hearing_requested', 'hearing_scheduled') then 'hearing_notice'
                   when s.state = 'decided' then 'service' when s.state in ('served', 'executing') then 'payment' else 'decision' end,
              s.state = any($3::text[])
         from (select t.*, t.g - bb.lo + 1 as seq, t.due - (10 + t.c % 80) as opened, bb.idx as bidx,
                      (t.g - bb.lo) % greatest(1, (bb.hi - bb.lo + 1) / 2) as pk,
                      ${h('bb.idx::bigint * 10000000 + (t.g - bb.lo) % greatest(1, (bb.hi - bb.lo + 1) / 2)', 5)} as p
                 from (select gs.g, width_bucket(gs.g, $1::int[]) as idx, ($2::text[])[1 + ${h('gs.g', 1)} % 100] as state,
                              ${h('gs.g', 2)} as o, ${h('gs.g', 3)} as c, '2026-01-01'::date + ${h('gs.g', 4)} % 365 as due
                         from generate_series(1, ${plan.cases}) gs(g)) t
                 join bench_body bb on bb.idx = t.idx) s
         join bench_body b on b.idx = s.bidx`,
      [lows, STATES_BY_PERCENT, FINISHED, CAUSES, FIELDS, SOURCES, SURNAMES, GIVEN, REGIONS, CORES, SUFFIXES],
    );
  });

  await step('cases indexes (rebuilt)', async () => {
    for (const ix of indexDefs) await client.query(ix.def);
  });

  // Details for the demo district's and the brigade's cases and a share of everyone else's: the case page needs content.
  const detailed = `from cases c join bench_body b on b.id = c.body_id
     cross join lateral (select hashtext(c.id::text) & 2147483647 as hc) x
    where b.detailed or x.hc % 1000 < ${Math.round(plan.detailShare * 1000)}`;
  await client.query(
    `create temp table bench_detail as select c.id, c.body_id, c.code, c.party_name, c.party_type, c.party_key, c.opened_on, c.next_due, c.next_due_key, c.finished, c.lead_officer_id, x.hc ${detailed}`,
  );
  await client.query(`create index on bench_detail (id)`);
  const [{ n: detailCases } = { n: 0 }] = (
    await client.query<{ n: number }>(`select count(*)::int as n from bench_detail`)
  ).rows;
  log(`  (${detailCases.toLocaleString('en')} cases get parties, events, deadlines, evidence and documents)`);

  await step('case_parties', () =>
    client.query(
      `insert into case_parties (case_id, role, type, name, id_type, id_number, credit_code, legal_representative, address, phone)
       select d.id, case when n = 1 then 'party' else 'agent' end, case when n = 1 then d.party_type else 'person' end,
              case when n = 1 then d.party_name else ($1::text[])[1 + d.hc % cardinality($1::text[])] || ($2::text[])[1 + (d.hc / 64) % cardinality($2::text[])] end,
              case when n = 1 and d.party_type = 'person' or n = 2 then 'resident_id' end,
              case when n = 1 and d.party_type = 'person' then d.party_key when n = 2 then '99010219800101' || lpad((d.hc % 10000)::text, 4, '0') end,
              case when n = 1 and d.party_type = 'organisation' then d.party_key end,
              case when n = 1 and d.party_type = 'organisation' then ($1::text[])[1 + (d.hc / 7) % cardinality($1::text[])] || ($2::text[])[1 + (d.hc / 11) % cardinality($2::text[])] end,
              '示范区健康路' || (1 + d.hc % 300) || '号', '139' || lpad((d.hc % 100000000)::text, 8, '0')
         from bench_detail d cross join generate_series(1, 1 + d.hc % 2) n`,
      [SURNAMES, GIVEN],
    ),
  );
  await step('case_events', () =>
    client.query(
      `insert into case_events (case_id, seq, action, data, from_state, to_state, legal_date, actor_id, actor_name)
       select d.id, n, ($1::text[])[n], jsonb_build_object('on', (d.opened_on + (n - 1) * 3)::text), ($3::text[])[n], ($2::text[])[n], d.opened_on + (n - 1) * 3, null, p.name
         from bench_detail d join people p on p.id = d.lead_officer_id cross join generate_series(1, 3 + d.hc % 6) n`,
      [EVENT_PATH.map((e) => e[0]), EVENT_PATH.map((e) => e[1]), EVENT_PATH.map((e) => e[2])],
    ),
  );
  await step('case_deadlines', () =>
    client.query(
      `insert into case_deadlines (case_id, body_id, key, from_date, due, citation, rule, status, closed_on)
       select d.id, d.body_id,
              case when n = 1 then coalesce(d.next_due_key, 'decision') else ($1::text[])[1 + (d.hc + n) % cardinality($1::text[])] end,
              d.opened_on, case when n = 1 then coalesce(d.next_due, d.opened_on + 90) else d.opened_on + n * 10 end,
              '《中华人民共和国行政处罚法》第六十条', '{"n": 90, "unit": "calendar_days"}'::jsonb,
              case when n = 1 and d.next_due is not null then 'open' when d.finished and n = 1 then 'cancelled' else 'met' end,
              case when n = 1 and d.next_due is not null then null else d.opened_on + n * 9 end
         from bench_detail d cross join generate_series(1, 1 + d.hc % 3) n`,
      [['decision', 'preservation_disposal', 'hearing_request', 'service']],
    ),
  );
  await step('case_evidence, case_documents', async () => {
    await client.query(
      `insert into case_evidence (case_id, seq, type, title, description, source, collected_on, collected_by)
       select d.id, n, ($1::text[])[1 + (d.hc / 3 + n) % cardinality($1::text[])], ($2::text[])[1 + (d.hc / 3 + n) % cardinality($2::text[])],
              '现场检查时提取', '当事人经营场所', d.opened_on + n, p.name
         from bench_detail d join people p on p.id = d.lead_officer_id cross join generate_series(1, d.hc % 4) n`,
      [EVIDENCE.map((e) => e[0]), EVIDENCE.map((e) => e[1])],
    );
    // The file keys are SHA-256-shaped digests, as the object store requires, of files the bench does not
    // write: the start-up sealing counts them as missing instead of stopping on a malformed key.
    await client.query(
      `insert into case_documents (case_id, body_id, template, template_version, title, number, content, content_hash, docx_key, pdf_key, signatures, issued_on)
       select d.id, d.body_id, 'filing_approval', 1, '立案审批表', '卫立〔' || d.code || '〕号',
              jsonb_build_object('title', '立案审批表', 'case', d.code, 'party', d.party_name), md5(d.id::text) || md5(d.code),
              md5(d.id::text || 'docx') || md5(d.code || 'docx'), md5(d.id::text || 'pdf') || md5(d.code || 'pdf'),
              '[]'::jsonb, d.opened_on + 1
         from bench_detail d where d.hc % 3 <> 0`,
    );
  });
  await step('vacuum analyze', async () => {
    for (const t of [
      'cases',
      'case_parties',
      'case_events',
      'case_deadlines',
      'case_evidence',
      'case_documents',
      'bodies',
      'units',
      'people',
      'certificates',
    ]) {
      await client.query(`vacuum analyze ${t}`);
    }
  });

  const tally = await client.query<{ t: string; n: number }>(
    `select 'bodies' as t, count(*)::int as n from bodies union all select 'people', count(*)::int from people
     union all select 'cases', count(*)::int from cases union all select 'cases of the demo district', count(*)::int from cases where body_id = $1
     union all select 'case_parties', count(*)::int from case_parties union all select 'case_events', count(*)::int from case_events
     union all select 'case_deadlines', count(*)::int from case_deadlines union all select 'case_evidence', count(*)::int from case_evidence
     union all select 'case_documents', count(*)::int from case_documents`,
    [district.id],
  );
  await client.query(`drop table bench_body`);
  await client.query(`drop table bench_detail`);
  return {
    province,
    district,
    brigadeId: brigade.id,
    bodies: bodyIds.length,
    timings,
    counts: Object.fromEntries(tally.rows.map((r) => [r.t, r.n])),
  };
}
