import type { Confidence } from '$lib/schema/provenance';

/** The per-month figures of fsa_monthly; each is revised independently by later releases. */
export const MONTHLY_METRICS = [
  'firms_with_fraud',
  'unauthorized_access',
  'fraudulent_trades',
  'sell_oku_yen',
  'buy_oku_yen',
  'sell_buy_oku_yen',
] as const;

export type MonthlyMetric = (typeof MONTHLY_METRICS)[number];

/** One published number with where it came from. `value` is null where nothing was published. */
export interface Figure {
  readonly value: number | null;
  readonly release: string | null;
  readonly confidence: Confidence | null;
  readonly source: string | null;
  readonly periodStart: string | null;
  readonly periodEnd: string | null;
}

/** `latest` = the newest published figure for each month and metric; otherwise a release_id. */
export type ReleaseChoice = string;
export const LATEST: ReleaseChoice = 'latest';
