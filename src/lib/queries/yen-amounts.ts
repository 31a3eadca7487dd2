import type { Db } from '$lib/db/db';
import { monthlyFigures, type MonthlyFigures } from './monthly-figures';
import type { ReleaseChoice } from './monthly-metrics';

export const AMOUNT_METRICS = ['sell_oku_yen', 'buy_oku_yen', 'sell_buy_oku_yen'] as const;
export type YenAmountsRow = MonthlyFigures<(typeof AMOUNT_METRICS)[number]>;

/** Sell, buy and (where published) combined amounts by month, in 億円 as published. */
export function yenAmounts(db: Db, release: ReleaseChoice): Promise<YenAmountsRow[]> {
  return monthlyFigures(db, release, AMOUNT_METRICS);
}
