import { type RepoEntry } from './repos.js';
import type { OrgFinding } from './report.js';
export interface RepoState {
    version: 1;
    repo: string;
    /** rules, config and leakguard version the findings were made with (see audit.ts rulesKey) */
    rulesKey: string;
    /** every ref tip of the mirror when it was audited */
    tips: string[];
    /** commits audited so far, over all runs */
    commits: number;
    findings: OrgFinding[];
    /** when the last audit of this repository ended (ISO-8601) */
    auditedAt: string;
}
export declare class Cache {
    readonly dir: string;
    constructor(dir: string);
    mirrorOf(entry: RepoEntry): string;
    /** Clones the mirror, or fetches it (pruning deleted refs); returns its ref tips, sorted. */
    update(entry: RepoEntry, signal?: AbortSignal): Promise<string[]>;
    stateFile(entry: RepoEntry): string;
    readState(entry: RepoEntry): RepoState | null;
    writeState(entry: RepoEntry, state: RepoState): void;
}
/**
 * Every ref tip of a repository (branches, tags, notes, ...), unique and sorted, as
 * `sha` for a commit or a tag of one, and `sha:type` for a tip that is no commit (a tag of
 * a blob or a tree): the audit walks the commits, and any change of either shows.
 */
export declare function tipsOf(gitDir: string): Promise<string[]>;
/** The tips `git rev-list` can walk (commits and tags of commits). */
export declare function commitTips(tips: readonly string[]): string[];
