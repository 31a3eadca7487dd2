import type { Db } from '$lib/db/db';
import { monthlyFigures, type MonthlyFigures } from './monthly-figures';
import type { ReleaseChoice } from './monthly-metrics';

export const COUNT_METRICS = ['fraudulent_trades', 'unauthorized_access'] as const;
export type MonthlyCountsRow = MonthlyFigures<(typeof COUNT_METRICS)[number]>;

/** Fraudulent trades and unauthorized accesses by month, as a release published them or latest. */
export function monthlyCounts(db: Db, release: ReleaseChoice): Promise<MonthlyCountsRow[]> {
  return monthlyFigures(db, release, COUNT_METRICS);
}
