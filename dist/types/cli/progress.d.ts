/**
 * Progress of a history audit on stderr, when stderr is a terminal (never in a pipe or a
 * CI log, never with --quiet): commits done out of the total, rate and time left, redrawn
 * at most ten times a second on one line, erased at the end.
 */
import type { Io } from './io.js';
export interface Progress {
    update(done: number, total: number | undefined): void;
    end(): void;
}
export declare function progress(io: Io, enabled: boolean): Progress;
