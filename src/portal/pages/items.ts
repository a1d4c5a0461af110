// `/items` — B1 行政执法事项清单 of a body, grouped by category (执法类别) and field (领域), numbered like
// the published spreadsheet; each item's legal basis is resolved to the articles in force and linked to
// the legal-basis page. `/items/:code` shows one item with the articles quoted.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import { CATEGORIES, CATEGORY_LABELS, type Category } from '../../modules/bodies/index.ts';
import type { ArticleRef } from '../../modules/catalog/index.ts';
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
import { html } from '../html.ts';
import { sendHtml } from '../respond.ts';

type Item = Entry<'item'>;

export const categoryLabel = (c: string): string => CATEGORY_LABELS[c as Category] ?? c;

function itemMatches(q: string, e: Item): boolean {
  const d = e.data;
  return matches(
    q,
    e.code,
    d.name,
    categoryLabel(d.category),
    d.field,
    d.basisText,
    d.handlingUnit,
    d.timeLimit,
    d.description,
    d.benchmarkCode,
  );
}

/** Categories in the fixed order of CATEGORIES (unknown ones last), fields in order of first appearance. */
function grouped(list: Item[]) {
  const categories = [
    ...CATEGORIES,
    ...new Set(
      list.map((e) => e.data.category).filter((c) => !(CATEGORIES as readonly string[]).includes(c)),
    ),
  ];
  return categories
    .map((category) => {
      const inCategory = list.filter((e) => e.data.category === category);
      const fields = [...new Set(inCategory.map((e) => e.data.field || '其他'))];
      return {
        category,
        count: inCategory.length,
        fields: fields.map((field) => ({
          field,
          items: inCategory.filter((e) => (e.data.field || '其他') === field),
        })),
      };
    })
    .filter((g) => g.count);
}

export function itemsPage(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const d = await disclosure(services, req);
    const all = await entries(d, 'item');
    const shown = all.filter((e) => itemMatches(d.q, e));
    const cites = await citeAll(
      d,
      shown.map((e) => e.data.basis as ArticleRef[]),
    );
    const citesOf = new Map(shown.map((e, i) => [e.code, cites[i]!]));
    // 序号 follows the published order of the whole list, so an item keeps its number in a search.
    const seq = new Map(
      grouped(all)
        .flatMap((g) => g.fields.flatMap((f) => f.items))
        .map((e, i) => [e.code, i + 1]),
    );
    const groups = grouped(shown);

    const row = (e: Item) => html`<tr>
    <td class="seq" data-label="序号">${seq.get(e.code)}</td>
    <td class="title" data-label="事项名称"><a href="${d.href(`/items/${encodeURIComponent(e.code)}`)}">${e.data.name}</a><small class="code">${e.code} · ${versionLine(e)}</small></td>
    <td data-label="事项类别">${categoryLabel(e.data.category)}</td>
    <td data-label="实施依据">${citationList(d, citesOf.get(e.code) ?? [], e.data.basisText)}</td>
    <td data-label="裁量基准">${e.data.benchmarkCode ? html`<a href="${d.href(`/benchmarks/${encodeURIComponent(e.data.benchmarkCode)}`)}">${e.data.benchmarkCode}</a>` : '—'}</td>
    <td data-label="承办机构">${e.data.handlingUnit || '—'}</td>
    <td data-label="办理时限">${e.data.timeLimit || '—'}</td>
  </tr>`;

    const body = html`
<h1>行政执法事项清单</h1>
<p class="lead">按执法类别和领域公开本机关实施的行政许可、行政处罚、行政强制、行政检查等执法事项，以及每个事项的实施依据、裁量基准、承办机构和办理时限。</p>
${listMeta(d, all, '项')}
${searchForm(d, { action: '/items', id: 'items', label: '事项名称、领域、依据或编码', placeholder: '如：医疗机构 或 公共场所' })}
${resultLine(d, shown.length, '项')}
${
  groups.length
    ? html`<nav class="toc" aria-label="执法类别"><ul>${groups.map((g) => html`<li><a href="#cat-${g.category}">${categoryLabel(g.category)}（${g.count}）</a></li>`)}</ul></nav>
${groups.map(
  (g) => html`<section class="group" aria-labelledby="cat-${g.category}">
  <h2 class="section-title" id="cat-${g.category}">${categoryLabel(g.category)}（${g.count} 项）</h2>
  ${g.fields.map(
    (f) => html`<h3 class="field-title">${f.field}</h3>
  <table class="list list-items">
  <caption class="sr-only">${categoryLabel(g.category)} · ${f.field}</caption>
  <thead><tr><th scope="col" class="seq">序号</th><th scope="col" class="w-name">事项名称</th><th scope="col" class="w-cat">事项类别</th><th scope="col" class="w-basis">实施依据</th><th scope="col" class="w-bm">裁量基准</th><th scope="col" class="w-unit">承办机构</th><th scope="col">办理时限</th></tr></thead>
  <tbody>${f.items.map(row)}</tbody>
  </table>`,
  )}
</section>`,
)}`
    : emptyList(d, '行政执法事项')
}`;
    return sendHtml(reply, disclosurePage(d, { title: '行政执法事项清单', body }));
  };
}

export function itemPage(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const code = codeParam(req);
    const d = await disclosure(services, req);
    const all = await entries(d, 'item');
    const e = all.find((x) => x.code === code);
    if (!e) throw notFound('执法事项', d.href('/items'), '行政执法事项清单');
    const [cites = []] = await citeAll(d, [e.data.basis]);
    const guides = (await entries(d, 'service_guide')).filter((g) => g.data.itemCode === e.code);
    const benchmark = e.data.benchmarkCode
      ? (await entries(d, 'benchmark')).find((b) => b.code === e.data.benchmarkCode)
      : undefined;
    const listHref = d.href('/items');

    const body = html`
<article class="panel" aria-labelledby="item-title">
  <p class="kicker"><span class="badge">${categoryLabel(e.data.category)}</span>${e.data.field ? html` <span class="badge badge-plain">${e.data.field}</span>` : ''}</p>
  <h1 id="item-title">${e.data.name}</h1>
  <p class="meta">${d.body ? html`<span>发布主体：<a href="/bodies/${d.body.id}">${d.body.name}</a></span> ` : ''}<span>事项编码：${e.code}</span> ${versionLine(e)}</p>
  <dl class="fields">
    <dt>事项名称</dt><dd>${e.data.name}</dd>
    <dt>事项类别</dt><dd>${categoryLabel(e.data.category)}</dd>
    <dt>所属领域</dt><dd>${e.data.field || '—'}</dd>
    <dt>承办机构</dt><dd>${e.data.handlingUnit || '—'}</dd>
    <dt>办理时限</dt><dd>${e.data.timeLimit || '—'}</dd>
    <dt>裁量基准</dt><dd>${
      e.data.benchmarkCode
        ? html`<a href="${d.href(`/benchmarks/${encodeURIComponent(e.data.benchmarkCode)}`)}">${benchmark ? benchmark.data.violation : e.data.benchmarkCode}</a>（${e.data.benchmarkCode}）`
        : '不适用'
    }</dd>
    ${guides.length ? html`<dt>服务指南</dt><dd>${guides.map((g) => html`<a href="${d.href(`/guides/${encodeURIComponent(g.code)}`)}">${g.data.name}服务指南与流程图</a> `)}</dd>` : ''}
    ${e.data.description ? html`<dt>说明</dt><dd>${e.data.description}</dd>` : ''}
  </dl>
</article>
<section class="panel" aria-labelledby="basis-title">
  <h2 class="section-title" id="basis-title">实施依据</h2>
  ${citationBlocks(d, cites, e.data.basisText)}
</section>
<p><a class="button button-secondary" href="${listHref}">返回执法事项清单</a></p>`;
    return sendHtml(
      reply,
      disclosurePage(d, {
        title: e.data.name,
        crumbs: [{ label: '行政执法事项清单', href: listHref }, { label: e.data.name }],
        body,
      }),
    );
  };
}
