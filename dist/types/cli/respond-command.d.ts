import type { Io } from './io.js';
export interface RespondArgs {
    finding?: string;
    key?: string;
    commit?: string;
    report?: string;
    format: string;
    redact: boolean;
    config?: string | false;
    C?: string;
}
export declare function runRespondCommand(a: RespondArgs, io: Io): Promise<number>;
