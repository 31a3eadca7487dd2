import { chartView, pageAddress, pageHref, sharedSearch } from '$lib/pages/page-links';
import type { PageId } from '$lib/pages/pages';
import type { ReleaseChoice } from '$lib/figures/release-choice';
import type { FsaReleaseRow } from '$lib/schema';
import { parseViewState, SLIDES, type SlideId, type ViewState } from '$lib/view-state';
import { setExportContext } from './export-context';
import { figureDateLine } from './figure-dates';

interface PageState {
  /** The page itself: its language and the chart it shows alone, if any. */
  page: PageId;
  /** This page's address with the view, as a link to share. */
  address: () => string;
  view: () => ViewState;
  /** The chart shown alone in an iframe (`embed=ID`), read on its own: it seldom changes. */
  embed: () => SlideId | null;
  releases: () => readonly FsaReleaseRow[];
  /** The release the release-dependent charts show now (it may lag behind the view's). */
  shownRelease: () => ReleaseChoice | null;
}

/**
 * Gives the page's charts what their image, share and embed buttons need, and keeps
 * `<html data-embed>` (which hides all but the embedded chart, see app.css) in step with the
 * address.
 */
export function provideChartExport(page: PageState): void {
  const lang = () => page.view().lang;
  setExportContext({
    dateLine: (chartId) => figureDateLine(chartId, page.shownRelease(), page.releases()),
    address: page.address,
    dashboardHref: () => pageHref({ lang: lang(), chart: null }, sharedSearch(page.view())),
    chartAddress: (chartId) => {
      const chart = SLIDES.find((slide) => slide === chartId) ?? null;
      return pageAddress({ lang: lang(), chart }, sharedSearch(chartView(page.view())));
    },
    embedded: page.embed,
  });

  $effect(() => {
    const embed = page.embed() ?? parseViewState(location.search).embed;
    if (embed) document.documentElement.dataset.embed = embed;
    else delete document.documentElement.dataset.embed;
  });
}
