export interface GitSecrets {
    patterns: string[];
    allowed: string[];
    providers: string[];
    /** patterns from .gitallowed */
    gitallowed: string[];
}
/** git-secrets' configuration as git sees it from `cwd`, or null when there is none. */
export declare function readGitSecrets(cwd: string, root: string | null, env?: NodeJS.ProcessEnv): Promise<GitSecrets | null>;
/** False only when no git config file can hold `secrets.*` (see the module comment). */
export declare function mayHaveGitSecrets(root: string | null, env?: NodeJS.ProcessEnv): boolean;
