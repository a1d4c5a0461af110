// `/bodies/:id` — one body's A1 public fields, its delegation (委托执法: who entrusted it, the scope and
// the term, so the public can tell whether it may act at all) and a link to its officers.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import { today } from '../../platform/context.ts';
import type { PublicBody } from '../../modules/bodies/index.ts';
import { html, type SafeHtml } from '../html.ts';
import { isUuid } from '../input.ts';
import { LEVEL_LABELS, page } from '../layout.ts';
import { errorPage, sendHtml } from '../respond.ts';

/** Phone numbers as tap-to-call links; only digits and hyphens go into the tel: URL. */
export function phoneLink(phone: string): SafeHtml | string {
  if (!phone) return '—';
  const dial = phone.replace(/[^\d+-]/g, '');
  return dial ? html`<a href="tel:${dial}">${phone}</a>` : phone;
}

function delegationTerm(b: PublicBody, on: string): SafeHtml | string {
  if (!b.delegationValidFrom && !b.delegationValidTo) return '—';
  const expired = b.delegationValidTo !== null && b.delegationValidTo < on;
  const pending = b.delegationValidFrom !== null && b.delegationValidFrom > on;
  const state = expired
    ? html` <span class="badge badge-bad">已到期</span>`
    : pending
      ? html` <span class="badge badge-wip">未生效</span>`
      : html` <span class="badge badge-ok">有效期内</span>`;
  return html`${b.delegationValidFrom ?? '—'} 至 ${b.delegationValidTo ?? '长期'}${state}`;
}

export function bodyPage(services: Services) {
  return async (req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    // One query for all bodies: the page needs the parent, the delegator and the bodies this one entrusts.
    const [bodies, counts, host] = await Promise.all([
      services.publicRegister.bodies(),
      services.publicRegister.officerCounts(),
      services.publicRegister.siteHost(),
    ]);
    const id = req.params.id.toLowerCase();
    const b = isUuid(id) ? bodies.find((x) => x.id === id) : undefined;
    if (!b) {
      return sendHtml(
        reply,
        errorPage({
          status: 404,
          title: '未找到该执法主体',
          message: '该执法主体不存在或已撤销，请从执法主体列表中查找。',
          host,
          nav: 'bodies',
        }),
        { status: 404 },
      );
    }
    const byId = new Map(bodies.map((x) => [x.id, x]));
    const parent = b.parentId ? byId.get(b.parentId) : undefined;
    const delegator = b.delegatedById ? byId.get(b.delegatedById) : undefined;
    const entrusted = bodies.filter((x) => x.delegatedById === b.id);
    const officers = counts.get(b.id) ?? 0;

    const body = html`
<article class="panel" aria-labelledby="body-title">
  <h1 id="body-title">${b.name}</h1>
  <p><span class="badge">${LEVEL_LABELS[b.level]}</span> <span class="badge${b.nature === '受委托组织' ? ' badge-red' : ''}">${b.nature}</span></p>
  <dl class="fields">
    <dt>主体名称</dt><dd>${b.name}</dd>
    <dt>层级</dt><dd>${LEVEL_LABELS[b.level]}</dd>
    ${parent ? html`<dt>上级机关</dt><dd><a href="/bodies/${parent.id}">${parent.name}</a></dd>` : ''}
    <dt>统一社会信用代码</dt><dd>${b.creditCode}</dd>
    <dt>主体性质</dt><dd>${b.nature}</dd>
    <dt>主体类别</dt><dd>${b.bodyType}</dd>
    <dt>法定代表人</dt><dd>${b.legalRepresentative}</dd>
    <dt>办公地址</dt><dd>${b.address || '—'}</dd>
    <dt>投诉电话</dt><dd>${phoneLink(b.complaintPhone)}</dd>
    <dt>职责权限</dt><dd>${b.duties || '—'}</dd>
  </dl>
  <p class="actions"><a class="button button-secondary" href="/officers?body=${b.id}">查看本主体执法人员（${officers} 名）</a></p>
</article>
${
  b.nature === '受委托组织' || delegator
    ? html`<section class="panel" aria-labelledby="delegation-title">
  <h2 class="section-title" id="delegation-title">委托执法</h2>
  <p class="muted">受委托组织以委托机关的名义实施行政执法，由委托机关对其执法行为负责。</p>
  <dl class="fields">
    <dt>受委托组织</dt><dd>${b.name}</dd>
    <dt>委托机关</dt><dd>${delegator ? html`<a href="/bodies/${delegator.id}">${delegator.name}</a>` : '—'}</dd>
    <dt>委托范围</dt><dd>${b.delegationScope || '—'}</dd>
    <dt>委托期限</dt><dd>${delegationTerm(b, today(req.ctx))}</dd>
    ${b.delegationAgreementName ? html`<dt>委托协议</dt><dd>${b.delegationAgreementName}（已备案）</dd>` : ''}
  </dl>
</section>`
    : ''
}
${
  entrusted.length
    ? html`<section class="panel" aria-labelledby="entrusted-title">
  <h2 class="section-title" id="entrusted-title">本机关委托的组织</h2>
  <ul>${entrusted.map((x) => html`<li><a href="/bodies/${x.id}">${x.name}</a>：${x.delegationScope || '—'}</li>`)}</ul>
</section>`
    : ''
}`;
    return sendHtml(
      reply,
      page({
        title: b.name,
        nav: 'bodies',
        crumbs: [{ label: '执法主体', href: '/bodies' }, { label: b.name }],
        host,
        body,
      }),
    );
  };
}
