import type { Db } from '$lib/db/db';
import { releaseColumns, monthOf, type MonthlyFigures } from './monthly-figures';
import { LATEST, type MonthlyMetric, type ReleaseChoice } from './monthly-metrics';

/**
 * The latest figures and every release's, in one result: a `choice` column ('latest' or a
 * release_id), then each choice's months from its first to its last, a month it skipped with its
 * figures and `listed` NULL (as monthlyFigures gives them one choice at a time).
 */
const EVERY_RELEASE_SQL = `WITH figures AS (
    SELECT '${LATEST}' AS choice, *, true AS listed FROM fsa_monthly_latest
    UNION ALL BY NAME
    SELECT release_id AS choice, month, true AS listed, ${releaseColumns()} FROM fsa_monthly),
  bounds AS (SELECT choice, min(month) AS first, max(month) AS last FROM figures GROUP BY choice),
  months AS (
    SELECT choice, strftime(unnest(generate_series(
      strptime(first, '%Y-%m')::DATE, strptime(last, '%Y-%m')::DATE, INTERVAL 1 MONTH)), '%Y-%m') AS month
    FROM bounds)
  SELECT months.choice, months.month, figures.* EXCLUDE (choice, month)
  FROM months LEFT JOIN figures USING (choice, month)
  ORDER BY months.choice, months.month`;

/** Every release's months (and the latest figures'), by release choice, oldest month first. */
export type EveryReleaseFigures<M extends MonthlyMetric> = ReadonlyMap<
  ReleaseChoice,
  readonly MonthlyFigures<M>[]
>;

/** The chosen metrics for every release and the latest figures, read with one query. */
export async function everyReleaseFigures<M extends MonthlyMetric>(
  db: Db,
  metrics: readonly M[],
): Promise<EveryReleaseFigures<M>> {
  const rows = await db.query(EVERY_RELEASE_SQL);
  const byChoice = new Map<ReleaseChoice, MonthlyFigures<M>[]>();
  for (const row of rows) {
    const choice = String(row.choice);
    let months = byChoice.get(choice);
    if (!months) byChoice.set(choice, (months = []));
    months.push(monthOf(row, metrics));
  }
  return byChoice;
}
