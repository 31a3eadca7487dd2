import type { Db, ResultRow } from '$lib/db/db';
import { sqlString } from '$lib/db/sql-literal';
import type { Absence } from '$lib/figures/figure';
import type { Confidence } from '$lib/schema/provenance';
import {
  LATEST,
  MONTHLY_METRICS,
  type Figure,
  type MonthlyMetric,
  type ReleaseChoice,
} from './monthly-metrics';

/**
 * The months as one release published them, or the latest figures, in the same columns as the
 * fsa_monthly_latest view: METRIC, METRIC_release, METRIC_confidence, METRIC_source, ..., and
 * `listed` (true: the data has a row for the month).
 */
function monthlyFiguresSql(release: ReleaseChoice): string {
  if (release === LATEST) return 'SELECT *, true AS listed FROM fsa_monthly_latest';
  return `SELECT month, true AS listed, ${releaseColumns()}
  FROM fsa_monthly WHERE release_id = ${sqlString(release)}`;
}

/** A release's figures in the columns of fsa_monthly_latest (METRIC, METRIC_release, ...). */
export function releaseColumns(): string {
  const columns = MONTHLY_METRICS.map((metric) =>
    [
      metric,
      `release_id AS ${metric}_release`,
      `confidence AS ${metric}_confidence`,
      `source_url AS ${metric}_source`,
      `period_start AS ${metric}_period_start`,
      `period_end AS ${metric}_period_end`,
    ].join(', '),
  );
  return columns.join(',\n  ');
}

/**
 * Every month from the first to the last that `figuresSql` has, so a month a release skipped comes
 * back with its figures and `listed` NULL (a gap) instead of disappearing.
 */
function everyMonthSql(figuresSql: string): string {
  return `WITH figures AS (${figuresSql}),
  bounds AS (SELECT min(month) AS first, max(month) AS last FROM figures),
  months AS (
    SELECT strftime(unnest(generate_series(
      strptime(first, '%Y-%m')::DATE, strptime(last, '%Y-%m')::DATE, INTERVAL 1 MONTH)), '%Y-%m') AS month
    FROM bounds WHERE first IS NOT NULL)
  SELECT months.month, figures.* EXCLUDE (month)
  FROM months LEFT JOIN figures USING (month)
  ORDER BY months.month`;
}

export function figureOf(row: ResultRow, metric: MonthlyMetric): Figure {
  const text = (suffix: string) => {
    const value = row[`${metric}_${suffix}`];
    return typeof value === 'string' ? value : null;
  };
  const value = row[metric];
  const hasValue = typeof value === 'number';
  const absent: Absence | null = hasValue
    ? null
    : row.listed === true
      ? 'not-published'
      : 'not-in-sources';
  return {
    value: hasValue ? value : null,
    release: hasValue ? text('release') : null,
    confidence: hasValue ? (text('confidence') as Confidence | null) : null,
    source: hasValue ? text('source') : null,
    periodStart: hasValue ? text('period_start') : null,
    periodEnd: hasValue ? text('period_end') : null,
    absent,
  };
}

export type MonthlyFigures<M extends MonthlyMetric> = { month: string } & Record<M, Figure>;

/** The chosen metrics for every month of a release (or the latest), oldest month first. */
export async function monthlyFigures<M extends MonthlyMetric>(
  db: Db,
  release: ReleaseChoice,
  metrics: readonly M[],
): Promise<MonthlyFigures<M>[]> {
  const rows = await db.query(everyMonthSql(monthlyFiguresSql(release)));
  return rows.map((row) => monthOf(row, metrics));
}

/** One month's row as the chosen metrics' figures. */
export function monthOf<M extends MonthlyMetric>(
  row: ResultRow,
  metrics: readonly M[],
): MonthlyFigures<M> {
  const figures = Object.fromEntries(metrics.map((metric) => [metric, figureOf(row, metric)]));
  return { month: String(row.month), ...figures } as MonthlyFigures<M>;
}
