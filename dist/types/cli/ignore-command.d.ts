import type { Io } from './io.js';
export interface IgnoreArgs {
    fingerprints: string[];
    path?: string;
    reason?: string;
    C?: string;
}
export declare function ignoreCommand(a: IgnoreArgs, io: Io): Promise<number>;
