// `/` — the portal's front door (E10): officer verification first (it is what people at the scene of an
// inspection need), then the E1/E2/E3 structure of publicity, with sections not built yet marked 建设中
// rather than linked, so nobody lands on an empty page.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import { html, type SafeHtml } from '../html.ts';
import { page, PLATFORM_NAME, PORTAL_NAME } from '../layout.ts';
import { sendHtml } from '../respond.ts';
import { verifyForm } from './verify.ts';

const wip = (label: string): SafeHtml =>
  html`<li><span>${label}</span><span class="badge badge-wip">建设中</span></li>`;
const link = (label: string, href: string, note: string): SafeHtml =>
  html`<li><a href="${href}">${label}</a><span class="muted">${note}</span></li>`;

export function homePage(services: Services) {
  return async (_req: FastifyRequest, reply: FastifyReply) => {
    const [bodies, counts, host] = await Promise.all([
      services.publicRegister.bodies(),
      services.publicRegister.officerCounts(),
      services.publicRegister.siteHost(),
    ]);
    const officers = [...counts.values()].reduce((a, b) => a + b, 0);
    const body = html`
<section class="hero" aria-labelledby="hero-title">
  <h1 id="hero-title">${PORTAL_NAME}</h1>
  <p>${PLATFORM_NAME} · 行政执法公示、执法全过程记录、重大执法决定法制审核。执法信息掌上查、随时查。</p>
  ${verifyForm('', 'home-number')}
  <p class="muted">执法人员执法时应出示行政执法证件。输入证件上的执法证号，或扫描电子执法证上的二维码，即可查验其身份和证件是否有效。</p>
</section>

<h2 class="section-title">公开查询</h2>
<ul class="entries">
  <li><a class="entry" href="/bodies"><strong>执法主体</strong><span>共 ${bodies.length} 个执法主体及受委托组织</span></a></li>
  <li><a class="entry" href="/officers"><strong>执法人员</strong><span>共 ${officers} 名持证执法人员</span></a></li>
  <li><a class="entry" href="/verify"><strong>执法证查验</strong><span>按执法证号核验执法人员身份</span></a></li>
  <li><a class="entry" href="/disclosure"><strong>事前公开</strong><span>职责权限、执法事项、裁量基准等 12 项</span></a></li>
  <li><a class="entry" href="/items"><strong>执法事项清单</strong><span>许可、处罚、强制、检查事项及依据</span></a></li>
  <li><a class="entry" href="/benchmarks"><strong>裁量基准</strong><span>行政处罚裁量阶次和处罚幅度</span></a></li>
</ul>

<h2 class="section-title">行政执法公示</h2>
<ul class="stages">
  <li class="stage">
    <h3>事前公开</h3>
    <p>执法活动开始之前，主动公开执法主体、执法人员、职责权限、执法依据、裁量基准、执法程序和救济渠道等信息。</p>
    <ul>
      ${link('执法主体', '/bodies', '名称、职责、投诉电话')}
      ${link('执法人员', '/officers', '姓名、执法证号、执法类别')}
      ${link('执法事项清单', '/items', '事项、依据、承办机构')}
      ${link('裁量基准', '/benchmarks', '裁量阶次、处罚幅度')}
      ${link('法律依据', '/laws', '法律法规条文')}
      ${link('执法流程图', '/procedures', '处罚程序、服务指南')}
      ${link('全部事前公开事项', '/disclosure', '共 12 项')}
    </ul>
  </li>
  <li class="stage">
    <h3>事中公示</h3>
    <p>执法人员执法时主动出示执法证件、表明身份，告知当事人执法事由、依据和权利；群众可扫码或输入证号现场查验。</p>
    <ul>
      ${link('执法证查验', '/verify', '扫码或输入证号')}
      <li><span>电子执法证</span><span class="muted">执法人员手机出示</span></li>
    </ul>
  </li>
  <li class="stage">
    <h3>事后公开</h3>
    <p>行政许可、行政处罚决定自作出之日起 7 个工作日内公开，其他执法信息在形成或变更之日起 20 个工作日内公开。</p>
    <ul>
      ${link('执法决定公开', '/decisions', '处罚、许可决定及撤回说明')}
      ${wip('年度报告')}
    </ul>
  </li>
</ul>`;
    return sendHtml(reply, page({ title: PORTAL_NAME, nav: 'home', host, body }));
  };
}
