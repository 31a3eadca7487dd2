import { DEFAULT_VIEW, type SlideId, type ViewState } from '$lib/view-state';

/** The same list again when its items are: a view read again from the address is no change. */
function sameList<T>(kept: readonly T[], next: readonly T[]): readonly T[] {
  return kept.length === next.length && kept.every((item, index) => item === next[index])
    ? kept
    : next;
}

/**
 * The reader's view, one signal per field, each written only when that field changes. The view is
 * a new object on every change; a signal of its own per field means that a month filter neither
 * redraws nor even marks for checking what depends on the release alone, nor words anything but
 * the language.
 */
export class ViewFields {
  lang = $state.raw(DEFAULT_VIEW.lang);
  release = $state.raw(DEFAULT_VIEW.release);
  from = $state.raw(DEFAULT_VIEW.from);
  to = $state.raw(DEFAULT_VIEW.to);
  /** The month range, a new object only when one of its ends changes. */
  range = $derived.by(() => ({ from: this.from, to: this.to }));
  hidden = $state.raw(DEFAULT_VIEW.hidden);
  hiddenEvents = $state.raw(DEFAULT_VIEW.hiddenEvents);
  broker = $state.raw(DEFAULT_VIEW.broker);
  stock = $state.raw(DEFAULT_VIEW.stock);
  open = $state.raw(DEFAULT_VIEW.open);
  sql = $state.raw(DEFAULT_VIEW.sql);
  revisionMonth = $state.raw(DEFAULT_VIEW.revisionMonth);
  revisionMetric = $state.raw(DEFAULT_VIEW.revisionMetric);
  present = $state.raw(DEFAULT_VIEW.present);
  slide = $state.raw(DEFAULT_VIEW.slide);
  embed = $state.raw<SlideId | null>(null);

  /** Takes a new view's fields; a field equal to the one shown keeps its signal unchanged. */
  show(view: ViewState): void {
    this.lang = view.lang;
    this.release = view.release;
    this.from = view.from;
    this.to = view.to;
    this.hidden = sameList(this.hidden, view.hidden);
    this.hiddenEvents = sameList(this.hiddenEvents, view.hiddenEvents);
    this.broker = view.broker;
    this.stock = view.stock;
    this.open = sameList(this.open, view.open);
    this.sql = view.sql;
    this.revisionMonth = view.revisionMonth;
    this.revisionMetric = view.revisionMetric;
    this.present = view.present;
    this.slide = view.slide;
    this.embed = view.embed ?? null;
  }
}
