import type { AwsVerification } from '../types.js';
export declare const DEFAULT_STS_ENDPOINT = "https://sts.amazonaws.com";
export interface Credentials {
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken?: string;
}
export interface CallOptions {
    /** STS endpoint URL (default: the global endpoint, region us-east-1) */
    endpoint: string;
    /** milliseconds for the whole call */
    timeoutMs: number;
}
/** The signing region of an STS endpoint: `sts.<region>.amazonaws.com`, else us-east-1. */
export declare function regionOf(endpoint: URL): string;
/** Calls GetCallerIdentity with the credentials; never throws. */
export declare function getCallerIdentity(creds: Credentials, options: CallOptions): Promise<AwsVerification>;
/** The answer of STS as a verification result. */
export declare function interpret(status: number, xml: string): AwsVerification;
