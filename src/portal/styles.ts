// The portal's one stylesheet, served from /assets/portal.css so every page shares one cached file
// (the CSP allows same-origin styles). Mobile first: the base rules are for a 375px phone, the media
// queries widen the layout. Colours follow the red/blue of government portals and keep text ≥ 4.5:1.
export const PORTAL_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;min-height:100vh;display:flex;flex-direction:column;background:#f2f4f7;color:#1f2329;font:16px/1.7 -apple-system,BlinkMacSystemFont,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
a{color:#0b4ea2}
a:hover{color:#08397a}
:focus-visible{outline:3px solid #f5a623;outline-offset:2px}
h1,h2,h3{line-height:1.35;margin:0 0 .6em}
h1{font-size:1.5rem}
h2{font-size:1.2rem}
h3{font-size:1.05rem}
p{margin:0 0 .8em}
.wrap{max-width:1120px;margin:0 auto;padding:0 16px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip{position:absolute;left:-999px;top:0;background:#fff;color:#0b4ea2;padding:8px 12px;z-index:10}
.skip:focus{left:8px}
.site-header{background:linear-gradient(180deg,#c0161d 0%,#9c1016 100%);color:#fff;border-bottom:3px solid #e9b949}
.brand{display:flex;align-items:center;gap:12px;padding:14px 0;color:#fff;text-decoration:none}
.brand:hover{color:#fff}
.brand-mark{flex:none;display:grid;place-items:center;width:44px;height:44px;border-radius:50%;background:#fff;color:#b4161b;font-weight:700;font-size:1.35rem;border:2px solid #e9b949}
.brand-text strong{display:block;font-size:1.25rem;letter-spacing:.06em}
.brand-text small{display:block;font-size:.8rem;opacity:.92;letter-spacing:.04em}
.site-nav{background:#0d3f80}
.site-nav ul{list-style:none;margin:0;padding:0;display:flex;overflow-x:auto}
.site-nav a{display:block;padding:10px 8px;color:#fff;text-decoration:none;white-space:nowrap;font-size:.9rem}
.site-nav .wrap{padding:0 6px}
.site-nav a:hover{background:#0b3570}
.site-nav a[aria-current="page"]{background:#fff;color:#0d3f80;font-weight:700}
main.wrap{flex:1 0 auto;width:100%;padding-top:18px;padding-bottom:32px}
.crumbs{font-size:.875rem;color:#555d68;margin:0 0 12px}
.crumbs ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px}
.crumbs li+li::before{content:"›";margin-right:4px;color:#8a929c}
.panel{background:#fff;border:1px solid #dde3ea;border-radius:6px;padding:16px;margin:0 0 16px}
.section-title{border-left:4px solid #b4161b;padding-left:10px;font-size:1.15rem}
.lead{color:#4a525c}
.muted{color:#555d68;font-size:.9rem}
.hero{background:#fff;border:1px solid #dde3ea;border-top:4px solid #b4161b;border-radius:6px;padding:20px 16px;margin:0 0 16px}
.hero h1{font-size:1.45rem;color:#9c1016;margin-bottom:.3em}
.hero p{color:#4a525c}
.search{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-end;margin:0 0 12px}
.search-narrow{max-width:720px}
.search .field{flex:1 1 220px;min-width:0}
label{display:block;font-weight:600;font-size:.9rem;margin-bottom:4px}
input[type=search],input[type=text],select{width:100%;min-height:44px;padding:8px 10px;font:inherit;font-size:16px;color:#1f2329;background:#fff;border:1px solid #8a939e;border-radius:4px}
button,.button{display:inline-flex;align-items:center;justify-content:center;min-height:44px;padding:8px 20px;font:inherit;font-weight:600;color:#fff;background:#b4161b;border:0;border-radius:4px;cursor:pointer;text-decoration:none}
button:hover,.button:hover{background:#920f14;color:#fff}
.button-secondary{background:#0d3f80}
.button-secondary:hover{background:#0b3570}
.entries{display:grid;grid-template-columns:1fr;gap:12px;margin:0 0 16px;padding:0;list-style:none}
.entry{display:block;height:100%;background:#fff;border:1px solid #dde3ea;border-radius:6px;padding:14px 16px;text-decoration:none;color:#1f2329}
a.entry:hover{border-color:#0b4ea2;color:#1f2329;box-shadow:0 2px 8px rgba(13,63,128,.12)}
.entry strong{display:block;color:#0b4ea2;font-size:1.05rem}
.entry span{display:block;color:#555d68;font-size:.9rem}
.stages{display:grid;grid-template-columns:1fr;gap:12px;list-style:none;margin:0;padding:0}
.stage{background:#fff;border:1px solid #dde3ea;border-radius:6px;padding:16px}
.stage h3{color:#9c1016}
.stage ul{margin:.4em 0 0;padding:0;list-style:none}
.stage li{padding:6px 0;border-top:1px dashed #dde3ea;display:flex;justify-content:space-between;align-items:center;gap:8px}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:.8rem;line-height:1.6;white-space:nowrap;background:#e8eef7;color:#0d3f80}
.badge-wip{background:#eceef1;color:#4a525c}
.badge-red{background:#fbe9ea;color:#9c1016}
.badge-ok{background:#e3f4e8;color:#14632b}
.badge-bad{background:#fbe9ea;color:#a3141a}
.body-list{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:1fr;gap:12px}
.body-card{background:#fff;border:1px solid #dde3ea;border-radius:6px;padding:14px 16px}
.body-card h3{margin-bottom:.3em}
.body-card p{margin:0;font-size:.92rem;color:#4a525c}
.level-group{margin:0 0 20px}
dl.fields{margin:0;display:grid;grid-template-columns:6.5em 1fr;gap:0}
dl.fields dt,dl.fields dd{padding:8px 0;border-bottom:1px solid #edf0f3}
dl.fields dt{color:#555d68;font-weight:600;padding-right:8px}
dl.fields dd{margin:0;word-break:break-word}
.result-count{margin:8px 0 12px;color:#4a525c}
table.list{width:100%;border-collapse:collapse}
table.list caption{text-align:left;font-weight:600;padding:0 0 8px}
table.list thead{display:none}
table.list tr{display:block;border:1px solid #dde3ea;border-radius:6px;margin:0 0 10px;padding:8px 12px;background:#fff}
table.list td{display:grid;grid-template-columns:5.5em 1fr;justify-items:start;padding:2px 0;border:0}
table.list td::before{content:attr(data-label);color:#555d68;font-weight:600}
/* On a phone the name is the card's heading, so it needs no label. */
table.list td:first-child{display:block;font-size:1.1rem;padding-bottom:4px;margin-bottom:4px;border-bottom:1px solid #edf0f3}
table.list td:first-child::before{content:none}
.pager{display:flex;flex-wrap:wrap;gap:8px;align-items:center;justify-content:center;margin:16px 0;padding:0;list-style:none}
.pager a,.pager span{display:inline-block;min-width:44px;padding:8px 12px;text-align:center;border:1px solid #dde3ea;border-radius:4px;background:#fff;text-decoration:none}
.pager [aria-current]{background:#0d3f80;color:#fff;border-color:#0d3f80}
.pager .disabled{color:#8a929c}
.verdict{border-radius:8px;padding:18px 16px;margin:0 0 16px;text-align:center;border:2px solid}
.verdict-ok{background:#eef9f1;border-color:#1a7f37;color:#14632b}
.verdict-bad{background:#fdf0f0;border-color:#c62828;color:#a3141a}
.verdict-word{display:block;font-size:2.6rem;font-weight:800;letter-spacing:.3em;line-height:1.2;margin-right:-.3em}
.verdict h1{margin:0}
.verdict-title{font-size:1.6rem;font-weight:800;letter-spacing:.08em}
.verdict p{margin:.4em 0 0;font-size:1.05rem;font-weight:600}
.verdict .holder{font-size:1.2rem;color:#1f2329}
.verdict .shown-at{font-weight:400}
.nowrap{white-space:nowrap}
.qr{margin:0;text-align:center}
.qr svg,.qr img{width:180px;height:180px;display:block;margin:0 auto;background:#fff}
.qr figcaption{font-size:.85rem;color:#555d68;word-break:break-all;margin-top:6px}
.grid-2{display:grid;grid-template-columns:1fr;gap:16px;margin:0 0 16px}
.grid-2>.panel{margin:0}
.notice{background:#fff8e6;border:1px solid #f0d48a;border-radius:6px;padding:12px 14px;color:#5c4300}
.centered{text-align:center}
.actions{margin:16px 0 0}
.big-number{font-size:1.1rem;font-weight:700;letter-spacing:.04em}
.ecard{max-width:420px;margin:0 auto 16px;background:#fff;border-radius:12px;overflow:hidden;border:1px solid #d3b46a;box-shadow:0 4px 16px rgba(0,0,0,.12)}
.ecard-head{background:linear-gradient(180deg,#c0161d,#9c1016);color:#fff;text-align:center;padding:14px 12px 12px;border-bottom:3px solid #e9b949}
.ecard-head h1{font-size:1.3rem;letter-spacing:.3em;margin:0;margin-right:-.3em}
.ecard-head p{margin:2px 0 0;font-size:.85rem;opacity:.92}
.ecard-body{padding:16px}
.ecard-top{display:flex;gap:14px;align-items:flex-start;margin:0 0 12px}
.photo{flex:none;width:96px;height:120px;border:1px solid #c8ced6;background:#eef1f5;display:grid;place-items:center;color:#555d68;font-size:.8rem;text-align:center}
.photo svg{width:56px;height:56px;display:block;margin:0 auto 4px}
.ecard-name{font-size:1.6rem;font-weight:700;margin:0;line-height:1.3}
.ecard .status{margin:10px 0 0}
.ecard dl.fields{grid-template-columns:5.5em 1fr}
.ecard .status .badge{font-size:1rem;padding:2px 14px}
.ecard-foot{border-top:1px dashed #d3b46a;padding:12px 16px 16px;text-align:center}
.shown-at{font-variant-numeric:tabular-nums;color:#4a525c;font-size:.85rem}
/* 事前公开 (E1) */
.meta{display:flex;flex-wrap:wrap;gap:2px 14px;color:#4a525c;font-size:.9rem;margin:0 0 12px}
.version{color:#555d68;font-size:.85rem}
small.code{display:block;color:#555d68;font-size:.8rem;font-weight:400;line-height:1.5;margin-top:2px}
.kicker{margin:0 0 6px}
.badge-plain{background:#f2f4f7;color:#4a525c;box-shadow:inset 0 0 0 1px #dde3ea}
.toc ul{list-style:none;margin:0 0 14px;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.toc a{display:inline-block;padding:4px 12px;border:1px solid #c8d3e1;border-radius:16px;background:#fff;text-decoration:none;font-size:.9rem}
.toc a:hover{border-color:#0b4ea2}
.group{margin:0 0 22px}
.field-title{font-size:1rem;color:#0d3f80;margin:14px 0 8px;padding-left:8px;border-left:3px solid #0d3f80}
ul.cites{margin:0;padding:0;list-style:none}
a.cite{text-decoration-color:rgba(11,78,162,.35);text-underline-offset:2px}
a.cite:hover{text-decoration-color:currentColor}
ul.cites li+li{margin-top:2px}
.cite-missing{color:#7a5200}
ul.conditions{margin:0;padding-left:1.1em}
.tiers{display:flex;flex-wrap:wrap;gap:4px}
.badge.tier-none{background:#e3f4e8;color:#14632b}
.badge.tier-mitigated{background:#e2effb;color:#0b4ea2}
.badge.tier-lighter{background:#eceef1;color:#3a4350}
.badge.tier-general{background:#fff1d1;color:#6b4700}
.badge.tier-heavier{background:#fbe9ea;color:#9c1016}
.quote{margin:0 0 14px}
.quote-cite{margin:0 0 4px;font-weight:600}
blockquote{margin:0;padding:8px 12px;background:#f8f9fb;border-left:3px solid #c8d3e1;color:#30363d;font-size:.95rem}
blockquote p:last-child{margin:0}
.articles{border-bottom:1px solid #edf0f3}
.law-article{padding:10px 4px;border-top:1px solid #edf0f3;scroll-margin-top:8px}
.law-article h3{font-size:1rem;margin:0 0 4px}
.law-article p{margin:0 0 .4em}
.law-article:target{background:#fff8e6;outline:2px solid #f0d48a;outline-offset:0}
a.anchor{color:#0d3f80;text-decoration:none}
a.anchor:hover{text-decoration:underline}
table.list tr.current{background:#fff8e6}
.link-list{margin:0 0 10px;padding-left:1.2em}
.materials{margin:0;padding-left:1.6em}
.materials li{padding:2px 0}
.entries-things{counter-reset:none}
.entry.entry-numbered{position:relative;padding-left:58px}
.entry .entry-no{position:absolute;left:14px;top:14px;width:32px;height:32px;border-radius:50%;background:#b4161b;color:#fff;display:grid;place-items:center;font-size:.8rem;font-weight:700}
.entry .entry-stat{color:#0d3f80;font-size:.85rem;margin-top:4px}
.entry-wip{background:#f7f8fa}
.entry.entry-wip strong{color:#4a525c}
.entry-wip .entry-no{background:#8a929c}
.entry .badge{display:inline-block;margin-top:4px}
.remedy-grid{display:grid;grid-template-columns:1fr;gap:12px;margin:0 0 12px}
.list-tiers+.muted{margin-top:10px}
a[href^="tel:"]{white-space:nowrap}
.stat-grid{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(2,1fr);gap:10px}
.stat{display:block;height:100%;border:1px solid #dde3ea;border-radius:6px;padding:10px 12px;background:#fbfcfd;text-decoration:none;color:#1f2329}
a.stat:hover{border-color:#0b4ea2;color:#1f2329}
.stat-num{display:block;font-size:1.7rem;font-weight:700;color:#0d3f80;line-height:1.2}
.stat-num small{font-size:.85rem;font-weight:400;color:#555d68}
.stat-label{display:block;font-size:.95rem}
.stat-zero .stat-num{color:#8a929c}
details.more summary{cursor:pointer;color:#0b4ea2;min-height:32px}
details.more p{margin:4px 0 0;font-size:.92rem;color:#30363d}
table.list-tiers td:first-child .badge{font-size:.9rem}
.remedy{border:1px solid #dde3ea;border-top:3px solid #9c1016;border-radius:6px;padding:12px 14px;background:#fbfcfd}
.remedy h3{color:#9c1016;margin-bottom:.2em}
.remedy-limit{color:#0d3f80;margin:0 0 .4em}
.remedy-limit strong{font-size:1.6rem}
table.list td.seq{display:flex;gap:6px;font-size:.85rem;color:#555d68;padding:0;margin:0;border:0}
table.list td.seq::before{content:attr(data-label);font-weight:600}
table.list td.title{display:block;font-size:1.05rem;padding-bottom:4px;margin-bottom:4px;border-bottom:1px solid #edf0f3}
table.list td.title::before{content:none}
/* Flowcharts: a vertical chain of boxes and arrows; branches hang beside (desktop) or below (phone). */
.flow{margin:0}
.flow-caption{font-weight:600;margin:0 0 8px}
.flow-chain{list-style:none;margin:0;padding:0}
.flow-item{display:grid;grid-template-columns:minmax(0,1fr)}
.flow-node{position:relative;background:#fff;border:2px solid #0d3f80;border-radius:8px;padding:10px 12px;box-shadow:0 1px 3px rgba(13,63,128,.12);scroll-margin-top:8px}
.flow-node:target{outline:3px solid #f5a623;outline-offset:2px}
.flow-head{display:flex;flex-wrap:wrap;align-items:center;gap:4px 8px;margin:0}
.flow-no{flex:none;display:grid;place-items:center;width:26px;height:26px;border-radius:50%;background:#0d3f80;color:#fff;font-size:.85rem;font-weight:700}
.flow-name{font-size:1.05rem;color:#0d3f80}
.flow-actor{margin-left:auto;font-size:.8rem;line-height:1.6;padding:1px 8px;border-radius:10px;background:#e8eef7;color:#0d3f80}
.flow-time{display:inline-block;margin:6px 0 0;font-size:.85rem;color:#6b4700;background:#fff4db;border-radius:4px;padding:1px 8px}
.flow-desc{margin:6px 0 0;font-size:.9rem;color:#4a525c}
.flow-basis{margin:4px 0 0;font-size:.85rem;color:#4a525c}
.flow-edges{margin:6px 0 0;font-size:.85rem;display:flex;flex-wrap:wrap;gap:2px 12px}
.flow-edges:empty{display:none}
.flow-jump{color:#6b4700}
.flow-end{color:#14632b;font-weight:600}
.flow-arrow{display:block;justify-self:center;width:2px;height:26px;margin:0 0 10px;background:#0d3f80;position:relative}
.flow-arrow::after{content:"";position:absolute;left:50%;bottom:-9px;transform:translateX(-50%);border-style:solid;border-width:9px 7px 0;border-color:#0d3f80 transparent transparent}
.flow-arrow-loose{background:repeating-linear-gradient(#0d3f80 0 4px,transparent 4px 8px)}
.flow-branches{list-style:none;margin:0 0 0 16px;padding:10px 0 0 16px;border-left:2px dashed #b58a00}
.flow-branch{position:relative;margin:0 0 8px}
.flow-branch-arrow{position:absolute;left:-16px;top:20px;width:14px;height:2px;background:#b58a00}
.flow-branch-arrow::after{content:"";position:absolute;right:-6px;top:-5px;border-style:solid;border-width:6px 0 6px 7px;border-color:transparent transparent transparent #b58a00}
.flow-node-side{border:2px dashed #b58a00;background:#fffcf2;box-shadow:none}
.flow-node-side .flow-name{color:#6b4700}
.flow-orphans{margin-top:12px}
.site-footer{background:#2b2f36;color:#d7dbe0;font-size:.875rem;padding:20px 0 28px}
.site-footer a{color:#fff}
.site-footer p{margin:0 0 .4em}
@media (min-width:640px){
  h1{font-size:1.75rem}
  .panel,.hero{padding:20px 24px}
  .hero h1{font-size:1.9rem}
  .entries{grid-template-columns:repeat(3,1fr)}
  .body-list{grid-template-columns:repeat(2,1fr)}
  dl.fields{grid-template-columns:10em 1fr}
  .remedy-grid{grid-template-columns:1fr 1fr}
  .entries-more{grid-template-columns:repeat(2,1fr)}
  .stat-grid{grid-template-columns:repeat(3,1fr)}
  .site-nav a{padding:10px 14px;font-size:.95rem}
  .site-nav .wrap{padding:0 16px}
}
@media (min-width:900px){
  .stages{grid-template-columns:repeat(3,1fr)}
  .grid-2{grid-template-columns:1fr 240px;align-items:start}
  table.list{background:#fff}
  table.list thead{display:table-header-group}
  table.list tr{display:table-row;border:0;border-bottom:1px solid #e3e8ee;padding:0;margin:0;background:transparent}
  table.list tbody tr:nth-child(even){background:#f8f9fb}
  table.list th{background:#e8eef7;color:#0d3f80;text-align:left;padding:10px 12px;font-weight:700;border-bottom:2px solid #0d3f80}
  table.list td,table.list td:first-child{display:table-cell;padding:10px 12px;margin:0;font-size:1rem;border-bottom:1px solid #e3e8ee}
  table.list td::before{content:none}
  table.list td{vertical-align:top}
  table.list td.seq{display:table-cell;width:3.5em;font-size:1rem;color:inherit;padding:10px 12px}
  table.list td.seq::before{content:none}
  table.list td.title{display:table-cell;font-size:1rem;margin:0;padding:10px 12px;border-bottom:1px solid #e3e8ee}
  table.list th.seq{width:3.5em}
  table.list-wide td,table.list-items td{font-size:.93rem}
  table.list-items,table.list-tiers{table-layout:fixed}
  table.list-items th.w-name{width:19%}
  table.list-items th.w-cat{width:5.8em}
  table.list-items th.w-basis{width:21%}
  table.list-items th.w-bm{width:7.5em}
  table.list-items th.w-unit{width:12%}
  table.list-tiers th.w-tier{width:7.5em}
  table.list-tiers th.w-cond{width:36%}
  table.list-tiers th.w-kind{width:9em}
  table.list-tiers th.w-fine{width:17%}
  .entries-more{grid-template-columns:repeat(4,1fr)}
  .stat-grid{grid-template-columns:repeat(6,1fr)}
  table.list-inspections,table.list-laws,table.list-bm{table-layout:fixed}
  table.list-inspections th.w-name{width:13%}
  table.list-inspections th.w-basis{width:17%}
  table.list-inspections th.w-target{width:11%}
  table.list-inspections th.w-method{width:17%}
  table.list-inspections th.w-ratio{width:10%}
  table.list-inspections th.w-freq{width:6.5em}
  table.list-laws th.w-name{width:30%}
  table.list-laws th.w-issuer{width:22%}
  table.list-laws th.w-date{width:7.5em}
  table.list-laws th.w-status{width:8.5em}
  table.list-bm th.w-code{width:8em}
  table.list-bm th.w-tiers{width:15em}
  table.list-bm th.w-basis{width:24%}
  .flow-item{grid-template-columns:minmax(0,440px) minmax(0,1fr);column-gap:44px;align-items:start}
  .flow:not(.flow-branched) .flow-item{grid-template-columns:minmax(0,600px);justify-content:center}
  .flow-item>.flow-node,.flow-item>.flow-arrow{grid-column:1}
  .flow-item>.flow-branches{grid-column:2;grid-row:1;margin:0;padding:0;border:0;max-width:440px}
  .flow-branch-arrow{left:-44px;top:22px;width:38px}
  .flow-branch:not(:first-child) .flow-branch-arrow{display:none}
}
@media print{.site-nav,.site-footer,.search,.skip{display:none}body{background:#fff}}
`;
