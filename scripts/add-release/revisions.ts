import type { Db } from '$lib/db/db';
import { sqlString } from '$lib/db/sql-literal';
import { MONTHLY_METRICS, type MonthlyMetric } from '$lib/schema/fsa-tables';

/** One figure of a release beside the figure that was current before it. */
export interface Revision {
  readonly month: string;
  readonly metric: MonthlyMetric;
  readonly value: number;
  /** The figure from the newest earlier release that gave one; null where none did. */
  readonly before: number | null;
  readonly beforeRelease: string | null;
  /** No earlier release had a row for this month. */
  readonly newMonth: boolean;
}

/**
 * Every figure `releaseId` published, with the one that was current before it for the same month
 * and metric (ids sort chronologically as text). Month order, then the schema's metric order.
 */
export async function releaseRevisions(db: Db, releaseId: string): Promise<Revision[]> {
  const id = sqlString(releaseId);
  const perMetric = MONTHLY_METRICS.map(
    (metric, order) => `
    SELECT n.month, '${metric}' AS metric, ${order} AS metric_order, n.${metric} AS value,
      e.${metric} AS before, e.release_id AS beforeRelease
    FROM fsa_monthly n LEFT JOIN (
      SELECT month, ${metric}, release_id FROM fsa_monthly
      WHERE release_id < ${id} AND ${metric} IS NOT NULL
      QUALIFY row_number() OVER (PARTITION BY month ORDER BY release_id DESC) = 1
    ) e USING (month)
    WHERE n.release_id = ${id} AND n.${metric} IS NOT NULL`,
  );
  return db.query<Revision>(`
    SELECT f.month, f.metric, f.value, f.before, f.beforeRelease,
      f.month NOT IN (SELECT month FROM fsa_monthly WHERE release_id < ${id}) AS newMonth
    FROM (${perMetric.join('\n    UNION ALL')}) f
    ORDER BY f.month, f.metric_order`);
}

/** A month whose days the release counts differently from the release before it. */
export interface PeriodChange {
  readonly month: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly beforeStart: string;
  readonly beforeEnd: string;
  readonly beforeRelease: string;
}

/** Months the release covers for other days than the newest earlier release did (1–16 April). */
export async function periodChanges(db: Db, releaseId: string): Promise<PeriodChange[]> {
  const id = sqlString(releaseId);
  return db.query<PeriodChange>(`
    SELECT n.month, n.period_start AS periodStart, n.period_end AS periodEnd,
      e.period_start AS beforeStart, e.period_end AS beforeEnd, e.release_id AS beforeRelease
    FROM fsa_monthly n JOIN (
      SELECT month, period_start, period_end, release_id FROM fsa_monthly
      WHERE release_id < ${id}
      QUALIFY row_number() OVER (PARTITION BY month ORDER BY release_id DESC) = 1
    ) e USING (month)
    WHERE n.release_id = ${id}
      AND (n.period_start <> e.period_start OR n.period_end <> e.period_end)
    ORDER BY n.month`);
}
