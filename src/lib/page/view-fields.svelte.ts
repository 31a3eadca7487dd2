import type { ViewState } from '$lib/view-state';

/**
 * The reader's view, one $derived per field. The view is a new object on every change; reading a
 * field through its own $derived, a chart re-runs only when that field changes (a month filter
 * does not redraw what depends on the release alone, nor words on anything but the language).
 */
export class ViewFields {
  #view: () => ViewState;

  constructor(view: () => ViewState) {
    this.#view = view;
  }

  lang = $derived.by(() => this.#view().lang);
  release = $derived.by(() => this.#view().release);
  from = $derived.by(() => this.#view().from);
  to = $derived.by(() => this.#view().to);
  /** The month range, a new object only when one of its ends changes. */
  range = $derived.by(() => ({ from: this.from, to: this.to }));
  hidden = $derived.by(() => this.#view().hidden);
  hiddenEvents = $derived.by(() => this.#view().hiddenEvents);
  broker = $derived.by(() => this.#view().broker);
  stock = $derived.by(() => this.#view().stock);
  open = $derived.by(() => this.#view().open);
  sql = $derived.by(() => this.#view().sql);
  revisionMonth = $derived.by(() => this.#view().revisionMonth);
  revisionMetric = $derived.by(() => this.#view().revisionMetric);
  present = $derived.by(() => this.#view().present);
  slide = $derived.by(() => this.#view().slide);
}
