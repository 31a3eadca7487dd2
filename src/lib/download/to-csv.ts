/** Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null | undefined;

/** Text as one CSV cell: formula starts neutralised with a leading apostrophe, then RFC 4180 quoting. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A UTF-8 CSV with a byte-order mark, so spreadsheet programs read Japanese correctly. Missing
 * values are empty cells, never 0.
 */
export function toCsv(columns: readonly string[], rows: readonly object[]): string {
  const lines = [
    columns.map(csvCell).join(','),
    ...rows.map((row) =>
      columns.map((column) => csvCell((row as Record<string, CsvCell>)[column])).join(','),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
