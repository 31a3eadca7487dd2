/** One row of the file as written, with where it stands. */
export interface GridRow {
  /** The line of a text file, or the row number of a sheet. */
  readonly line: number;
  readonly cells: readonly string[];
}

/** A table read from a file: its non-blank rows as text, and how it was read. */
export interface Grid {
  readonly rows: readonly GridRow[];
  /** "Shift_JIS, comma-separated", or 'sheet "Sheet1"'. */
  readonly readAs: string;
  /** How the file names a column: 4 (a text file's fourth), or D (a sheet's). */
  readonly columnName: (index: number) => string;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

export const withoutBlankRows = (rows: readonly GridRow[]) =>
  rows.filter((row) => !isBlank(row.cells));

/** A sheet's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
