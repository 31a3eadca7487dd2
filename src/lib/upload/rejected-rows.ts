import type { Db } from '$lib/db/db';
import { sqlString } from '$lib/db/sql-literal';
import { badRowsTable, problemColumn, rejectable } from './checked-sql';
import { rawColumn, type PlannedColumn } from './column-plan';
import type { OverlongRecord } from './line-records';
import type { StagingNames } from './stage-raw';
import type { RejectedCell } from './upload-report';

export const rejectedTable = (names: StagingNames) => `upload_rejected_${names.id}`;

/**
 * The line number the splitter wrote in front of a record DuckDB could not read. DuckDB may give
 * the record with the newline before it, so leading white space is skipped.
 */
const LINE_PREFIX = `TRY_CAST(regexp_extract(csv_line, '^\\s*(\\d+)', 1) AS BIGINT)`;
/** DuckDB's reason for a record it could not split, in the report's words. */
const LINE_REASON = `string_agg(DISTINCT CASE error_type
    WHEN 'MISSING COLUMNS' THEN 'has fewer cells than the header'
    WHEN 'TOO MANY COLUMNS' THEN 'has more cells than the header'
    WHEN 'UNQUOTED VALUE' THEN 'has a quote that is not closed where the cell ends; the rest of the quoted text was not read'
    WHEN 'INVALID ENCODING' THEN 'is not valid text in the file''s encoding'
    WHEN 'INVALID UNICODE' THEN 'is not valid text in the file''s encoding'
    ELSE error_message END, '; ')`;
/** The record as the file wrote it, without that line number. */
const RECORD_TEXT = `regexp_replace(any_value(csv_line), '^\\s*\\d+.', '')`;

const tooLongReason = (record: OverlongRecord) =>
  `the line is ${record.bytes} bytes long, more than a row of a table can be; it was not read`;

/**
 * Keeps every rejected row as the file wrote it, with its reasons, so the reader can download them
 * once the staging tables are gone: rows with a bad cell, records DuckDB could not split, and
 * records too long to read.
 */
export async function keepRejectedRows(
  db: Db,
  names: StagingNames,
  plan: readonly PlannedColumn[],
  width: number,
  overlong: readonly OverlongRecord[],
) {
  const reasons = rejectable(plan).map((index) => {
    const label = sqlString(`${(plan[index] as PlannedColumn).label}: `);
    return `CASE WHEN ${problemColumn(index)} IS NOT NULL THEN ${label} || ${problemColumn(index)} END`;
  });
  const cells = Array.from({ length: width }, (_, index) => rawColumn(index));
  const nulls = cells.slice(1).map((cell) => `NULL::VARCHAR AS ${cell}`);
  const tooLong = overlong.map(
    (record) =>
      `UNION ALL SELECT ${record.line}, ${sqlString(tooLongReason(record))}, ${['NULL::VARCHAR', ...nulls].join(', ')}`,
  );
  await db.query(`CREATE OR REPLACE TEMP TABLE ${rejectedTable(names)} AS
    SELECT line, concat_ws('; ', ${reasons.join(', ') || "''"}) AS reason, ${cells.join(', ')}
      FROM ${badRowsTable(names)}
    UNION ALL
    SELECT ${LINE_PREFIX}, ${LINE_REASON}, ${[`${RECORD_TEXT} AS ${rawColumn(0)}`, ...nulls].join(', ')}
      FROM ${names.rejects} GROUP BY csv_line
    ${tooLong.join(' ')}
    ORDER BY line NULLS LAST`);
}

/** The first rejected cells for the report, and how many there are in all. */
export async function firstRejectedCells(
  db: Db,
  names: StagingNames,
  cellsSql: string,
  overlong: readonly OverlongRecord[],
  limit: number,
): Promise<{ cells: RejectedCell[]; total: number }> {
  const union = `${cellsSql}
    UNION ALL SELECT ${LINE_PREFIX} AS line, NULL AS column_name, ${RECORD_TEXT} AS value,
      ${LINE_REASON} AS reason FROM ${names.rejects} GROUP BY csv_line`;
  const [{ total } = { total: 0 }] = await db.query<{ total: number }>(
    `SELECT count(*) AS total FROM (${union})`,
  );
  const rows = await db.query<{
    line: number | null;
    column_name: string | null;
    value: string | null;
    reason: string;
  }>(`SELECT * FROM (${union}) ORDER BY line NULLS LAST LIMIT ${limit}`);
  const cells: RejectedCell[] = [
    ...overlong.map((record) => ({
      line: record.line,
      column: null,
      value: null,
      reason: tooLongReason(record),
    })),
    ...rows.map((row) => ({
      line: row.line,
      column: row.column_name,
      value: row.value,
      reason: row.reason,
    })),
  ];
  cells.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  return { cells: cells.slice(0, limit), total: total + overlong.length };
}
