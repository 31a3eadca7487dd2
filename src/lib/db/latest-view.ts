import { MONTHLY_METRICS } from '$lib/schema/fsa-tables';

/**
 * fsa_monthly_latest: for every month and metric, the figure from the newest release that
 * published that metric, with that release's id, confidence, source and period. One max_by per
 * metric over a struct (rather than one per column) halves its cost in DuckDB-wasm.
 */
export function latestViewSql(): string {
  const newest = MONTHLY_METRICS.map(
    (metric) => `max_by({value: ${metric}, release: release_id, confidence: confidence,
      source: source_url, period_start: period_start, period_end: period_end}, release_id)
      FILTER (WHERE ${metric} IS NOT NULL) AS ${metric}`,
  );
  const columns = MONTHLY_METRICS.map((metric) =>
    [
      `${metric}.value AS ${metric}`,
      `${metric}.release AS ${metric}_release`,
      `${metric}.confidence AS ${metric}_confidence`,
      `${metric}.source AS ${metric}_source`,
      `${metric}.period_start AS ${metric}_period_start`,
      `${metric}.period_end AS ${metric}_period_end`,
    ].join(', '),
  );
  return `CREATE OR REPLACE VIEW fsa_monthly_latest AS
  SELECT month, ${columns.join(',\n    ')}
  FROM (SELECT month, ${newest.join(',\n    ')} FROM fsa_monthly GROUP BY month)`;
}
