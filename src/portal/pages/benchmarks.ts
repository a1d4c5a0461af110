// `/benchmarks` — B3 行政处罚裁量基准 (published under 行政处罚法第三十四条), listed by field; `/benchmarks/:code`
// shows one violation with its 违法依据 and 处罚依据 (articles quoted) and the table of circumstance tiers
// with the fine range in words (describeFineRule, the same data the discretion engine computes with).
// `/no-penalty` — the 不予处罚/减轻处罚清单 derived from the benchmarks' 不予处罚 and 减轻处罚 tiers.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import {
  PENALTY_LABELS,
  TIER_LABELS,
  TIERS,
  type ArticleRef,
  type PenaltyKind,
  type Tier,
  describeFineRule,
} from '../../modules/catalog/index.ts';
import {
  citationBlocks,
  citationList,
  citeAll,
  codeParam,
  disclosure,
  disclosurePage,
  emptyList,
  entries,
  listMeta,
  matches,
  notFound,
  resultLine,
  searchForm,
  versionLine,
  type Entry,
} from '../catalogue.ts';
import { html, type SafeHtml } from '../html.ts';
import { sendHtml } from '../respond.ts';

type Benchmark = Entry<'benchmark'>;
type TierData = Benchmark['data']['tiers'][number];

const tierLabel = (t: string) => TIER_LABELS[t as Tier] ?? t;
const penaltyLabel = (p: string) => PENALTY_LABELS[p as PenaltyKind] ?? p;
const TIER_CLASS: Record<Tier, string> = {
  none: 'tier-none',
  mitigated: 'tier-mitigated',
  lighter: 'tier-lighter',
  general: 'tier-general',
  heavier: 'tier-heavier',
};

/** Tiers in the order of TIERS (不予 → 从重), whatever order the data lists them in. */
function sortedTiers(tiers: TierData[]): TierData[] {
  const order = (t: string) => {
    const i = (TIERS as readonly string[]).indexOf(t);
    return i < 0 ? TIERS.length : i;
  };
  return [...tiers].sort((a, b) => order(a.tier) - order(b.tier));
}

/** The penalties of a tier in words: 不予处罚 has none; 罚款 is spelled out in the range column. */
function penaltiesText(t: TierData): string {
  if (t.tier === 'none') return '不予行政处罚';
  return t.penalties.length ? t.penalties.map(penaltyLabel).join('、') : '—';
}

function fineText(t: TierData): string {
  if (t.tier === 'none') return '—';
  return describeFineRule(t.fine);
}

function tierBadge(t: string): SafeHtml {
  return html`<span class="badge tier ${TIER_CLASS[t as Tier] ?? ''}">${tierLabel(t)}</span>`;
}

function benchmarkMatches(q: string, e: Benchmark): boolean {
  const d = e.data;
  return matches(
    q,
    e.code,
    d.violation,
    d.category,
    ...d.tiers.flatMap((t) => [tierLabel(t.tier), ...t.conditions, t.note ?? '']),
  );
}

const href = (code: string) => `/benchmarks/${encodeURIComponent(code)}`;

export function benchmarksPage(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const d = await disclosure(services, req);
    const all = await entries(d, 'benchmark');
    const shown = all.filter((e) => benchmarkMatches(d.q, e));
    const cites = await citeAll(
      d,
      shown.map((e) => e.data.penaltyArticles as ArticleRef[]),
    );
    const citesOf = new Map(shown.map((e, i) => [e.code, cites[i]!]));
    const fields = [...new Set(shown.map((e) => e.data.category || '其他'))];
    const fieldId = (f: string) => `field-${fields.indexOf(f) + 1}`;

    const body = html`
<h1>行政处罚裁量基准</h1>
<p class="lead">行政机关依法制定并公开行政处罚裁量基准，规范行使行政处罚裁量权（《中华人民共和国行政处罚法》第三十四条）。每个违法行为按情节分为不予处罚、减轻、从轻、一般、从重等裁量阶次，列明适用情形和处罚幅度。</p>
${listMeta(d, all, '个违法行为')}
${searchForm(d, { action: '/benchmarks', id: 'benchmarks', label: '违法行为、领域或适用情形', placeholder: '如：擅自执业 或 公共场所' })}
${resultLine(d, shown.length, '个违法行为')}
${
  fields.length
    ? html`<nav class="toc" aria-label="领域"><ul>${fields.map((f) => html`<li><a href="#${fieldId(f)}">${f}（${shown.filter((e) => (e.data.category || '其他') === f).length}）</a></li>`)}</ul></nav>
${fields.map(
  (f) => html`<section class="group" aria-labelledby="${fieldId(f)}">
  <h2 class="section-title" id="${fieldId(f)}">${f}</h2>
  <table class="list list-bm">
  <caption class="sr-only">${f}领域裁量基准</caption>
  <thead><tr><th scope="col">违法行为</th><th scope="col" class="w-code">编码</th><th scope="col" class="w-tiers">裁量阶次</th><th scope="col" class="w-basis">处罚依据</th></tr></thead>
  <tbody>${shown
    .filter((e) => (e.data.category || '其他') === f)
    .map(
      (e) => html`<tr>
    <td data-label="违法行为"><a href="${d.href(href(e.code))}">${e.data.violation}</a><small class="code">${versionLine(e)}</small></td>
    <td data-label="编码" class="nowrap">${e.code}</td>
    <td data-label="裁量阶次"><span class="tiers">${sortedTiers(e.data.tiers).map((t) => tierBadge(t.tier))}</span></td>
    <td data-label="处罚依据">${citationList(d, citesOf.get(e.code) ?? [])}</td>
  </tr>`,
    )}</tbody>
  </table>
</section>`,
)}`
    : emptyList(d, '行政处罚裁量基准')
}`;
    return sendHtml(reply, disclosurePage(d, { title: '行政处罚裁量基准', body }));
  };
}

export function benchmarkPage(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const code = codeParam(req);
    const d = await disclosure(services, req);
    const e = (await entries(d, 'benchmark')).find((x) => x.code === code);
    if (!e) throw notFound('裁量基准', d.href('/benchmarks'), '行政处罚裁量基准');
    const [violated = [], penalty = []] = await citeAll(d, [e.data.violatedArticles, e.data.penaltyArticles]);
    const items = (await entries(d, 'item')).filter((i) => i.data.benchmarkCode === e.code);
    const listHref = d.href('/benchmarks');

    const body = html`
<article class="panel" aria-labelledby="bm-title">
  <p class="kicker"><span class="badge">行政处罚裁量基准</span>${e.data.category ? html` <span class="badge badge-plain">${e.data.category}</span>` : ''}</p>
  <h1 id="bm-title">${e.data.violation}</h1>
  <p class="meta">${d.body ? html`<span>发布主体：<a href="/bodies/${d.body.id}">${d.body.name}</a></span> ` : ''}<span>编码：${e.code}</span> ${versionLine(e)}</p>
  <dl class="fields">
    <dt>违法行为</dt><dd>${e.data.violation}</dd>
    <dt>所属领域</dt><dd>${e.data.category || '—'}</dd>
    ${items.length ? html`<dt>执法事项</dt><dd>${items.map((i) => html`<a href="${d.href(`/items/${encodeURIComponent(i.code)}`)}">${i.data.name}</a>（${i.code}） `)}</dd>` : ''}
  </dl>
</article>
<section class="panel" aria-labelledby="violated-title">
  <h2 class="section-title" id="violated-title">违法依据</h2>
  ${citationBlocks(d, violated)}
</section>
<section class="panel" aria-labelledby="penalty-title">
  <h2 class="section-title" id="penalty-title">处罚依据</h2>
  ${citationBlocks(d, penalty)}
</section>
<section class="panel" aria-labelledby="tiers-title">
  <h2 class="section-title" id="tiers-title">裁量阶次与处罚幅度</h2>
  <table class="list list-tiers">
  <caption class="sr-only">${e.data.violation}的裁量阶次</caption>
  <thead><tr><th scope="col" class="w-tier">裁量阶次</th><th scope="col" class="w-cond">适用情形</th><th scope="col" class="w-kind">处罚种类</th><th scope="col" class="w-fine">罚款幅度</th><th scope="col">备注</th></tr></thead>
  <tbody>${sortedTiers(e.data.tiers).map(
    (t) => html`<tr>
    <td data-label="裁量阶次">${tierBadge(t.tier)}</td>
    <td data-label="适用情形">${t.conditions.length ? html`<ul class="conditions">${t.conditions.map((c) => html`<li>${c}</li>`)}</ul>` : '—'}</td>
    <td data-label="处罚种类">${penaltiesText(t)}</td>
    <td data-label="罚款幅度">${fineText(t)}</td>
    <td data-label="备注">${t.note || '—'}</td>
  </tr>`,
  )}</tbody>
  </table>
  <p class="muted">金额均含本数（“以上”“以下”包括本数）。拟作出的处罚超出本基准幅度的，应当书面说明理由并经法制审核。</p>
</section>
<p><a class="button button-secondary" href="${listHref}">返回裁量基准</a></p>`;
    return sendHtml(
      reply,
      disclosurePage(d, {
        title: e.data.violation,
        crumbs: [{ label: '行政处罚裁量基准', href: listHref }, { label: e.data.violation }],
        body,
      }),
    );
  };
}

export function noPenaltyPage(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const d = await disclosure(services, req);
    const all = await entries(d, 'benchmark');
    const rows = (tier: 'none' | 'mitigated') =>
      all.flatMap((e) => {
        const t = e.data.tiers.find((x) => x.tier === tier);
        return t && matches(d.q, e.code, e.data.violation, e.data.category, ...t.conditions, t.note ?? '')
          ? [{ e, t }]
          : [];
      });
    const none = rows('none');
    const mitigated = rows('mitigated');
    const all2 = [...none, ...mitigated];
    const cites = await citeAll(
      d,
      all2.map(({ e }) => e.data.penaltyArticles as ArticleRef[]),
    );
    const citesOf = new Map(all2.map(({ e }, i) => [e.code, cites[i]!]));
    const listed = all.filter((e) => e.data.tiers.some((t) => t.tier === 'none' || t.tier === 'mitigated'));

    const table = (list: typeof none, what: string, withFine: boolean) =>
      list.length
        ? html`<table class="list">
  <caption class="sr-only">${what}</caption>
  <thead><tr><th scope="col">违法行为</th><th scope="col">适用情形</th>${withFine ? html`<th scope="col">处罚幅度</th>` : ''}<th scope="col">处理方式</th><th scope="col">处罚依据</th></tr></thead>
  <tbody>${list.map(
    ({ e, t }) => html`<tr>
    <td data-label="违法行为"><a href="${d.href(href(e.code))}">${e.data.violation}</a><small class="code">${e.code} · ${e.data.category} · ${versionLine(e)}</small></td>
    <td data-label="适用情形"><ul class="conditions">${t.conditions.map((c) => html`<li>${c}</li>`)}</ul></td>
    ${withFine ? html`<td data-label="处罚幅度">${penaltiesText(t)}；${fineText(t)}</td>` : ''}
    <td data-label="处理方式">${t.note || (t.tier === 'none' ? '不予行政处罚，责令改正' : '—')}</td>
    <td data-label="处罚依据">${citationList(d, citesOf.get(e.code) ?? [])}</td>
  </tr>`,
  )}</tbody>
</table>`
        : html`<p class="panel">${d.q ? html`未找到与“${d.q}”相符的${what}事项。` : html`暂无${what}事项。`}</p>`;

    const body = html`
<h1>不予处罚、减轻处罚清单</h1>
<p class="lead">根据裁量基准中“不予处罚”“减轻处罚”阶次生成。违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚；初次违法且危害后果轻微并及时改正的，可以不予行政处罚（《中华人民共和国行政处罚法》第三十三条）。具有该法第三十二条规定情形的，应当从轻或者减轻处罚。对当事人不予处罚的，应当对其进行教育。</p>
${listMeta(d, listed, '个违法行为')}
${searchForm(d, { action: '/no-penalty', id: 'no-penalty', label: '违法行为或适用情形', placeholder: '如：初次违法 或 卫生检测' })}
${resultLine(d, all2.length, '条')}
${
  d.body
    ? html`<section class="group" aria-labelledby="none-title">
  <h2 class="section-title" id="none-title">不予处罚事项（${none.length}）</h2>
  ${table(none, '不予处罚', false)}
</section>
<section class="group" aria-labelledby="mitigated-title">
  <h2 class="section-title" id="mitigated-title">减轻处罚事项（${mitigated.length}）</h2>
  ${table(mitigated, '减轻处罚', true)}
</section>`
    : emptyList(d, '不予处罚、减轻处罚清单')
}`;
    return sendHtml(reply, disclosurePage(d, { title: '不予处罚、减轻处罚清单', body }));
  };
}
