// `/ledger/heads` and `/ledger/heads.json` — C8: the ledger's signed tree heads, public, so that anyone
// can keep one and later ask for proof that the log only grew (RFC 6962). A head holds a size, a Merkle
// root, a time and an SM2 signature: no personal data. The public key is given as a SubjectPublicKeyInfo
// PEM, and each head with exactly the text it signs, so OpenSSL 3 alone verifies it (docs/VERIFY.md).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import { headSignedBy, publishedHead, sm2PublicKeyPem } from '../../platform/ledger/heads.ts';
import { sha256Hex } from '../../platform/crypto/sm.ts';
import { html } from '../html.ts';
import { page } from '../layout.ts';
import { sendHtml } from '../respond.ts';

const HISTORY = 100;

/** The heads signed by this install's key, newest first, as published. */
export async function publishedHeads(services: Services) {
  const key = services.ledger.trustedPublicKey;
  const heads = (await services.ledger.heads.list(HISTORY)).filter((h) => headSignedBy(h, key));
  return {
    algorithm:
      'SM2 signature (GM/T 0009 default id 1234567812345678) over SM3; RFC 6962 Merkle tree with SM3',
    public_key_pem: sm2PublicKeyPem(key),
    /** SHA-256 of the DER public key: compare with the fingerprint given to you out of band. */
    public_key_sha256: sha256Hex(
      Buffer.from(sm2PublicKeyPem(key).replace(/-----[^-]+-----|\s/g, ''), 'base64'),
    ),
    latest: heads[0] ? publishedHead(heads[0]) : null,
    history: heads.map(publishedHead),
  };
}

/** The public key alone, as a file OpenSSL reads (`-pubin -inkey public-key.pem`). */
export function ledgerPublicKeyPem(services: Services) {
  return async (_req: FastifyRequest, reply: FastifyReply) =>
    reply
      .header('cache-control', 'public, max-age=60')
      .type('application/x-pem-file')
      .send(sm2PublicKeyPem(services.ledger.trustedPublicKey));
}

/**
 * One head's signed text (`message.txt`) or its DER signature (`signature.der`), byte for byte, so the
 * check needs no JSON tool: `/ledger/heads/latest/…` or `/ledger/heads/<tree size>/…`.
 */
export function ledgerHeadPart(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const { size, part } = req.params as { size: string; part: string };
    const p = await publishedHeads(services);
    const head = size === 'latest' ? p.latest : p.history.find((h) => String(h.tree_size) === size);
    if (!head || (part !== 'message.txt' && part !== 'signature.der'))
      return reply.status(404).type('text/plain; charset=utf-8').send('no such head\n');
    reply.header('cache-control', 'public, max-age=60');
    return part === 'message.txt'
      ? reply.type('text/plain; charset=utf-8').send(head.signed_message)
      : reply.type('application/octet-stream').send(Buffer.from(head.signature_der_hex, 'hex'));
  };
}

export function ledgerHeadsJson(services: Services) {
  return async (_req: FastifyRequest, reply: FastifyReply) =>
    reply.header('cache-control', 'public, max-age=60').send(await publishedHeads(services));
}

export function ledgerHeadsPage(services: Services) {
  return async (_req: FastifyRequest, reply: FastifyReply) => {
    const p = await publishedHeads(services);
    const host = await services.publicRegister.siteHost().catch(() => null);
    const body = html`
<h1>执法记录账本签名树头</h1>
<p class="lead">本平台的执法全过程记录写入只增不改的账本（默克尔树，SM3）。平台定期以 SM2 签名发布树头（记录条数与根哈希）。保存任一树头的人，日后均可要求平台证明账本只增加、未被改写。签名可用 OpenSSL 3 独立验证，方法见 docs/VERIFY.md。<a href="/ledger/heads.json">JSON 格式</a></p>
<section class="panel" aria-labelledby="latest-title">
  <h2 class="section-title" id="latest-title">最新树头</h2>
  ${
    p.latest
      ? html`<dl class="facts">
    <dt>记录条数</dt><dd>${p.latest.tree_size}</dd>
    <dt>根哈希（SM3）</dt><dd><code>${p.latest.root_sm3}</code></dd>
    <dt>签名时间</dt><dd>${p.latest.timestamp}</dd>
    <dt>签名（DER，Base64）</dt><dd><code>${p.latest.signature_der_base64}</code></dd>
    <dt>签名原文</dt><dd><pre>${p.latest.signed_message}</pre></dd>
  </dl>`
      : html`<p>尚无签名树头。</p>`
  }
</section>
<section class="panel" aria-labelledby="key-title">
  <h2 class="section-title" id="key-title">签名公钥（SubjectPublicKeyInfo PEM）</h2>
  <pre>${p.public_key_pem}</pre>
  <p>公钥指纹（DER 的 SHA-256）：<code>${p.public_key_sha256}</code>。<a href="/ledger/public-key.pem">下载 PEM</a>；最新树头的<a href="/ledger/heads/latest/message.txt">签名原文</a>与<a href="/ledger/heads/latest/signature.der">签名（DER）</a>。</p>
</section>
<section class="panel" aria-labelledby="history-title">
  <h2 class="section-title" id="history-title">历史树头（最近 ${HISTORY} 个）</h2>
  <table class="list">
  <caption class="sr-only">历史树头</caption>
  <thead><tr><th scope="col">记录条数</th><th scope="col">根哈希（SM3）</th><th scope="col">签名时间</th></tr></thead>
  <tbody>${p.history.map(
    (h) =>
      html`<tr><td data-label="记录条数">${h.tree_size}</td><td data-label="根哈希"><code>${h.root_sm3}</code></td><td data-label="签名时间">${h.timestamp}</td></tr>`,
  )}</tbody>
  </table>
</section>`;
    return sendHtml(reply, page({ title: '账本签名树头', host, crumbs: [{ label: '账本签名树头' }], body }));
  };
}
