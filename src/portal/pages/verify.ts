// `/verify?number=` and `/verify/:number` — the public officer verification (A3, E2). The answer has to
// be readable at a glance on a phone at the door of a clinic: one big 有效/无效 with the reason, then who
// the holder is, then how to complain. The page carries its own QR code so it can be shown or shared.
import type { Actor, Ctx } from '../../platform/context.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import type { Verification } from '../../modules/bodies/index.ts';
import { AppError } from '../../platform/http/errors.ts';
import { html, type SafeHtml } from '../html.ts';
import { checkCertificateNumber, MAX_NUMBER_LENGTH } from '../input.ts';
import { page } from '../layout.ts';
import { absoluteUrl, qrFigure, verificationPath } from '../qr.ts';
import { errorPage, sendHtml } from '../respond.ts';
import { phoneLink } from './body.ts';

/** The GET search form shared with the home page; `id` keeps label/input pairs unique per page. */
export function verifyForm(value: string, id: string): SafeHtml {
  return html`<form class="search search-narrow" method="get" action="/verify" role="search" aria-label="执法证查验">
  <div class="field"><label for="${id}">执法证号</label>
    <input type="search" id="${id}" name="number" value="${value}" maxlength="${MAX_NUMBER_LENGTH}" placeholder="请输入执法证号" autocomplete="off" autocapitalize="characters" spellcheck="false" required></div>
  <button type="submit">查验</button>
</form>`;
}

/** Beijing time, because that is the time printed on the documents the visitor holds. */
export function beijingNow(ctx: Ctx<Actor>): string {
  return new Date(ctx.now.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export type CertificateLookup = { kind: 'found'; v: Verification } | { kind: 'unknown' };

/** Verification signals an unknown number with a 404 AppError; everything else is a real failure. */
export async function lookupCertificate(
  services: Services,
  ctx: Ctx<Actor>,
  number: string,
): Promise<CertificateLookup> {
  try {
    return { kind: 'found', v: await services.publicRegister.verifyCertificate(ctx, number) };
  } catch (e) {
    if (e instanceof AppError && e.status === 404) return { kind: 'unknown' };
    throw e;
  }
}

export function unknownCertificatePage(number: string, host: string | null): string {
  return page({
    title: '未查询到该执法证',
    nav: 'verify',
    host,
    crumbs: [{ label: '执法证查验', href: '/verify' }, { label: '未查询到' }],
    body: html`<section class="verdict verdict-bad" aria-labelledby="verdict">
  <h1 id="verdict" class="verdict-title">未查询到该执法证</h1>
  <p>执法证号：${number}</p>
</section>
<section class="panel">
  <p>本平台没有编号为 <strong>${number}</strong> 的行政执法证。请核对证号是否输入正确（字母不区分大小写）。</p>
  <p>执法人员应当主动出示执法证件；不出示的，当事人有权拒绝接受调查或者检查（《行政处罚法》第五十五条）。如对方自称执法人员但证号无法查询，请进一步核实其身份，并可拨打 <a href="tel:12345">12345</a> 政务服务便民热线或向当地卫生健康部门反映。</p>
  ${verifyForm(number, 'retry-number')}
</section>`,
  });
}

export function verifyPage(services: Services) {
  return async (req: FastifyRequest<{ Params: { '*'?: string } }>, reply: FastifyReply) => {
    const host = await services.publicRegister.siteHost();
    const input = req.params['*'] ?? (req.query as Record<string, unknown>).number;
    const checked = checkCertificateNumber(input);
    if (!checked.ok) {
      return sendHtml(
        reply,
        errorPage({
          status: 400,
          title: '执法证号格式不正确',
          message: checked.message,
          host,
          nav: 'verify',
        }),
        { status: 400, cache: 'none' },
      );
    }
    const number = checked.value;
    if (!number) {
      const body = html`<section class="hero" aria-labelledby="verify-title">
  <h1 id="verify-title">执法证查验</h1>
  <p>执法人员执法时应当出示行政执法证件。输入证件上的执法证号，可查验执法人员身份及证件是否有效。</p>
  ${verifyForm('', 'verify-number')}
</section>`;
      return sendHtml(
        reply,
        page({ title: '执法证查验', nav: 'verify', crumbs: [{ label: '执法证查验' }], host, body }),
      );
    }

    const found = await lookupCertificate(services, req.ctx, number);
    if (found.kind === 'unknown')
      return sendHtml(reply, unknownCertificatePage(number, host), { status: 404, cache: 'none' });
    const v = found.v;
    const selfUrl = absoluteUrl(req, verificationPath(v.number));
    const qr = await qrFigure(selfUrl, '本页查验二维码');
    const body = html`
<section class="verdict ${v.valid ? 'verdict-ok' : 'verdict-bad'}" aria-labelledby="verdict" role="status">
  <h1 id="verdict"><span class="verdict-word">${v.valid ? '有效' : '无效'}</span></h1>
  <p>${v.valid ? '该执法证有效，持证人可在证件载明的类别和区域内从事行政执法活动。' : html`${v.statusText}。持证人目前不得从事行政执法活动。`}</p>
  <p class="holder">${v.name} · ${v.bodyName}</p>
  <p class="shown-at"><span class="nowrap">执法证号 ${v.number}</span> · <span class="nowrap">查验时间 ${beijingNow(req.ctx)}</span></p>
</section>
<div class="grid-2">
  <section class="panel" aria-labelledby="holder-title">
    <h2 class="section-title" id="holder-title">持证人信息</h2>
    <dl class="fields">
      <dt>姓名</dt><dd class="big-number">${v.name}</dd>
      <dt>执法主体</dt><dd>${v.bodyName}</dd>
      ${v.post ? html`<dt>职务</dt><dd>${v.post}</dd>` : ''}
      <dt>执法证号</dt><dd>${v.number}</dd>
      <dt>执法类别</dt><dd>${v.categories.join('、') || '—'}</dd>
      <dt>执法区域</dt><dd>${v.region}</dd>
      <dt>有效期</dt><dd>${v.issuedOn} 至 ${v.expiresOn}</dd>
      <dt>证件状态</dt><dd>${v.valid ? html`<span class="badge badge-ok">有效</span>` : html`<span class="badge badge-bad">无效</span> ${v.statusText}`}</dd>
    </dl>
  </section>
  <aside class="panel">${qr}</aside>
</div>
<section class="panel" aria-labelledby="complain-title">
  <h2 class="section-title" id="complain-title">投诉举报</h2>
  <p>如认为该执法人员存在违法或不当执法行为，可向其所在执法主体投诉：</p>
  <dl class="fields">
    <dt>执法主体</dt><dd>${v.bodyName}</dd>
    <dt>投诉电话</dt><dd>${phoneLink(v.complaintPhone)}</dd>
    <dt>其他渠道</dt><dd><a href="tel:12345">12345</a> 政务服务便民热线</dd>
  </dl>
  <p class="muted">投诉时请说明执法证号 ${v.number}、执法的时间、地点和具体事由。</p>
</section>
<section class="panel" aria-labelledby="again-title">
  <h2 class="section-title" id="again-title">查验其他执法证</h2>
  ${verifyForm('', 'again-number')}
</section>`;
    return sendHtml(
      reply,
      page({
        title: `执法证查验 ${v.number}`,
        nav: 'verify',
        crumbs: [{ label: '执法证查验', href: '/verify' }, { label: v.number }],
        host,
        body,
      }),
      { cache: 'none' },
    );
  };
}
