import { MONTHLY_METRICS } from '$lib/schema/fsa-tables';

/**
 * fsa_monthly_latest: for every month and metric, the figure from the newest release that
 * published that metric, with that release's id, confidence, source and period.
 */
export function latestViewSql(): string {
  const perMetric = MONTHLY_METRICS.map((metric) => {
    const newest = (column: string) =>
      `max_by(${column}, release_id) FILTER (WHERE ${metric} IS NOT NULL)`;
    return [
      `${newest(metric)} AS ${metric}`,
      `${newest('release_id')} AS ${metric}_release`,
      `${newest('confidence')} AS ${metric}_confidence`,
      `${newest('source_url')} AS ${metric}_source`,
      `${newest('period_start')} AS ${metric}_period_start`,
      `${newest('period_end')} AS ${metric}_period_end`,
    ].join(',\n    ');
  });
  return `CREATE OR REPLACE VIEW fsa_monthly_latest AS
  SELECT month,
    ${perMetric.join(',\n    ')}
  FROM fsa_monthly
  GROUP BY month`;
}
