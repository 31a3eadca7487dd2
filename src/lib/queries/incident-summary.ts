import { sqlIdentifier } from '$lib/db/sql-identifier';

/** Brokers or stocks shown by name; the rest are summed into one row. */
export const TOP_CATEGORIES = 15;

/** Sums of the amounts, NULL where no incident gave one, and how many did. */
export interface IncidentAmounts {
  readonly sell_oku_yen: number | null;
  readonly sell_known: number;
  readonly buy_oku_yen: number | null;
  readonly buy_known: number;
}

export interface IncidentMonthRow extends IncidentAmounts {
  /** YYYY-MM; every month from the first incident's to the last's, including months without any. */
  readonly month: string;
  readonly incidents: number;
}

/** `named`: one broker or stock; `not_given`: incidents that name none; `others`: the rest. */
export type CategoryKind = 'named' | 'not_given' | 'others';

export interface IncidentCategoryRow extends IncidentAmounts {
  /** NULL for the `not_given` and `others` rows. */
  readonly name: string | null;
  readonly kind: CategoryKind;
  readonly incidents: number;
  /** How many brokers or stocks the row stands for (the N of "all others (N)"). */
  readonly members: number;
}

export interface IncidentStockRow extends IncidentCategoryRow {
  /** The stock's code where the file gives both a name and a code. */
  readonly ticker: string | null;
}

/** A column of the upload, or a typed NULL where the file lacks it. */
function column(columns: readonly string[], name: string, type = 'VARCHAR'): string {
  return columns.includes(name) ? sqlIdentifier(name) : `NULL::${type}`;
}

/** Blank text counts as not given. */
const given = (expression: string) => `nullif(trim(${expression}), '')`;

function amounts(columns: readonly string[]): string {
  return `${column(columns, 'sell_oku_yen', 'DOUBLE')} AS sell, ${column(columns, 'buy_oku_yen', 'DOUBLE')} AS buy`;
}

const AMOUNT_AGGREGATES = `CAST(sum(sell) AS DOUBLE) AS sell_oku_yen, count(sell) AS sell_known,
  CAST(sum(buy) AS DOUBLE) AS buy_oku_yen, count(buy) AS buy_known`;

/** Incidents and amounts per month of incident_date. */
export function incidentsByMonthSql(table: string, columns: readonly string[]): string {
  return `
    WITH incidents AS (
      SELECT strftime(incident_date, '%Y-%m') AS month, ${amounts(columns)}
      FROM ${sqlIdentifier(table)} WHERE incident_date IS NOT NULL
    ), counted AS (
      SELECT month, count(*) AS incidents, ${AMOUNT_AGGREGATES} FROM incidents GROUP BY month
    ), months AS (
      SELECT strftime(unnest(range(
        min(month || '-01')::TIMESTAMP, max(month || '-01')::TIMESTAMP + INTERVAL 1 MONTH,
        INTERVAL 1 MONTH)), '%Y-%m') AS month
      FROM counted
    )
    SELECT month, coalesce(incidents, 0) AS incidents,
      sell_oku_yen, coalesce(sell_known, 0) AS sell_known,
      buy_oku_yen, coalesce(buy_known, 0) AS buy_known
    FROM months LEFT JOIN counted USING (month)
    ORDER BY month`;
}

/**
 * The top brokers or stocks by incidents, then one row for incidents naming none (never dropped,
 * never folded into the rest), then one row summing all the others.
 */
function topCategoriesSql(
  table: string,
  columns: readonly string[],
  name: string,
  ticker: string,
): string {
  return `
    WITH incidents AS (
      SELECT ${name} AS name, ${ticker} AS ticker, ${amounts(columns)} FROM ${sqlIdentifier(table)}
    ), counted AS (
      SELECT name, min(ticker) AS ticker, count(*) AS incidents, ${AMOUNT_AGGREGATES}
      FROM incidents GROUP BY name
    ), ranked AS (
      SELECT *, CASE
        WHEN name IS NULL THEN 'not_given'
        WHEN row_number() OVER (PARTITION BY name IS NULL ORDER BY incidents DESC, name)
          <= ${TOP_CATEGORIES} THEN 'named'
        ELSE 'others' END AS kind
      FROM counted
    ), merged AS (
      SELECT CASE WHEN kind = 'named' THEN name END AS name,
        CASE WHEN kind = 'named' THEN ticker END AS ticker, kind,
        CAST(sum(incidents) AS DOUBLE) AS incidents, count(*) AS members,
        CAST(sum(sell_oku_yen) AS DOUBLE) AS sell_oku_yen, CAST(sum(sell_known) AS DOUBLE) AS sell_known,
        CAST(sum(buy_oku_yen) AS DOUBLE) AS buy_oku_yen, CAST(sum(buy_known) AS DOUBLE) AS buy_known
      FROM ranked GROUP BY 1, 2, 3
    )
    SELECT * FROM merged
    ORDER BY CASE kind WHEN 'named' THEN 0 WHEN 'not_given' THEN 1 ELSE 2 END,
      incidents DESC, name`;
}

/** Incidents and amounts per broker: the top 15, "not given", and all others. */
export function incidentsByBrokerSql(table: string, columns: readonly string[]): string {
  return topCategoriesSql(table, columns, given(column(columns, 'broker')), 'NULL::VARCHAR');
}

/** Incidents and amounts per stock (its name, or its code where the name is not given). */
export function incidentsByStockSql(table: string, columns: readonly string[]): string {
  const stock = given(column(columns, 'stock'));
  const ticker = given(column(columns, 'ticker'));
  return topCategoriesSql(
    table,
    columns,
    `coalesce(${stock}, ${ticker})`,
    `CASE WHEN ${stock} IS NOT NULL THEN ${ticker} END`,
  );
}
