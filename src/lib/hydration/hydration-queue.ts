import { yieldToMain } from '$lib/yield-to-main';

/**
 * Takes over the page's sections one per task, so that no task holds the main thread for all of
 * them: sections the reader is about to see, or that changed, first; the rest when the browser is
 * idle. A job runs at most once; a section that started another way is skipped.
 */
export interface HydrationJob {
  start(): void;
  readonly started: boolean;
}

const soon: HydrationJob[] = [];
const idle: HydrationJob[] = [];
let soonScheduled = false;
let idleScheduled = false;

/** WebKit has no requestIdleCallback: a timer after the page's first work stands in for it. */
function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(run, { timeout: 4000 });
  else setTimeout(run, 500);
}

function takeNext(queue: HydrationJob[]): HydrationJob | undefined {
  let job = queue.shift();
  while (job?.started) job = queue.shift();
  return job;
}

function runSoon(): void {
  soonScheduled = false;
  takeNext(soon)?.start();
  if (soon.length > 0) scheduleSoon();
}

function runIdle(): void {
  idleScheduled = false;
  takeNext(idle)?.start();
  if (idle.length > 0) scheduleIdle();
}

function scheduleSoon(): void {
  if (soonScheduled) return;
  soonScheduled = true;
  void yieldToMain().then(runSoon);
}

function scheduleIdle(): void {
  if (idleScheduled) return;
  idleScheduled = true;
  whenIdle(runIdle);
}

/** In a task of its own, before any section waiting for idle time. */
export function hydrateSoon(job: HydrationJob): void {
  if (job.started || soon.includes(job)) return;
  soon.push(job);
  scheduleSoon();
}

/** In an idle period of its own (or within a few seconds if the browser is never idle). */
export function hydrateWhenIdle(job: HydrationJob): void {
  if (job.started || idle.includes(job)) return;
  idle.push(job);
  scheduleIdle();
}
