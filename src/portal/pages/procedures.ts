// `/procedures` — 执法流程图: the administrative-penalty procedures every body follows (普通程序 and 简易程序,
// from the data below, 行政处罚法 Chapter V) and the list of the body's service guides; `/guides/:code` —
// one B7 服务指南 with every field and its procedure drawn from the guide's `steps` graph.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import type { ArticleRef } from '../../modules/catalog/index.ts';
import {
  bodyForm,
  citationBlocks,
  citeAll,
  codeParam,
  disclosure,
  disclosurePage,
  entries,
  listMeta,
  notFound,
  versionLine,
  type Citation,
  type Disclosure,
} from '../catalogue.ts';
import { flowchart, type FlowStep } from '../flowchart.ts';
import { html, type SafeHtml } from '../html.ts';
import { sendHtml } from '../respond.ts';
import { phoneLink } from './body.ts';
import { categoryLabel } from './items.ts';

const APL = 'administrative-penalty-law';

/** A step of a statutory procedure; `basis` articles are linked when the library has them. */
interface ProcedureStep extends Omit<FlowStep, 'extra'> {
  basis?: { ref: ArticleRef; label: string }[];
}

interface Procedure {
  id: string;
  title: string;
  summary: string;
  steps: ProcedureStep[];
}

const art = (article: number, label: string) => ({ ref: { law: APL, article }, label });

/** 行政处罚 普通程序 (行政处罚法第五章第三节) and 简易程序 (第二节). */
export const PENALTY_PROCEDURES: Procedure[] = [
  {
    id: 'general',
    title: '行政处罚普通程序流程图',
    summary:
      '除依法可以当场作出的行政处罚外，行政机关发现公民、法人或者其他组织有依法应当给予行政处罚的行为的，必须全面、客观、公正地调查，收集有关证据；依照法律、法规的规定，可以进行检查。',
    steps: [
      {
        id: 'file',
        name: '立案',
        actor: '承办机构',
        description:
          '发现涉嫌违法行为，经初步核实符合立案条件的，报行政机关负责人批准立案，指定两名以上具有行政执法资格的执法人员承办。违法行为在二年内未被发现的，不再给予行政处罚（涉及公民生命健康安全且有危害后果的，延长至五年）。',
        timeLimit: '',
        next: ['investigate'],
        basis: [art(36, '行政处罚法第三十六条')],
      },
      {
        id: 'investigate',
        name: '调查取证',
        actor: '执法人员',
        description:
          '执法人员不得少于两人，调查或者进行检查时主动出示执法证件；全面、客观、公正地收集证据，可以抽样取证；证据可能灭失或者以后难以取得的，经负责人批准可以先行登记保存。',
        timeLimit: '先行登记保存的，七日内作出处理决定',
        next: ['conclude'],
        basis: [art(42, '行政处罚法第四十二条'), art(56, '行政处罚法第五十六条')],
      },
      {
        id: 'conclude',
        name: '调查终结',
        actor: '承办机构',
        description: '调查终结，承办人员制作调查终结报告，提出处理意见，报行政机关负责人审查。',
        timeLimit: '',
        next: ['review', 'notice'],
        when: { notice: '不属于法制审核情形的' },
        basis: [art(57, '行政处罚法第五十七条')],
      },
      {
        id: 'review',
        name: '法制审核',
        actor: '法制审核机构',
        description:
          '属于重大执法决定法制审核目录情形的，在负责人作出决定之前进行法制审核；未经法制审核或者审核未通过的，不得作出决定。',
        timeLimit: '一般十个工作日内（本机关规定）',
        next: ['discuss', 'notice'],
        when: { notice: '无须集体讨论的' },
        basis: [art(58, '行政处罚法第五十八条')],
      },
      {
        id: 'discuss',
        name: '集体讨论',
        actor: '行政机关负责人',
        description: '对情节复杂或者重大违法行为给予行政处罚的，行政机关负责人应当集体讨论决定。',
        timeLimit: '',
        next: ['notice'],
        basis: [art(57, '行政处罚法第五十七条第二款')],
      },
      {
        id: 'notice',
        name: '事先告知',
        actor: '承办机构',
        description:
          '作出行政处罚决定之前，告知当事人拟作出的行政处罚内容及事实、理由、依据，并告知当事人依法享有的陈述、申辩、要求听证等权利。未告知或者拒绝听取陈述、申辩的，不得作出行政处罚决定。',
        timeLimit: '',
        next: ['hearing'],
        basis: [art(62, '行政处罚法第六十二条')],
      },
      {
        id: 'hearing',
        name: '陈述申辩/听证',
        actor: '当事人',
        description:
          '当事人有权陈述和申辩；拟作出较大数额罚款、没收较大数额违法所得或者非法财物、降低资质等级、吊销许可证件、责令停产停业、责令关闭、限制从业等决定的，当事人可以要求听证。',
        timeLimit: '告知后五个工作日内要求听证；听证七日前通知当事人',
        next: ['decide'],
        basis: [art(63, '行政处罚法第六十三条'), art(64, '行政处罚法第六十四条')],
      },
      {
        id: 'decide',
        name: '决定',
        actor: '行政机关负责人',
        description:
          '根据不同情况，分别作出给予行政处罚、不予行政处罚或者移送司法机关的决定，制作行政处罚决定书。',
        timeLimit: '自立案之日起九十日内',
        next: ['serve'],
        basis: [art(57, '行政处罚法第五十七条'), art(60, '行政处罚法第六十条')],
      },
      {
        id: 'serve',
        name: '送达',
        actor: '承办机构',
        description:
          '行政处罚决定书在宣告后当场交付当事人；当事人不在场的，依照民事诉讼法的有关规定送达。当事人同意并签订确认书的，可以采用电子方式送达。',
        timeLimit: '当场交付，或者七日内送达',
        next: ['execute'],
        basis: [art(61, '行政处罚法第六十一条')],
      },
      {
        id: 'execute',
        name: '执行',
        actor: '当事人',
        description:
          '当事人应当在行政处罚决定书载明的期限内予以履行；到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。',
        timeLimit: '收到决定书之日起十五日内缴纳罚款',
        next: ['close'],
        basis: [art(72, '行政处罚法第七十二条')],
      },
      {
        id: 'close',
        name: '结案',
        actor: '承办机构',
        description: '行政处罚决定履行完毕或者依法终结执行的，承办人员制作结案报告，报负责人批准结案。',
        timeLimit: '',
        next: ['archive'],
      },
      {
        id: 'archive',
        name: '归档',
        actor: '档案管理人员',
        description:
          '案卷材料按规定顺序整理、编制卷内目录后立卷归档；音像记录随案卷归档，归档后不得修改、增删。',
        timeLimit: '',
        next: [],
      },
    ],
  },
  {
    id: 'simple',
    title: '行政处罚简易程序（当场处罚）流程图',
    summary:
      '违法事实确凿并有法定依据，对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出行政处罚决定。',
    steps: [
      {
        id: 'identify',
        name: '表明身份',
        actor: '执法人员',
        description: '执法人员向当事人出示执法证件，表明身份。',
        timeLimit: '',
        next: ['facts'],
      },
      {
        id: 'facts',
        name: '确认违法事实',
        actor: '执法人员',
        description:
          '违法事实确凿并有法定依据，且属于可以当场处罚的情形（公民二百元以下、法人或者其他组织三千元以下罚款或者警告）。',
        timeLimit: '',
        next: ['inform'],
        basis: [art(51, '行政处罚法第五十一条')],
      },
      {
        id: 'inform',
        name: '告知',
        actor: '执法人员',
        description: '告知当事人拟作出行政处罚的内容及事实、理由、依据，以及依法享有的陈述、申辩权利。',
        timeLimit: '',
        next: ['defend'],
      },
      {
        id: 'defend',
        name: '陈述申辩',
        actor: '当事人',
        description:
          '当事人陈述、申辩；执法人员应当充分听取，当事人提出的事实、理由或者证据成立的，应当采纳。',
        timeLimit: '',
        next: ['decide'],
      },
      {
        id: 'decide',
        name: '当场决定',
        actor: '执法人员',
        description:
          '填写预定格式、编有号码的行政处罚决定书，当场交付当事人；当事人拒绝签收的，在决定书上注明。',
        timeLimit: '当场',
        next: ['execute'],
      },
      {
        id: 'execute',
        name: '执行',
        actor: '当事人',
        description:
          '当事人到指定银行或者通过电子支付系统缴纳罚款；依法可以当场收缴罚款的，执法人员出具专用票据。',
        timeLimit: '收到决定书之日起十五日内',
        next: ['record'],
      },
      {
        id: 'record',
        name: '备案',
        actor: '执法人员',
        description: '执法人员当场作出的行政处罚决定，报所属行政机关备案。',
        timeLimit: '',
        next: [],
      },
    ],
  },
];

/** Basis lines under a step: a link to the article when the library has it, else the label as text. */
function basisLine(d: Disclosure, basis: ProcedureStep['basis'], cites: Citation[]): SafeHtml | undefined {
  if (!basis?.length) return undefined;
  return html`<p class="flow-basis">依据：${basis.map((b, i) => {
    const c = cites[i];
    const link = c?.text
      ? html`<a href="${d.href(`/laws/${encodeURIComponent(b.ref.law)}`, {}, `a${b.ref.article}`)}">${b.label}</a>`
      : b.label;
    return html`${i ? '、' : ''}${link}`;
  })}</p>`;
}

export function proceduresPage(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const d = await disclosure(services, req);
    const guides = await entries(d, 'service_guide');
    const items = await entries(d, 'item');
    const allSteps = PENALTY_PROCEDURES.flatMap((p) => p.steps);
    const cites = await citeAll(
      d,
      allSteps.map((s) => (s.basis ?? []).map((b) => b.ref)),
    );
    const citesOf = new Map(allSteps.map((s, i) => [s, cites[i] ?? []]));

    const charts = PENALTY_PROCEDURES.map(
      (p) => html`<section class="panel" aria-labelledby="proc-${p.id}">
  <h2 class="section-title" id="proc-${p.id}">${p.title}</h2>
  <p class="muted">${p.summary}</p>
  ${flowchart(
    p.steps.map((s) => ({ ...s, extra: basisLine(d, s.basis, citesOf.get(s) ?? []) })),
    { label: p.title, idPrefix: p.id },
  )}
</section>`,
    );

    const body = html`
<h1>执法流程图</h1>
<p class="lead">公开行政处罚的普通程序和简易程序，以及行政许可等事项的服务指南和办理流程。</p>
${bodyForm(d, '/procedures')}
<nav class="toc" aria-label="流程图"><ul>${PENALTY_PROCEDURES.map((p) => html`<li><a href="#proc-${p.id}">${p.title.replace('流程图', '')}</a></li>`)}<li><a href="#guides">服务指南</a></li></ul></nav>
${charts}
<section class="panel" id="guides" aria-labelledby="guides-title">
  <h2 class="section-title" id="guides-title">服务指南与办理流程图</h2>
  ${listMeta(d, guides, '个服务指南')}
  ${
    guides.length
      ? html`<ul class="entries entries-list">${guides.map((g) => {
          const item = items.find((i) => i.code === g.data.itemCode);
          return html`<li><a class="entry" href="${d.href(`/guides/${encodeURIComponent(g.code)}`)}"><strong>${g.data.name}</strong><span>${item ? `${categoryLabel(item.data.category)} · ` : ''}${g.data.handlingBody || ''}</span><span>办理时限：${g.data.timeLimit || '—'}</span><span>${versionLine(g)}</span></a></li>`;
        })}</ul>`
      : html`<p>${d.body ? `${d.body.name}尚未公开服务指南。` : '暂无执法主体公开服务指南。'}</p>`
  }
</section>`;
    return sendHtml(reply, disclosurePage(d, { title: '执法流程图', body }));
  };
}

export function guidePage(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const code = codeParam(req);
    const d = await disclosure(services, req);
    const g = (await entries(d, 'service_guide')).find((x) => x.code === code);
    if (!g) throw notFound('服务指南', d.href('/procedures', {}, 'guides'), '执法流程图');
    const [cites = []] = await citeAll(d, [g.data.basis]);
    const item = g.data.itemCode
      ? (await entries(d, 'item')).find((i) => i.code === g.data.itemCode)
      : undefined;
    const listHref = d.href('/procedures');
    const field = (label: string, value: SafeHtml | string) =>
      html`<dt>${label}</dt><dd>${value || '—'}</dd>`;

    const body = html`
<article class="panel" aria-labelledby="guide-title">
  <p class="kicker"><span class="badge">服务指南</span>${item ? html` <span class="badge badge-plain">${categoryLabel(item.data.category)}</span>` : ''}</p>
  <h1 id="guide-title">${g.data.name}</h1>
  <p class="meta">${d.body ? html`<span>发布主体：<a href="/bodies/${d.body.id}">${d.body.name}</a></span> ` : ''}<span>编码：${g.code}</span> ${versionLine(g)}</p>
  <dl class="fields">
    ${field('事项名称', g.data.name)}
    ${item ? field('执法事项', html`<a href="${d.href(`/items/${encodeURIComponent(item.code)}`)}">${item.data.name}</a>（${item.code}）`) : ''}
    ${field('办理机构', g.data.handlingBody)}
    ${field('办理时限', g.data.timeLimit)}
    ${field('收费标准', g.data.fee)}
    ${field('优惠政策', g.data.preferentialPolicies)}
    ${field('办公时间', g.data.officeHours)}
    ${field('办公地址', g.data.address)}
    ${field('咨询电话', g.data.phone ? phoneLink(g.data.phone) : '')}
  </dl>
</article>
<section class="panel" aria-labelledby="materials-title">
  <h2 class="section-title" id="materials-title">申请材料（${g.data.materials.length}）</h2>
  ${g.data.materials.length ? html`<ol class="materials">${g.data.materials.map((m) => html`<li>${m}</li>`)}</ol>` : html`<p>—</p>`}
</section>
<section class="panel" aria-labelledby="flow-title">
  <h2 class="section-title" id="flow-title">办理流程图</h2>
  ${flowchart(g.data.steps, { label: `${g.data.name}办理流程图`, idPrefix: 'step' })}
</section>
<section class="panel" aria-labelledby="basis-title">
  <h2 class="section-title" id="basis-title">设定依据</h2>
  ${citationBlocks(d, cites, g.data.basisText)}
</section>
<section class="panel" aria-labelledby="rights-title">
  <h2 class="section-title" id="rights-title">监督、责任与救济</h2>
  <dl class="fields">
    ${field('监督方式', g.data.supervision)}
    ${field('责任追究', g.data.accountability)}
    ${field('救济途径', g.data.remedies)}
  </dl>
</section>
<p><a class="button button-secondary" href="${listHref}">返回执法流程图</a></p>`;
    return sendHtml(
      reply,
      disclosurePage(d, {
        title: `${g.data.name}服务指南`,
        crumbs: [{ label: '执法流程图', href: listHref }, { label: `${g.data.name}服务指南` }],
        body,
      }),
    );
  };
}
