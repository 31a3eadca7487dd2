import type { UploadMessage } from '../upload-message';
import { isValueLike, mostly } from './cell-shape';
import { detectHeader } from './header';
import {
  isBlankRow,
  isContinuation,
  isFootnoteRow,
  isTotalRow,
  isUnitsRow,
  rowText,
  unitInHeader,
  unitOfCell,
} from './row-kinds';

type Row = readonly string[];

/** One row of the table found, with the line (or sheet row) it came from. */
export interface FoundRow {
  readonly index: number;
  readonly line: number;
  readonly cells: readonly string[];
}

/** Where the table is in a sheet, and what around it is not data. */
export interface FoundTable {
  /** Index (into the rows given) of the header row; null when the table has none. */
  readonly headerRow: number | null;
  /** Index of a units row under the header (（件）（億円）), or null. */
  readonly unitsRow: number | null;
  /** Index of the first row after the header (and units) row: where data may start. */
  readonly bodyStart: number;
  /** How many columns the table has: the last filled column of any kept row, plus one. */
  readonly width: number;
  /**
   * Columns without a name and without a value in any row: inside the table, and beyond `width`
   * (a trailing comma makes one there).
   */
  readonly emptyColumns: readonly number[];
  /** The header's cells, trimmed, one per column (empty where a column has no name). */
  readonly header: readonly string[];
  /** Per column: the unit its units row or its header states (件, 億円), or null. */
  readonly units: readonly (string | null)[];
  /** The data rows, without empty cells beyond `width` (a short row stays short). */
  readonly rows: readonly FoundRow[];
  /** Lines that are not data and carry nothing: blank, or above the header. */
  readonly skippedLines: readonly number[];
  /** Lines left out as not data, each named in a note: totals and footnotes. */
  readonly leftOutLines: readonly number[];
  /** The last rows are footnotes: a row of words that follows may continue them. */
  readonly endsInFootnotes: boolean;
  readonly notes: readonly UploadMessage[];
}

/** How far down a sheet its header may be: title rows, a note, blank rows. */
const HEADER_SEARCH_ROWS = 30;

const filledCount = (row: Row) => row.filter((cell) => cell.trim() !== '').length;

const widest = (values: Iterable<number>) => {
  let most = 0;
  for (const value of values) if (value > most) most = value;
  return most;
};

const lastFilled = (row: Row) => {
  for (let index = row.length - 1; index >= 0; index -= 1)
    if ((row[index] ?? '').trim() !== '') return index;
  return -1;
};

const fitted = (row: Row, width: number) =>
  Array.from({ length: width }, (_, index) => row[index] ?? '');

/** A row without the empty cells beyond the table's width; a short row stays short. */
const cut = (row: Row, width: number) => row.slice(0, width);

/** Rows that are data or could be: not blank, not a total, not a footnote. */
const isCandidateData = (row: Row) => !isBlankRow(row) && !isTotalRow(row) && !isFootnoteRow(row);

/**
 * The header row: the first row, among the first rows of the sheet, with at least two filled
 * cells (a title has one) that reads as names over the rows below it (units row skipped).
 */
function findHeader(rows: readonly Row[], width: number): number | null {
  const needed = Math.min(2, width);
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const row = rows[index] ?? [];
    if (filledCount(row) < needed || !isCandidateData(row)) continue;
    const belowStart = isUnitsRow(rows[index + 1] ?? []) ? index + 2 : index + 1;
    const below = rows.slice(belowStart, belowStart + 20).filter(isCandidateData);
    if (detectHeader([row, ...below]) === 1) return index;
    // A row of values: the table has no header, and starts here.
    if (mostly(row, isValueLike)) return null;
  }
  return null;
}

/** Where data starts when there is no header: the first row as broad as the table. */
function firstBroadRow(rows: readonly Row[], width: number): number {
  const needed = Math.min(2, width);
  const index = rows.findIndex((row) => filledCount(row) >= needed && isCandidateData(row));
  return index === -1 ? rows.length : index;
}

/**
 * Finds the table in a sheet's cells (rows × columns, as text): skips title and blank rows above
 * the header, takes a units row under it as the columns' units, and leaves out 合計/計/total rows
 * and ※ footnotes, each named with its line in a note. Columns with neither a name nor a value
 * (a trailing comma) are listed in `emptyColumns`. `lines` gives each row's line in the file (a
 * quoted cell may span lines); by default row i is line i + 1, as a sheet numbers its rows.
 */
export function findTable(rows: readonly Row[], lines?: readonly number[]): FoundTable {
  const lineOf = (index: number) => lines?.[index] ?? index + 1;
  const sheetWidth = widest(rows.map((row) => lastFilled(row) + 1));
  const headerRow = findHeader(rows, sheetWidth);
  const headerCells = headerRow === null ? [] : (rows[headerRow] ?? []);
  const unitsRow =
    headerRow !== null && isUnitsRow(rows[headerRow + 1] ?? []) ? headerRow + 1 : null;
  const bodyStart =
    unitsRow !== null
      ? unitsRow + 1
      : headerRow !== null
        ? headerRow + 1
        : firstBroadRow(rows, sheetWidth);

  const skippedLines: number[] = [];
  const leftOutLines: number[] = [];
  const notes: UploadMessage[] = [];
  for (let index = 0; index < Math.min(bodyStart, rows.length); index += 1) {
    if (index === headerRow || index === unitsRow) continue;
    const row = rows[index] ?? [];
    skippedLines.push(lineOf(index));
    if (!isBlankRow(row))
      notes.push({ code: 'row-above-table', line: lineOf(index), text: rowText(row) });
  }
  if (unitsRow !== null) notes.push({ code: 'row-units', line: lineOf(unitsRow) });

  const kept: { index: number; row: Row }[] = [];
  let inFootnotes = false;
  for (let index = bodyStart; index < rows.length; index += 1) {
    const row = rows[index] ?? [];
    const line = lineOf(index);
    if (isBlankRow(row)) skippedLines.push(line);
    else if (isFootnoteRow(row) || (inFootnotes && isContinuation(row))) {
      inFootnotes = true;
      leftOutLines.push(line);
      notes.push({ code: 'row-footnote', line, text: rowText(row) });
    } else if (isTotalRow(row)) {
      inFootnotes = false;
      leftOutLines.push(line);
      notes.push({ code: 'row-total', line, label: rowText(row) });
    } else {
      inFootnotes = false;
      kept.push({ index, row });
    }
  }

  const width = widest([
    lastFilled(headerCells) + 1,
    ...kept.map(({ row }) => lastFilled(row) + 1),
  ]);
  const header = fitted(headerCells, width).map((cell) => cell.trim());
  const unitCells = unitsRow === null ? [] : (rows[unitsRow] ?? []);
  const units = header.map(
    (name, column) => unitOfCell(unitCells[column] ?? '') ?? unitInHeader(name),
  );
  const physical = widest([headerCells.length, width, ...kept.map(({ row }) => row.length)]);
  const emptyColumns = Array.from({ length: physical }, (_, column) => column).filter(
    (column) =>
      (header[column] ?? '') === '' && kept.every(({ row }) => (row[column] ?? '').trim() === ''),
  );
  if (emptyColumns.length > 0) notes.push({ code: 'empty-columns', columns: emptyColumns.length });
  return {
    headerRow,
    unitsRow,
    bodyStart,
    width,
    emptyColumns,
    header,
    units,
    rows: kept.map(({ index, row }) => ({ index, line: lineOf(index), cells: cut(row, width) })),
    skippedLines,
    leftOutLines,
    endsInFootnotes: inFootnotes,
    notes,
  };
}
