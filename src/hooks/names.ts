/** The git hooks leakguard can install (kept apart from the installer so the CLI can list them cheaply). */
export const HOOKS = ['pre-commit', 'commit-msg', 'pre-push'] as const;
export type HookName = (typeof HOOKS)[number];
