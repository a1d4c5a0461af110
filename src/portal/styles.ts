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
.site-nav a{display:block;padding:10px 14px;color:#fff;text-decoration:none;white-space:nowrap;font-size:.95rem}
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
}
@media print{.site-nav,.site-footer,.search,.skip{display:none}body{background:#fff}}
`;
