import type { SqlWords } from '$lib/i18n/en-sql';
import { dataTerm } from '$lib/i18n/data-terms';
import { TABLES, fsaMonthly } from '$lib/schema';
import { DUCKDB_TYPE, type ColumnSpec } from '$lib/schema/column';
import { latestViewColumns, type LatestViewColumn } from '$lib/sql/latest-view-columns';

export interface SchemaColumn {
  readonly name: string;
  readonly type: string;
  readonly unit?: string;
  readonly description: string;
}

/** A table or view as the schema browser lists it. */
export interface SchemaEntry {
  readonly name: string;
  readonly description: string;
  readonly isView: boolean;
  readonly columns: readonly SchemaColumn[];
}

function describeLatest(column: LatestViewColumn, words: SqlWords['schema']): string {
  const said = words.latestColumn;
  if (column.metric === null || column.role === 'month') return said.month;
  if (column.role !== 'value') return said[column.role](column.metric);
  const monthlyColumns: readonly ColumnSpec[] = fsaMonthly.columns;
  const spec = monthlyColumns.find((candidate) => candidate.name === column.metric);
  return said.value(spec?.description ?? column.metric);
}

/** The built-in tables, then the view of the latest figures. */
export function schemaEntries(words: SqlWords['schema']): SchemaEntry[] {
  const tables = TABLES.map((table) => ({
    name: table.name,
    description: dataTerm(table.description),
    isView: false,
    columns: table.columns.map((column) => ({
      name: column.name,
      type: DUCKDB_TYPE[column.kind],
      unit: column.unit,
      description: column.description,
    })),
  }));
  const latest = {
    name: 'fsa_monthly_latest',
    description: words.latestView,
    isView: true,
    columns: latestViewColumns().map((column) => ({
      name: column.name,
      type: column.type,
      unit: column.unit,
      description: describeLatest(column, words),
    })),
  };
  return [...tables, latest];
}
