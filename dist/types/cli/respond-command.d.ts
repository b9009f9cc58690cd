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
    /** --verify (sends the pair to STS, only when asked), --verify-timeout, --aws-endpoint */
    verify?: boolean;
    verifyTimeout?: number;
    awsEndpoint?: string;
}
export declare function runRespondCommand(a: RespondArgs, io: Io): Promise<number>;
