import type { Db } from '$lib/db/db';
import type { ReleaseChoice } from '$lib/queries/monthly-metrics';
import { events } from '$lib/queries/events';
import { releaseChecks } from '$lib/queries/release-check';
import { releases } from '$lib/queries/releases';
import { publishedMonths } from '$lib/queries/revision-history';
import { DEFAULT_VIEW } from '$lib/view-state';
import { monthlyFigures } from '$lib/queries/monthly-figures';
import { metrics as firmMetrics, loadNamed } from './BrokersView.svelte';
import { load as loadHeadline } from './Headline.svelte';
import { load as loadRevisions } from './RevisionHistoryView.svelte';
import { metrics as countMetrics } from './MonthlyCountsView.svelte';
import { load as loadStocks } from './StocksView.svelte';
import { metrics as amountMetrics } from './YenAmountsView.svelte';
import { load as loadChanges } from './ReleaseChangesView.svelte';

/** Runs what each view declares it needs: first what holds for every release, then one release. */
export async function queryDatasetResults(db: Db) {
  const [releaseRows, headline, brokers, stocks, checks, months, revisions, eventRows] =
    await Promise.all([
      releases(db),
      loadHeadline(db),
      loadNamed(db),
      loadStocks(db),
      releaseChecks(db),
      publishedMonths(db),
      loadRevisions(db, DEFAULT_VIEW.revisionMonth, DEFAULT_VIEW.revisionMetric),
      events(db),
    ]);
  return {
    releases: releaseRows,
    headline,
    brokers,
    stocks,
    checks,
    months,
    revisions,
    events: eventRows,
  };
}
export type DatasetResults = Awaited<ReturnType<typeof queryDatasetResults>>;

/** One query for the monthly figures every release-dependent view declared it draws. */
export async function queryReleaseResults(db: Db, release: ReleaseChoice) {
  const [figures, changes] = await Promise.all([
    monthlyFigures(db, release, [...countMetrics, ...amountMetrics, ...firmMetrics]),
    loadChanges(db, release),
  ]);
  return { release, figures, changes };
}
export type ReleaseResults = Awaited<ReturnType<typeof queryReleaseResults>>;
