/**
 * Running several producers at once and reading their output as one stream, with
 * back-pressure: a producer waits while the shared buffer is full, so memory stays bounded
 * however fast git writes. Used to run several `git log` processes over disjoint batches
 * of commits, which puts the machine's cores to work on git's share of the audit.
 */
/**
 * Runs `work` on each item, at most `limit` at a time, and yields everything they yield,
 * in arrival order. Stops the producers when the consumer stops early or the signal aborts.
 * Items are taken from `items` only when a producer is free, so the source can size each
 * item by what is left when it is started, and wait for what is not known yet.
 */
export declare function parallel<T, R>(items: AsyncIterable<T>, limit: number, work: (item: T) => AsyncIterable<R>, highWater?: number, signal?: AbortSignal): AsyncGenerator<R>;
