import type { Command } from '../formatters/formatter.js';
import type { PathFilter, Source } from '../sources/source.js';
import type { Io } from './io.js';
import type { CommonArgs } from './scan-command.js';
export interface SourceContext {
    cwd: string;
    root: string;
    filter: PathFilter;
    maxFileSize: number;
}
/** The source for `command`, or null when there is nothing to scan (a pre-push of no new commits). */
export declare function makeSource(command: Command, a: CommonArgs, io: Io, ctx: SourceContext): Promise<Source | null>;
