import { yieldToMain } from '$lib/yield-to-main';

/**
 * Takes over the page's sections, or redraws those that lag (SectionGate), one per task, so that
 * no task holds the main thread for all of them, in the order they asked. A job waits once at a
 * time; one that started another way (the reader reached into its section) is skipped.
 */
export interface HydrationJob {
  start(): void;
  readonly started: boolean;
}

const waiting: HydrationJob[] = [];
let scheduled = false;

function takeNext(): HydrationJob | undefined {
  let job = waiting.shift();
  while (job?.started) job = waiting.shift();
  return job;
}

function runNext(): void {
  scheduled = false;
  takeNext()?.start();
  if (waiting.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  void yieldToMain().then(runNext);
}

/** In a task of its own, after those already waiting. */
export function hydrateSoon(job: HydrationJob): void {
  if (job.started || waiting.includes(job)) return;
  waiting.push(job);
  schedule();
}
