import type { Io } from './io.js';
export interface ImportArgs {
    from: 'git-secrets';
    config?: string;
    C?: string;
}
export declare function importCommand(a: ImportArgs, io: Io): Promise<number>;
