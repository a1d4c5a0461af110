// `/inspections` — B4 随机抽查事项清单 ("双随机、一公开"): what is inspected at random, on what basis,
// which targets, what is checked, how, in what proportion and how often.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import type { ArticleRef } from '../../modules/catalog/index.ts';
import {
  citationList,
  citeAll,
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

export function inspectionsPage(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const d = await disclosure(services, req);
    const all = await entries(d, 'inspection_item');
    const shown = all.filter((e) =>
      matches(
        d.q,
        e.code,
        e.data.name,
        e.data.field,
        e.data.targetType,
        e.data.content,
        e.data.method,
        e.data.basisText,
      ),
    );
    const cites = await citeAll(
      d,
      shown.map((e) => e.data.basis as ArticleRef[]),
    );

    const body = html`
<h1>随机抽查事项清单</h1>
<p class="lead">按照“双随机、一公开”的要求，随机抽取检查对象、随机选派执法检查人员，抽查情况及查处结果及时向社会公开。本清单公开抽查事项、依据、对象、内容、方式、比例和频次。</p>
${listMeta(d, all, '项')}
${searchForm(d, { action: '/inspections', id: 'inspections', label: '抽查事项、对象或内容', placeholder: '如：游泳场所 或 供水' })}
${resultLine(d, shown.length, '项')}
${
  shown.length
    ? html`<table class="list list-wide list-inspections">
  <caption class="sr-only">随机抽查事项</caption>
  <thead><tr><th scope="col" class="w-name">抽查事项</th><th scope="col" class="w-basis">抽查依据</th><th scope="col" class="w-target">抽查对象</th><th scope="col">抽查内容</th><th scope="col" class="w-method">抽查方式</th><th scope="col" class="w-ratio">抽查比例</th><th scope="col" class="w-freq">抽查频次</th></tr></thead>
  <tbody>${shown.map(
    (e, i) => html`<tr>
    <td data-label="抽查事项"><strong>${e.data.name}</strong><small class="code">${e.code} · ${versionLine(e)}</small></td>
    <td data-label="抽查依据">${citationList(d, cites[i] ?? [], e.data.basisText)}</td>
    <td data-label="抽查对象">${e.data.targetType}</td>
    <td data-label="抽查内容">${e.data.content || '—'}</td>
    <td data-label="抽查方式">${e.data.method || '—'}</td>
    <td data-label="抽查比例">${e.data.ratio || '—'}</td>
    <td data-label="抽查频次">${e.data.frequency || '—'}</td>
  </tr>`,
  )}</tbody>
</table>`
    : emptyList(d, '随机抽查事项')
}`;
    return sendHtml(reply, disclosurePage(d, { title: '随机抽查事项清单', body }));
  };
}
