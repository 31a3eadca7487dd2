import { DataType, type Table } from 'apache-arrow';
import type { ResultRow } from './db';

function isoDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** The columns of an Arrow result, with DuckDB-like type names. */
export function arrowColumns(table: Table): { name: string; type: string }[] {
  return table.schema.fields.map((field) => ({ name: field.name, type: String(field.type) }));
}

/**
 * Turns an Arrow result into plain rows; DATE columns become YYYY-MM-DD text. Read column by
 * column: Arrow's row objects (`toArray()`, `toJSON()`) cost several times more per cell, and the
 * page decodes every release's figures while the reader may be scrolling.
 */
export function arrowToRows<Row extends object = ResultRow>(table: Table): Row[] {
  const columns = table.schema.fields.map((field, index) => ({
    name: field.name,
    vector: table.getChildAt(index),
    isDate: DataType.isDate(field.type),
  }));
  const rows: Row[] = new Array<Row>(table.numRows);
  for (let index = 0; index < table.numRows; index += 1) {
    const row: Record<string, unknown> = {};
    for (const { name, vector, isDate } of columns) {
      const value: unknown = vector?.get(index) ?? null;
      if (isDate && typeof value === 'number') row[name] = isoDate(value);
      else if (isDate && value instanceof Date) row[name] = isoDate(value.getTime());
      else row[name] = value;
    }
    rows[index] = row as Row;
  }
  return rows;
}
