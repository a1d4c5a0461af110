// `/disclosure` — 事前公开 (E1): the twelve things a body publishes before it acts, each linking to its
// page with how many entries it holds and the date of the version in force, or marked 建设中 where the
// platform has no data yet; then the other catalogues that support them (法律依据, 流程图, 音像记录, 监督举报).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import { bodyForm, disclosure, disclosurePage, entries, listDate } from '../catalogue.ts';
import { html, type SafeHtml } from '../html.ts';
import { sendHtml } from '../respond.ts';

interface Thing {
  title: string;
  note: string;
  /** Link to the page; absent while the platform has no data for it (建设中). */
  href?: string;
  /** "共 57 项 · 生效日期 2024-01-01". */
  stat?: string;
}

const stat = (count: number, unit: string, list: { effectiveFrom: string }[] = []): string => {
  const date = listDate(list);
  return `共 ${count} ${unit}${date ? ` · 生效日期 ${date}` : ''}`;
};

function card(t: Thing, i: number): SafeHtml {
  const inner = html`<span class="entry-no" aria-hidden="true">${String(i + 1).padStart(2, '0')}</span><strong>${t.title}</strong><span>${t.note}</span>${t.href ? (t.stat ? html`<span class="entry-stat">${t.stat}</span>` : '') : html`<span><span class="badge badge-wip">建设中</span></span>`}`;
  return t.href
    ? html`<li><a class="entry entry-numbered" href="${t.href}">${inner}</a></li>`
    : html`<li><div class="entry entry-numbered entry-wip" aria-disabled="true">${inner}</div></li>`;
}

export function disclosureIndexPage(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const d = await disclosure(services, req);
    const b = d.body;
    const [items, benchmarks, reviewRules, inspections, guides, avRules, channels, officerCounts] =
      await Promise.all([
        entries(d, 'item'),
        entries(d, 'benchmark'),
        entries(d, 'review_rule'),
        entries(d, 'inspection_item'),
        entries(d, 'service_guide'),
        entries(d, 'av_rule'),
        entries(d, 'complaint_channel'),
        services.publicRegister.officerCounts(),
      ]);
    const lenient = benchmarks.filter((e) =>
      e.data.tiers.some((t) => t.tier === 'none' || t.tier === 'mitigated'),
    );

    const things: Thing[] = [
      {
        title: '执法主体',
        note: '名称、性质、法定代表人、地址和投诉电话',
        href: b ? `/bodies/${b.id}` : '/bodies',
        stat: b ? b.name : `共 ${d.bodies.length} 个执法主体`,
      },
      {
        title: '执法人员',
        note: '姓名、执法证号、执法类别和证件状态',
        href: b ? `/officers?body=${b.id}` : '/officers',
        stat: b ? `共 ${officerCounts.get(b.id) ?? 0} 名持证执法人员` : '',
      },
      {
        title: '职责权限',
        note: '法定职责和按执法类别统计的权责清单',
        href: d.href('/duties'),
        stat: stat(items.length, '项执法事项', items),
      },
      {
        title: '裁量基准',
        note: '行政处罚裁量阶次、适用情形和处罚幅度',
        href: d.href('/benchmarks'),
        stat: stat(benchmarks.length, '个违法行为', benchmarks),
      },
      {
        title: '法制审核目录',
        note: '重大执法决定法制审核的情形和依据',
        href: d.href('/review-catalogue'),
        stat: stat(reviewRules.length, '项', reviewRules),
      },
      {
        title: '救济途径',
        note: '行政复议、行政诉讼的期限和途径',
        href: d.href('/complaints', {}, 'remedies'),
        stat: '复议 60 日 · 诉讼 6 个月',
      },
      {
        title: '随机抽查事项',
        note: '“双随机、一公开”抽查事项、对象、比例和频次',
        href: d.href('/inspections'),
        stat: stat(inspections.length, '项', inspections),
      },
      { title: '文书格式', note: '行政执法文书式样' },
      { title: '上年度执法数据', note: '上一年度行政执法统计年报' },
      { title: '实施方案', note: '“三项制度”实施方案和配套制度' },
      {
        title: '不予处罚/减轻处罚清单',
        note: '轻微违法不予处罚、依法减轻处罚的情形',
        href: d.href('/no-penalty'),
        stat: stat(lenient.length, '个违法行为', lenient),
      },
      {
        title: '执法事项清单',
        note: '许可、处罚、强制、检查等事项及其依据',
        href: d.href('/items'),
        stat: stat(items.length, '项', items),
      },
    ];
    const more: Thing[] = [
      { title: '法律依据', note: '法律、法规、规章条文及历史版本', href: d.href('/laws') },
      {
        title: '执法流程图与服务指南',
        note: '行政处罚程序、许可事项办理流程',
        href: d.href('/procedures'),
        stat: stat(guides.length, '个服务指南', guides),
      },
      {
        title: '音像记录事项清单',
        note: '全程音像记录和根据需要音像记录的事项',
        href: d.href('/av-list'),
        stat: stat(avRules.length, '项', avRules),
      },
      {
        title: '监督举报渠道',
        note: '投诉举报方式、地址和受理条件',
        href: d.href('/complaints'),
        stat: stat(channels.length, '种渠道', channels),
      },
    ];

    const body = html`
<section class="hero" aria-labelledby="disclosure-title">
  <h1 id="disclosure-title">事前公开</h1>
  <p>执法活动开始之前，行政执法主体主动公开执法主体、人员、职责、权限、依据、程序、裁量基准、救济途径等信息。${b ? html`当前显示：<strong>${b.name}</strong>。` : ''}</p>
</section>
${bodyForm(d, '/disclosure')}
<h2 class="section-title">事前公开事项（12 项）</h2>
<ol class="entries entries-things">${things.map(card)}</ol>
<h2 class="section-title">相关公开信息</h2>
<ul class="entries entries-more">${more.map((t) => html`<li><a class="entry" href="${t.href}"><strong>${t.title}</strong><span>${t.note}</span>${t.stat ? html`<span class="entry-stat">${t.stat}</span>` : ''}</a></li>`)}</ul>`;
    return sendHtml(reply, disclosurePage(d, { title: '事前公开', crumbs: [], body }));
  };
}
