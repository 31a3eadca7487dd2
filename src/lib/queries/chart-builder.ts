import { sqlIdentifier } from '$lib/db/sql-identifier';
import { columnKind, type TableColumn } from './column-kind';

/** At most this many x values are drawn; the chart says so when there were more. */
export const MAX_X_VALUES = 200;
/** The largest groups drawn as their own series; the rest become one "other" group. */
export const MAX_GROUPS = 8;

export type NumericAggregate = 'sum' | 'avg' | 'min' | 'max';

/** What the reader asked to see: y by x, optionally one series per group. */
export interface ChartSpec {
  x: string;
  y: { aggregate: 'count' } | { aggregate: NumericAggregate; column: string };
  group: string | null;
}

/** `none`: no grouping; `not_given`: rows whose group is NULL; `other`: the smaller groups. */
export type GroupKind = 'none' | 'value' | 'not_given' | 'other';

export interface ChartBuilderRow {
  /** The x value as text (dates as YYYY-MM-DD); NULL where the rows give none. */
  readonly x: string | null;
  /** Position of x in the chart: chronological, or by the ungrouped y, largest first. */
  readonly x_order: number;
  /** How many x values there were before the cut to MAX_X_VALUES. */
  readonly x_total: number;
  /** Whether x is ordered in time (a DATE column, or text that is all YYYY-MM or YYYY-MM-DD). */
  readonly chronological: boolean;
  readonly group: string | null;
  readonly group_kind: GroupKind;
  /** 0 for ungrouped rows, 1 to MAX_GROUPS by size, MAX_GROUPS + 1 for "other". */
  readonly group_order: number;
  /** NULL where every value aggregated was NULL: missing, never zero. */
  readonly y: number | null;
  /** Rows of the table behind y. */
  readonly rows: number;
}

function aggregate(spec: ChartSpec, value: string): string {
  return spec.y.aggregate === 'count'
    ? 'CAST(count(*) AS DOUBLE)'
    : `CAST(${spec.y.aggregate}(${value}) AS DOUBLE)`;
}

/** A column as text: dates as YYYY-MM-DD (timestamps by day), anything else cast. */
function asText(column: TableColumn): string {
  const name = sqlIdentifier(column.name);
  return columnKind(column.type) === 'date'
    ? `strftime(CAST(${name} AS DATE), '%Y-%m-%d')`
    : `CAST(${name} AS VARCHAR)`;
}

function find(columns: readonly TableColumn[], name: string): TableColumn {
  const found = columns.find((column) => column.name === name);
  if (!found) throw new Error(`No column ${JSON.stringify(name)} in the table`);
  return found;
}

/** One query for the chart builder: y per x (and group), at most MAX_X_VALUES x values. */
export function chartBuilderSql(
  table: string,
  spec: ChartSpec,
  columns: readonly TableColumn[],
): string {
  const x = find(columns, spec.x);
  const group = spec.group === null ? null : find(columns, spec.group);
  let value = 'NULL::DOUBLE';
  if (spec.y.aggregate !== 'count') {
    const measured = find(columns, spec.y.column);
    if (columnKind(measured.type) !== 'number') {
      throw new Error(`${spec.y.aggregate} needs a numeric column: ${measured.name} is not`);
    }
    value = sqlIdentifier(measured.name);
  }
  const isDate = columnKind(x.type) === 'date';
  const timeLike = isDate
    ? 'true'
    : `coalesce((SELECT bool_and(regexp_full_match(x, '[0-9]{4}-[0-9]{2}(-[0-9]{2})?')) FROM xs), false)`;
  const groupLabel = group
    ? `CASE WHEN g_rank <= ${MAX_GROUPS} THEN source.g END AS "group",
       CASE WHEN g_rank > ${MAX_GROUPS} THEN 'other' WHEN source.g IS NULL THEN 'not_given'
         ELSE 'value' END
         AS group_kind,
       least(g_rank, ${MAX_GROUPS + 1}) AS group_order`
    : `NULL::VARCHAR AS "group", 'none' AS group_kind, 0 AS group_order`;
  return `
    WITH source AS (
      SELECT ${asText(x)} AS x, ${group ? asText(group) : 'NULL::VARCHAR'} AS g, ${value} AS v
      FROM ${sqlIdentifier(table)}
    ), xs AS (
      SELECT x, ${aggregate(spec, 'v')} AS y FROM source GROUP BY x
    ), timed AS (SELECT ${timeLike} AS chronological
    ), x_ranked AS (
      SELECT x, chronological, count(*) OVER () AS x_total,
        row_number() OVER (ORDER BY CASE WHEN chronological THEN x END NULLS LAST,
          y DESC NULLS LAST, x NULLS LAST) - 1 AS x_order
      FROM xs, timed
    ), g_ranked AS (
      SELECT g, row_number() OVER (ORDER BY count(*) DESC, g NULLS LAST) AS g_rank
      FROM source GROUP BY g
    ), labelled AS (
      SELECT source.*, ${groupLabel}
      FROM source JOIN g_ranked ON source.g IS NOT DISTINCT FROM g_ranked.g
    )
    SELECT labelled.x, x_order, x_total, chronological, "group", group_kind, group_order,
      ${aggregate(spec, 'v')} AS y, count(*) AS rows
    FROM labelled JOIN x_ranked ON labelled.x IS NOT DISTINCT FROM x_ranked.x
    WHERE x_order < ${MAX_X_VALUES}
    GROUP BY ALL
    ORDER BY x_order, group_order, "group"`;
}
