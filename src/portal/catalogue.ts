// Shared by the 事前公开 pages (E1): which body's catalogues a page shows (`?body=`, by default the first
// body in hierarchy order that publishes any), the search form, the version line of what is shown,
// citations linked to the article on the legal-basis page, and the in-memory search.
//
// Search runs over the catalogue in force rather than in SQL: the lists are small (tens to hundreds of
// entries), the public expects to find an item by its field, basis or unit and not only by its name,
// and the text typed is matched literally (no LIKE wildcards).
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Services } from '../services.ts';
import { today, type Actor, type Ctx } from '../platform/context.ts';
import type { ArticleRef, CatalogService, CATALOG_KINDS, CatalogKind } from '../modules/catalog/index.ts';
import type { PublicBody } from '../modules/bodies/index.ts';
import { html, type SafeHtml, url } from './html.ts';
import { checkCode, checkDisclosureQuery, MAX_QUERY_LENGTH } from './input.ts';
import { page } from './layout.ts';
import { PageError } from './respond.ts';

type Query = Record<string, string | number | undefined | null>;

export interface Disclosure {
  services: Services;
  /** The request's (anonymous) context. */
  ctx: Ctx<Actor>;
  host: string | null;
  /** Every body, in hierarchy order. */
  bodies: PublicBody[];
  /** The bodies that publish catalogues, in hierarchy order. */
  publishing: PublicBody[];
  /** The body whose catalogues are shown; null when no body publishes anything yet. */
  body: PublicBody | null;
  /** The body id to carry in links and forms: set only when it is not the default body. */
  keepBody: string | undefined;
  q: string;
  version: number | null;
  /** Today in Asia/Shanghai: the date the catalogues and citations are read for. */
  on: string;
  /** Same-site link that keeps the chosen body (when it is not the default) and an optional #anchor. */
  href(path: string, query?: Query, hash?: string): string;
}

/** Reads and checks the query of a 事前公开 page; a malformed one is a 400 page, an unknown body a 404. */
export async function disclosure(services: Services, req: FastifyRequest): Promise<Disclosure> {
  const parsed = checkDisclosureQuery(req.query as Record<string, unknown>);
  if (!parsed.ok) throw new PageError(400, '查询条件不正确', parsed.message, 'disclosure');
  const [bodies, withData, host] = await Promise.all([
    services.publicRegister.bodies(),
    services.catalog.bodiesPublishing(),
    services.publicRegister.siteHost(),
  ]);
  const publishing = bodies.filter((b) => withData.has(b.id));
  const fallback = publishing[0] ?? null;
  let body = fallback;
  if (parsed.value.bodyId) {
    body = bodies.find((b) => b.id === parsed.value.bodyId) ?? null;
    if (!body)
      throw new PageError(
        404,
        '未找到该执法主体',
        '该执法主体不存在或已撤销，请从执法主体列表中查找。',
        'disclosure',
      );
  }
  const keepBody = body && body.id !== fallback?.id ? body.id : undefined;
  return {
    services,
    ctx: req.ctx,
    host,
    bodies,
    publishing,
    body,
    keepBody,
    q: parsed.value.q,
    version: parsed.value.version,
    on: today(req.ctx),
    href: (path, query = {}, hash) => url(path, { body: keepBody, ...query }) + (hash ? `#${hash}` : ''),
  };
}

/** The code in a detail page's path (`/items/*`); a value that cannot be a code is a 400 page. */
export function codeParam(req: FastifyRequest): string {
  const params = req.params as Record<string, unknown>;
  const code = checkCode(params['*'] ?? params.code);
  if (code === null)
    throw new PageError(
      400,
      '编码不正确',
      '请求的编码格式不正确：编码只包含字母、数字、点、下划线和连字符，不超过 80 位。',
      'disclosure',
    );
  return code;
}

export function notFound(what: string, listHref: string, listLabel: string): PageError {
  return new PageError(
    404,
    `未找到该${what}`,
    `该${what}不存在或已停止公开，请从「${listLabel}」中查找（${listHref}）。`,
    'disclosure',
  );
}

// ---------------------------------------------------------------------------------------------------
// Entries

/** One entry of a catalogue in force, with its data typed by the kind's schema. */
export interface Entry<K extends CatalogKind> {
  code: string;
  version: number;
  effectiveFrom: string;
  name: string;
  data: z.output<(typeof CATALOG_KINDS)[K]['data']>;
}

/** The body's catalogue of a kind, in force today, ordered by code. Empty when no body is chosen. */
export async function entries<K extends CatalogKind>(d: Disclosure, kind: K): Promise<Entry<K>[]> {
  if (!d.body) return [];
  const rows = await d.services.catalog.listPublic(d.ctx, d.body.id, kind);
  return rows.map((r) => ({
    code: r.code,
    version: r.version,
    effectiveFrom: r.effectiveFrom,
    name: r.name,
    data: r.data as Entry<K>['data'],
  }));
}

/** Every whitespace-separated term of `q` occurs in one of the fields (case-insensitive); '' matches all. */
export function matches(q: string, ...fields: (string | null | undefined)[]): boolean {
  const terms = q.toLowerCase().split(/\s+/).filter(Boolean);
  if (!terms.length) return true;
  const hay = fields.filter(Boolean).join('\n').toLowerCase();
  return terms.every((t) => hay.includes(t));
}

/** "第 2 版 · 生效日期 2024-01-01": which version of an entry is shown. */
export function versionLine(e: { version: number; effectiveFrom: string }): SafeHtml {
  return html`<span class="version">第 ${e.version} 版 · 生效日期 ${e.effectiveFrom}</span>`;
}

/** The latest date on which an entry of the list took effect, i.e. the date of the list as published. */
export function listDate(list: { effectiveFrom: string }[]): string | null {
  return list.reduce<string | null>(
    (max, e) => (max === null || e.effectiveFrom > max ? e.effectiveFrom : max),
    null,
  );
}

/** The line under a list's title: who publishes it, how many entries, and the version date. */
export function listMeta(
  d: Disclosure,
  list: { effectiveFrom: string; version: number }[],
  unit: string,
): SafeHtml {
  const date = listDate(list);
  const versions = new Set(list.map((e) => e.version));
  const v = versions.size === 1 ? html`，第 ${[...versions][0]} 版` : '';
  return html`<p class="meta">${d.body ? html`<span>发布主体：<a href="/bodies/${d.body.id}">${d.body.name}</a></span> ` : ''}<span>共 ${list.length} ${unit}</span>${date ? html` <span class="version">现行版本生效日期 ${date}${v}</span>` : ''}</p>`;
}

// ---------------------------------------------------------------------------------------------------
// Citations

export type Citation = Awaited<ReturnType<CatalogService['citations']>>[number];

/** Resolves several lists of article references in one call; the result has the same shape. */
export async function citeAll(d: Disclosure, lists: ArticleRef[][]): Promise<Citation[][]> {
  const flat = lists.flat();
  const bodyId = d.body?.id;
  if (!bodyId || !flat.length) return lists.map(() => []);
  const resolved = await d.services.catalog.citations(d.ctx, bodyId, flat, d.on);
  let i = 0;
  return lists.map((l) => l.map(() => resolved[i++]!));
}

/** Where an article is shown: its anchor on the law's page. */
export function articleHref(d: Disclosure, ref: Pick<ArticleRef, 'law' | 'article'>): string {
  return d.href(`/laws/${encodeURIComponent(ref.law)}`, {}, `a${ref.article}`);
}

/** A citation as a link to the article; an unresolved one is shown as the reason, without a link. */
export function citationLink(d: Disclosure, c: Citation): SafeHtml {
  if (!c.text) return html`<span class="cite cite-missing">${c.display}</span>`;
  return html`<a class="cite" href="${articleHref(d, c.ref)}">${c.display}</a>${c.inForce ? '' : html` <span class="badge badge-bad">已失效</span>`}`;
}

/** Citations and the free-text basis as a list of links (tables, lists). */
export function citationList(d: Disclosure, cites: Citation[], basisText = ''): SafeHtml | string {
  if (!cites.length && !basisText) return '—';
  return html`<ul class="cites">${cites.map((c) => html`<li>${citationLink(d, c)}</li>`)}${basisText ? html`<li>${basisText}</li>` : ''}</ul>`;
}

/** Citations with the article text quoted (detail pages). */
export function citationBlocks(d: Disclosure, cites: Citation[], basisText = ''): SafeHtml | string {
  if (!cites.length && !basisText) return '—';
  return html`${cites.map(
    (c) => html`<div class="quote">
  <p class="quote-cite">${citationLink(d, c)}${c.needsReview ? html` <span class="badge badge-wip">条文待核对</span>` : ''}</p>
  ${c.text ? html`<blockquote>${paragraphs(c.text)}</blockquote>` : ''}
</div>`,
  )}${basisText ? html`<p>${basisText}</p>` : ''}`;
}

/** Article text with its paragraphs (款), which the library keeps separated by newlines. */
export function paragraphs(text: string): SafeHtml {
  return html`${text
    .split('\n')
    .filter((p) => p.trim())
    .map((p) => html`<p>${p}</p>`)}`;
}

// ---------------------------------------------------------------------------------------------------
// Page parts

/** The GET search form of a list, with the body selector when several bodies publish catalogues. */
export function searchForm(
  d: Disclosure,
  o: { action: string; id: string; label: string; placeholder: string },
): SafeHtml {
  const chooser =
    d.publishing.length > 1 || (d.body !== null && d.publishing.length > 0 && !d.publishing.includes(d.body));
  return html`<form class="panel search" method="get" action="${o.action}" role="search" aria-label="${o.label}">
  <div class="field"><label for="${o.id}-q">${o.label}</label>
    <input type="search" id="${o.id}-q" name="q" value="${d.q}" maxlength="${MAX_QUERY_LENGTH}" placeholder="${o.placeholder}" autocomplete="off"></div>
  ${chooser ? bodySelect(d, `${o.id}-body`) : d.keepBody ? html`<input type="hidden" name="body" value="${d.keepBody}">` : ''}
  <button type="submit">查询</button>
  ${d.q ? html`<a class="button button-secondary" href="${d.href(o.action)}">清除</a>` : ''}
</form>`;
}

function bodySelect(d: Disclosure, id: string): SafeHtml {
  const options = d.body && !d.publishing.includes(d.body) ? [...d.publishing, d.body] : d.publishing;
  return html`<div class="field"><label for="${id}">执法主体</label>
    <select id="${id}" name="body">${options.map((b) => html`<option value="${b.id}"${b.id === d.body?.id ? html` selected` : ''}>${b.name}</option>`)}</select></div>`;
}

/** A body selector on its own, for pages without a search (the index, duties, procedures). */
export function bodyForm(d: Disclosure, action: string): SafeHtml | string {
  if (d.publishing.length < 2) return '';
  return html`<form class="panel search" method="get" action="${action}" aria-label="选择执法主体">
  ${bodySelect(d, 'choose-body')}
  <button type="submit">切换</button>
</form>`;
}

/** "未找到…" or "尚未公开…" in place of an empty list. */
export function emptyList(d: Disclosure, what: string): SafeHtml {
  if (!d.body) return html`<p class="panel">暂无执法主体公开${what}。</p>`;
  return html`<p class="panel">${d.q ? html`未找到与“${d.q}”相符的${what}。` : html`${d.body.name}尚未公开${what}。`}</p>`;
}

/** The result line of a search, read out by screen readers when the page loads after a search. */
export function resultLine(d: Disclosure, shown: number, unit: string): SafeHtml | string {
  return d.q ? html`<p class="result-count" role="status">搜索“${d.q}”，找到 ${shown} ${unit}</p>` : '';
}

export interface DisclosurePageOptions {
  title: string;
  /** Trail after 首页 › 事前公开; defaults to the title alone. */
  crumbs?: { label: string; href?: string }[];
  description?: string;
  body: SafeHtml;
}

/** A page of the 事前公开 section: nav, breadcrumbs under 事前公开, the shared frame. */
export function disclosurePage(d: Disclosure, o: DisclosurePageOptions): string {
  const trail = o.crumbs ?? [{ label: o.title }];
  return page({
    title: o.title,
    nav: 'disclosure',
    host: d.host,
    ...(o.description ? { description: o.description } : {}),
    crumbs: [{ label: '事前公开', href: d.href('/disclosure') }, ...trail],
    body: o.body,
  });
}
