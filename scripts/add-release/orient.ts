import { FSA_WIDE_METRICS, metricOfLabel } from '$lib/upload/sniff/fsa-metric-label';
import { isFsaWideLayout } from '$lib/upload/sniff/fsa-wide';
import { suggestMappingFor } from '$lib/upload/sniff/mapping';
import type { Grid } from './grid';

/** A release's table with its months across the top, as the FSA prints it. */
export interface Oriented {
  readonly layout: 'wide' | 'long';
  /** rows[0] heads the months; every other row is one figure, labelled in its first cell. */
  readonly rows: readonly (readonly string[])[];
  /** Each row's label as the file writes it. */
  readonly labels: readonly string[];
  /** Where rows[row][column] stands in the file. */
  readonly place: (row: number, column: number) => { line: number; column: string };
  /** A long table's note and source columns, as rows here. */
  readonly noteRow: number | null;
  readonly sourceRow: number | null;
}

const transpose = (rows: readonly (readonly string[])[]) => {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: width }, (_, column) => rows.map((row) => row[column] ?? ''));
};

/**
 * A long table (one row per month) turned so that months run across. A column the upload's header
 * matching takes for a figure (unauthorized_access, 不正アクセス) is labelled so that the wide
 * reader takes it for the same figure.
 */
function turnLong(grid: Grid): Oriented | null {
  const [header = [], ...data] = grid.rows.map((row) => row.cells);
  const targets = suggestMappingFor('fsa_monthly', header, data).columns.map(
    (column) => column.target,
  );
  const monthColumn = Math.max(0, targets.indexOf('month'));
  const order = [monthColumn, ...header.keys()].filter(
    (column, index) => index === 0 || column !== monthColumn,
  );
  const labels = order.map((column) => header[column] ?? '');
  const rows = transpose(grid.rows.map((row) => order.map((column) => row.cells[column] ?? '')));
  const readable = rows.map((row, index) => {
    const metric = FSA_WIDE_METRICS.find((candidate) => candidate === targets[order[index] ?? 0]);
    if (index === 0 || metric === undefined || metricOfLabel(row[0] ?? '') === metric) return row;
    return [metric.replaceAll('_', ' '), ...row.slice(1)];
  });
  if (!isFsaWideLayout(readable)) return null;
  const rowOf = (target: string) => {
    const index = order.findIndex((column) => targets[column] === target);
    return index > 0 ? index : null;
  };
  return {
    layout: 'long',
    rows: readable,
    labels,
    place: (row, column) => ({
      line: grid.rows[column]?.line ?? 0,
      column: grid.columnName(order[row] ?? 0),
    }),
    noteRow: rowOf('note'),
    sourceRow: rowOf('source_url'),
  };
}

/** The table as the FSA prints it (months across), or null where it has no months either way. */
export function orient(grid: Grid): Oriented | null {
  const rows = grid.rows.map((row) => row.cells);
  if (!isFsaWideLayout(rows)) return turnLong(grid);
  return {
    layout: 'wide',
    rows,
    labels: rows.map((row) => row[0] ?? ''),
    place: (row, column) => ({ line: grid.rows[row]?.line ?? 0, column: grid.columnName(column) }),
    noteRow: null,
    sourceRow: null,
  };
}
