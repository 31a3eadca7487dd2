import { uploadChartWords as w } from '$lib/i18n';
import type { ChartBuilderRow } from '$lib/queries/chart-builder';
import { uniqueNames } from './chart-builder-choices';

/** What the builder's table and download are about: the columns chosen, and the file. */
export interface BuilderTableOf {
  readonly x: string;
  readonly group: string | null;
  readonly measure: string;
  readonly file: string;
}

/** Headings of the table: x, the group (if any), the measure and the rows behind each value. */
export function builderHeadings(of: BuilderTableOf): string[] {
  return uniqueNames([
    of.x,
    ...(of.group === null ? [] : [of.group]),
    of.measure,
    w.builder.rows,
    'source',
  ]);
}

/** The rows as the CSV download holds them: values as queried (empty where missing), and whence. */
export function builderCsv(rows: readonly ChartBuilderRow[], of: BuilderTableOf) {
  const columns = builderHeadings(of);
  const values = (row: ChartBuilderRow) => [
    row.x,
    ...(of.group === null ? [] : [row.group_kind === 'other' ? w.builder.other : row.group]),
    row.y,
    row.rows,
    w.source(of.file),
  ];
  return {
    columns,
    rows: rows.map((row) => {
      const cells = values(row);
      return Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? null]));
    }),
  };
}
