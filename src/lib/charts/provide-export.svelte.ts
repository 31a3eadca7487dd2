import type { ReleaseChoice } from '$lib/queries/monthly-metrics';
import type { FsaReleaseRow } from '$lib/schema';
import { parseViewState, SLIDES, viewStateSearch, type ViewState } from '$lib/view-state';
import { setExportContext } from './export-context';
import { figureDateLine } from './figure-dates';

interface PageState {
  view: () => ViewState;
  releases: () => readonly FsaReleaseRow[];
  /** The release the release-dependent charts show now (it may lag behind the view's). */
  shownRelease: () => ReleaseChoice | null;
}

const here = (search: string) => `${location.origin}${location.pathname}${search}`;

/**
 * Gives the page's charts what their image and embed buttons need, and keeps `<html data-embed>`
 * (which hides all but the embedded chart, see app.css) in step with the address.
 */
export function provideChartExport(page: PageState): void {
  setExportContext({
    dateLine: (chartId) => figureDateLine(chartId, page.shownRelease(), page.releases()),
    address: () => here(viewStateSearch({ ...page.view(), embed: undefined }, null)),
    embedAddress: (chartId) =>
      here(
        viewStateSearch(
          {
            ...page.view(),
            open: [],
            sql: '',
            present: false,
            embed: SLIDES.find((slide) => slide === chartId),
          },
          null,
        ),
      ),
    embedded: () => page.view().embed ?? null,
  });

  $effect(() => {
    const embed = page.view().embed ?? parseViewState(location.search).embed;
    if (embed) document.documentElement.dataset.embed = embed;
    else delete document.documentElement.dataset.embed;
  });
}
