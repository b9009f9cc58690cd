import type { Fragment, ScanError } from '../types.js';
import { type Source } from './source.js';
export declare function messageText(raw: string): string;
export declare class MessageSource implements Source {
    private readonly file;
    private readonly display;
    readonly stats: import("./source.js").SourceStats;
    readonly errors: ScanError[];
    readonly notes: ScanError[];
    constructor(file: string, display: string);
    fragments(): AsyncGenerator<Fragment>;
}
