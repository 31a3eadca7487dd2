import type { Db } from '$lib/db/db';
import type { ReleaseChoice } from '$lib/queries/monthly-metrics';
import { releases } from '$lib/queries/releases';
import { load as loadFirms, loadNamed } from './BrokersView.svelte';
import { load as loadHeadline } from './Headline.svelte';
import { load as loadCounts } from './MonthlyCountsView.svelte';
import { load as loadStocks } from './StocksView.svelte';
import { load as loadAmounts } from './YenAmountsView.svelte';

/** Runs what each view declares it needs: first what holds for every release, then one release. */
export async function queryDatasetResults(db: Db) {
  const [releaseRows, headline, brokers, stocks] = await Promise.all([
    releases(db),
    loadHeadline(db),
    loadNamed(db),
    loadStocks(db),
  ]);
  return { releases: releaseRows, headline, brokers, stocks };
}
export type DatasetResults = Awaited<ReturnType<typeof queryDatasetResults>>;

export async function queryReleaseResults(db: Db, release: ReleaseChoice) {
  const [counts, amounts, firms] = await Promise.all([
    loadCounts(db, release),
    loadAmounts(db, release),
    loadFirms(db, release),
  ]);
  return { release, counts, amounts, firms };
}
export type ReleaseResults = Awaited<ReturnType<typeof queryReleaseResults>>;
