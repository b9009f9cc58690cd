import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  UNSAFE_CHARS,
  escapeChar
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/formatters/csv.ts
var CSV_COLUMNS = [
  "severity",
  "rule",
  "file",
  "line",
  "column",
  "end_line",
  "end_column",
  "secret",
  "fingerprint",
  "description",
  "commit",
  "author",
  "email",
  "date"
];
var csvFormatter = {
  name: "csv",
  format(result) {
    const rows = [CSV_COLUMNS.join(","), ...result.findings.map((f) => row(f).map(field).join(","))];
    return rows.join("\r\n") + "\r\n";
  }
};
function row(f) {
  const c = f.commit;
  return [f.severity, f.ruleId, f.file ?? "", f.line, f.column, f.endLine, f.endColumn, f.secret, f.fingerprint, f.description, c?.sha ?? "", c?.author ?? "", c?.email ?? "", c?.date ?? ""];
}
function field(value) {
  if (typeof value === "number") return String(value);
  const visible = value.replace(UNSAFE_CHARS, escapeChar);
  const safe = /^[=+\-@\t\r]/.test(visible) ? `'${visible}` : visible;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
export {
  CSV_COLUMNS,
  csvFormatter,
  field
};
