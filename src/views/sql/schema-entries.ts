import type { SqlWords } from '$lib/i18n/en-sql';
import { schemaWords } from '$lib/i18n';
import { TABLES } from '$lib/schema';
import { DUCKDB_TYPE } from '$lib/schema/column';
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
  return said.value(schemaWords.column('fsa_monthly', column.metric) || column.metric);
}

/** The built-in tables, then the view of the latest figures. */
export function schemaEntries(words: SqlWords['schema']): SchemaEntry[] {
  const tables = TABLES.map((table) => ({
    name: table.name,
    description: schemaWords.table(table.name),
    isView: false,
    columns: table.columns.map((column) => ({
      name: column.name,
      type: DUCKDB_TYPE[column.kind],
      unit: column.unit && schemaWords.unit(column.unit),
      description: schemaWords.column(table.name, column.name),
    })),
  }));
  const latest = {
    name: 'fsa_monthly_latest',
    description: words.latestView,
    isView: true,
    columns: latestViewColumns().map((column) => ({
      name: column.name,
      type: column.type,
      unit: column.unit && schemaWords.unit(column.unit),
      description: describeLatest(column, words),
    })),
  };
  return [...tables, latest];
}
