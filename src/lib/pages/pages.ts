import { LANGUAGES, SLIDES, type Language, type SlideId } from '$lib/view-state';

/** One page of the site: a language, and the chart it shows alone (null: the whole dashboard). */
export interface PageId {
  lang: Language;
  chart: SlideId | null;
}

/** Every page the build writes: the dashboard and one page per chart, in each language. */
export const PAGES: readonly PageId[] = LANGUAGES.flatMap((lang) =>
  [null, ...SLIDES].map((chart) => ({ lang, chart })),
);

/** The page's path under the site's base: '', 'ja/', 'chart/ID/' or 'ja/chart/ID/'. */
export function pagePath({ lang, chart }: PageId): string {
  return `${lang === 'en' ? '' : `${lang}/`}${chart ? `chart/${chart}/` : ''}`;
}

/** Which page an address's path is, under the site's base path (anything else: the English dashboard). */
export function pageAt(pathname: string, basePath: string): PageId {
  const rest = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : '';
  const [, ja, chart] = /^(ja(?:\/|$))?(?:chart\/([^/]+))?/.exec(rest) ?? [];
  return { lang: ja ? 'ja' : 'en', chart: SLIDES.find((id) => id === chart) ?? null };
}
