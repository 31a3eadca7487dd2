import { errorMessage } from '$lib/error-message';

/**
 * Runs a query whenever what `query` reads changes (the database, the data's version, a choice),
 * and hands over only the answer to the newest run: an older run that ends later is ignored.
 * Call during a component's (or an effect root's) initialisation.
 */
export function followQuery<T>(
  query: () => (() => Promise<T>) | null,
  done: (value: T) => void,
  failed: (message: string) => void,
): void {
  $effect(() => {
    const run = query();
    if (!run) return;
    let superseded = false;
    run().then(
      (value) => {
        if (!superseded) done(value);
      },
      (error: unknown) => {
        if (!superseded) failed(errorMessage(error));
      },
    );
    return () => {
      superseded = true;
    };
  });
}
