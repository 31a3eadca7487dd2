import { escapeMarkup } from '$lib/escape-markup';
import { en } from '$lib/i18n/en';
import { pageWords as enPageWords, type PageWords } from '$lib/i18n/en-pages';
import { ja } from '$lib/i18n/ja';
import { releaseChangeWords } from '$lib/i18n/en-release-changes';
import { jaReleaseChangeWords } from '$lib/i18n/ja-release-changes';
import { jaPageWords } from '$lib/i18n/ja-pages';
import type { Dictionary } from '$lib/i18n';
import type { Language, SlideId } from '$lib/view-state';
import { pagePath, type PageId } from './pages';

/** Where the site lives: its base path, and its public address when the build is told it. */
export interface Site {
  /** Vite's base, e.g. '/takeover-watch/'. */
  base: string;
  /** The public address of the site's root (SITE_URL), e.g. 'https://user.github.io/takeover-watch/'. */
  siteUrl: string | null;
}

const WORDS: Record<Language, { page: PageWords; app: Dictionary }> = {
  en: { page: enPageWords, app: en },
  ja: { page: jaPageWords, app: ja },
};
const LOCALES: Record<Language, string> = { en: 'en_US', ja: 'ja_JP' };

/** A chart's title, as its figure has it. */
export function chartTitle(chart: SlideId, lang: Language): string {
  const words = WORDS[lang].app;
  const titles: Record<SlideId, string> = {
    'monthly-counts': words.counts.title,
    'yen-amounts': words.amounts.title,
    brokers: words.brokers.title,
    stocks: words.stocks.title,
    'revision-history': words.revisions.history.title,
    'release-changes': (lang === 'ja' ? jaReleaseChangeWords : releaseChangeWords).title,
  };
  return titles[chart];
}

/** An address on the site: absolute under SITE_URL, otherwise relative to the host. */
export function siteAddress(site: Site, path: string): string {
  return site.siteUrl ? new URL(path, site.siteUrl).href : `${site.base}${path}`;
}

/** The share card drawn for a page (by the build), relative to the site's root. */
export function cardPath({ lang, chart }: PageId): string {
  return `cards/${lang}${chart ? `-${chart}` : ''}.png`;
}

/** A page's title, description and its card's alternative text, in its language. */
export function pageText({ lang, chart }: PageId): {
  title: string;
  description: string;
  alt: string;
} {
  const words = WORDS[lang].page;
  if (!chart) return { title: words.title, description: words.description, alt: words.cardAlt };
  const title = chartTitle(chart, lang);
  return {
    title: words.chartTitle(title),
    description: words.chartDescriptions[chart],
    alt: words.chartCardAlt(title),
  };
}

/** One tag of a page's head about itself: a meta's content, or a link's address. */
export type HeadTag =
  | { tag: 'meta'; key: 'name' | 'property'; name: string; content: string }
  | { tag: 'link'; rel: string; hreflang?: string; href: string };

/**
 * The tags a page's <head> carries about itself: its description, its canonical address and its
 * twin in the other language (hreflang, the English page being the default), and the Open Graph
 * and Twitter tags that make a shared link show a card.
 */
export function headTags(page: PageId, site: Site): HeadTag[] {
  const { title, description, alt } = pageText(page);
  const address = (lang: Language) => siteAddress(site, pagePath({ ...page, lang }));
  const other: Language = page.lang === 'en' ? 'ja' : 'en';
  const image = siteAddress(site, cardPath(page));
  const meta = (key: 'name' | 'property', name: string, content: string | number): HeadTag => ({
    tag: 'meta',
    key,
    name,
    content: String(content),
  });
  return [
    meta('name', 'description', description),
    { tag: 'link', rel: 'canonical', href: address(page.lang) },
    ...(['en', 'ja', 'x-default'] as const).map((lang): HeadTag => ({
      tag: 'link',
      rel: 'alternate',
      hreflang: lang,
      href: address(lang === 'x-default' ? 'en' : lang),
    })),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', 'Takeover Watch'),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', address(page.lang)),
    meta('property', 'og:locale', LOCALES[page.lang]),
    meta('property', 'og:locale:alternate', LOCALES[other]),
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', 1200),
    meta('property', 'og:image:height', 630),
    meta('property', 'og:image:alt', alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', alt),
  ];
}

function tagMarkup(tag: HeadTag): string {
  if (tag.tag === 'meta') {
    return `<meta ${tag.key}="${tag.name}" content="${escapeMarkup(tag.content)}" />`;
  }
  const hreflang = tag.hreflang ? ` hreflang="${tag.hreflang}"` : '';
  return `<link rel="${tag.rel}"${hreflang} href="${escapeMarkup(tag.href)}" />`;
}

/** The page's title and head tags, as the build writes them into its HTML. */
export function pageHead(page: PageId, site: Site): string {
  return [
    `<title>${escapeMarkup(pageText(page).title)}</title>`,
    ...headTags(page, site).map(tagMarkup),
  ].join('\n    ');
}
