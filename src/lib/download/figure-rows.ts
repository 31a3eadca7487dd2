import type { Figure } from '$lib/queries/monthly-metrics';
import type { MonthlyMetric } from '$lib/schema/fsa-tables';

type Cell = string | number | null;

/**
 * Monthly figures as flat CSV rows: each metric's value followed by where it came from, so a
 * downloaded number keeps its release, confidence, source and period, and an empty one says why
 * it is empty (`not-published` or `not-in-sources`, as the page's tables tell them apart).
 */
export function figureRowsForCsv(
  rows: readonly ({ month: string } & Partial<Record<MonthlyMetric, Figure>>)[],
  metrics: readonly MonthlyMetric[],
): { columns: string[]; rows: Record<string, Cell>[] } {
  const columns = [
    'month',
    ...metrics.flatMap((metric) => [
      metric,
      `${metric}_release`,
      `${metric}_confidence`,
      `${metric}_source`,
      `${metric}_period_start`,
      `${metric}_period_end`,
      `${metric}_absent`,
    ]),
  ];
  const flat = rows.map((row) => {
    const cells: Record<string, Cell> = { month: row.month };
    for (const metric of metrics) {
      const figure = row[metric];
      cells[metric] = figure?.value ?? null;
      cells[`${metric}_release`] = figure?.release ?? null;
      cells[`${metric}_confidence`] = figure?.confidence ?? null;
      cells[`${metric}_source`] = figure?.source ?? null;
      cells[`${metric}_period_start`] = figure?.periodStart ?? null;
      cells[`${metric}_period_end`] = figure?.periodEnd ?? null;
      cells[`${metric}_absent`] = figure?.absent ?? null;
    }
    return cells;
  });
  return { columns, rows: flat };
}
