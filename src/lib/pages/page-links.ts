import { viewStateSearch, type Language, type ViewState } from '$lib/view-state';
import { pagePath, type PageId } from './pages';

/**
 * The query string of a link the page writes for others (Copy link, Share, embeds, exports,
 * prints): the view, its language named by the path, and English also as `lang=en` so that a
 * reader whose browser prefers Japanese still gets the English page the link was made from.
 */
export function sharedSearch(view: ViewState, lang: Language = view.lang): string {
  return viewStateSearch({ ...view, lang, embed: undefined }, lang === 'en' ? null : lang);
}

/** The view without what belongs to the dashboard alone (panels, SQL, slides), for a chart page. */
export function chartView(view: ViewState): ViewState {
  return { ...view, open: [], sql: '', present: false };
}

/** A page's address relative to the site's root (`/base/ja/chart/ID/?…`): the same on server and browser. */
export function pageHref(page: PageId, search: string): string {
  return `${import.meta.env.BASE_URL}${pagePath(page)}${search}`;
}

/** A page's absolute address, for the site wherever it is served now. */
export function pageAddress(page: PageId, search: string): string {
  return new URL(pageHref(page, search), window.location.href).href;
}

/** The site's base path as the browser sees it (BASE_URL may be a whole URL). */
export function basePath(): string {
  return new URL(import.meta.env.BASE_URL, window.location.href).pathname;
}
