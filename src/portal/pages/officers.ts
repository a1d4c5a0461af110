// `/officers` — E1 list of certified officers (A3): name, body, unit, certificate number (linked to its
// verification page), categories and whether the certificate is valid today. Search by name or number,
// filter by body, 30 per page. Only public fields are read (see modules/bodies/public-repo.ts).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import { html, url } from '../html.ts';
import { checkOfficerQuery, MAX_QUERY_LENGTH } from '../input.ts';
import { page, statusBadge } from '../layout.ts';
import { errorPage, sendHtml } from '../respond.ts';
import { verificationPath } from '../qr.ts';

export const OFFICERS_PAGE_SIZE = 30;

export function officersPage(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const host = await services.publicRegister.siteHost();
    const parsed = checkOfficerQuery(req.query as Record<string, unknown>);
    if (!parsed.ok) {
      return sendHtml(
        reply,
        errorPage({ status: 400, title: '查询条件不正确', message: parsed.message, host, nav: 'officers' }),
        { status: 400 },
      );
    }
    const { q, bodyId, page: pageNo } = parsed.value;
    const [bodies, { total, rows }] = await Promise.all([
      services.publicRegister.bodies(),
      services.publicRegister.officers(req.ctx, { q, bodyId, page: pageNo, pageSize: OFFICERS_PAGE_SIZE }),
    ]);
    const pages = Math.max(1, Math.ceil(total / OFFICERS_PAGE_SIZE));
    const selected = bodies.find((b) => b.id === bodyId);
    const link = (p: number) => url('/officers', { q, body: bodyId, page: p > 1 ? p : undefined });

    const form = html`<form class="panel search" method="get" action="/officers" role="search" aria-label="查找执法人员">
  <div class="field"><label for="officer-q">姓名或执法证号</label>
    <input type="search" id="officer-q" name="q" value="${q}" maxlength="${MAX_QUERY_LENGTH}" placeholder="如：王建国 或 SF9901" autocomplete="off"></div>
  <div class="field"><label for="officer-body">执法主体</label>
    <select id="officer-body" name="body"><option value="">全部执法主体</option>${bodies.map(
      (b) => html`<option value="${b.id}"${b.id === bodyId ? html` selected` : ''}>${b.name}</option>`,
    )}</select></div>
  <button type="submit">查询</button>
</form>`;

    const table = rows.length
      ? html`<table class="list">
  <caption class="sr-only">执法人员名单</caption>
  <thead><tr><th scope="col">姓名</th><th scope="col">执法主体</th><th scope="col">科室</th><th scope="col">执法证号</th><th scope="col">执法类别</th><th scope="col">状态</th></tr></thead>
  <tbody>${rows.map(
    (o) => html`<tr>
    <td data-label="姓名"><strong>${o.name}</strong></td>
    <td data-label="执法主体"><a href="/bodies/${o.bodyId}">${o.bodyName}</a></td>
    <td data-label="科室">${o.unitName ?? '—'}</td>
    <td data-label="执法证号"><a href="${verificationPath(o.number)}" aria-label="查验执法证 ${o.number}">${o.number}</a></td>
    <td data-label="执法类别">${o.categories.join('、')}</td>
    <td data-label="状态">${statusBadge(o.valid, o.statusText)}</td>
  </tr>`,
  )}</tbody>
</table>`
      : html`<p class="panel">${total ? '该页没有记录，请返回第一页。' : '未找到符合条件的执法人员。'}</p>`;

    const pager =
      pages > 1
        ? html`<nav aria-label="分页"><ul class="pager">
  <li>${pageNo > 1 ? html`<a href="${link(pageNo - 1)}" rel="prev">上一页</a>` : html`<span class="disabled">上一页</span>`}</li>
  <li><span aria-current="page">第 ${pageNo} / ${pages} 页</span></li>
  <li>${pageNo < pages ? html`<a href="${link(pageNo + 1)}" rel="next">下一页</a>` : html`<span class="disabled">下一页</span>`}</li>
</ul></nav>`
        : '';

    const body = html`
<h1>执法人员</h1>
<p class="lead">公开持有行政执法证件的在岗执法人员。点击执法证号可查看证件是否有效及投诉方式。</p>
${form}
<p class="result-count" role="status">${selected ? html`${selected.name}：` : ''}${q ? html`搜索“${q}”，` : ''}共 ${total} 名执法人员</p>
${table}
${pager}`;
    return sendHtml(
      reply,
      page({ title: '执法人员', nav: 'officers', crumbs: [{ label: '执法人员' }], host, body }),
    );
  };
}
