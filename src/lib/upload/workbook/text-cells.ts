import type { WorkbookCell, WorkbookSheet } from './workbook-types';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * A number as a reader would write it: integers in full, fractions at Excel's 15 significant
 * digits, so that 0.1 + 0.2 saved as 0.30000000000000004 reads 0.3.
 */
export function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
  return String(Number(value.toPrecision(15)));
}

/** A date as ISO text: YYYY-MM for a month cell, YYYY-MM-DD, and the time only where there is one. */
export function dateText(date: Date, month = false): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
  if (month) return day;
  const iso = `${day}-${pad(date.getUTCDate())}`;
  const [hours, minutes, seconds] = [
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  ];
  if (hours === 0 && minutes === 0 && seconds === 0) return iso;
  return `${iso} ${pad(hours)}:${pad(minutes)}${seconds === 0 ? '' : `:${pad(seconds)}`}`;
}

export function cellText(cell: WorkbookCell, month = false): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return numberText(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return dateText(cell, month);
}

/** The sheet as the upload's text cells, row by row, as a CSV file would give them. */
export function sheetTextRows(sheet: WorkbookSheet): string[][] {
  const months = sheet.monthCells;
  return sheet.rows.map((row, rowIndex) =>
    row.map((cell, column) =>
      cellText(cell, months.size > 0 && months.has(`${rowIndex},${column}`)),
    ),
  );
}

const NEEDS_QUOTES = /[",;\t\r\n]/;

const csvCell = (text: string) =>
  NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;

/**
 * Text rows as the CSV Excel would save: every row as wide as the widest (empty cells as
 * empty), cells with a delimiter, quote or line break quoted, so the CSV path reads them back.
 */
export function textRowsCsv(rows: readonly (readonly string[])[]): string {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  // An empty row is one empty cell: it needs one comma fewer.
  const padding = (row: readonly string[]) =>
    ','.repeat(Math.max(0, width - Math.max(row.length, 1)));
  return rows.map((row) => row.map(csvCell).join(',') + padding(row) + '\r\n').join('');
}
