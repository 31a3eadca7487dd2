import type { Db } from '$lib/db/db';
import type { Confidence } from '$lib/schema/provenance';
import type { FsaMonthlyRow } from '$lib/schema';

export interface FirstTableRise {
  readonly release: string;
  readonly releaseDate: string | null;
  readonly first: FsaMonthlyRow;
  readonly last: FsaMonthlyRow;
}

/** The first release's earliest and latest month with a trade count: the story's opening rise. */
export async function firstTableRise(db: Db): Promise<FirstTableRise | null> {
  const rows = await db.query<FsaMonthlyRow & { release_date: string | null }>(`
    SELECT m.*, r.release_date
    FROM fsa_monthly m LEFT JOIN fsa_releases r USING (release_id)
    WHERE m.release_id = (SELECT min(release_id) FROM fsa_monthly WHERE fraudulent_trades IS NOT NULL)
      AND m.fraudulent_trades IS NOT NULL
    ORDER BY m.month`);
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last || first === last) return null;
  return { release: first.release_id, releaseDate: first.release_date, first, last };
}

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
  readonly confidence: Confidence;
  readonly source: string;
}

/** For each running total, the newest value a release stated, with the span it covers. */
export async function latestStatedTotals(db: Db): Promise<StatedTotal[]> {
  const perMetric = TOTAL_METRICS.map(
    (metric) => `SELECT '${metric}' AS metric, ${metric} AS value, release_id AS release,
      release_date AS releaseDate, span_start AS spanStart, span_end AS spanEnd,
      confidence, source_url AS source
    FROM fsa_releases WHERE ${metric} IS NOT NULL
    QUALIFY row_number() OVER (ORDER BY release_id DESC) = 1`,
  );
  const rows = await db.query<StatedTotal>(
    perMetric.map((sql) => `(${sql})`).join('\nUNION ALL\n'),
  );
  return TOTAL_METRICS.flatMap((metric) => rows.filter((row) => row.metric === metric));
}
