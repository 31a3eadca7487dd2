import type { Db } from '$lib/db/db';
import { monthlyFigures, type MonthlyFigures } from './monthly-figures';
import type { ReleaseChoice } from './monthly-metrics';

export type FirmsPerMonthRow = MonthlyFigures<'firms_with_fraud'>;

/** The FSA's count of firms with fraudulent trades in each month. */
export function firmsPerMonth(db: Db, release: ReleaseChoice): Promise<FirmsPerMonthRow[]> {
  return monthlyFigures(db, release, ['firms_with_fraud']);
}
