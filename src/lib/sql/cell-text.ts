import type { ResultRow } from '$lib/db/db';

type PlainCell = string | number | boolean | null;

/**
 * A result value as a string, number, boolean or null. Rows of reader SQL can hold more than
 * ResultRow admits: timestamps as Date, and structs and lists as Arrow objects, which serialise
 * themselves through toJSON.
 */
export function plainCell(value: unknown): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'bigint' ? inner.toString() : inner,
  );
}

/** The text a result cell shows; null for SQL NULL, which the table marks as such. */
export function cellText(value: unknown): string | null {
  const plain = plainCell(value);
  return plain === null ? null : String(plain);
}

/** A row with every value plain, for a CSV download. */
export function plainRow(row: ResultRow): Record<string, PlainCell> {
  return Object.fromEntries(Object.entries(row).map(([name, value]) => [name, plainCell(value)]));
}

/** Whether an Arrow type name (as TypedResult gives it) holds numbers, to align them right. */
export function isNumericType(type: string): boolean {
  return /^(u?int(8|16|32|64)|float(16|32|64)?|decimal)\b/i.test(type);
}
