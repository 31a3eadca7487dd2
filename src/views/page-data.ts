import type { Db } from '$lib/db/db';
import type { ReleaseChoice } from '$lib/queries/monthly-metrics';
import { events } from '$lib/queries/events';
import { releaseChecks } from '$lib/queries/release-check';
import { releases } from '$lib/queries/releases';
import { publishedMonths } from '$lib/queries/revision-history';
import { DEFAULT_VIEW } from '$lib/view-state';
import { monthlyFigures } from '$lib/queries/monthly-figures';
import { everyReleaseFigures } from '$lib/queries/every-release-figures';
import { metrics as firmMetrics, loadNamed } from './BrokersView.svelte';
import { load as loadHeadline } from './Headline.svelte';
import { load as loadRevisions } from './RevisionHistoryView.svelte';
import { metrics as countMetrics } from './MonthlyCountsView.svelte';
import { load as loadStocks } from './StocksView.svelte';
import { metrics as amountMetrics } from './YenAmountsView.svelte';
import { changesOf, everyReleaseChanges, releaseChanges } from '$lib/queries/release-changes';

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

/** The monthly figures every release-dependent view declared it draws. */
const RELEASE_METRICS = [...countMetrics, ...amountMetrics, ...firmMetrics];

/** One query for the monthly figures of one release (or the latest). */
export async function queryReleaseResults(db: Db, release: ReleaseChoice) {
  const [figures, changes] = await Promise.all([
    monthlyFigures(db, release, RELEASE_METRICS),
    releaseChanges(db, release),
  ]);
  return { release, figures, changes };
}
export type ReleaseResults = Awaited<ReturnType<typeof queryReleaseResults>>;

/** One query for the monthly figures of every release and the latest: a release is then a slice. */
export async function queryEveryRelease(db: Db) {
  const [figures, changes] = await Promise.all([
    everyReleaseFigures(db, RELEASE_METRICS),
    everyReleaseChanges(db),
  ]);
  return { figures, changes };
}
export type EveryRelease = Awaited<ReturnType<typeof queryEveryRelease>>;

/** One release's figures out of every release's; a release with no rows has no months. */
export function releaseOf(every: EveryRelease, release: ReleaseChoice): ReleaseResults {
  return {
    release,
    figures: [...(every.figures.get(release) ?? [])],
    changes: changesOf(every.changes, release),
  };
}
