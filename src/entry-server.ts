import { render } from 'svelte/server';
import { openDatasetDb } from '$lib/db/node-dataset';
import { NESTED_RENDER, type NestedRender } from '$lib/hydration/nested-render';
import { setLanguage } from '$lib/i18n/language.svelte';
import { cardPath, pageHead, siteAddress, type Site } from '$lib/pages/page-head';
import { PAGES, pagePath, type PageId } from '$lib/pages/pages';
import { LATEST } from '$lib/queries/monthly-metrics';
import { queryDatasetResults, queryReleaseResults } from '$views/page-data';
import { serialiseSnapshot, type Snapshot } from '$views/snapshot';
import { renderShareCardSvg } from './share-card/render-card';
import App from './App.svelte';

/** Sections the browser takes over later are rendered as apps of their own (LazySection). */
const renderNested: NestedRender = (component, options) => render(component, options).body;

export interface PrerenderedPage extends PageId {
  /** Where the page is written, under the build's output directory ('ja/chart/stocks/index.html'). */
  file: string;
  /** The page's address: absolute under SITE_URL, otherwise from the host's root ('/base/ja/'). */
  address: string;
  /** Its share card, under the output directory ('cards/ja-stocks.png'), named by its tags. */
  cardFile: string;
  /** Its share card as a standalone 1200×630 SVG, for the build to rasterise into `cardFile`. */
  cardSvg: string;
  /** Attributes of its <html> element: its language, and the chart it shows alone. */
  htmlAttributes: Record<string, string>;
  /** Tags for its <head>: title, description, canonical and hreflang links, share-card tags. */
  head: string;
  body: string;
}

export interface Prerendered {
  /** The query results every page is drawn from (and embeds, for the app to take over). */
  snapshot: Snapshot;
  snapshotJson: string;
  pages: PrerenderedPage[];
}

/**
 * Runs the page's queries over `dataDir` with DuckDB in Node (the engine the browser runs) and
 * renders every page of the site with their results, each in its own language: the dashboard and
 * one page per chart, in English and Japanese.
 */
export async function prerender(dataDir: string, site: Site): Promise<Prerendered> {
  const db = await openDatasetDb(dataDir);
  let snapshot: Snapshot;
  try {
    snapshot = {
      dataset: await queryDatasetResults(db),
      latest: await queryReleaseResults(db, LATEST),
    };
  } finally {
    await db.close();
  }
  const pages = PAGES.map((page): PrerenderedPage => {
    setLanguage(page.lang);
    const { body, head } = render(App, {
      props: { snapshot, page },
      context: new Map([[NESTED_RENDER, renderNested]]),
    });
    const address = siteAddress(site, pagePath(page));
    return {
      ...page,
      file: `${pagePath(page)}index.html`,
      address,
      cardFile: cardPath(page),
      cardSvg: renderShareCardSvg(snapshot, page.lang, page.chart, address),
      htmlAttributes: { lang: page.lang, ...(page.chart ? { 'data-embed': page.chart } : {}) },
      head: `${pageHead(page, site)}\n    ${head}`,
      body,
    };
  });
  return { snapshot, snapshotJson: serialiseSnapshot(snapshot), pages };
}
