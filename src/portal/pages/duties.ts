// `/duties` — 职责权限: the body's duties and powers (A1) and the 权责清单 summary, i.e. how many
// enforcement items (B1) it carries out in each category, each count linking to that part of the list.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import { CATEGORIES } from '../../modules/bodies/index.ts';
import { bodyForm, disclosure, disclosurePage, entries, listMeta } from '../catalogue.ts';
import { html } from '../html.ts';
import { sendHtml } from '../respond.ts';
import { phoneLink } from './body.ts';
import { categoryLabel } from './items.ts';

export function dutiesPage(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const d = await disclosure(services, req);
    const items = await entries(d, 'item');
    const categories = [
      ...CATEGORIES,
      ...new Set(
        items.map((i) => i.data.category).filter((c) => !(CATEGORIES as readonly string[]).includes(c)),
      ),
    ];
    const counts = categories.map((c) => ({
      category: c,
      items: items.filter((i) => i.data.category === c),
    }));
    const b = d.body;
    const delegator = b?.delegatedById ? d.bodies.find((x) => x.id === b.delegatedById) : undefined;

    const body = html`
<h1>职责权限</h1>
<p class="lead">公开执法主体的法定职责和权限，以及按执法类别统计的权责清单；具体事项及其依据见行政执法事项清单。</p>
${bodyForm(d, '/duties')}
${
  b
    ? html`<section class="panel" aria-labelledby="duties-title">
  <h2 class="section-title" id="duties-title">${b.name}</h2>
  <dl class="fields">
    <dt>主体性质</dt><dd>${b.nature}</dd>
    <dt>主体类别</dt><dd>${b.bodyType}</dd>
    <dt>职责权限</dt><dd>${b.duties || '—'}</dd>
    ${delegator ? html`<dt>委托机关</dt><dd><a href="/bodies/${delegator.id}">${delegator.name}</a></dd><dt>委托范围</dt><dd>${b.delegationScope || '—'}</dd>` : ''}
    <dt>投诉电话</dt><dd>${phoneLink(b.complaintPhone)}</dd>
  </dl>
  <p class="actions"><a href="/bodies/${b.id}">查看执法主体详细信息</a></p>
</section>
<section class="panel" aria-labelledby="powers-title">
  <h2 class="section-title" id="powers-title">权责清单（按执法类别）</h2>
  ${listMeta(d, items, '项执法事项')}
  <ul class="stat-grid">${counts.map((c) => {
    const inner = html`<span class="stat-num">${c.items.length}<small> 项</small></span><span class="stat-label">${categoryLabel(c.category)}</span>`;
    return c.items.length
      ? html`<li><a class="stat" href="${d.href('/items', {}, `cat-${c.category}`)}" aria-label="${categoryLabel(c.category)} ${c.items.length} 项，查看事项">${inner}</a></li>`
      : html`<li><span class="stat stat-zero">${inner}</span></li>`;
  })}</ul>
  <p class="actions">合计 <strong>${items.length} 项</strong> · <a href="${d.href('/items')}">查看全部执法事项</a></p>
</section>`
    : html`<p class="panel">暂无执法主体公开职责权限和执法事项。</p>`
}`;
    return sendHtml(reply, disclosurePage(d, { title: '职责权限', body }));
  };
}
