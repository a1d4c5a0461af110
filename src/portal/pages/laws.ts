// `/laws` — B2 法律依据: the legal documents a body's catalogues rest on (national ones and its own local
// ones), grouped by level, each with issuer, 文号, 施行日期 and whether it is in force ("立改废").
// `/laws/:code` shows the version in force with its articles (anchor #a24 per article, so citations can
// link to the article itself) and the list of versions; `?version=N` shows an earlier one.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import {
  LAW_LEVEL_LABELS,
  LAW_LEVELS,
  type ArticleRef,
  type LawLevel,
  type CatalogService,
  isInForce,
  versionInForce,
} from '../../modules/catalog/index.ts';
import {
  codeParam,
  disclosure,
  disclosurePage,
  entries,
  matches,
  notFound,
  paragraphs,
  resultLine,
  searchForm,
  type Disclosure,
} from '../catalogue.ts';
import { html, type SafeHtml } from '../html.ts';
import { PageError, sendHtml } from '../respond.ts';

type LawVersion = Awaited<ReturnType<CatalogService['legalVersions']>>[number];

export type LawStatus = 'in_force' | 'amended' | 'repealed' | 'pending';
const STATUS: Record<LawStatus, { label: string; cls: string }> = {
  in_force: { label: '现行有效', cls: 'badge-ok' },
  amended: { label: '已修订', cls: 'badge-wip' },
  repealed: { label: '已废止', cls: 'badge-bad' },
  pending: { label: '尚未施行', cls: 'badge' },
};

/** Status of one version on a date among all versions of its document. */
export function lawStatus(v: LawVersion, versions: LawVersion[], on: string): LawStatus {
  if (v.effectiveOn > on) return 'pending';
  if (versionInForce(versions, on) === v) return 'in_force';
  // Replaced by a later version that has taken effect: the amendment (修订/修正) ended it.
  if (versions.some((o) => o !== v && o.effectiveOn > v.effectiveOn && o.effectiveOn <= on)) return 'amended';
  return isInForce(v, on) ? 'amended' : 'repealed';
}

/** The version to show by default: the one in force, else the latest that took effect, else the first. */
function shownVersion(versions: LawVersion[], on: string): LawVersion {
  const current = versionInForce(versions, on);
  if (current) return current;
  const effective = versions.filter((v) => v.effectiveOn <= on);
  return (
    effective.reduce<LawVersion | undefined>(
      (a, b) => (!a || b.effectiveOn >= a.effectiveOn ? b : a),
      undefined,
    ) ?? versions[0]!
  );
}

function statusBadge(s: LawStatus): SafeHtml {
  return html`<span class="badge ${STATUS[s].cls}">${STATUS[s].label}</span>`;
}

const levelLabel = (l: string) => LAW_LEVEL_LABELS[l as LawLevel] ?? l;

/** Every version of every document visible to the body, by code (versions in recording order). */
async function library(d: Disclosure): Promise<Map<string, LawVersion[]>> {
  // National documents are shared: with no publishing body yet, any body sees them.
  const bodyId = d.body?.id ?? d.bodies[0]?.id;
  const versions = bodyId ? await d.services.catalog.legalVersions(d.ctx, bodyId) : [];
  const byCode = new Map<string, LawVersion[]>();
  for (const v of versions) byCode.set(v.code, [...(byCode.get(v.code) ?? []), v]);
  for (const list of byCode.values()) list.sort((a, b) => a.version - b.version);
  return byCode;
}

const lawHref = (d: Disclosure, code: string, version?: number) =>
  d.href(`/laws/${encodeURIComponent(code)}`, { version });

export function lawsPage(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const d = await disclosure(services, req);
    const lib = await library(d);
    const docs = [...lib.entries()].map(([code, versions]) => {
      const shown = shownVersion(versions, d.on);
      const articleHits = d.q ? shown.articles.filter((a) => matches(d.q, a.text)).length : 0;
      return { code, versions, shown, status: lawStatus(shown, versions, d.on), articleHits };
    });
    const found = docs.filter(
      (x) =>
        matches(d.q, x.code, x.shown.title, x.shown.issuer, x.shown.docNumber, levelLabel(x.shown.level)) ||
        x.articleHits > 0,
    );
    const levels = [
      ...LAW_LEVELS,
      ...new Set(
        found.map((x) => x.shown.level).filter((l) => !(LAW_LEVELS as readonly string[]).includes(l)),
      ),
    ];
    const groups = levels
      .map((level) => ({
        level,
        docs: found
          .filter((x) => x.shown.level === level)
          .sort((a, b) => a.shown.title.localeCompare(b.shown.title, 'zh-CN')),
      }))
      .filter((g) => g.docs.length);
    const inForce = docs.filter((x) => x.status === 'in_force').length;
    const latest = docs.reduce<string | null>(
      (m, x) => (m === null || x.shown.effectiveOn > m ? x.shown.effectiveOn : m),
      null,
    );

    const body = html`
<h1>法律依据</h1>
<p class="lead">公开执法事项、裁量基准和随机抽查事项所依据的法律、行政法规、部门规章和规范性文件，标明施行日期和效力状态；法律文件修订后保留历史版本，可查看修订前的条文。</p>
<p class="meta"><span>共 ${docs.length} 件法律文件，现行有效 ${inForce} 件</span>${latest ? html` <span class="version">最近施行日期 ${latest}</span>` : ''}</p>
${searchForm(d, { action: '/laws', id: 'laws', label: '名称、制定机关、文号或条文内容', placeholder: '如：医疗机构 或 国务院令' })}
${resultLine(d, found.length, '件')}
${
  groups.length
    ? groups.map(
        (g) => html`<section class="group" aria-labelledby="level-${g.level}">
  <h2 class="section-title" id="level-${g.level}">${levelLabel(g.level)}（${g.docs.length}）</h2>
  <table class="list list-laws">
  <caption class="sr-only">${levelLabel(g.level)}</caption>
  <thead><tr><th scope="col" class="w-name">名称</th><th scope="col" class="w-issuer">制定机关</th><th scope="col">文号</th><th scope="col" class="w-date">施行日期</th><th scope="col" class="w-status">状态</th></tr></thead>
  <tbody>${g.docs.map(
    (x) => html`<tr>
    <td data-label="名称"><a href="${lawHref(d, x.code)}">${x.shown.title}</a><small class="code">第 ${x.shown.version} 版${x.versions.length > 1 ? html`（共 ${x.versions.length} 个版本）` : ''}${x.articleHits ? html` · ${x.articleHits} 条条文含“${d.q}”` : ''}</small></td>
    <td data-label="制定机关">${x.shown.issuer}</td>
    <td data-label="文号">${x.shown.docNumber || '—'}</td>
    <td data-label="施行日期" class="nowrap">${x.shown.effectiveOn}</td>
    <td data-label="状态">${statusBadge(x.status)}${x.shown.repealedOn && x.status !== 'in_force' ? html` <span class="muted">${x.shown.repealedOn} 起失效</span>` : ''}</td>
  </tr>`,
  )}</tbody>
  </table>
</section>`,
      )
    : html`<p class="panel">${d.q ? html`未找到与“${d.q}”相符的法律文件。` : '法律依据库中暂无法律文件。'}</p>`
}`;
    return sendHtml(reply, disclosurePage(d, { title: '法律依据', body }));
  };
}

export function lawPage(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const code = codeParam(req);
    const d = await disclosure(services, req);
    const versions = (await library(d)).get(code);
    if (!versions?.length) throw notFound('法律文件', d.href('/laws'), '法律依据');
    const current = shownVersion(versions, d.on);
    const shown = d.version === null ? current : versions.find((v) => v.version === d.version);
    if (!shown)
      throw new PageError(
        404,
        '未找到该版本',
        `《${current.title}》没有第 ${d.version} 版，请从历史版本列表中选择。`,
        'disclosure',
      );
    const status = lawStatus(shown, versions, d.on);
    const isCurrent = shown === current;

    // Where this body's catalogues cite the document: the public can go from a law to what it governs.
    const cites = (refs: ArticleRef[]) => refs.some((r) => r.law === code);
    const [items, benchmarks] = await Promise.all([entries(d, 'item'), entries(d, 'benchmark')]);
    const citingItems = items.filter((i) => cites(i.data.basis as ArticleRef[]));
    const citingBenchmarks = benchmarks.filter((b) =>
      cites([...b.data.violatedArticles, ...b.data.penaltyArticles] as ArticleRef[]),
    );
    const listHref = d.href('/laws');

    const body = html`
<article class="panel" aria-labelledby="law-title">
  <p class="kicker"><span class="badge">${levelLabel(shown.level)}</span> ${statusBadge(status)}</p>
  <h1 id="law-title">${shown.title}</h1>
  <p class="meta"><span>${shown.issuer}</span> <span>${shown.docNumber}</span> <span class="version">第 ${shown.version} 版 · 施行日期 ${shown.effectiveOn}</span> <a href="#versions-title">历史版本（${versions.length}）</a></p>
  ${
    !isCurrent
      ? html`<p class="notice">您正在查看历史版本（第 ${shown.version} 版，${shown.effectiveOn} 起施行${shown.repealedOn ? html`，${shown.repealedOn} 起失效` : ''}）。<a href="${lawHref(d, code)}">查看现行版本（第 ${current.version} 版）</a></p>`
      : ''
  }
  <dl class="fields">
    <dt>名称</dt><dd>${shown.title}</dd>
    <dt>效力级别</dt><dd>${levelLabel(shown.level)}</dd>
    <dt>制定机关</dt><dd>${shown.issuer}</dd>
    <dt>文号</dt><dd>${shown.docNumber || '—'}</dd>
    <dt>公布日期</dt><dd>${shown.promulgatedOn}</dd>
    <dt>施行日期</dt><dd>${shown.effectiveOn}</dd>
    ${shown.repealedOn ? html`<dt>失效日期</dt><dd>${shown.repealedOn}</dd>` : ''}
    <dt>效力状态</dt><dd>${statusBadge(status)}</dd>
    ${shown.versionNote ? html`<dt>版本说明</dt><dd>${shown.versionNote}</dd>` : ''}
  </dl>
</article>
<section class="panel" aria-labelledby="articles-title">
  <h2 class="section-title" id="articles-title">条文（${shown.articles.length} 条）</h2>
  ${
    shown.articles.length
      ? html`<p class="muted">本库收录执法事项、裁量基准引用的条文，条文内容以官方公布的文本为准；标注“条文待核对”的条文尚待与官方文本核对。</p>
  <div class="articles">${shown.articles.map(
    (a) => html`<section class="law-article" id="a${a.ordinal}" aria-labelledby="a${a.ordinal}-h">
    <h3 id="a${a.ordinal}-h"><a class="anchor" href="#a${a.ordinal}">${a.number}</a>${a.needsReview ? html` <span class="badge badge-wip">条文待核对</span>` : ''}</h3>
    ${paragraphs(a.text)}
  </section>`,
  )}</div>`
      : html`<p>本版本的条文尚未录入法律依据库，请查阅官方公布的文本${versions.length > 1 ? '，或查看下方的历史版本' : ''}。</p>`
  }
</section>
<section class="panel" aria-labelledby="versions-title">
  <h2 class="section-title" id="versions-title">历史版本（${versions.length}）</h2>
  <table class="list">
  <caption class="sr-only">${shown.title}的版本</caption>
  <thead><tr><th scope="col">版本</th><th scope="col">文号</th><th scope="col">施行日期</th><th scope="col">失效日期</th><th scope="col">状态</th></tr></thead>
  <tbody>${[...versions].reverse().map(
    (v) => html`<tr${v === shown ? html` class="current"` : ''}>
    <td data-label="版本">${v === shown ? html`<strong>第 ${v.version} 版</strong>（当前显示）` : html`<a href="${lawHref(d, code, v === current ? undefined : v.version)}">第 ${v.version} 版</a>`}${v.versionNote ? html`<small class="code">${v.versionNote}</small>` : ''}</td>
    <td data-label="文号">${v.docNumber || '—'}</td>
    <td data-label="施行日期" class="nowrap">${v.effectiveOn}</td>
    <td data-label="失效日期" class="nowrap">${v.repealedOn ?? '—'}</td>
    <td data-label="状态">${statusBadge(lawStatus(v, versions, d.on))}</td>
  </tr>`,
  )}</tbody>
  </table>
</section>
${
  citingItems.length || citingBenchmarks.length
    ? html`<section class="panel" aria-labelledby="citing-title">
  <h2 class="section-title" id="citing-title">引用本文件的清单</h2>
  ${citingItems.length ? html`<h3>执法事项（${citingItems.length}）</h3><ul class="link-list">${citingItems.map((i) => html`<li><a href="${d.href(`/items/${encodeURIComponent(i.code)}`)}">${i.data.name}</a></li>`)}</ul>` : ''}
  ${citingBenchmarks.length ? html`<h3>裁量基准（${citingBenchmarks.length}）</h3><ul class="link-list">${citingBenchmarks.map((b) => html`<li><a href="${d.href(`/benchmarks/${encodeURIComponent(b.code)}`)}">${b.data.violation}</a></li>`)}</ul>` : ''}
</section>`
    : ''
}
<p><a class="button button-secondary" href="${listHref}">返回法律依据</a></p>`;
    return sendHtml(
      reply,
      disclosurePage(d, {
        title: shown.title,
        crumbs: [{ label: '法律依据', href: listHref }, { label: shown.title }],
        body,
      }),
    );
  };
}
