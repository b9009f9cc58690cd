import { HOOKS, type HookName } from './names.js';
export { HOOKS, type HookName };
/** the leakguard arguments each hook runs (quiet unless something is found; see cli/main.ts) */
export declare const HOOK_ARGS: Record<HookName, string>;
export declare const MARKER = "# leakguard-hook";
export interface HookOptions {
    cwd: string;
    hooks: readonly HookName[];
    force?: boolean;
    /** absolute path of bin/leakguard.js, the fallback when leakguard is not on PATH */
    binPath: string;
}
/** Whether cwd is inside a git work tree (not a bare repository, not outside any repository). */
export declare function inWorkTree(cwd: string): Promise<boolean>;
export declare function hookScript(hook: HookName, binPath: string, chained: boolean): string;
/**
 * The lines added to a husky hook file. They go first (after a shebang or husky's own
 * set-up line), before husky's default `npm test`: a failing test suite must not skip the
 * secret check. husky puts node_modules/.bin on PATH, older set-ups may not.
 */
export declare function huskyLines(hook: HookName): string;
export declare function install(options: HookOptions): Promise<string[]>;
export declare function uninstall(options: Omit<HookOptions, 'force' | 'binPath'>): Promise<string[]>;
