import { sqlIdentifier } from '$lib/db/sql-identifier';
import { sqlString } from '$lib/db/sql-literal';
import { kindCheck, reasonSql, type KindCheck } from './check-kinds';
import { rawColumn, type MonthEdge, type PlannedColumn } from './column-plan';
import type { StagingNames } from './stage-raw';

export const normTable = (names: StagingNames, index: number) => `upload_norm_${names.id}_${index}`;
export const stagedTable = (names: StagingNames) => `upload_staged_${names.id}`;
export const badRowsTable = (names: StagingNames) => `upload_bad_${names.id}`;
export const problemColumn = (index: number) => `__problem_${index}`;

const REQUIRED = reasonSql({ code: 'required' });

export const checkOf = (column: PlannedColumn): KindCheck =>
  kindCheck(column.kind, column.unit, column.values);

/** Whether a column's values go through the normaliser for want of being plain. */
export const needsNormalising = (column: PlannedColumn) =>
  column.source !== null && checkOf(column).normalise !== null;

/** Whether a cell of the column can be rejected at all; only those columns get a problem. */
export function canBeRejected(column: PlannedColumn): boolean {
  if (column.source === null) return false;
  return column.required || column.kind !== 'text';
}

/** SQL for the typed value and the problem (NULL when the cell is fine) of one column. */
function valueAndProblem(
  column: PlannedColumn,
  index: number,
  names: StagingNames,
  joined: ReadonlySet<number>,
) {
  const check = checkOf(column);
  if (column.source === null) {
    const literal = `CAST(${sqlString(column.constant ?? '')} AS ${check.sqlType})`;
    return { value: literal, problem: null, join: '' };
  }
  const text = `r.${rawColumn(column.source)}`;
  const empty = column.required ? REQUIRED : 'NULL';
  // Where every value was plain, DuckDB casts them all itself: no pattern test, no join.
  if (!needsNormalising(column) || !joined.has(index)) {
    const value = check.castPlain(text);
    const problem = `CASE WHEN ${text} IS NULL THEN ${empty} ELSE ${check.valueProblem(value)} END`;
    return { value, problem: canBeRejected(column) ? problem : null, join: '' };
  }
  const alias = `n${index}`;
  const isPlain = check.plain ? `regexp_full_match(${text}, ${sqlString(check.plain)})` : 'false';
  const plainValue = check.castPlain(text);
  const normalValue = `CAST(${alias}.value AS ${check.sqlType})`;
  const blank = `(${text} IS NULL OR ${alias}.blank)`;
  return {
    value: `CASE WHEN ${blank} THEN NULL WHEN ${isPlain} THEN ${plainValue} ELSE ${normalValue} END`,
    problem: `CASE WHEN ${blank} THEN ${empty} WHEN ${isPlain} THEN ${check.valueProblem(plainValue)}
      ELSE coalesce(${alias}.reason, ${check.valueProblem(normalValue)}) END`,
    join: ` LEFT JOIN ${normTable(names, index)} ${alias} ON ${alias}.raw = ${text}`,
  };
}

/** The first or last day of a `YYYY-MM` month; NULL where the month is (and so the row is rejected). */
const monthDay = (month: string, edge: MonthEdge) => {
  const first = `TRY_CAST((${month}) || '-01' AS DATE)`;
  return edge === 'first-day' ? first : `last_day(${first})`;
};

/** Indexes of the planned columns that carry a problem column. */
export const rejectable = (plan: readonly PlannedColumn[]) =>
  [...plan.keys()].filter((index) => canBeRejected(plan[index] as PlannedColumn));

export function anyProblem(plan: readonly PlannedColumn[]): string {
  const columns = rejectable(plan).map((index) => `${problemColumn(index)} IS NOT NULL`);
  return columns.length === 0 ? 'false' : columns.join(' OR ');
}

/**
 * The one pass over every row: each column typed (and, where kept, as written), plus a problem
 * column for each column that can reject. The valid rows of this table become the upload's table.
 */
export function stagedTableSql(
  names: StagingNames,
  plan: readonly PlannedColumn[],
  keepOriginal: ReadonlySet<number>,
  joined: ReadonlySet<number>,
): string {
  const parts = plan.map((column, index) => valueAndProblem(column, index, names, joined));
  const month = parts[plan.findIndex((column) => column.name === 'month')]?.value ?? 'NULL';
  for (const [index, column] of plan.entries())
    if (column.fromMonth)
      parts[index] = { value: monthDay(month, column.fromMonth), problem: null, join: '' };
  const selects = plan.flatMap((column, index) => {
    const part = parts[index];
    if (!part) return [];
    const original =
      keepOriginal.has(index) && column.source !== null
        ? [`r.${rawColumn(column.source)} AS ${sqlIdentifier(`${column.name}_original`)}`]
        : [];
    const problem = part.problem ? [`${part.problem} AS ${problemColumn(index)}`] : [];
    return [`${part.value} AS ${sqlIdentifier(column.name)}`, ...original, ...problem];
  });
  return `CREATE TABLE ${stagedTable(names)} AS SELECT r.line AS __line, ${selects.join(', ')}
    FROM ${names.raw} r${parts.map((part) => part.join).join('')}`;
}

/** Per column: valid, empty and rejected cells. */
export function columnStatsSql(names: StagingNames, plan: readonly PlannedColumn[]): string {
  const counts = plan.flatMap((column, index) => {
    const name = sqlIdentifier(column.name);
    const fine = canBeRejected(column) ? `${problemColumn(index)} IS NULL` : 'true';
    return [
      `count(${name}) FILTER (WHERE ${fine}) AS valid${index}`,
      `count(*) FILTER (WHERE ${name} IS NULL AND ${fine}) AS empty${index}`,
      canBeRejected(column)
        ? `count(${problemColumn(index)}) AS rejected${index}`
        : `0 AS rejected${index}`,
    ];
  });
  return `SELECT count(*) AS rows, count(*) FILTER (WHERE ${anyProblem(plan)}) AS bad_rows,
    ${counts.join(', ')} FROM ${stagedTable(names)}`;
}

/** The rows with a problem, with their cells as written, kept apart before they are removed. */
export function badRowsSql(names: StagingNames, plan: readonly PlannedColumn[]): string {
  const problems = rejectable(plan).map((index) => `s.${problemColumn(index)}`);
  return `CREATE OR REPLACE TEMP TABLE ${badRowsTable(names)} AS
    SELECT s.__line AS line, ${[...problems, 'r.*'].join(', ')} FROM ${stagedTable(names)} s
    JOIN ${names.raw} r ON r.line = s.__line WHERE ${anyProblem(plan)}`;
}

/** Every rejected cell, in file order: line, the column as the file names it, value, reason. */
export function rejectedCellsSql(names: StagingNames, plan: readonly PlannedColumn[]): string {
  const parts = rejectable(plan).map((index) => {
    const column = plan[index] as PlannedColumn;
    return `SELECT line, ${sqlString(column.label)} AS column_name,
      ${rawColumn(column.source ?? 0)} AS value, '[' || ${problemColumn(index)} || ']' AS reason
      FROM ${badRowsTable(names)} WHERE ${problemColumn(index)} IS NOT NULL`;
  });
  return parts.length === 0
    ? `SELECT NULL::BIGINT AS line, NULL AS column_name, NULL AS value, NULL AS reason WHERE false`
    : parts.join(' UNION ALL ');
}

/** Leaves only the valid rows, under the names readers query. */
export async function keepValidRows(
  query: (sql: string) => Promise<unknown>,
  names: StagingNames,
  plan: readonly PlannedColumn[],
) {
  const table = stagedTable(names);
  await query(`DELETE FROM ${table} WHERE ${anyProblem(plan)}`);
  for (const index of rejectable(plan))
    await query(`ALTER TABLE ${table} DROP COLUMN ${problemColumn(index)}`);
  await query(`ALTER TABLE ${table} RENAME COLUMN __line TO source_line`);
}
