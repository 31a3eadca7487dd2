/** One row of a result: column name to a plain value (numbers are numbers, dates are ISO text). */
export type ResultRow = Record<string, string | number | boolean | null>;

/** The database seen by the rest of the app: the same SQL in Node (build, tests) and the browser. */
export interface Db {
  query<Row extends object = ResultRow>(sql: string): Promise<Row[]>;
  /** Makes `text` readable by SQL as the file `name` (for read_csv). */
  registerText(name: string, text: string): Promise<void>;
  close(): Promise<void>;
}

/** Open both builds like this so counts and sums come back as plain numbers, not BigInt. */
export const QUERY_CONFIG = {
  castBigIntToDouble: true,
  castDecimalToDouble: true,
  castTimestampToDate: true,
} as const;
