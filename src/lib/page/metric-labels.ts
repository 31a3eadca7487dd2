import type { Dictionary } from '$lib/i18n';
import type { MonthlyMetric } from '$lib/schema/fsa-tables';

/** The metrics a reader may hide from the charts and pick in the revision history. */
export const CHOOSABLE_METRICS = [
  'fraudulent_trades',
  'unauthorized_access',
  'sell_oku_yen',
  'buy_oku_yen',
  'sell_buy_oku_yen',
] as const;

/** Each metric's name in the dictionary's language. */
export function metricLabels(words: Dictionary): Record<MonthlyMetric, string> {
  return {
    fraudulent_trades: words.counts.trades,
    unauthorized_access: words.counts.access,
    sell_oku_yen: words.amounts.sell,
    buy_oku_yen: words.amounts.buy,
    sell_buy_oku_yen: words.amounts.combinedNote,
    firms_with_fraud: words.brokers.perMonth,
  };
}
