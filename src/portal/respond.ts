// Sending pages and the portal's error pages. Public pages may be cached briefly by browsers and
// proxies; verification results change when a certificate is suspended, so they are never cached.
import type { FastifyReply } from 'fastify';
import { html } from './html.ts';
import { page, type NavKey } from './layout.ts';

export function sendHtml(
  reply: FastifyReply,
  markup: string,
  opts: { status?: number; cache?: 'short' | 'none' } = {},
) {
  return reply
    .status(opts.status ?? 200)
    .header('cache-control', opts.cache === 'none' ? 'no-store' : 'public, max-age=60')
    .type('text/html; charset=utf-8')
    .send(markup);
}

/** A full page explaining what went wrong and where to go next; never a stack trace or JSON. */
export function errorPage(o: {
  status: number;
  title: string;
  message: string;
  host: string | null;
  nav?: NavKey;
}): string {
  return page({
    title: o.title,
    host: o.host,
    ...(o.nav ? { nav: o.nav } : {}),
    crumbs: [{ label: o.title }],
    body: html`<section class="panel" aria-labelledby="err-title">
  <h1 id="err-title">${o.title}</h1>
  <p>${o.message}</p>
  <p><a class="button button-secondary" href="/">返回首页</a></p>
</section>`,
  });
}

/**
 * Thrown by a page handler to answer with an explanatory error page (unknown code → 404, malformed
 * parameter → 400); the portal's error handler renders it, so handlers need not thread the reply through.
 */
export class PageError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
    readonly nav?: NavKey,
  ) {
    super(message);
    this.name = 'PageError';
  }
}
