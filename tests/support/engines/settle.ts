/** How long closing a browser may take before its processes are killed instead. */
export const CLOSE_TIMEOUT_MS = 15_000;

/**
 * Waits for a clean-up step at most `timeout` ms and never throws: a browser that will not close
 * must not hide the failure that made the test stop, nor hang the run.
 */
export async function settleWithin(
  step: Promise<unknown>,
  what: string,
  timeout = CLOSE_TIMEOUT_MS,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeout);
  });
  try {
    const finished = await Promise.race([step.then(() => true), expired]);
    if (!finished) console.warn(`${what} took over ${timeout} ms; going on`);
    return finished;
  } catch (error) {
    console.warn(`${what} failed: ${String(error)}`);
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Rejects when the step takes longer than `timeout` ms (the step goes on; clean up after it). */
export async function within<T>(step: Promise<T>, what: string, timeout: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${timeout} ms`)), timeout);
  });
  try {
    return await Promise.race([step, expired]);
  } finally {
    clearTimeout(timer);
  }
}
