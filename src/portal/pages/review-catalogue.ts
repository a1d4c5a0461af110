// `/review-catalogue` — B6 重大执法决定法制审核目录清单: each rule's description, its basis and its
// conditions in words, generated from the same data the D1 evaluator applies.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import { type ReviewCondition, describeReviewConditions } from '../../modules/catalog/index.ts';
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
} from '../catalogue.ts';
import { html } from '../html.ts';
import { sendHtml } from '../respond.ts';

export function reviewCataloguePage(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const d = await disclosure(services, req);
    const all = (await entries(d, 'review_rule')).map((e) => ({
      ...e,
      condition: describeReviewConditions(e.data.conditions as ReviewCondition[]),
    }));
    const seq = new Map(all.map((e, i) => [e.code, i + 1]));
    const shown = all.filter((e) => matches(d.q, e.code, e.data.name, e.data.basis, e.condition));

    const body = html`
<h1>重大执法决定法制审核目录清单</h1>
<p class="lead">有下列情形之一的，在作出执法决定之前，应当由本机关法制审核机构进行法制审核；未经法制审核或者审核未通过的，不得作出决定（《中华人民共和国行政处罚法》第五十八条）。</p>
${listMeta(d, all, '项')}
${searchForm(d, { action: '/review-catalogue', id: 'review', label: '审核情形或依据', placeholder: '如：吊销 或 罚款' })}
${resultLine(d, shown.length, '项')}
${
  shown.length
    ? html`<table class="list list-items">
  <caption class="sr-only">法制审核目录</caption>
  <thead><tr><th scope="col" class="seq">序号</th><th scope="col">审核情形</th><th scope="col">适用条件</th><th scope="col">依据</th></tr></thead>
  <tbody>${shown.map(
    (e) => html`<tr>
    <td class="seq" data-label="序号">${seq.get(e.code)}</td>
    <td class="title" data-label="审核情形">${e.data.name}<small class="code">${e.code} · ${versionLine(e)}</small></td>
    <td data-label="适用条件">${e.condition}</td>
    <td data-label="依据">${e.data.basis || '—'}</td>
  </tr>`,
  )}</tbody>
</table>
<p class="muted">“适用条件”由系统按目录数据生成，与办案系统判断是否需要法制审核所用的规则一致；多个条件须同时满足。</p>`
    : emptyList(d, '法制审核目录')
}`;
    return sendHtml(reply, disclosurePage(d, { title: '重大执法决定法制审核目录清单', body }));
  };
}
