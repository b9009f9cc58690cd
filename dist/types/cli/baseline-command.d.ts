import type { Io } from './io.js';
export interface BaselineArgs {
    targets?: string[];
    history?: boolean;
    output?: string;
    config?: string | false;
    verbose?: boolean;
    C?: string;
}
export declare function baselineCommand(a: BaselineArgs, io: Io): Promise<number>;
