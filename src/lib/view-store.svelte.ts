import {
  browserLanguage,
  DEFAULT_VIEW,
  parseViewState,
  viewStateSearch,
  type Language,
  type ViewState,
} from './view-state';

/**
 * The reader's view, mirrored in the address: every change is a history entry (or replaces the
 * current one, for typing), and back/forward restore the view they lead to.
 */
export class ViewStore {
  view = $state.raw<ViewState>(DEFAULT_VIEW);
  #language: Language = DEFAULT_VIEW.lang;

  /** Reads the address and follows back/forward from now on; returns a function that stops it. */
  connect(): () => void {
    this.#language = browserLanguage(navigator.languages);
    this.view = parseViewState(window.location.search, this.#language);
    const restore = () => (this.view = parseViewState(window.location.search, this.#language));
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }

  #pending: ReturnType<typeof setTimeout> | undefined;

  /**
   * Changes the view. 'push' adds a history entry, 'replace' rewrites the current one, and
   * 'typing' rewrites it once the reader pauses (browsers limit how often an address may change).
   */
  update(change: Partial<ViewState>, history: 'push' | 'replace' | 'typing' = 'push'): void {
    this.view = { ...this.view, ...change };
    clearTimeout(this.#pending);
    if (history === 'typing') {
      this.#pending = setTimeout(() => this.#write('replace'), 300);
      return;
    }
    this.#write(history);
  }

  #write(history: 'push' | 'replace'): void {
    const search = viewStateSearch(this.view, this.#language);
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`)
      return;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }
}
