import type { VerifyOptions } from '../aws/verify.js';
import type { Command } from '../formatters/index.js';
import { type ScanResult, type Severity } from '../types.js';
import type { Io } from './io.js';
export interface CommonArgs {
    format: string;
    output?: string;
    /** a file, or false for --no-config */
    config?: string | false;
    redact: boolean;
    /** `--redact=N` (rewritten to --redact-percent by commands.ts) */
    redactPercent?: unknown;
    /** `--redact-ids`: hide identifiers too (undefined: the config's `redactIds`) */
    redactIds?: boolean;
    /** `--report FORMAT=FILE`, repeatable */
    report?: string | string[];
    baseline?: string;
    explainSuppressed?: boolean;
    exitCode?: unknown;
    failOn?: unknown;
    color?: boolean;
    quiet?: boolean;
    verbose?: boolean;
    C?: string;
    paths?: string[];
    revs?: string[];
    since?: string;
    until?: string;
    maxCommits?: number;
    prePush?: boolean;
    /** --pre-push: the remote pushed to (the hook's first argument) */
    remote?: string;
    branch?: string;
    jobs?: number;
    binary?: boolean;
    /** history: merges contribute their messages only */
    skipMerges?: boolean;
    /** scan, history: also the files (histories) of submodules and nested repositories */
    recurseSubmodules?: boolean;
    /** scan, history: scan the Git LFS objects present locally instead of their pointers */
    lfs?: boolean;
    /** --no-decode: false */
    decode?: boolean;
    /** --max-decode-depth N */
    maxDecodeDepth?: unknown;
    file?: string;
    _?: Array<string | number>;
    /** staged: the diff, already started (cli/main.ts) */
    stagedDiff?: AsyncIterable<Buffer>;
    verify?: boolean;
    /** --verify-timeout, milliseconds */
    verifyTimeout?: number;
    awsEndpoint?: string;
}
/** --verify, --verify-timeout and --aws-endpoint as verifier options (undefined: no live check). */
export declare function verifyOptionsOf(a: Pick<CommonArgs, 'verify' | 'verifyTimeout' | 'awsEndpoint'>): VerifyOptions | undefined;
export declare function resolveCwd(dir: string | undefined, io: Pick<Io, 'cwd'>): string;
/** bin/leakguard.js of this installation (the hooks' fallback when leakguard is not on PATH). */
export declare function binPath(): string;
export declare function runScanCommand(command: Command, a: CommonArgs, io: Io): Promise<number>;
export declare function exitCodeOf(result: ScanResult, exitCode: number, failOn: Severity): number;
