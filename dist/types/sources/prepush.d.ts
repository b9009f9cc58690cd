export interface PrePush {
    /** revisions for `git rev-list` (commits); empty when no commit is pushed */
    revs: string[];
    /** pushed refs whose object is a tag, a blob or a tree: `{ ref, oid }` */
    objects: Array<{
        ref: string;
        oid: string;
    }>;
}
/**
 * The pushed range, or null when nothing is pushed (only deletions). `remote`: the hook's
 * first argument (the remote's name, or its URL when pushed to a URL); undefined when
 * unknown (a hook written by an older leakguard), then only the remote shas on standard
 * input are excluded.
 */
export declare function prePushRevs(input: string, cwd: string, remote: string | undefined): Promise<PrePush | null>;
