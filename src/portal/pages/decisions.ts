// `/decisions` and `/decisions/{id}` — E3/E10 执法决定公开: search over the published, redacted decisions
// (substring through pg_trgm, filters by body, category and date, relevance or date order), and each
// decision's page — its summary, or the redacted full text — or, once withdrawn or expired, a notice in
// its place rather than a dead link. Only PublicPublications' redacted columns are ever read here.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import type { PublicDecision } from '../../modules/publicity/index.ts';
import { html } from '../html.ts';
import { MAX_QUERY_LENGTH, single } from '../input.ts';
import { page } from '../layout.ts';
import { PageError, sendHtml } from '../respond.ts';

const PAGE_SIZE = 20;
const CATEGORIES = ['行政处罚', '行政许可', '行政强制'];
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function bad(message: string): never {
  throw new PageError(400, '查询条件不正确', message);
}

/** The query as typed: anything malformed is a 400 page, never a database error. */
export function decisionQuery(query: unknown) {
  const q = (query ?? {}) as Record<string, unknown>;
  const text = single(q.q);
  const body = single(q.body);
  const category = single(q.category);
  const from = single(q.from);
  const to = single(q.to);
  const order = single(q.order);
  const pageNo = single(q.page);
  if ([text, body, category, from, to, order, pageNo].includes(null)) bad('每个查询条件只能填写一个。');
  const keyword = (text ?? '').trim();
  if (keyword.length > MAX_QUERY_LENGTH) bad(`关键词不超过 ${MAX_QUERY_LENGTH} 个字。`);
  if (body && !UUID_RE.test(body)) bad('执法主体参数不正确。');
  if (category && !CATEGORIES.includes(category)) bad('执法类别参数不正确。');
  for (const d of [from, to])
    if (d && !(DATE_RE.test(d) && !Number.isNaN(Date.parse(d)))) bad('日期格式应为 YYYY-MM-DD。');
  if (order && order !== 'relevance' && order !== 'date') bad('排序参数不正确。');
  const n = pageNo ? Number(pageNo) : 1;
  if (!Number.isInteger(n) || n < 1 || n > 10_000) bad('页码不正确。');
  return {
    q: keyword,
    body: body || '',
    category: category || '',
    from: from || '',
    to: to || '',
    order: (order as 'relevance' | 'date' | undefined) ?? (keyword ? 'relevance' : 'date'),
    page: n,
  };
}

const item = (d: PublicDecision) => html`<li class="body-card">
  <h3><a href="/decisions/${d.id}">${d.summary.documentNumber || d.summary.cause}</a></h3>
  <p>${d.summary.category} · ${d.summary.partyName} · ${d.summary.cause}</p>
  <p class="muted">${d.bodyName} · 决定日期 <time datetime="${d.decidedOn}">${d.decidedOn}</time></p>
</li>`;

export function decisionsPage(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const f = decisionQuery(req.query);
    const [{ items, total }, bodies, host] = await Promise.all([
      services.publicPublications.search({
        q: f.q || undefined,
        bodyId: f.body || undefined,
        category: f.category || undefined,
        from: f.from || undefined,
        to: f.to || undefined,
        order: f.order,
        limit: PAGE_SIZE,
        offset: (f.page - 1) * PAGE_SIZE,
      }),
      services.publicPublications.bodies(),
      services.publicRegister.siteHost(),
    ]);
    const link = (p: number) => {
      const params = new URLSearchParams({ ...(f.q ? { q: f.q } : {}), ...(f.body ? { body: f.body } : {}) });
      if (f.category) params.set('category', f.category);
      if (f.from) params.set('from', f.from);
      if (f.to) params.set('to', f.to);
      params.set('order', f.order);
      params.set('page', String(p));
      return `/decisions?${params.toString()}`;
    };
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const body = html`
<h1>执法决定公开</h1>
<p class="lead">行政处罚、行政许可决定自作出之日起 7 个工作日内公开；公开内容已隐去个人隐私等依法不予公开的信息。决定被变更、撤销或确认违法的，原公开信息予以撤回并说明。</p>
<form class="panel search" method="get" action="/decisions" role="search" aria-label="执法决定">
  <div class="field"><label for="d-q">关键词</label>
    <input type="search" id="d-q" name="q" value="${f.q}" maxlength="${MAX_QUERY_LENGTH}" placeholder="如：文号、单位名称、案由" autocomplete="off"></div>
  <div class="field"><label for="d-body">执法主体</label>
    <select id="d-body" name="body"><option value="">全部</option>${bodies.map((b) => html`<option value="${b.id}"${b.id === f.body ? html` selected` : ''}>${b.name}</option>`)}</select></div>
  <div class="field"><label for="d-cat">执法类别</label>
    <select id="d-cat" name="category"><option value="">全部</option>${CATEGORIES.map((c) => html`<option${c === f.category ? html` selected` : ''}>${c}</option>`)}</select></div>
  <div class="field"><label for="d-from">决定日期自</label><input type="text" inputmode="numeric" id="d-from" name="from" value="${f.from}" placeholder="YYYY-MM-DD"></div>
  <div class="field"><label for="d-to">至</label><input type="text" inputmode="numeric" id="d-to" name="to" value="${f.to}" placeholder="YYYY-MM-DD"></div>
  <div class="field"><label for="d-order">排序</label>
    <select id="d-order" name="order"><option value="relevance"${f.order === 'relevance' ? html` selected` : ''}>相关度</option><option value="date"${f.order === 'date' ? html` selected` : ''}>决定日期</option></select></div>
  <button type="submit">查询</button>
</form>
<p class="result-count" role="status">共 ${total} 条</p>
${items.length ? html`<ul class="body-list">${items.map(item)}</ul>` : html`<p class="panel">没有符合条件的执法决定。</p>`}
${pages > 1 ? html`<nav class="pager" aria-label="分页">${f.page > 1 ? html`<a href="${link(f.page - 1)}" rel="prev">上一页</a>` : ''}<span aria-current="page">${f.page} / ${pages}</span>${f.page < pages ? html`<a href="${link(f.page + 1)}" rel="next">下一页</a>` : ''}</nav>` : ''}
<p class="muted">开放数据：<a href="/open-data/decisions.csv">CSV</a> · <a href="/open-data/decisions.json">JSON</a> · <a href="/feeds/decisions.atom">订阅（Atom）</a></p>`;
    return sendHtml(reply, page({ title: '执法决定公开', host, crumbs: [{ label: '执法决定公开' }], body }));
  };
}

export function decisionPage(services: Services) {
  return async (req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const id = req.params.id;
    const d = UUID_RE.test(id) ? await services.publicPublications.find(id) : null;
    if (!d)
      throw new PageError(404, '执法决定不存在', '该执法决定不存在或未公开，请返回执法决定公开重新查询。');
    const host = await services.publicRegister.siteHost();
    const s = d.summary;
    const title = s.documentNumber || '执法决定';
    const body = d.notice
      ? html`<h1>${title}</h1>
<section class="panel notice" role="status"><h2>已撤回</h2><p>${d.notice}</p></section>
<p class="muted">${d.bodyName} · 决定日期 ${d.decidedOn}</p>`
      : html`<h1>${title}</h1>
<section class="panel" aria-labelledby="summary-title"><h2 class="section-title" id="summary-title">公开摘要</h2>
<dl class="fields">
  <dt>决定书文号</dt><dd>${s.documentNumber}</dd>
  <dt>执法机关</dt><dd>${s.bodyName}</dd>
  <dt>当事人</dt><dd>${s.partyName}</dd>
  <dt>执法类别</dt><dd>${s.category}</dd>
  <dt>案由</dt><dd>${s.cause}</dd>
  <dt>法律依据</dt><dd>${s.legalBasis}</dd>
  <dt>处理结果</dt><dd>${s.conclusion}</dd>
  <dt>决定日期</dt><dd><time datetime="${s.decidedOn}">${s.decidedOn}</time></dd>
</dl></section>
${d.fullText ? html`<section class="panel" aria-labelledby="full-title"><h2 class="section-title" id="full-title">决定书全文</h2><div class="fulltext">${d.fullText.split('\n').map((line) => html`<p>${line}</p>`)}</div></section>` : ''}`;
    return sendHtml(
      reply,
      page({
        title,
        host,
        crumbs: [{ label: '执法决定公开', href: '/decisions' }, { label: title }],
        body,
      }),
    );
  };
}
