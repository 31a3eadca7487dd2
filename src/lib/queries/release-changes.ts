import type { Db } from '$lib/db/db';
import { sqlString } from '$lib/db/sql-literal';
import type { Confidence } from '$lib/schema/provenance';
import { LATEST, MONTHLY_METRICS, type MonthlyMetric, type ReleaseChoice } from './monthly-metrics';

/**
 * How a release's figure for a month and metric stands against the figure current before it:
 * `revised` (a different value or period), `unchanged`, or `added` (nothing earlier published).
 */
export type ChangeKind = 'revised' | 'unchanged' | 'added';

/** One month and metric of a release, with the figure that was current before it. */
export interface ReleaseChange {
  readonly month: string;
  readonly metric: MonthlyMetric;
  readonly kind: ChangeKind;
  /** True when no earlier release published any figure for the month. */
  readonly newMonth: boolean;
  readonly value: number;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly confidence: Confidence;
  readonly source: string;
  /** The figure current before this release, null when there was none. */
  readonly previousValue: number | null;
  readonly previousRelease: string | null;
  readonly previousPeriodStart: string | null;
  readonly previousPeriodEnd: string | null;
  readonly previousConfidence: Confidence | null;
  readonly previousSource: string | null;
  /** value − previousValue; null when nothing was published before. */
  readonly difference: number | null;
}

export interface ReleaseChanges {
  /** The release whose changes these are; null when no release published monthly figures. */
  readonly release: string | null;
  /** Its months and metrics, month then metric in the schema's order. */
  readonly changes: ReleaseChange[];
}

/** Every published figure as one row per (release, month, metric), amounts and counts alike. */
const figuresSql = MONTHLY_METRICS.map(
  (metric, order) => `SELECT release_id, month, '${metric}' AS metric, ${order} AS metric_order,
    ${metric}::DOUBLE AS value, period_start, period_end, confidence, source_url
  FROM fsa_monthly WHERE ${metric} IS NOT NULL`,
).join('\nUNION ALL\n');

function changesSql(release: string): string {
  const chosen = sqlString(release);
  return `WITH figures AS (${figuresSql}),
  chosen AS (SELECT * FROM figures WHERE release_id = ${chosen}),
  previous AS (
    SELECT * FROM figures WHERE release_id < ${chosen}
    QUALIFY row_number() OVER (PARTITION BY month, metric ORDER BY release_id DESC) = 1),
  earlier_months AS (SELECT DISTINCT month FROM fsa_monthly WHERE release_id < ${chosen})
  SELECT c.month, c.metric,
    CASE WHEN p.value IS NULL THEN 'added'
         WHEN p.value <> c.value OR p.period_start <> c.period_start
           OR p.period_end <> c.period_end THEN 'revised'
         ELSE 'unchanged' END AS kind,
    e.month IS NULL AS newMonth,
    c.value, c.period_start AS periodStart, c.period_end AS periodEnd,
    c.confidence, c.source_url AS source,
    p.value AS previousValue, p.release_id AS previousRelease,
    p.period_start AS previousPeriodStart, p.period_end AS previousPeriodEnd,
    p.confidence AS previousConfidence, p.source_url AS previousSource,
    round(c.value - p.value, 6) AS difference
  FROM chosen c
  LEFT JOIN previous p USING (month, metric)
  LEFT JOIN earlier_months e USING (month)
  ORDER BY c.month, c.metric_order`;
}

/**
 * What one release changed: each month and metric it published against the figure current just
 * before it (the newest earlier release that published that month and metric). For `latest`, the
 * newest release that published monthly figures: a later one may have stated totals only.
 */
export async function releaseChanges(db: Db, choice: ReleaseChoice): Promise<ReleaseChanges> {
  const release =
    choice === LATEST
      ? ((
          await db.query<{ release: string | null }>(
            'SELECT max(release_id) AS release FROM fsa_monthly',
          )
        )[0]?.release ?? null)
      : choice;
  if (release === null) return { release, changes: [] };
  return { release, changes: await db.query<ReleaseChange>(changesSql(release)) };
}
