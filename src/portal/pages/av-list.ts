// `/av-list` — B5 音像记录事项清单: which enforcement activities are recorded on audio-video from start
// to end (全程音像记录) and which as needed (根据需要音像记录), with the scope and basis of each.
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
  type Entry,
} from '../catalogue.ts';
import { html } from '../html.ts';
import { sendHtml } from '../respond.ts';

const SCENES: Record<string, string> = { on_site: '现场执法', case_room: '办案场所' };
const GROUPS = [
  {
    requirement: 'full',
    title: '全程音像记录事项',
    lead: '直接涉及生命健康、重大财产权益的现场执法活动和执法办案场所，进行全程音像记录。',
  },
  {
    requirement: 'as_needed',
    title: '根据需要音像记录事项',
    lead: '对现场执法、调查取证、证据保存、举行听证、留置送达和公告送达等容易引发争议的执法过程，根据实际情况进行音像记录。',
  },
] as const;

export function avListPage(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const d = await disclosure(services, req);
    const all = await entries(d, 'av_rule');
    const shown = all.filter((e) =>
      matches(d.q, e.code, e.data.name, e.data.scope, e.data.basisText, ...e.data.documents),
    );
    const table = (list: Entry<'av_rule'>[], caption: string) => html`<table class="list">
  <caption class="sr-only">${caption}</caption>
  <thead><tr><th scope="col">执法活动</th><th scope="col">场景</th><th scope="col">记录范围</th><th scope="col">相关文书</th><th scope="col">依据</th></tr></thead>
  <tbody>${list.map(
    (e) => html`<tr>
    <td data-label="执法活动"><strong>${e.data.name}</strong><small class="code">${e.code} · ${versionLine(e)}</small></td>
    <td data-label="场景" class="nowrap">${SCENES[e.data.scene] ?? e.data.scene}</td>
    <td data-label="记录范围">${e.data.scope || '—'}</td>
    <td data-label="相关文书">${e.data.documents.length ? e.data.documents.join('、') : '—'}</td>
    <td data-label="依据">${e.data.basisText || '—'}</td>
  </tr>`,
  )}</tbody>
</table>`;

    const body = html`
<h1>音像记录事项清单</h1>
<p class="lead">行政执法全过程记录：对查封扣押、询问、听证等执法活动进行音像记录，记录资料与执法文书一并归档，不得剪辑、删改。</p>
${listMeta(d, all, '项')}
${searchForm(d, { action: '/av-list', id: 'av', label: '执法活动或文书', placeholder: '如：询问 或 送达' })}
${resultLine(d, shown.length, '项')}
${
  shown.length
    ? GROUPS.map((g) => {
        const list = shown.filter((e) => e.data.requirement === g.requirement);
        return list.length
          ? html`<section class="group" aria-labelledby="av-${g.requirement}">
  <h2 class="section-title" id="av-${g.requirement}">${g.title}（${list.length}）</h2>
  <p class="muted">${g.lead}</p>
  ${table(list, g.title)}
</section>`
          : '';
      })
    : emptyList(d, '音像记录事项')
}`;
    return sendHtml(reply, disclosurePage(d, { title: '音像记录事项清单', body }));
  };
}
