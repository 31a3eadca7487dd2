/**
 * Rejects when nothing has happened for `quietMs`. DuckDB-wasm's worker swallows a failed wasm
 * download (the error ends in an unhandled promise inside the worker), so without this the page
 * would wait forever. Every sign of progress calls `poke()`.
 */
export function stallWatchdog(quietMs: number, what: string) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fail: (error: Error) => void = () => {};
  const stalled = new Promise<never>((_, reject) => {
    fail = reject;
  });
  const poke = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () => fail(new Error(`${what}: nothing arrived for ${quietMs / 1000} s`)),
      quietMs,
    );
  };
  poke();
  return { stalled, poke, stop: () => clearTimeout(timer) };
}
