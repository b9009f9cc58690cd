/**
 * Running several producers at once and reading their output as one stream, with
 * back-pressure: a producer waits while the shared buffer is full, so memory stays bounded
 * however fast git writes. Used to run several `git log` processes over disjoint batches
 * of commits, which puts the machine's cores to work on git's share of the audit.
 */

/**
 * Runs `work` on each item, at most `limit` at a time, and yields everything they yield,
 * in arrival order. Stops the producers when the consumer stops early or the signal aborts.
 * Items are taken from `items` only when a producer is free, so an iterator can size each
 * item by what is left when it is started.
 */
export async function* parallel<T, R>(items: Iterable<T>, limit: number, work: (item: T) => AsyncIterable<R>, highWater = 256, signal?: AbortSignal): AsyncGenerator<R> {
  const buffer: R[] = [];
  const source = items[Symbol.iterator]();
  let exhausted = false;
  const take = (): { item: T } | undefined => {
    if (exhausted) return undefined;
    const r = source.next();
    if (r.done) {
      exhausted = true;
      return undefined;
    }
    return { item: r.value };
  };
  let running = 0;
  const failed: { error?: unknown; yes: boolean } = { yes: false };
  let stopped = false;
  let wakeConsumer: (() => void) | undefined;
  let wakeProducers: Array<() => void> = [];

  const notifyConsumer = () => {
    wakeConsumer?.();
    wakeConsumer = undefined;
  };
  const drain = () => {
    const waiting = wakeProducers;
    wakeProducers = [];
    for (const w of waiting) w();
  };

  const start = (item: T) => {
    running++;
    void (async () => {
      try {
        for await (const r of work(item)) {
          if (stopped || signal?.aborted) break;
          buffer.push(r);
          notifyConsumer();
          if (buffer.length >= highWater) await new Promise<void>((resolve) => wakeProducers.push(resolve));
        }
      } catch (error) {
        if (!failed.yes) Object.assign(failed, { yes: true, error });
      } finally {
        running--;
        const more = !stopped && !failed.yes && !signal?.aborted ? take() : undefined;
        if (more) start(more.item);
        notifyConsumer();
      }
    })();
  };

  try {
    while (running < limit) {
      const first = take();
      if (!first) break;
      start(first.item);
    }
    for (;;) {
      if (failed.yes) throw failed.error;
      if (buffer.length) {
        const batch = buffer.splice(0);
        drain();
        yield* batch;
        continue;
      }
      if (running === 0 || signal?.aborted) break;
      await new Promise<void>((resolve) => (wakeConsumer = resolve));
    }
    if (failed.yes) throw failed.error;
  } finally {
    stopped = true;
    drain();
  }
}
