import type { PageModel } from './page-model.svelte';

/**
 * What the page's later sections are drawn from, each value compared by identity: the view (as
 * its address, so that an equal view read again from the address is no change), the figures and
 * words. Once one differs from what the page was built with, their prerendered markup is old.
 */
export function sectionInputs(model: PageModel): readonly unknown[] {
  return [
    model.search,
    model.shown,
    model.inRange,
    model.dataset?.events,
    model.dataset?.brokers,
    model.dataset?.stocks,
    model.dataset?.months,
    model.releases,
    model.revisionRows,
    model.revisionError,
    model.errors.release,
    model.errors.dataset,
    model.stale,
  ];
}

/** What the headline is drawn from: its figures, the releases it names, and the language. */
export function headlineInputs(model: PageModel): readonly unknown[] {
  return [model.view.lang, model.dataset?.headline, model.releases];
}
