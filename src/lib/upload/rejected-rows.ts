import type { Db } from '$lib/db/db';
import { sqlString } from '$lib/db/sql-literal';
import { badRowsTable, problemColumn, rejectable } from './checked-sql';
import { rawColumn, type PlannedColumn } from './column-plan';
import type { OverlongRecord } from './line-records';
import type { StagingNames } from './stage-raw';
import type { RejectedCell } from './upload-report';
import { reasonSql } from './check-kinds';
import { parseMessages, type UploadMessage } from './upload-message';

export const rejectedTable = (names: StagingNames) => `upload_rejected_${names.id}`;

/**
 * The line number the splitter wrote in front of a record DuckDB could not read. DuckDB may give
 * the record with the newline before it, so leading white space is skipped.
 */
const LINE_PREFIX = `TRY_CAST(regexp_extract(csv_line, '^\\s*(\\d+)', 1) AS BIGINT)`;
/** DuckDB's own text as a JSON string: backslashes and quotes escaped, control characters blanked. */
const jsonText = (sql: string) =>
  `'"' || regexp_replace(replace(replace(${sql}, '\\', '\\\\'), '"', '\\"'), '[\\x00-\\x1f]', ' ', 'g') || '"'`;
/** Why DuckDB could not split a record, as a message (JSON text). */
const LINE_MESSAGE = `CASE error_type
    WHEN 'MISSING COLUMNS' THEN ${reasonSql({ code: 'line-fewer-cells' })}
    WHEN 'TOO MANY COLUMNS' THEN ${reasonSql({ code: 'line-more-cells' })}
    WHEN 'UNQUOTED VALUE' THEN ${reasonSql({ code: 'line-unclosed-quote' })}
    WHEN 'INVALID ENCODING' THEN ${reasonSql({ code: 'line-bad-encoding' })}
    WHEN 'INVALID UNICODE' THEN ${reasonSql({ code: 'line-bad-encoding' })}
    ELSE '{"code":"line-unreadable","detail":' || ${jsonText('error_message')} || '}' END`;
/** Every reason of one record, as a JSON array of messages. */
const LINE_REASONS = `'[' || string_agg(DISTINCT ${LINE_MESSAGE}, ',') || ']'`;
/** The same, each reason with its column (none: the whole line), as the download keeps them. */
const LINE_REASONS_BY_COLUMN = `'[' || string_agg(DISTINCT '{"column":null,"reason":' || ${LINE_MESSAGE} || '}', ',') || ']'`;
/** The record as the file wrote it, without that line number. */
const RECORD_TEXT = `regexp_replace(any_value(csv_line), '^\\s*\\d+.', '')`;

const tooLong = (record: OverlongRecord): UploadMessage => ({
  code: 'line-too-long',
  bytes: record.bytes,
});

/** A rejected row's reasons, as the rejected-rows table keeps them (a JSON array). */
export interface ColumnReason {
  /** The column as the file names it; null for the whole line. */
  readonly column: string | null;
  readonly reason: UploadMessage;
}

export function parseColumnReasons(text: string | null): ColumnReason[] {
  if (!text) return [];
  const parsed: unknown = JSON.parse(text);
  return Array.isArray(parsed) ? (parsed as ColumnReason[]) : [];
}

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
    const column = sqlString(
      `{"column":${JSON.stringify((plan[index] as PlannedColumn).label)},"reason":`,
    );
    return `CASE WHEN ${problemColumn(index)} IS NOT NULL THEN ${column} || ${problemColumn(index)} || '}' END`;
  });
  const cells = Array.from({ length: width }, (_, index) => rawColumn(index));
  const nulls = cells.slice(1).map((cell) => `NULL::VARCHAR AS ${cell}`);
  const tooLongRows = overlong.map((record) => {
    const reasons: ColumnReason[] = [{ column: null, reason: tooLong(record) }];
    const values = [sqlString(JSON.stringify(reasons)), 'NULL::VARCHAR', ...nulls];
    return `UNION ALL SELECT ${record.line}, ${values.join(', ')}`;
  });
  await db.query(`CREATE OR REPLACE TEMP TABLE ${rejectedTable(names)} AS
    SELECT line, '[' || concat_ws(',', ${reasons.join(', ') || "''"}) || ']' AS reason, ${cells.join(', ')}
      FROM ${badRowsTable(names)}
    UNION ALL
    SELECT ${LINE_PREFIX}, ${LINE_REASONS_BY_COLUMN}, ${[`${RECORD_TEXT} AS ${rawColumn(0)}`, ...nulls].join(', ')}
      FROM ${names.rejects} GROUP BY csv_line
    ${tooLongRows.join(' ')}
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
      ${LINE_REASONS} AS reason FROM ${names.rejects} GROUP BY csv_line`;
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
      reasons: [tooLong(record)],
    })),
    ...rows.map((row) => ({
      line: row.line,
      column: row.column_name,
      value: row.value,
      reasons: parseMessages(row.reason),
    })),
  ];
  cells.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  return { cells: cells.slice(0, limit), total: total + overlong.length };
}
