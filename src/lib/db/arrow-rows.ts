import { DataType, type Table } from 'apache-arrow';
import type { ResultRow } from './db';

function isoDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** The columns of an Arrow result, with DuckDB-like type names. */
export function arrowColumns(table: Table): { name: string; type: string }[] {
  return table.schema.fields.map((field) => ({ name: field.name, type: String(field.type) }));
}

/** Turns an Arrow result into plain rows; DATE columns become YYYY-MM-DD text. */
export function arrowToRows<Row extends object = ResultRow>(table: Table): Row[] {
  const dateColumns = table.schema.fields
    .filter((field) => DataType.isDate(field.type))
    .map((field) => field.name);
  return table.toArray().map((record: { toJSON(): Record<string, unknown> }) => {
    const row = record.toJSON();
    for (const name of dateColumns) {
      const value = row[name];
      if (typeof value === 'number') row[name] = isoDate(value);
      else if (value instanceof Date) row[name] = isoDate(value.getTime());
    }
    return row as Row;
  });
}
