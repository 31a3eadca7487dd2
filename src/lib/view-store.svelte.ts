import { basePath, pageAddress, sharedSearch } from '$lib/pages/page-links';
import { pageAt, type PageId } from '$lib/pages/pages';
import { ViewFields } from './page/view-fields.svelte';
import {
  DEFAULT_VIEW,
  parseViewState,
  viewStateSearch,
  type Language,
  type ViewState,
} from './view-state';

/**
 * The reader's view, mirrored in the address: every change is a history entry (or replaces the
 * current one, for typing), and back/forward restore the view they lead to. The language and the
 * chart shown alone come from the page (its path), not from the address's parameters.
 */
export class ViewStore {
  page = $state.raw<PageId>({ lang: DEFAULT_VIEW.lang, chart: null });
  #view = $state.raw<ViewState>(DEFAULT_VIEW);
  /** The view's fields, each a signal of its own, for what reads a field rather than the view. */
  readonly fields = new ViewFields();
  /** The address named its language (`lang=en` on the English page): keep naming it. */
  #namesLanguage = false;

  get view(): ViewState {
    return this.#view;
  }

  set view(view: ViewState) {
    this.#view = view;
    this.fields.show(view);
  }

  constructor(page: PageId) {
    this.page = page;
    this.view = this.#onPage(DEFAULT_VIEW);
  }

  #onPage({ embed, ...view }: ViewState): ViewState {
    const shown = this.page.chart ?? embed;
    return { ...view, lang: this.page.lang, ...(shown ? { embed: shown } : {}) };
  }

  /** The query string for a view on this page (a chart page's chart is its path, not `embed`). */
  #search(view: ViewState, namesLanguage: boolean): string {
    const embed = this.page.chart ? undefined : view.embed;
    return viewStateSearch({ ...view, embed }, namesLanguage ? null : view.lang);
  }

  /** Reads the address and follows back/forward from now on; returns a function that stops it. */
  connect(): () => void {
    const restore = () => {
      this.#namesLanguage = /[?&]lang=/.test(window.location.search);
      this.page = { ...this.page, lang: pageAt(window.location.pathname, basePath()).lang };
      this.view = this.#onPage(parseViewState(window.location.search, this.page.lang));
    };
    const navigated = () => {
      // Only the fragment changed (an in-page link): the changes not yet written still stand.
      if (this.#unwritten.length > 0 && this.#here() === this.#unwrittenFrom) {
        this.#writeNow();
        return;
      }
      // Back/forward moved to another entry: a change not yet written would overwrite it.
      this.#unwritten = [];
      restore();
    };
    const leaving = () => this.#writeNow();
    const hidden = () => {
      if (document.visibilityState === 'hidden') this.#writeNow();
    };
    restore();
    window.addEventListener('popstate', navigated);
    window.addEventListener('pagehide', leaving);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('popstate', navigated);
      window.removeEventListener('pagehide', leaving);
      document.removeEventListener('visibilitychange', hidden);
      clearTimeout(this.#writeOnPause);
    };
  }

  /**
   * Moves to this page's twin in another language, keeping the view. The app redraws in place and
   * the address becomes the twin's (a history entry), so nothing loaded (DuckDB, an upload, a
   * query) is lost. English names itself (`lang=en`).
   */
  switchLanguage(lang: Language): void {
    if (lang === this.page.lang) return;
    this.#writeNow();
    this.page = { ...this.page, lang };
    this.view = { ...this.view, lang };
    this.#namesLanguage = lang === 'en';
    const address = pageAddress(this.page, this.#search(this.view, this.#namesLanguage));
    window.history.pushState(null, '', `${address}${window.location.hash}`);
  }

  /** This page's address with the view, as a link to share (Copy link). */
  sharedAddress(): string {
    return pageAddress(this.page, sharedSearch(this.view));
  }

  /**
   * Changes the view. 'push' adds a history entry, 'replace' rewrites the current one, and
   * 'typing' rewrites it once the reader pauses typing (browsers limit how often an address may
   * change).
   */
  update(change: Partial<ViewState>, history: 'push' | 'replace' | 'typing' = 'push'): void {
    this.view = { ...this.view, ...change };
    if (history === 'typing') this.#write('replace', TYPING_PAUSE_MS);
    else this.#write(history, ADDRESS_PAUSE_MS);
  }

  /** Changes whose addresses are not written yet, oldest first. */
  #unwritten: UnwrittenChange[] = [];
  /** The address (path and query) the first of them was made at. */
  #unwrittenFrom = '';
  #writeOnPause: ReturnType<typeof setTimeout> | undefined;

  #here(): string {
    return `${window.location.pathname}${window.location.search}`;
  }

  /**
   * Writes the address once the reader pauses: recording a history entry takes the browser
   * milliseconds, and a reader stepping through releases or months should see each redrawn chart
   * without waiting for it. Every push stays a history entry of its own, written in order;
   * rewrites in a row become one. A page hidden or left before the pause writes them then.
   */
  #write(history: 'push' | 'replace', pause: number): void {
    const change = { history, view: this.view, namesLanguage: this.#namesLanguage };
    const last = this.#unwritten.length - 1;
    if (history === 'replace' && this.#unwritten[last]?.history === 'replace') {
      this.#unwritten[last] = change;
    } else {
      if (this.#unwritten.length === 0) this.#unwrittenFrom = this.#here();
      this.#unwritten.push(change);
    }
    clearTimeout(this.#writeOnPause);
    this.#writeOnPause = setTimeout(() => this.#writeNow(), pause);
  }

  #writeNow(): void {
    clearTimeout(this.#writeOnPause);
    const unwritten = this.#unwritten;
    this.#unwritten = [];
    for (const change of unwritten) this.#writeChange(change);
  }

  #writeChange({ history, view, namesLanguage }: UnwrittenChange): void {
    const search = this.#search(view, namesLanguage);
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`)
      return;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }
}

/** How long the view stays unchanged before its address is written. */
export const ADDRESS_PAUSE_MS = 200;
/** The same while the reader types (the SQL editor). */
const TYPING_PAUSE_MS = 300;

/** A view change whose address is not written yet, and how to write it. */
interface UnwrittenChange {
  history: 'push' | 'replace';
  view: ViewState;
  namesLanguage: boolean;
}
