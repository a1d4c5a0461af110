// `/complaints` — B8 监督举报渠道 (ways, addresses, conditions, hours) and the 救济途径 every party has
// against an enforcement decision: 行政复议 within 60 days, 行政诉讼 within 6 months (fixed text).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import {
  disclosure,
  disclosurePage,
  emptyList,
  entries,
  listMeta,
  matches,
  resultLine,
  searchForm,
  versionLine,
  type Disclosure,
} from '../catalogue.ts';
import { html, type SafeHtml } from '../html.ts';
import { sendHtml } from '../respond.ts';
import { phoneLink } from './body.ts';

/** 救济途径: the statutory remedies, the same for every body; the respondent is named when known. */
export function remediesBlock(d: Disclosure): SafeHtml {
  const b = d.body;
  const delegator = b?.delegatedById ? d.bodies.find((x) => x.id === b.delegatedById) : undefined;
  return html`<section class="panel remedies" id="remedies" aria-labelledby="remedies-title">
  <h2 class="section-title" id="remedies-title">救济途径</h2>
  <p>公民、法人或者其他组织对行政执法决定不服的，可以依法申请行政复议或者提起行政诉讼。</p>
  <div class="remedy-grid">
    <div class="remedy">
      <h3>行政复议</h3>
      <p class="remedy-limit"><strong>60 日</strong>内</p>
      <p>认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起<strong>六十日</strong>内，向作出行政行为的卫生健康行政部门的本级人民政府申请行政复议；法律规定的申请期限超过六十日的除外（《中华人民共和国行政复议法》第二十条、第二十四条）。</p>
      <p>对当场作出的行政处罚决定不服的，应当先申请行政复议，对复议决定不服的，再依法提起行政诉讼（《中华人民共和国行政复议法》第二十三条）。</p>
    </div>
    <div class="remedy">
      <h3>行政诉讼</h3>
      <p class="remedy-limit"><strong>6 个月</strong>内</p>
      <p>直接向人民法院提起诉讼的，应当自知道或者应当知道作出行政行为之日起<strong>六个月</strong>内提出；法律另有规定的除外（《中华人民共和国行政诉讼法》第四十六条）。</p>
      <p>经行政复议的，可以在收到行政复议决定书之日起十五日内向人民法院提起诉讼（《中华人民共和国行政诉讼法》第四十五条）。</p>
    </div>
  </div>
  <p class="muted">行政复议或者行政诉讼期间，行政处罚不停止执行，法律另有规定的除外（《中华人民共和国行政处罚法》第七十三条）。合法权益因违法行使职权受到损害的，可以依照《中华人民共和国国家赔偿法》申请国家赔偿。${delegator ? html`${b!.name}以委托机关${delegator.name}的名义实施行政执法，申请行政复议或者提起行政诉讼时，以委托机关为被申请人或者被告。` : ''}</p>
</section>`;
}

export function complaintsPage(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const d = await disclosure(services, req);
    const all = await entries(d, 'complaint_channel');
    const shown = all.filter((e) =>
      matches(d.q, e.code, e.data.name, e.data.address, e.data.conditions, e.data.hours),
    );

    const body = html`
<h1>监督举报渠道</h1>
<p class="lead">对行政执法主体及其执法人员不履行、违法或者不当履行执法职责的，可以通过以下方式投诉举报；对执法决定不服的，可以依法申请行政复议或者提起行政诉讼。</p>
${d.body ? html`<p class="notice">${d.body.name}投诉电话：<strong>${phoneLink(d.body.complaintPhone)}</strong><br>12345 政务服务便民热线：<a href="tel:12345">12345</a></p>` : ''}
${listMeta(d, all, '种渠道')}
${searchForm(d, { action: '/complaints', id: 'complaints', label: '投诉举报方式', placeholder: '如：电话 或 来信' })}
${resultLine(d, shown.length, '种渠道')}
${
  shown.length
    ? html`<table class="list">
  <caption class="sr-only">投诉举报方式</caption>
  <thead><tr><th scope="col">方式</th><th scope="col">地址或号码</th><th scope="col">受理时间</th><th scope="col">受理条件</th></tr></thead>
  <tbody>${shown.map(
    (e) => html`<tr>
    <td data-label="方式"><strong>${e.data.name}</strong><small class="code">${versionLine(e)}</small></td>
    <td data-label="地址或号码">${/^[\d\s+-]+$/.test(e.data.address) ? phoneLink(e.data.address) : e.data.address || '—'}</td>
    <td data-label="受理时间">${e.data.hours || '—'}</td>
    <td data-label="受理条件">${e.data.conditions ? html`<details class="more"><summary>查看受理条件</summary><p>${e.data.conditions}</p></details>` : '—'}</td>
  </tr>`,
  )}</tbody>
</table>`
    : emptyList(d, '监督举报渠道')
}
${remediesBlock(d)}`;
    return sendHtml(reply, disclosurePage(d, { title: '监督举报渠道', body }));
  };
}
