import type { Db } from '$lib/db/db';
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

/**
 * Every release's changes in one result: each figure against the one before it for the same month
 * and metric (lag over the releases in order), and whether any earlier release had the month.
 */
const EVERY_CHANGE_SQL = `WITH figures AS (${figuresSql}),
  paired AS (
    SELECT *,
      lag(value) OVER earlier AS previousValue, lag(release_id) OVER earlier AS previousRelease,
      lag(period_start) OVER earlier AS previousPeriodStart,
      lag(period_end) OVER earlier AS previousPeriodEnd,
      lag(confidence) OVER earlier AS previousConfidence,
      lag(source_url) OVER earlier AS previousSource
    FROM figures WINDOW earlier AS (PARTITION BY month, metric ORDER BY release_id)),
  first_months AS (SELECT month, min(release_id) AS firstRelease FROM fsa_monthly GROUP BY month)
  SELECT release_id AS release, month, metric,
    CASE WHEN previousValue IS NULL THEN 'added'
         WHEN previousValue <> value OR previousPeriodStart <> period_start
           OR previousPeriodEnd <> period_end THEN 'revised'
         ELSE 'unchanged' END AS kind,
    release_id = firstRelease AS newMonth,
    value, period_start AS periodStart, period_end AS periodEnd,
    confidence, source_url AS source,
    previousValue, previousRelease, previousPeriodStart, previousPeriodEnd,
    previousConfidence, previousSource,
    round(value - previousValue, 6) AS difference
  FROM paired JOIN first_months USING (month)
  ORDER BY release_id, month, metric_order`;

/** Every release's changes, by release id, and which release is the latest with monthly rows. */
export interface EveryReleaseChanges {
  readonly latest: string | null;
  readonly byRelease: ReadonlyMap<string, readonly ReleaseChange[]>;
}

/** What every release changed, read with one query: a release's changes are then a slice. */
export async function everyReleaseChanges(db: Db): Promise<EveryReleaseChanges> {
  const rows = await db.query<ReleaseChange & { release: string }>(EVERY_CHANGE_SQL);
  const byRelease = new Map<string, ReleaseChange[]>();
  for (const { release, ...change } of rows) {
    let changes = byRelease.get(release);
    if (!changes) byRelease.set(release, (changes = []));
    changes.push(change);
  }
  const latest = [...byRelease.keys()].sort().at(-1) ?? null;
  return { latest, byRelease };
}

/**
 * What one release changed: each month and metric it published against the figure current just
 * before it (the newest earlier release that published that month and metric). For `latest`, the
 * newest release that published monthly figures: a later one may have stated totals only.
 */
export function changesOf(every: EveryReleaseChanges, choice: ReleaseChoice): ReleaseChanges {
  const release = choice === LATEST ? every.latest : choice;
  if (release === null) return { release, changes: [] };
  return { release, changes: [...(every.byRelease.get(release) ?? [])] };
}

/** What one release changed (see changesOf). */
export async function releaseChanges(db: Db, choice: ReleaseChoice): Promise<ReleaseChanges> {
  return changesOf(await everyReleaseChanges(db), choice);
}
