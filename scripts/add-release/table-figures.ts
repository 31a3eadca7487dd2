import { metricOfLabel, type FsaWideMetric } from '$lib/upload/sniff/fsa-metric-label';
import { readMonthHeader } from '$lib/upload/sniff/fsa-month-header';
import { pivotFsaWide } from '$lib/upload/sniff/fsa-wide';
import type { UploadMessage } from '$lib/upload/upload-message';
import type { Grid } from './grid';
import { orient, type Oriented } from './orient';

/** One cell of the file, with where it stands and what it is, for messages. */
export interface SourceCell {
  readonly text: string;
  readonly line: number;
  readonly column: string;
  /** "2025年4月(16日現在), 不正取引件数": the cell's month and figure as the file heads them. */
  readonly heading: string;
}

export type Figures = Partial<Record<FsaWideMetric, SourceCell>>;

export interface MonthFigures {
  readonly month: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly figures: Figures;
  /** From a long table's note and source columns. */
  readonly note: SourceCell | null;
  readonly source: SourceCell | null;
}

/** What a release's table publishes: figures per month, the stated totals, and the labels. */
export interface PublishedTable {
  readonly layout: 'wide' | 'long';
  readonly months: readonly MonthFigures[];
  /** From the 合計 column (or a long table's 合計 row). */
  readonly totals: Figures;
  /** Each figure's label as the file writes it (売却金額（億円）), which may name its unit. */
  readonly labels: Partial<Record<FsaWideMetric, string>>;
  /** What was read but not taken: rows that are no figure, span columns. */
  readonly notes: readonly UploadMessage[];
}

function cellReader(table: Oriented) {
  const cellAt = (row: number, column: number, month: string): SourceCell => ({
    text: (table.rows[row]?.[column] ?? '').trim(),
    ...table.place(row, column),
    heading: `${month}, ${(table.labels[row] ?? '').trim()}`,
  });
  return (row: number | null, column: number, month: string) =>
    row === null || cellAt(row, column, month).text === '' ? null : cellAt(row, column, month);
}

/** Reads a release's table, wide (months across) or long (months down). */
export function readPublishedTable(grid: Grid): PublishedTable | { problem: UploadMessage | null } {
  const table = orient(grid);
  if (table === null) return { problem: null };
  const pivot = pivotFsaWide(table.rows);
  if ('problem' in pivot) return pivot;
  const cell = cellReader(table);
  const metricRows = new Map<FsaWideMetric, number>();
  table.rows.forEach((row, index) => {
    const metric = index === 0 ? null : metricOfLabel(row[0] ?? '');
    if (metric !== null) metricRows.set(metric, index);
  });
  const figuresIn = (column: number, heading: string): Figures =>
    Object.fromEntries(
      [...metricRows].flatMap(([metric, row]) => {
        const found = cell(row, column, heading);
        return found === null ? [] : [[metric, found]];
      }),
    );
  const header = table.rows[0] ?? [];
  const headed = (kind: string) =>
    header.flatMap((text, column) =>
      column > 0 && readMonthHeader(text.trim()).kind === kind ? [column] : [],
    );
  // The pivot lists the month columns in the order they stand.
  const monthColumns = headed('month');
  const months = pivot.rows.map(([written = '', periodStart = '', periodEnd = ''], index) => {
    const column = monthColumns[index] ?? 0;
    return {
      month: periodStart.slice(0, 7),
      periodStart,
      periodEnd,
      figures: figuresIn(column, written),
      note: cell(table.noteRow, column, written),
      source: cell(table.sourceRow, column, written),
    };
  });
  const [totalColumn] = headed('total');
  const taken = new Set([table.noteRow, table.sourceRow].map((row) => table.rows[row ?? -1]?.[0]));
  return {
    layout: table.layout,
    months,
    totals: totalColumn === undefined ? {} : figuresIn(totalColumn, header[totalColumn] ?? ''),
    labels: Object.fromEntries([...metricRows].map(([metric, row]) => [metric, table.labels[row]])),
    notes: [
      ...table.notes,
      ...pivot.notes.filter((note) => !(note.code === 'fsa-row-skipped' && taken.has(note.label))),
    ],
  };
}
