import { describe, expect, it } from 'vitest';
import { hydrateSoon, type HydrationJob } from '$lib/hydration/hydration-queue';

/** A section's job that counts how often it was taken over. */
function job(): HydrationJob & { runs: number } {
  return {
    runs: 0,
    get started() {
      return this.runs > 0;
    },
    start() {
      this.runs += 1;
    },
  };
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('hydration queue', () => {
  it('takes sections over one per task, in the order they were asked for, each once', async () => {
    const [first, second] = [job(), job()];
    hydrateSoon(first);
    hydrateSoon(second);
    hydrateSoon(first);
    expect([first.runs, second.runs]).toEqual([0, 0]);
    await nextTask();
    expect([first.runs, second.runs]).toEqual([1, 0]);
    await nextTask();
    expect([first.runs, second.runs]).toEqual([1, 1]);
    await nextTask();
    expect([first.runs, second.runs]).toEqual([1, 1]);
  });

  it('skips a section the reader took over meanwhile, and starts the next in that task', async () => {
    const [touched, next] = [job(), job()];
    hydrateSoon(touched);
    hydrateSoon(next);
    touched.start();
    await nextTask();
    expect([touched.runs, next.runs]).toEqual([1, 1]);
  });
});
