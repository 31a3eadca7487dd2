import { DUCKDB_TYPE, type ColumnSpec } from '$lib/schema/column';
import { fsaMonthly, MONTHLY_METRICS, type MonthlyMetric } from '$lib/schema/fsa-tables';

/** What one column of fsa_monthly_latest tells about its metric. */
export type LatestColumnRole =
  'value' | 'release' | 'confidence' | 'source' | 'period_start' | 'period_end';

export interface LatestViewColumn {
  readonly name: string;
  readonly type: string;
  readonly unit?: string;
  /** Null for `month`, the view's one column that is not about a metric. */
  readonly metric: MonthlyMetric | null;
  readonly role: LatestColumnRole | 'month';
}

const ROLE_TYPE: Record<Exclude<LatestColumnRole, 'value'>, string> = {
  release: DUCKDB_TYPE.release_id,
  confidence: DUCKDB_TYPE.enum,
  source: DUCKDB_TYPE.url,
  period_start: DUCKDB_TYPE.date,
  period_end: DUCKDB_TYPE.date,
};

/** The columns of fsa_monthly_latest, in the order latestViewSql() selects them. */
export function latestViewColumns(): LatestViewColumn[] {
  const specs: readonly ColumnSpec[] = fsaMonthly.columns;
  const month: LatestViewColumn = {
    name: 'month',
    type: DUCKDB_TYPE.month,
    metric: null,
    role: 'month',
  };
  return [
    month,
    ...MONTHLY_METRICS.flatMap((metric): LatestViewColumn[] => {
      const spec = specs.find((column) => column.name === metric);
      const value: LatestViewColumn = {
        name: metric,
        type: DUCKDB_TYPE[spec?.kind ?? 'count'],
        unit: spec?.unit,
        metric,
        role: 'value',
      };
      const details = Object.entries(ROLE_TYPE).map(([role, type]) => ({
        name: `${metric}_${role}`,
        type,
        metric,
        role: role as LatestColumnRole,
      }));
      return [value, ...details];
    }),
  ];
}
