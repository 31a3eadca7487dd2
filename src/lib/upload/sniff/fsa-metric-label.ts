import type { MonthlyMetric } from '$lib/schema/fsa-tables';

/** The figures the FSA's table gives one row each, in the order the pivoted table lists them. */
export const FSA_WIDE_METRICS = [
  'unauthorized_access',
  'fraudulent_trades',
  'sell_oku_yen',
  'buy_oku_yen',
  'sell_buy_oku_yen',
  'firms_with_fraud',
] as const satisfies readonly MonthlyMetric[];

export type FsaWideMetric = (typeof FSA_WIDE_METRICS)[number];

const FOOTNOTE_AND_UNIT = /※\d*|\*\d*|\([^)]*\)|\s+/g;

/**
 * Checked in this order because the labels nest: 不正取引が発生した証券会社数 and 不正取引の売却金額
 * both contain 不正取引.
 */
const LABEL_RULES: readonly [RegExp, FsaWideMetric][] = [
  [/証券会社数|社数|firms/, 'firms_with_fraud'],
  [/不正アクセス|unauthorizedaccess/, 'unauthorized_access'],
  [/売買金額|売却.*買付|sell.*buy/, 'sell_buy_oku_yen'],
  [/売却|sell/, 'sell_oku_yen'],
  [/買付|buy/, 'buy_oku_yen'],
  [/不正取引|fraudulenttrade/, 'fraudulent_trades'],
];

/** Which figure a row of the FSA's table gives, from the label in its first cell. */
export function metricOfLabel(label: string): FsaWideMetric | null {
  const text = label.normalize('NFKC').toLowerCase().replace(FOOTNOTE_AND_UNIT, '');
  if (text === '') return null;
  return LABEL_RULES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}
