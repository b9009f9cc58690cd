/** The git hooks leakguard can install (kept apart from the installer so the CLI can list them cheaply). */
export declare const HOOKS: readonly ["pre-commit", "commit-msg", "pre-push"];
export type HookName = (typeof HOOKS)[number];
