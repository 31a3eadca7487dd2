import type { Db } from '$lib/db/db';
import { monthlyFigures, type MonthlyFigures } from './monthly-figures';
import type { ReleaseChoice } from './monthly-metrics';

export type YenAmountsRow = MonthlyFigures<'sell_oku_yen' | 'buy_oku_yen' | 'sell_buy_oku_yen'>;

/** Sell, buy and (where published) combined amounts by month, in 億円 as published. */
export function yenAmounts(db: Db, release: ReleaseChoice): Promise<YenAmountsRow[]> {
  return monthlyFigures(db, release, ['sell_oku_yen', 'buy_oku_yen', 'sell_buy_oku_yen']);
}
