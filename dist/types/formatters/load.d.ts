import type { Formatter } from './formatter.js';
export declare const PACKAGE_PREFIX = "leakguard-formatter-";
/**
 * The formatter named by `spec`. `flag` names the option in error messages
 * (`--format`, `--report sarif=x.sarif`).
 */
export declare function loadFormatter(spec: string, cwd: string, flag?: string): Promise<Formatter>;
