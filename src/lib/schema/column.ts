/** What a column holds; each kind has one validation rule, one DuckDB type and one TypeScript type. */
export type ColumnKind =
  'text' | 'url' | 'date' | 'month' | 'release_id' | 'count' | 'oku_yen' | 'enum';

export interface ColumnSpec {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly required: boolean;
  readonly unit?: string;
  readonly description: string;
  readonly values?: readonly string[];
}

/** A column whose every value must appear in another table's column. */
export interface Reference {
  readonly column: string;
  readonly table: string;
  readonly tableColumn: string;
}

export interface TableSpec {
  readonly name: string;
  readonly file: string;
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
  /** Columns that together name one row; no two rows may share them. */
  readonly key?: readonly string[];
  readonly references?: readonly Reference[];
}

export const DUCKDB_TYPE: Record<ColumnKind, string> = {
  text: 'VARCHAR',
  url: 'VARCHAR',
  date: 'DATE',
  month: 'VARCHAR',
  release_id: 'VARCHAR',
  count: 'BIGINT',
  oku_yen: 'DOUBLE',
  enum: 'VARCHAR',
};

interface KindValue {
  text: string;
  url: string;
  date: string;
  month: string;
  release_id: string;
  count: number;
  oku_yen: number;
  enum: string;
}

type ValueOf<C extends ColumnSpec> = C extends { values: readonly (infer V)[] }
  ? V
  : KindValue[C['kind']];

type CellOf<C extends ColumnSpec> = C['required'] extends true ? ValueOf<C> : ValueOf<C> | null;

/** The row type of a table, derived from its declaration. */
export type RowOf<T extends TableSpec> = {
  -readonly [C in T['columns'][number] as C['name']]: CellOf<C>;
};
