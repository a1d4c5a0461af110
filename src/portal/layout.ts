// Shared page frame: header, navigation, breadcrumbs and footer, so every page has the same landmarks
// (banner, nav, main, contentinfo) for screen readers and the same look on a phone and a desktop.
import { html, type SafeHtml } from './html.ts';

export const PLATFORM_NAME = '三项制度执法平台';
export const PORTAL_NAME = '行政执法公示平台';

export type NavKey = 'home' | 'disclosure' | 'bodies' | 'officers' | 'verify';

const NAV: { key: NavKey; href: string; label: string }[] = [
  { key: 'home', href: '/', label: '首页' },
  { key: 'disclosure', href: '/disclosure', label: '事前公开' },
  { key: 'bodies', href: '/bodies', label: '执法主体' },
  { key: 'officers', href: '/officers', label: '执法人员' },
  { key: 'verify', href: '/verify', label: '执法证查验' },
];

export interface PageOptions {
  title: string;
  nav?: NavKey;
  /** Trail below the nav; the last entry is the current page and is not a link. */
  crumbs?: { label: string; href?: string }[];
  /** 主办单位, read from the top of the body hierarchy. */
  host: string | null;
  description?: string;
  body: SafeHtml;
}

export function page(o: PageOptions): string {
  const title = o.nav === 'home' ? `${PORTAL_NAME} - ${PLATFORM_NAME}` : `${o.title} - ${PORTAL_NAME}`;
  const crumbs = o.crumbs?.length
    ? html`<nav class="crumbs" aria-label="当前位置"><ol><li><a href="/">首页</a></li>${o.crumbs.map(
        (c, i) =>
          c.href && i < o.crumbs!.length - 1
            ? html`<li><a href="${c.href}">${c.label}</a></li>`
            : html`<li aria-current="page">${c.label}</li>`,
      )}</ol></nav>`
    : '';
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${o.description ?? '行政执法公示：执法主体、执法人员、执法事项、裁量基准、执法证查验等信息公开。'}">
<meta name="theme-color" content="#b4161b">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/portal.css">
</head>
<body>
<a class="skip" href="#main">跳到主要内容</a>
<header class="site-header">
  <div class="wrap">
    <a class="brand" href="/"><span class="brand-mark" aria-hidden="true">公</span><span class="brand-text"><strong>${PORTAL_NAME}</strong><small>${PLATFORM_NAME}</small></span></a>
  </div>
  <nav class="site-nav" aria-label="主导航">
    <div class="wrap"><ul>${NAV.map((n) => html`<li><a href="${n.href}"${n.key === o.nav ? html` aria-current="page"` : ''}>${n.label}</a></li>`)}</ul></div>
  </nav>
</header>
<main id="main" class="wrap">
${crumbs}
${o.body}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>主办单位：${o.host ?? '各级卫生健康行政部门'}</p>
    <p>本平台公开信息由各执法主体发布，如有疑问请与相应执法主体联系。</p>
    <p><a href="/admin/">工作人员入口</a></p>
  </div>
</footer>
</body>
</html>`.value;
}

/** Status badge used by lists: 有效 / 无效 with the reason for screen readers and sighted users alike. */
export function statusBadge(valid: boolean, statusText: string): SafeHtml {
  // One wrapping element: on a phone each table cell is a two-column grid (label, value).
  return valid
    ? html`<span><span class="badge badge-ok">有效</span></span>`
    : html`<span><span class="badge badge-bad">无效</span> <span class="muted">${statusText}</span></span>`;
}

export const LEVEL_LABELS: Record<'province' | 'city' | 'county', string> = {
  province: '省级',
  city: '市级',
  county: '区县级',
};
