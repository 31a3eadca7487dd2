import { PostgreSQL, SQLDialect } from '@codemirror/lang-sql';

/** Words DuckDB adds to PostgreSQL's, so that they read as keywords and types and complete. */
const DUCKDB_KEYWORDS =
  'anti asof columns describe exclude ilike pivot pivot_longer pivot_wider positional qualify ' +
  'replace sample semi summarize summarise unpivot using';
const DUCKDB_TYPES =
  'hugeint uhugeint ubigint uinteger usmallint utinyint tinyint blob list map struct union ' +
  'timestamp_s timestamp_ms timestamp_ns';
const DUCKDB_BUILTINS =
  'read_csv read_csv_auto read_parquet read_json strftime strptime date_trunc date_part ' +
  'list_value struct_pack arg_max arg_min median quantile_cont quantile_disc string_agg ' +
  'regexp_matches regexp_replace try_cast epoch make_date last_day';

/** DuckDB's SQL as the editor highlights and completes it: PostgreSQL's dialect plus DuckDB's words. */
export const DuckDbSql = SQLDialect.define({
  ...PostgreSQL.spec,
  keywords: `${PostgreSQL.spec.keywords ?? ''} ${DUCKDB_KEYWORDS}`,
  types: `${PostgreSQL.spec.types ?? ''} ${DUCKDB_TYPES}`,
  builtin: `${PostgreSQL.spec.builtin ?? ''} ${DUCKDB_BUILTINS}`,
});
