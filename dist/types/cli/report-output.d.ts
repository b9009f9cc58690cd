import { type Command, type Formatter, type RuleInfo } from '../formatters/index.js';
import type { ScanResult, Severity } from '../types.js';
import type { Io } from './io.js';
import type { CommonArgs } from './scan-command.js';
export interface Outputs {
    main: Formatter;
    reports: Array<{
        label: string;
        file: string;
        formatter: Formatter;
    }>;
}
export declare function loadOutputs(a: CommonArgs, cwd: string): Promise<Outputs>;
export interface WriteContext {
    a: CommonArgs;
    io: Io;
    cwd: string;
    command: Command;
    startedAt: string;
    rules: readonly RuleInfo[];
    failOn?: Severity;
}
/** Writes every report of a (redacted) result. */
export declare function writeOutputs(report: ScanResult, outputs: Outputs, ctx: WriteContext): Promise<void>;
