import type { Db } from '$lib/db/db';
import { sqlString } from '$lib/db/sql-literal';
import type { Confidence } from '$lib/schema/provenance';
import { MONTHLY_METRICS, type MonthlyMetric } from './monthly-metrics';

/** One release's figure for a month and metric, as that release published it. */
export interface RevisionRow {
  readonly release_id: string;
  readonly release_date: string | null;
  readonly value: number;
  readonly period_start: string;
  readonly period_end: string;
  readonly confidence: Confidence;
  readonly source_url: string;
}

/**
 * Every figure the releases published for one month and metric, oldest release first (release
 * ids sort chronologically as text). Releases that left this metric empty for the month are
 * left out, never given as zero.
 */
export async function revisionHistory(
  db: Db,
  month: string,
  metric: MonthlyMetric,
): Promise<RevisionRow[]> {
  // The metric becomes a column name, which no SQL literal can protect.
  if (!MONTHLY_METRICS.includes(metric)) throw new Error(`Unknown metric: ${String(metric)}`);
  return db.query<RevisionRow>(`
    SELECT m.release_id, r.release_date, m.${metric} AS value, m.period_start, m.period_end,
           m.confidence, m.source_url
    FROM fsa_monthly m LEFT JOIN fsa_releases r USING (release_id)
    WHERE m.month = ${sqlString(month)} AND m.${metric} IS NOT NULL
    ORDER BY m.release_id`);
}

/** The months that any release published any figure for, oldest first. */
export async function publishedMonths(db: Db): Promise<string[]> {
  const anyFigure = MONTHLY_METRICS.map((metric) => `${metric} IS NOT NULL`).join(' OR ');
  const rows = await db.query<{ month: string }>(
    `SELECT DISTINCT month FROM fsa_monthly WHERE ${anyFigure} ORDER BY month`,
  );
  return rows.map((row) => row.month);
}

/** Every month's and metric's revisions, by `revisionKey(month, metric)`. */
export type EveryRevision = ReadonlyMap<string, readonly RevisionRow[]>;

export const revisionKey = (month: string, metric: MonthlyMetric) => `${month} ${metric}`;

/** What revisionHistory gives for each month and metric, read with one query. */
export async function everyRevision(db: Db): Promise<EveryRevision> {
  const perMetric = MONTHLY_METRICS.map(
    (metric) => `SELECT m.month, '${metric}' AS metric, m.release_id, r.release_date,
      m.${metric} AS value, m.period_start, m.period_end, m.confidence, m.source_url
    FROM fsa_monthly m LEFT JOIN fsa_releases r USING (release_id)
    WHERE m.${metric} IS NOT NULL`,
  );
  const rows = await db.query<RevisionRow & { month: string; metric: MonthlyMetric }>(
    `${perMetric.join('\nUNION ALL\n')}\nORDER BY month, metric, release_id`,
  );
  const byKey = new Map<string, RevisionRow[]>();
  for (const { month, metric, ...row } of rows) {
    const key = revisionKey(month, metric);
    let revisions = byKey.get(key);
    if (!revisions) byKey.set(key, (revisions = []));
    revisions.push(row);
  }
  return byKey;
}
