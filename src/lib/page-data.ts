import type { Db } from '$lib/db/db';
import type { FsaReleaseRow } from '$lib/schema';
import { firmsPerMonth, type FirmsPerMonthRow } from '$lib/queries/firms-per-month';
import {
  firstTableRise,
  latestStatedTotals,
  type FirstTableRise,
  type StatedTotal,
} from '$lib/queries/headline';
import { monthlyCounts, type MonthlyCountsRow } from '$lib/queries/monthly-counts';
import type { ReleaseChoice } from '$lib/queries/monthly-metrics';
import { namedBrokersOverTime, type NamedBrokerStep } from '$lib/queries/named-brokers';
import { releases } from '$lib/queries/releases';
import { stockVolumeSpikes, type StockSpikeRow } from '$lib/queries/stock-spikes';
import { yenAmounts, type YenAmountsRow } from '$lib/queries/yen-amounts';

/** Results that do not depend on the chosen release. */
export interface DatasetResults {
  releases: FsaReleaseRow[];
  rise: FirstTableRise | null;
  totals: StatedTotal[];
  brokers: NamedBrokerStep[];
  stocks: StockSpikeRow[];
}

/** Results for one release choice. */
export interface ReleaseResults {
  release: ReleaseChoice;
  counts: MonthlyCountsRow[];
  amounts: YenAmountsRow[];
  firms: FirmsPerMonthRow[];
}

export async function queryDatasetResults(db: Db): Promise<DatasetResults> {
  const [releaseRows, rise, totals, brokers, stocks] = await Promise.all([
    releases(db),
    firstTableRise(db),
    latestStatedTotals(db),
    namedBrokersOverTime(db),
    stockVolumeSpikes(db),
  ]);
  return { releases: releaseRows, rise, totals, brokers, stocks };
}

export async function queryReleaseResults(db: Db, release: ReleaseChoice): Promise<ReleaseResults> {
  const [counts, amounts, firms] = await Promise.all([
    monthlyCounts(db, release),
    yenAmounts(db, release),
    firmsPerMonth(db, release),
  ]);
  return { release, counts, amounts, firms };
}
