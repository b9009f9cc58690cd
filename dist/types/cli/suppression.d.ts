import type { SuppressOptions } from '../findings/suppress.js';
import type { Finding } from '../types.js';
export type Loaded = Pick<SuppressOptions, 'ignore' | 'baseline'> & {
    /** the salt of each file that has one (salted entries are matched through it) */
    salts?: {
        ignore?: string | undefined;
        baseline?: string | undefined;
    };
};
export declare function loadSuppressions(root: string, cwd: string, baselineFile: string | undefined): Promise<Loaded | null>;
/**
 * The salted forms the suppression stage needs for these findings: only for fingerprints
 * whose rule id has an entry in the file (the others cannot match one), once each.
 */
export declare function withSaltedForms(loaded: Loaded, findings: readonly Finding[]): Promise<Loaded>;
