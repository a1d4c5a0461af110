// `/officers/:number/card` — the electronic enforcement certificate (电子执法证, A3 事中): what an officer
// shows on a phone instead of, or beside, the plastic card. It carries the QR code of the public
// verification page, so the person inspected checks the certificate on *their* phone against the
// platform rather than trusting the screen in front of them; the live clock makes a replayed screenshot
// easier to spot.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import { html, raw } from '../html.ts';
import { checkCertificateNumber } from '../input.ts';
import { page } from '../layout.ts';
import { absoluteUrl, qrFigure, verificationPath } from '../qr.ts';
import { errorPage, sendHtml } from '../respond.ts';
import { beijingNow, lookupCertificate, unknownCertificatePage } from './verify.ts';

// No photos are stored yet; a neutral silhouette keeps the card's layout and tells the truth.
const SILHOUETTE = raw(
  '<svg viewBox="0 0 64 64" aria-hidden="true" focusable="false"><circle cx="32" cy="22" r="12" fill="#9aa3ad"/><path d="M10 58c0-13 10-21 22-21s22 8 22 21z" fill="#9aa3ad"/></svg>',
);

export function cardPage(services: Services) {
  return async (req: FastifyRequest<{ Params: { number: string } }>, reply: FastifyReply) => {
    const host = await services.publicRegister.siteHost();
    const checked = checkCertificateNumber(req.params.number);
    if (!checked.ok || !checked.value) {
      const message = checked.ok ? '请提供执法证号。' : checked.message;
      return sendHtml(reply, errorPage({ status: 400, title: '执法证号格式不正确', message, host }), {
        status: 400,
        cache: 'none',
      });
    }
    const found = await lookupCertificate(services, req.ctx, checked.value);
    if (found.kind === 'unknown')
      return sendHtml(reply, unknownCertificatePage(checked.value, host), { status: 404, cache: 'none' });
    const v = found.v;
    const qr = await qrFigure(absoluteUrl(req, verificationPath(v.number)), '请扫码在行政执法公示平台查验');
    const body = html`
<article class="ecard" aria-labelledby="card-title">
  <header class="ecard-head">
    <h1 id="card-title">行政执法证</h1>
    <p>电子证件 · ${v.bodyName}</p>
  </header>
  <div class="ecard-body">
    <div class="ecard-top">
      <div class="photo" role="img" aria-label="照片（暂未上传）">${SILHOUETTE}照片</div>
      <div>
        <p class="ecard-name">${v.name}</p>
        <p class="muted">${v.post || '执法人员'}</p>
        <p class="status">${v.valid ? html`<span class="badge badge-ok">有效</span>` : html`<span class="badge badge-bad">无效</span> <span class="muted">${v.statusText}</span>`}</p>
      </div>
    </div>
    <dl class="fields">
      <dt>执法证号</dt><dd class="big-number">${v.number}</dd>
      <dt>执法主体</dt><dd>${v.bodyName}</dd>
      <dt>执法类别</dt><dd>${v.categories.join('、') || '—'}</dd>
      <dt>执法区域</dt><dd>${v.region}</dd>
      <dt>有效期</dt><dd>${v.issuedOn} 至 ${v.expiresOn}</dd>
    </dl>
  </div>
  <footer class="ecard-foot">
    ${qr}
    <p class="shown-at">出示时间 ${beijingNow(req.ctx)}（北京时间）</p>
  </footer>
</article>
<p class="muted centered">请扫描上方二维码，在本平台核对证件真伪和有效性，以查验结果为准。</p>`;
    return sendHtml(
      reply,
      page({
        title: `电子执法证 ${v.number}`,
        host,
        crumbs: [{ label: '执法人员', href: '/officers' }, { label: '电子执法证' }],
        body,
      }),
      { cache: 'none' },
    );
  };
}
