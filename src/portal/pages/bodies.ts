// `/bodies` — E1 list of enforcement bodies (A1), grouped by level of the hierarchy (省/市/区县) so a
// visitor finds "their" health commission quickly; entrusted organisations name their entrusting body,
// because they act in its name and complaints about them go to it.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import type { PublicBody } from '../../modules/bodies/index.ts';
import { html } from '../html.ts';
import { LEVEL_LABELS, page } from '../layout.ts';
import { sendHtml } from '../respond.ts';

const LEVELS = ['province', 'city', 'county'] as const;

export function bodiesPage(services: Services) {
  return async (_req: FastifyRequest, reply: FastifyReply) => {
    const [bodies, counts, host] = await Promise.all([
      services.publicRegister.bodies(),
      services.publicRegister.officerCounts(),
      services.publicRegister.siteHost(),
    ]);
    const byId = new Map(bodies.map((b) => [b.id, b]));

    const card = (b: PublicBody) => {
      const parent = b.parentId ? byId.get(b.parentId) : undefined;
      const delegator = b.delegatedById ? byId.get(b.delegatedById) : undefined;
      return html`<li class="body-card">
  <h3><a href="/bodies/${b.id}">${b.name}</a></h3>
  <p><span class="badge${b.nature === '受委托组织' ? ' badge-red' : ''}">${b.nature}</span> <span class="badge">${b.bodyType}</span></p>
  ${delegator ? html`<p>委托机关：<a href="/bodies/${delegator.id}">${delegator.name}</a></p>` : parent ? html`<p>上级：${parent.name}</p>` : ''}
  <p>统一社会信用代码：${b.creditCode}</p>
  <p>投诉电话：${b.complaintPhone || '—'} · <a href="/officers?body=${b.id}">持证执法人员 ${counts.get(b.id) ?? 0} 名</a></p>
</li>`;
    };

    const groups = LEVELS.map((level) => ({ level, items: bodies.filter((b) => b.level === level) })).filter(
      (g) => g.items.length,
    );
    const body = html`
<h1>执法主体</h1>
<p class="lead">按省、市、区县层级公开各级卫生健康行政执法主体及受委托组织的名称、性质、职责权限、法定代表人、地址和投诉电话。</p>
${
  groups.length
    ? groups.map(
        (g) => html`<section class="level-group" aria-labelledby="level-${g.level}">
  <h2 class="section-title" id="level-${g.level}">${LEVEL_LABELS[g.level]}（${g.items.length}）</h2>
  <ul class="body-list">${g.items.map(card)}</ul>
</section>`,
      )
    : html`<p class="panel">暂无公开的执法主体信息。</p>`
}`;
    return sendHtml(
      reply,
      page({ title: '执法主体', nav: 'bodies', crumbs: [{ label: '执法主体' }], host, body }),
    );
  };
}
