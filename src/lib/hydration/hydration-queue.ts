import { yieldToMain } from '$lib/yield-to-main';

/**
 * Takes over the page's sections one per task, so that no task holds the main thread for all of
 * them: those that came on screen or whose inputs changed, in that order. A job runs at most
 * once; a section that started another way (the reader reached into it) is skipped.
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
