import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/config/no-js.ts
function noJavaScript(env = process.env) {
  const v = env.LEAKGUARD_NO_JS;
  return v !== void 0 && !["", "0", "false"].includes(v.toLowerCase());
}

export {
  noJavaScript
};
