import type { BarSeries, CategoryRow } from '$lib/charts/CategoryBars.svelte';
import type { LineSeries } from '$lib/charts/SeriesLines.svelte';
import { OTHER_COLOR, seriesColor } from '$lib/charts/series-palette';
import { dateLabel } from '$lib/format/dates';
import { uploadChartWords as w } from '$lib/i18n';
import type { ChartBuilderRow } from '$lib/queries/chart-builder';
import { uniqueNames } from './chart-builder-choices';

export interface BuilderSeries extends BarSeries {
  readonly order: number;
  readonly group: string | null;
  readonly dashed: boolean;
}

/** How an x value is written: dates in words, a missing one as "not given". */
export function xLabel(x: string | null, chronological: boolean): string {
  if (x === null) return w.notGiven;
  return chronological ? dateLabel(x) : x;
}

export function groupLabel(row: ChartBuilderRow, measure: string): string {
  if (row.group_kind === 'none') return measure;
  if (row.group_kind === 'other') return w.builder.other;
  return row.group ?? w.notGiven;
}

/** One series per group, largest first and "other" last; one series when nothing is grouped. */
export function seriesOf(rows: readonly ChartBuilderRow[], measure: string): BuilderSeries[] {
  const byKey = new Map<string, BuilderSeries>();
  for (const row of [...rows].sort((a, b) => a.group_order - b.group_order)) {
    const key = `${row.group_order}`;
    if (byKey.has(key)) continue;
    const other = row.group_kind === 'other';
    const color = other ? OTHER_COLOR : seriesColor(byKey.size);
    const label = groupLabel(row, measure);
    byKey.set(key, { key, label, color, order: row.group_order, group: row.group, dashed: other });
  }
  // Legends key their items by label, and a group may be called "not given" too.
  const labels = uniqueNames([...byKey.values()].map((s) => s.label));
  return [...byKey.values()].map((s, index) => ({ ...s, label: labels[index] ?? s.label }));
}

const cellKey = (x: string | null, order: number) => `${order}\u0000${x ?? ''}`;

function cellsOf(rows: readonly ChartBuilderRow[]) {
  return new Map(rows.map((row) => [cellKey(row.x, row.group_order), row]));
}

/** The x values in the chart's order, with whether each is missing. */
function xsOf(rows: readonly ChartBuilderRow[]): { x: string | null; order: number }[] {
  const seen = new Map<number, string | null>();
  for (const row of rows) seen.set(row.x_order, row.x);
  return [...seen].sort(([a], [b]) => a - b).map(([order, x]) => ({ x, order }));
}

/** A category bar chart's rows: one per x value, one cell per series (null: no bar). */
export function barRows(rows: readonly ChartBuilderRow[], series: readonly BuilderSeries[]) {
  const cells = cellsOf(rows);
  return xsOf(rows).map(({ x, order }): CategoryRow => ({
    key: `${order}`,
    label: xLabel(x, false),
    muted: x === null,
    cells: series.map((s) => {
      const row = cells.get(cellKey(x, s.order));
      return { value: row?.y ?? null, lines: row ? [w.builder.rowsTip(row.rows)] : [] };
    }),
  }));
}

/**
 * Lines over the x values that can be placed in time. Where a group has no rows at an x, a count
 * is a true zero; any other measure has no value there and the line breaks.
 */
export function lineSeries(
  rows: readonly ChartBuilderRow[],
  series: readonly BuilderSeries[],
  counting: boolean,
): { xs: string[]; series: LineSeries[] } {
  const cells = cellsOf(rows);
  const xs = xsOf(rows).flatMap(({ x }) => (x === null ? [] : [x]));
  return {
    xs,
    series: series.map((s) => ({
      key: s.key,
      label: s.label,
      color: s.color,
      dashed: s.dashed,
      points: xs.map((x) => {
        const row = cells.get(cellKey(x, s.order));
        const value = row ? row.y : counting ? 0 : null;
        return { x, value, lines: [w.builder.rowsTip(row?.rows ?? 0)] };
      }),
    })),
  };
}
