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
export async function* parallel<T, R>(
  items: AsyncIterable<T>,
  limit: number,
  work: (item: T) => AsyncIterable<R>,
  highWater = 256,
  signal?: AbortSignal,
): AsyncGenerator<R> {
  const buffer: R[] = [];
  const source = items[Symbol.asyncIterator]();
  let exhausted = false;
  let pulling = false;
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
  const fail = (error: unknown) => {
    if (!failed.yes) Object.assign(failed, { yes: true, error });
  };
  const active = () => !stopped && !failed.yes && !signal?.aborted;

  // one puller at a time starts producers while there is room and work
  const fill = async () => {
    if (pulling) return;
    pulling = true;
    try {
      while (!exhausted && running < limit && active()) {
        const r = await source.next();
        if (r.done) exhausted = true;
        else if (active()) start(r.value);
      }
    } catch (error) {
      fail(error);
    } finally {
      pulling = false;
      notifyConsumer();
    }
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
        fail(error);
      } finally {
        running--;
        void fill();
        notifyConsumer();
      }
    })();
  };

  try {
    void fill();
    for (;;) {
      if (failed.yes) throw failed.error;
      if (buffer.length) {
        const batch = buffer.splice(0);
        drain();
        yield* batch;
        continue;
      }
      if ((running === 0 && exhausted && !pulling) || signal?.aborted) break;
      await new Promise<void>((resolve) => (wakeConsumer = resolve));
    }
    if (failed.yes) throw failed.error;
  } finally {
    stopped = true;
    drain();
    void source.return?.();
  }
}
