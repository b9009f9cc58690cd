import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  addAnatomy
} from "./chunk-A2R2TMDW.js";

// src/aws/enrich.ts
async function enrichAws(findings, options) {
  const out = addAnatomy(findings, options.accounts);
  if (!options.verify || !out.some((f) => f.aws)) return out;
  const { verifyFindings } = await import("./verify-UVFCUM5Y.js");
  return verifyFindings(out, options.verify);
}

export {
  enrichAws
};
