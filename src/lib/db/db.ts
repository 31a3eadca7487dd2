/** One row of a result: column name to a plain value (numbers are numbers, dates are ISO text). */
export type ResultRow = Record<string, string | number | boolean | null>;

/** A result with its columns' names and DuckDB types, for tables of arbitrary SQL. */
export interface TypedResult {
  columns: { name: string; type: string }[];
  rows: ResultRow[];
}

/** A query a reader typed, which they may cancel. */
export interface RunningQuery {
  result: Promise<TypedResult>;
  /** Asks DuckDB to stop; `result` then rejects. */
  cancel(): Promise<void>;
}

/** The database seen by the rest of the app: the same SQL in Node (build, tests) and the browser. */
export interface Db {
  query<Row extends object = ResultRow>(sql: string): Promise<Row[]>;
  /** Runs SQL typed by a reader on its own connection, so that cancelling it stops nothing else. */
  run(sql: string): RunningQuery;
  /** Makes `text` readable by SQL as the file `name` (for read_csv). */
  registerText(name: string, text: string): Promise<void>;
  /** Makes `bytes` readable as the file `name`; the buffer is handed over, not copied. */
  registerBytes(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Open both builds like this so counts and sums come back as plain numbers, not BigInt. */
export const QUERY_CONFIG = {
  castBigIntToDouble: true,
  castDecimalToDouble: true,
  castTimestampToDate: true,
} as const;
