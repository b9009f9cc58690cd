import type { Finding } from '../types.js';
export declare function defaultBranch(cwd: string): Promise<string | null>;
/**
 * Sets `history.status` and `history.removedIn` on history findings (raw secrets needed:
 * run before redaction). Commit-message findings are history only by nature.
 */
export declare function markExposure(findings: Finding[], cwd: string): Promise<void>;
