import { headTags, pageText, type HeadTag, type Site } from './page-head';
import { pagePath, type PageId } from './pages';

function selectorOf(tag: HeadTag): string {
  if (tag.tag === 'meta') return `meta[${tag.key}="${tag.name}"]`;
  return tag.hreflang
    ? `link[rel="${tag.rel}"][hreflang="${tag.hreflang}"]`
    : `link[rel="${tag.rel}"]`;
}

/**
 * The site as the prerendered head names it: its canonical address ends with the page's own path,
 * and what comes before is SITE_URL (or nothing, when the build was not given one).
 */
export function siteOfHead(document: Document, shown: PageId, base: string): Site {
  const canonical = document.head.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const ownPath = pagePath(shown);
  const absolute = canonical && /^https?:\/\//.test(canonical) && canonical.endsWith(ownPath);
  return { base, siteUrl: absolute ? canonical.slice(0, canonical.length - ownPath.length) : null };
}

/**
 * Rewrites the head's tags about the page for `page`, after the language switched in place: a
 * link shared from the browser then names the page the reader is on, in its language.
 */
export function syncPageHead(document: Document, page: PageId, site: Site): void {
  document.title = pageText(page).title;
  for (const tag of headTags(page, site)) {
    const element = document.head.querySelector(selectorOf(tag));
    if (!element) continue;
    if (tag.tag === 'meta') element.setAttribute('content', tag.content);
    else element.setAttribute('href', tag.href);
  }
}
