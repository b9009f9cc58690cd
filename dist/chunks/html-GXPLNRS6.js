import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  KEY_TYPES,
  SEVERITIES,
  describeAccount,
  fingerprintsOf,
  formatBytes,
  nodeCrypto,
  printable,
  severityRank
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/formatters/html-assets.ts
var CSS = `
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
var SCRIPT = `
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

// src/formatters/html.ts
var htmlFormatter = {
  name: "html",
  format(result, options2) {
    const n = result.findings.length;
    const title = `leakguard: ${n === 0 ? "no secrets found" : `${n} secret${n === 1 ? "" : "s"} found`}`;
    const parts = [
      "<!doctype html>",
      '<html lang="en">',
      "<head>",
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${csp()}">`,
      '<meta name="referrer" content="no-referrer">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${text(title)}</title>`,
      `<style>${CSS}</style>`,
      "</head>",
      "<body>",
      "<header>",
      `<h1>${text(title)}</h1>`,
      `<p class="meta">${meta(result, options2)}</p>`,
      "</header>",
      "<main>",
      summarySection(result),
      findingsSection(result.findings),
      messagesSection("Errors", "errors", result.errors, "The run could not read these: what they hold was not scanned."),
      messagesSection("Notes", "notes", result.notes ?? [], "Skipped on purpose (binary, too large, symbolic links, ...)."),
      suppressedSection(result),
      "</main>",
      `<script>${SCRIPT}</script>`,
      "</body>",
      "</html>",
      ""
    ];
    return parts.join("\n");
  }
};
var policy;
function csp() {
  const hash = (s) => `'sha256-${nodeCrypto().createHash("sha256").update(s, "utf8").digest("base64")}'`;
  policy ??= `default-src 'none'; style-src ${hash(CSS)}; script-src ${hash(SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return policy;
}
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function text(s) {
  return printable(s).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
var code = (s) => `<code>${text(s)}</code>`;
var plural = (k, one, many = `${one}s`) => `${k.toLocaleString("en-US")} ${k === 1 ? one : many}`;
function meta(result, options2) {
  const s = result.stats;
  const what = { history: "history audit", scan: "file scan", staged: "staged changes", message: "commit message" };
  const scanned = options2.command === "history" ? plural(s.commits, "commit") : plural(s.files, "file");
  return [what[options2.command], ...options2.scope ? [options2.scope] : [], scanned, formatBytes(s.bytes), `${s.ms.toLocaleString("en-US")} ms`, `leakguard ${options2.version}`, `started ${options2.startedAt}`].map(text).join(" \xB7 ");
}
function family(f) {
  return f.tags[0] ?? f.ruleId.split("-")[0];
}
function statusOf(f) {
  return f.history?.status ?? "";
}
var STATUS_LABEL = { present: "still at HEAD", removed: "history only", "": "n/a" };
function tally(findings, key) {
  const m = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const k = key(f);
    if (k !== null) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
function card(heading, items, label = text) {
  const list = items.length ? items.map(([k, v]) => `<li>${label(k)}: ${v.toLocaleString("en-US")}</li>`).join("") : "<li>none</li>";
  return `<li class="card"><h3>${text(heading)}</h3><ul>${list}</ul></li>`;
}
function summarySection(result) {
  const fs = result.findings;
  const distinct = new Set(fs.map((f) => f.secretHash)).size;
  const bySeverity = SEVERITIES.map((s) => [s, fs.filter((f) => f.severity === s).length]).filter(([, k]) => k > 0);
  const cards = [
    `<li class="card"><h3>Secrets</h3><span class="big" id="total">${fs.length.toLocaleString("en-US")}</span><br>${plural(distinct, "distinct secret")}</li>`,
    card("By severity", bySeverity, (s) => `<span class="sev sev-${text(s)}">${text(s)}</span>`)
  ];
  if (fs.some((f) => f.history?.status)) cards.push(card("By status", tally(fs, (f) => statusOf(f) ? STATUS_LABEL[statusOf(f)] : null)));
  cards.push(card("By rule family", tally(fs, family)));
  const accounts = tally(fs, (f) => f.aws ? describeAccount(f.aws) : null);
  if (accounts.length) cards.push(card("AWS accounts", accounts));
  return `<section aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2><ul class="cards" id="summary">${cards.join("")}</ul></section>`;
}
function options(values, label = (v) => v) {
  return values.map((v) => `<option value="${text(v)}">${text(label(v))}</option>`).join("");
}
function controls(findings) {
  const severities = SEVERITIES.filter((s) => findings.some((f) => f.severity === s));
  const statuses = ["present", "removed"].filter((s) => findings.some((f) => statusOf(f) === s));
  const rules = [...new Set(findings.map((f) => f.ruleId))].sort();
  return [
    '<div id="controls" hidden role="search" aria-label="Filter findings">',
    `<label>Severity<select id="f-severity"><option value="">all</option>${options(severities)}</select></label>`,
    `<label>Status<select id="f-status"><option value="">all</option>${options(statuses, (s) => STATUS_LABEL[s])}</select></label>`,
    `<label>Rule<select id="f-rule"><option value="">all</option>${options(rules)}</select></label>`,
    '<label>Path contains<input id="f-path" type="search" autocomplete="off"></label>',
    '<span id="shown" aria-live="polite"></span>',
    "</div>"
  ].join("");
}
function findingsSection(findings) {
  if (!findings.length) return '<section aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2><p class="empty" id="no-findings">No secrets found.</p></section>';
  const bySecret = /* @__PURE__ */ new Map();
  for (const f of findings) bySecret.set(f.secretHash, [...bySecret.get(f.secretHash) ?? [], f]);
  const head = (key, label) => `<th scope="col" data-key="${key}"><button type="button">${label}</button></th>`;
  return [
    '<section aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2>',
    controls(findings),
    '<table id="findings"><thead><tr>',
    head("severity", "Severity"),
    head("rule", "Rule"),
    head("path", "Location"),
    head("status", "Status"),
    head("date", "Introduced"),
    '<th scope="col">Secret and timeline</th></tr></thead><tbody>',
    ...findings.map((f, i) => row(f, i, bySecret.get(f.secretHash) ?? [])),
    "</tbody></table></section>"
  ].join("\n");
}
function location(f) {
  return f.file === null ? `commit message, line ${f.line}` : `${f.file}:${f.line}:${f.column}`;
}
function row(f, order, same) {
  const status = statusOf(f);
  const data = [
    ["order", String(order)],
    ["severity", String(severityRank(f.severity))],
    ["sev", f.severity],
    ["rule", f.ruleId],
    ["path", f.file ?? ""],
    ["status", status],
    ["date", f.commit?.date ?? ""]
  ].map(([k, v]) => `data-${k}="${text(v)}"`).join(" ");
  const secrets = [`${code(f.secret)}`, ...(f.related ?? []).map((r) => `paired ${text(r.ruleId)}: ${code(r.secret)} (line ${r.line})`)].join("<br>");
  return [
    `<tr class="finding" ${data}>`,
    `<td><span class="sev sev-${f.severity}">${f.severity}</span></td>`,
    `<td>${code(f.ruleId)}<br>${text(f.description)}</td>`,
    `<td class="mono">${text(location(f))}</td>`,
    `<td>${status ? `<span class="st-${status}">${text(STATUS_LABEL[status])}</span>` : "n/a"}</td>`,
    `<td>${f.commit ? `${code(f.commit.sha.slice(0, 12))}<br>${text(f.commit.date.slice(0, 10))}` : "n/a"}</td>`,
    `<td>${secrets}<ol class="timeline">${timeline(f, same).map((l) => `<li>${l}</li>`).join("")}</ol><div class="mono">id ${fingerprintsOf(f).map(text).join(" ")}</div></td>`,
    "</tr>"
  ].join("");
}
function timeline(f, same) {
  const out = [];
  const c = f.commit;
  if (c) out.push(`Introduced in ${code(c.sha.slice(0, 12))} on ${text(c.date)} by ${text(c.author)} &lt;${text(c.email)}&gt;: &ldquo;${text(c.message)}&rdquo;`);
  else out.push(`Found in ${f.origin === "staged" ? "the staged changes" : f.origin === "message" ? "the commit message" : "the files"}`);
  const h = f.history;
  if (h && h.occurrences > 1) out.push(`Added again by ${plural(h.occurrences - 1, "other commit")} (copied or re-added)`);
  const others = (h?.files ?? []).filter((x) => x !== f.file);
  if (others.length) out.push(`Also added to ${others.map(code).join(", ")}`);
  const elsewhere = same.filter((o) => o !== f && (o.file !== f.file || o.commit?.sha !== f.commit?.sha));
  if (elsewhere.length) out.push(`Same secret also reported at ${elsewhere.slice(0, 10).map((o) => code(location(o))).join(", ")}${elsewhere.length > 10 ? ` and ${elsewhere.length - 10} more` : ""}`);
  if (h?.status === "present") out.push('<span class="st-present">Still present</span> at HEAD of the default branch: exposed in the current code');
  else if (h?.status === "removed") out.push(`<span class="st-removed">${h.removedIn ? `Removed in ${code(h.removedIn.slice(0, 12))}` : f.file === null ? "In a commit message" : "Not on the default branch"}</span>: still reachable in the history, so revoke it anyway`);
  if (f.aws) {
    const a = f.aws;
    out.push(`AWS ${text(a.keyType)} (${text(KEY_TYPES[a.keyType].kind)}), account ${text(describeAccount(a))}${a.paired ? ", secret found next to it" : ""}`);
    const cmd = f.origin === "stdin" ? "leakguard respond --key <the key ID>" : `leakguard respond ${f.fingerprint}${c ? ` --commit ${c.sha.slice(0, 12)}` : ""}`;
    out.push(`Respond: <code class="respond">${text(cmd)}</code>`);
  }
  return out;
}
function messagesSection(title, id, items, explain) {
  if (!items.length) return `<section aria-labelledby="${id}-h"><h2 id="${id}-h">${title}</h2><p id="${id}">None.</p></section>`;
  const list = items.map((e) => `<li>${e.file === null ? "" : `${code(e.file)}: `}${text(e.message)}</li>`).join("");
  return `<section aria-labelledby="${id}-h"><h2 id="${id}-h">${title} (${items.length})</h2><p>${text(explain)}</p><ul id="${id}">${list}</ul></section>`;
}
function suppressedSection(result) {
  if (!result.suppressed) return "";
  const list = result.suppressed.map((f) => `<li>${code(f.ruleId)} ${text(location(f))} ${code(f.fingerprint)}: ${text(`${f.suppression.kind}: ${f.suppression.reason}`)}</li>`).join("");
  return `<section aria-labelledby="suppressed-h"><h2 id="suppressed-h">Suppressed (${result.suppressed.length})</h2>${list ? `<ul id="suppressed">${list}</ul>` : "<p>Nothing.</p>"}</section>`;
}
export {
  htmlFormatter,
  text
};
