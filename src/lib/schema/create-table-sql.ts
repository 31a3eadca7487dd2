import { DUCKDB_TYPE, type TableSpec } from './column';
import { sqlString } from '$lib/db/sql-literal';

/**
 * Reads an already validated CSV into a typed table. Sniffing is off so that DuckDB applies the
 * declared types and never guesses; an empty cell becomes NULL. `header` is the file's own column
 * order, which DuckDB needs because it maps declared columns by position.
 */
export function createTableFromCsvSql(
  table: TableSpec,
  registeredFile: string,
  header: readonly string[],
): string {
  const kindOf = new Map(table.columns.map((column) => [column.name, column.kind]));
  const declared = header
    .map((name) => `${sqlString(name)}: ${sqlString(DUCKDB_TYPE[kindOf.get(name) ?? 'text'])}`)
    .join(', ');
  const selected = table.columns.map((column) => `"${column.name}"`).join(', ');
  return `CREATE OR REPLACE TABLE ${table.name} AS SELECT ${selected} FROM read_csv(
    ${sqlString(registeredFile)}, header = true, auto_detect = false,
    delim = ',', quote = '"', escape = '"', columns = {${declared}})`;
}
