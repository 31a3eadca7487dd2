import type { Db } from '$lib/db/db';
import type { Confidence } from '$lib/schema/provenance';

export const TOTAL_METRICS = [
  'total_fraudulent_trades',
  'total_unauthorized_access',
  'total_sell_buy_oku_yen',
  'firms_cumulative',
] as const;
export type TotalMetric = (typeof TOTAL_METRICS)[number];

export interface StatedTotal {
  readonly metric: TotalMetric;
  readonly value: number;
  readonly release: string;
  readonly releaseDate: string | null;
  readonly spanStart: string;
  readonly spanEnd: string;
  /** True when the total covers a whole calendar year (1 January to 31 December). */
  readonly fullYear: boolean;
  readonly confidence: Confidence;
  readonly source: string;
}

/**
 * For each running total, what the FSA stated for the latest full year; where no release stated
 * a full-year figure for it, the newest running total, with its span, so it is never mistaken
 * for one.
 */
export async function latestStatedTotals(db: Db): Promise<StatedTotal[]> {
  const perMetric = TOTAL_METRICS.map(
    (metric) => `SELECT '${metric}' AS metric, ${metric} AS value, release_id AS release,
      release_date AS releaseDate, span_start AS spanStart, span_end AS spanEnd,
      (strftime(span_start, '%m-%d') = '01-01' AND strftime(span_end, '%m-%d') = '12-31'
        AND year(span_start) = year(span_end)) AS fullYear,
      confidence, source_url AS source
    FROM fsa_releases WHERE ${metric} IS NOT NULL
    QUALIFY row_number() OVER (ORDER BY fullYear DESC, span_end DESC, release_id DESC) = 1`,
  );
  const rows = await db.query<StatedTotal>(
    perMetric.map((sql) => `(${sql})`).join('\nUNION ALL\n'),
  );
  return TOTAL_METRICS.flatMap((metric) => rows.filter((row) => row.metric === metric));
}
