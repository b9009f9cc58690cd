// Builds dist/ and src/generated/ once before any test: unit tests import the generated
// validators and rules, integration tests run the real bin/leakguard.js.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}
