import { flushSync } from 'svelte';
import type { PageModel } from '$lib/page/page-model.svelte';

/**
 * Makes a page model inside an effect root, with one effect per derivation a view reads, each
 * counting its runs: how many times a change made that view redraw.
 */
export function watchModel(make: () => PageModel) {
  let model!: PageModel;
  const counts = { range: 0, inRange: 0, hidden: 0, labels: 0, shown: 0, release: 0 };
  const stop = $effect.root(() => {
    model = make();
    $effect(() => void (model.view.range, (counts.range += 1)));
    $effect(() => void (model.inRange, (counts.inRange += 1)));
    $effect(() => void (model.view.hidden, (counts.hidden += 1)));
    $effect(() => void (model.metricLabels, (counts.labels += 1)));
    $effect(() => void (model.shown, (counts.shown += 1)));
    $effect(() => void (model.view.release, (counts.release += 1)));
  });
  flushSync();
  return { model, stop, runs: () => ({ ...counts }) };
}
