/**
 * `--format text` (the default): one block per finding, then what to do, then a summary
 * line. Colour only when allowed (a TTY, no --no-color, no NO_COLOR).
 */
import type { ScanResult } from '../types.js';
import type { FormatOptions, Formatter } from './formatter.js';
type Paint = (s: string) => string;
export declare const textFormatter: Formatter;
export declare function summary(result: ScanResult, options: Pick<FormatOptions, 'command'>, p?: {
    bold: Paint;
    dim: Paint;
    red: Paint;
    yellow: Paint;
    cyan: Paint;
    green: Paint;
}): string;
export {};
