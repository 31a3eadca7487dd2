/** A column of a reader's table, with its type as DuckDB (VARCHAR) or Arrow (Utf8) names it. */
export interface TableColumn {
  readonly name: string;
  readonly type: string;
}

export type ColumnKind = 'number' | 'date' | 'text';

const NUMBER =
  /^(u?(tiny|small|big|huge)?int(eger)?|int\d*|u?int(8|16|32|64)|float\d*|real|double|decimal|numeric)\b/i;
const DATE = /^(date|timestamp)/i;

/** What the chart builder can do with a column: sum a number, order a date, count text. */
export function columnKind(type: string): ColumnKind {
  if (NUMBER.test(type.trim())) return 'number';
  if (DATE.test(type.trim())) return 'date';
  return 'text';
}
