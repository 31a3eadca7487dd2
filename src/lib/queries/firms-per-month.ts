import type { Db } from '$lib/db/db';
import { monthlyFigures, type MonthlyFigures } from './monthly-figures';
import type { ReleaseChoice } from './monthly-metrics';

export const FIRM_METRICS = ['firms_with_fraud'] as const;
export type FirmsPerMonthRow = MonthlyFigures<(typeof FIRM_METRICS)[number]>;

/** The FSA's count of firms with fraudulent trades in each month. */
export function firmsPerMonth(db: Db, release: ReleaseChoice): Promise<FirmsPerMonthRow[]> {
  return monthlyFigures(db, release, FIRM_METRICS);
}
