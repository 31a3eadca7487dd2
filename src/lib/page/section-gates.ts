import { SectionGate } from '$lib/hydration/section-gate.svelte';
import type { PageModel } from './page-model.svelte';

/** One empty list, not a new one per read: a gate compares what it holds by identity. */
const NO_MONTHS: readonly string[] = Object.freeze([]);

/**
 * What each of the page's later sections is drawn from, read through a gate of its own: a section
 * off screen follows a change in a task after the ones on screen (SectionGate).
 */
export function sectionGates(model: PageModel) {
  const { view } = model;
  // What both charts by month are drawn from, besides their rows.
  const byMonth = {
    error: () => model.errors.release,
    busy: () => model.stale,
    hidden: () => view.hidden,
    events: () => model.dataset?.events ?? null,
    eventText: () => model.eventText,
    hiddenEvents: () => view.hiddenEvents,
  };
  return {
    monthlyCounts: new SectionGate({
      ...byMonth,
      rows: () => model.shown?.figures ?? null,
      range: () => view.range,
    }),
    yenAmounts: new SectionGate({ ...byMonth, rows: () => model.inRange }),
    brokers: new SectionGate({
      firms: () => model.inRange,
      brokers: () => model.dataset?.brokers ?? null,
      error: () => model.errors.release ?? model.errors.dataset,
      busy: () => model.stale,
      highlight: () => view.broker,
    }),
    stocks: new SectionGate({
      rows: () => model.dataset?.stocks ?? null,
      error: () => model.errors.dataset,
      highlight: () => view.stock,
    }),
    revisionHistory: new SectionGate({
      rows: () => model.revisionRows,
      error: () => model.revisionError,
      month: () => view.revisionMonth,
      metric: () => view.revisionMetric,
      months: () => model.dataset?.months ?? NO_MONTHS,
    }),
    releaseChanges: new SectionGate({
      data: () => model.shown?.changes ?? null,
      error: () => model.errors.release,
      busy: () => model.stale,
      releases: () => model.releases,
    }),
    cite: new SectionGate({ releases: () => model.releases }),
  };
}
