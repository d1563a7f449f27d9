/**
 * Maps an async source through `task` with at most `limit` tasks running,
 * yielding results as they finish (not in source order). The source is read
 * only as fast as slots free up, so a feed of 10,000 links is not all in flight.
 */
export async function* mapConcurrent<T, R>(source: AsyncIterable<T> | Iterable<T>, limit: number, task: (item: T) => Promise<R>): AsyncGenerator<R> {
  const iterator = (Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (source as Iterable<T>)[Symbol.iterator]()) as AsyncIterator<T> | Iterator<T>;
  const running = new Map<number, Promise<{ key: number; result: R }>>();
  let next = 0;
  let exhausted = false;
  const fill = async (): Promise<void> => {
    while (!exhausted && running.size < limit) {
      const step = await iterator.next();
      if (step.done) {
        exhausted = true;
        return;
      }
      const key = next++;
      running.set(key, task(step.value).then((result) => ({ key, result })));
    }
  };
  await fill();
  while (running.size > 0) {
    const { key, result } = await Promise.race(running.values());
    running.delete(key);
    yield result;
    await fill();
  }
}
