/**
 * The HTML report's stylesheet and script, kept apart from the markup that carries the
 * data (formatters/html.ts). Both are inlined into the page and allowed by their SHA-256
 * in the page's Content-Security-Policy, so the page loads nothing and runs nothing else.
 *
 * The script only adds sorting and filtering to a page that is complete without it: it
 * reads the data from the table's `data-*` attributes and never builds markup from it
 * (textContent and `hidden` only), so no repository string can become markup.
 */

/** Colours pass WCAG AA (4.5:1 for text) in both schemes; focus is always visible. */
export const CSS = `
:root{color-scheme:light dark;--bg:#ffffff;--fg:#1a1a1a;--muted:#4a4a4a;--line:#c8c8c8;--panel:#f3f4f6;--link:#0b57d0;
--critical:#a50e0e;--high:#b3261e;--medium:#7a4f00;--low:#1d5c8f;--info:#3d4a57;--present:#a50e0e;--removed:#5c4400}
@media (prefers-color-scheme:dark){:root{--bg:#16181c;--fg:#e8e8e8;--muted:#b8bcc2;--line:#3a3f47;--panel:#22252b;--link:#8ab4f8;
--critical:#ff8a80;--high:#ffab91;--medium:#ffd54f;--low:#90caf9;--info:#c5ccd6;--present:#ff8a80;--removed:#ffd54f}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:80rem;padding:1rem 1.25rem;background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
h1{font-size:1.5rem;margin:.2rem 0 .6rem}h2{font-size:1.15rem;margin:1.4rem 0 .5rem}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
a{color:var(--link)}
:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.meta{color:var(--muted);margin:0 0 1rem}
.cards{display:flex;flex-wrap:wrap;gap:.75rem;margin:0;padding:0;list-style:none}
.card{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem;min-width:11rem}
.card h3{margin:0 0 .3rem;font-size:.85rem;color:var(--muted);font-weight:600;text-transform:uppercase;letter-spacing:.03em}
.card ul{margin:0;padding:0;list-style:none}
.big{font-size:1.8rem;font-weight:700}
.sev{font-weight:700;text-transform:uppercase;font-size:.8rem;letter-spacing:.03em}
.sev-critical{color:var(--critical)}.sev-high{color:var(--high)}.sev-medium{color:var(--medium)}.sev-low{color:var(--low)}.sev-info{color:var(--info)}
.st-present{color:var(--present);font-weight:700}.st-removed{color:var(--removed);font-weight:600}
#controls{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;margin:.5rem 0 .75rem}
#controls label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}
#controls select,#controls input{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--line);border-radius:4px;padding:.25rem .4rem;min-width:9rem}
table{border-collapse:collapse;width:100%}
/* rows off screen are laid out only when scrolled to */
tbody tr{content-visibility:auto;contain-intrinsic-size:auto 140px}
th,td{border-bottom:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
th button{font:inherit;font-weight:700;color:var(--fg);background:none;border:0;padding:0;cursor:pointer}
th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
td:nth-child(5) code,td:first-child{white-space:nowrap}
ol.timeline{margin:.4rem 0 .2rem;padding-left:1.2rem}
ol.timeline li{margin:.15rem 0}
.respond{background:var(--panel);border:1px solid var(--line);border-radius:4px;padding:.15rem .35rem}
.empty{font-size:1.1rem}
#shown{color:var(--muted)}
@media print{#controls,#shown{display:none!important}body{max-width:none;padding:0;font-size:11px;color:#000;background:#fff}
details{display:block}details>summary{display:none}tr{break-inside:avoid}a{color:#000}
:root{--muted:#333;--line:#999;--panel:#fff}}
`;

/**
 * Sorting (a button in each sortable column head, aria-sort kept true) and filtering
 * (severity, status, rule, path); the count of shown rows is announced politely.
 */
export const SCRIPT = `
(function(){
var table=document.getElementById('findings');var controls=document.getElementById('controls');
if(!table||!controls)return;
var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);var shown=document.getElementById('shown');
controls.hidden=false;
var sev=document.getElementById('f-severity'),st=document.getElementById('f-status'),rule=document.getElementById('f-rule'),path=document.getElementById('f-path');
function apply(){var s=sev.value,t=st.value,r=rule.value,p=path.value.toLowerCase();var n=0;
rows.forEach(function(row){var ok=(!s||row.dataset.sev===s)&&(!t||row.dataset.status===t)&&(!r||row.dataset.rule===r)&&(!p||row.dataset.path.toLowerCase().indexOf(p)!==-1);
row.hidden=!ok;if(ok)n++;});shown.textContent=n+' of '+rows.length+' shown';}
[sev,st,rule].forEach(function(e){e.addEventListener('change',apply);});path.addEventListener('input',apply);
var heads=Array.prototype.slice.call(table.tHead.rows[0].cells);
heads.forEach(function(th){var b=th.querySelector('button');if(!b)return;b.addEventListener('click',function(){
var key=th.dataset.key;var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
heads.forEach(function(h){if(h!==th)h.removeAttribute('aria-sort');});th.setAttribute('aria-sort',dir);
var num=key==='severity'||key==='line';var sign=dir==='ascending'?1:-1;
rows.sort(function(a,b){var x=a.dataset[key]||'',y=b.dataset[key]||'';
var c=num?Number(x)-Number(y):(x<y?-1:x>y?1:0);return c?c*sign:Number(a.dataset.order)-Number(b.dataset.order);});
rows.forEach(function(row){body.appendChild(row);});});});
shown.textContent=rows.length+' of '+rows.length+' shown';
})();
`;
