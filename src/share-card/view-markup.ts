import { render } from 'svelte/server';
import type { SlideId } from '$lib/view-state';
import { DEFAULT_VIEW } from '$lib/view-state';
import BrokersView from '$views/BrokersView.svelte';
import Headline from '$views/Headline.svelte';
import MonthlyCountsView from '$views/MonthlyCountsView.svelte';
import ReleaseChangesView from '$views/ReleaseChangesView.svelte';
import RevisionHistoryView from '$views/RevisionHistoryView.svelte';
import type { Snapshot } from '$views/snapshot';
import StocksView from '$views/StocksView.svelte';
import YenAmountsView from '$views/YenAmountsView.svelte';
import { withoutComments } from './html-parts';

const ignore = () => {};

/**
 * A chart's view as the prerendered page renders it with the same snapshot and the default view
 * (every month, every metric, nothing highlighted), in the current language. Without its event
 * marks: at a card's size their labels could not be read.
 */
export function viewMarkup(snapshot: Snapshot, chart: SlideId): string {
  const { dataset, latest } = snapshot;
  const monthly = { rows: latest.figures, error: null, busy: false, hidden: [] };
  const rendered = (() => {
    switch (chart) {
      case 'monthly-counts':
        return render(MonthlyCountsView, {
          props: { ...monthly, range: { from: null, to: null }, onbrush: ignore },
        });
      case 'yen-amounts':
        return render(YenAmountsView, { props: monthly });
      case 'brokers':
        return render(BrokersView, {
          props: {
            firms: latest.figures,
            brokers: dataset.brokers,
            error: null,
            busy: false,
            highlight: null,
            onhighlight: ignore,
          },
        });
      case 'stocks':
        return render(StocksView, {
          props: { rows: dataset.stocks, error: null, highlight: null, onhighlight: ignore },
        });
      case 'revision-history':
        return render(RevisionHistoryView, {
          props: {
            rows: dataset.revisions,
            error: null,
            month: DEFAULT_VIEW.revisionMonth,
            metric: DEFAULT_VIEW.revisionMetric,
            months: dataset.months,
            onchange: ignore,
          },
        });
      case 'release-changes':
        return render(ReleaseChangesView, {
          props: { data: latest.changes, error: null, releases: dataset.releases },
        });
    }
  })();
  return withoutComments(rendered.body);
}

/** The headline section as the page renders it. */
export function headlineMarkup(snapshot: Snapshot): string {
  return withoutComments(render(Headline, { props: { data: snapshot.dataset.headline } }).body);
}
