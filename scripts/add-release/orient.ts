import { FSA_WIDE_METRICS, metricOfLabel } from '$lib/upload/sniff/fsa-metric-label';
import { isFsaWideLayout } from '$lib/upload/sniff/fsa-wide';
import { findTable } from '$lib/upload/sniff/find-table';
import { suggestMappingFor } from '$lib/upload/sniff/mapping';
import { isFootnoteRow, isTotalRow } from '$lib/upload/sniff/row-kinds';
import type { UploadMessage } from '$lib/upload/upload-message';
import type { Grid, GridRow } from './grid';

/** A release's table with its months across the top, as the FSA prints it. */
export interface Oriented {
  readonly layout: 'wide' | 'long';
  /** rows[0] heads the months; every other row is one figure, labelled in its first cell. */
  readonly rows: readonly (readonly string[])[];
  /** Each row's label as the file writes it, with its unit where a units row gives one. */
  readonly labels: readonly string[];
  /** Where rows[row][column] stands in the file. */
  readonly place: (row: number, column: number) => { line: number; column: string };
  /** A long table's note and source columns, as rows here. */
  readonly noteRow: number | null;
  readonly sourceRow: number | null;
  /** Rows of the file left out: a title above the table, footnotes under it. */
  readonly notes: readonly UploadMessage[];
}

const transpose = (rows: readonly (readonly string[])[]) => {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: width }, (_, column) => rows.map((row) => row[column] ?? ''));
};

const filled = (cells: readonly string[]) => cells.filter((cell) => cell.trim() !== '');

const leftOut = (row: GridRow, code: 'row-above-table' | 'row-footnote'): UploadMessage => ({
  code,
  line: row.line,
  text: filled(row.cells).join(' '),
});

/**
 * A long table (one row per month) turned so that months run across: the upload's table finder
 * skips titles, units and footnotes (its 合計 row is kept: it is the stated totals), and a column
 * its header matching takes for a figure (unauthorized_access, 発生時期's neighbours) is labelled so
 * that the wide reader takes it for the same figure.
 */
function turnLong(grid: Grid): Oriented | null {
  const found = findTable(
    grid.rows.map((row) => row.cells),
    grid.rows.map((row) => row.line),
  );
  if (found.headerRow === null) return null;
  const totals = grid.rows.filter(
    (row) => found.leftOutLines.includes(row.line) && isTotalRow(row.cells),
  );
  const body = [...found.rows, ...totals].sort((a, b) => a.line - b.line);
  const header = found.header.map((name, column) =>
    found.units[column] && !name.includes(found.units[column])
      ? `${name}（${found.units[column]}）`
      : name,
  );
  const data = found.rows.map((row) => row.cells);
  const targets = suggestMappingFor('fsa_monthly', header, data).columns.map((c) => c.target);
  const monthColumn = Math.max(0, targets.indexOf('month'));
  const order = [monthColumn, ...header.keys()].filter(
    (column, index) => index === 0 || column !== monthColumn,
  );
  const lines = [grid.rows[found.headerRow]?.line ?? 0, ...body.map((row) => row.line)];
  const turned = transpose(
    [header, ...body.map((row) => row.cells)].map((cells) => order.map((c) => cells[c] ?? '')),
  );
  const rows = turned.map((row, index) => {
    const metric = FSA_WIDE_METRICS.find((candidate) => candidate === targets[order[index] ?? 0]);
    if (index === 0 || metric === undefined || metricOfLabel(row[0] ?? '') === metric) return row;
    return [metric.replaceAll('_', ' '), ...row.slice(1)];
  });
  if (!isFsaWideLayout(rows)) return null;
  const rowOf = (target: string) => {
    const index = order.findIndex((column) => targets[column] === target);
    return index > 0 ? index : null;
  };
  return {
    layout: 'long',
    rows,
    labels: order.map((column) => header[column] ?? ''),
    place: (row, column) => ({
      line: lines[column] ?? 0,
      column: grid.columnName(order[row] ?? 0),
    }),
    noteRow: rowOf('note'),
    sourceRow: rowOf('source_url'),
    notes: found.notes.filter((note) => note.code !== 'row-total' && note.code !== 'row-units'),
  };
}

/**
 * The FSA's own layout, past any title above it (the first row with two cells filled heads the
 * months, as the upload reads it) and without the footnotes under it.
 */
function wide(grid: Grid): Oriented | null {
  const start = Math.max(
    0,
    grid.rows.findIndex((row) => filled(row.cells).length >= 2),
  );
  const below = grid.rows.slice(start);
  const table = below.filter((row) => !isFootnoteRow(row.cells));
  const rows = table.map((row) => row.cells);
  if (!isFsaWideLayout(rows)) return null;
  return {
    layout: 'wide',
    rows,
    labels: rows.map((row) => row[0] ?? ''),
    place: (row, column) => ({ line: table[row]?.line ?? 0, column: grid.columnName(column) }),
    noteRow: null,
    sourceRow: null,
    notes: [
      ...grid.rows.slice(0, start).map((row) => leftOut(row, 'row-above-table')),
      ...below.filter((row) => isFootnoteRow(row.cells)).map((row) => leftOut(row, 'row-footnote')),
    ],
  };
}

/** The table as the FSA prints it (months across), or null where it has no months either way. */
export const orient = (grid: Grid): Oriented | null => wide(grid) ?? turnLong(grid);
